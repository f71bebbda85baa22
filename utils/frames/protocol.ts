/**
 * Notices whose body sits in a frame (old 政府信息公开 pages: a shell page with the title bar around an
 * <iframe> or a <frameset>). The content script runs in every frame of an official site and decides per
 * frame; these messages let a frame learn where it is and let the tab show one panel only. Pure: no `browser`.
 *
 *   content script (a frame)  → background   { type: 'frame/where' }             → FrameWhere
 *   content script (notice)   ⇄ background   port PANEL_PORT: { type: 'claim', area } → { type: 'panel', own }
 *   extension page            → background   { type: 'frame/panel-frame', tabId } → number | null (frameId)
 */
import { isStoreId } from '../id';

export const FRAME_WHERE = 'frame/where';
export const PANEL_FRAME = 'frame/panel-frame';
export const PANEL_PORT = 'notice-lens:panel';

/** What the background tells a content script about the frame it runs in. */
export interface FrameWhere {
  /** The frame's own storage key (its normalized URL; for an about:blank / srcdoc frame, see handler.ts), or null. */
  page: string | null;
  /** The tab's top-level page (normalized), when it is another page than `page`: the shell the notice is shown in. */
  shell: string | null;
  /** The annotation id in the top-level page's `#notice-lens=ID` (a library link to the shell), checked. */
  lensId: string | null;
}

export function readFrameWhere(v: unknown): FrameWhere | null {
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  const str = (x: unknown) => (typeof x === 'string' && x !== '' ? x : null);
  return { page: str(o.page), shell: str(o.shell), lensId: isStoreId(o.lensId) ? o.lensId : null };
}

/** A frame's claim to the tab's panel. */
export interface PanelClaim {
  frameId: number;
  /** The frame's viewport in CSS pixels² (how much of the tab it takes). */
  area: number;
}

/**
 * Which claim holds the tab's one panel: the top document if it is itself a notice (frameId 0), else the
 * largest notice frame, the first in frame order (lowest frameId) on a tie. Null when nobody claims.
 */
export function panelOwner(claims: readonly PanelClaim[]): PanelClaim | null {
  let best: PanelClaim | null = null;
  for (const c of claims) {
    if (!best) best = c;
    else if (best.frameId === 0) break;
    else if (c.frameId === 0 || c.area > best.area || (c.area === best.area && c.frameId < best.frameId)) best = c;
  }
  return best;
}

export function readClaimArea(v: unknown): number | null {
  const m = v as { type?: unknown; area?: unknown } | null;
  return m?.type === 'claim' && typeof m.area === 'number' && Number.isFinite(m.area) && m.area >= 0 ? m.area : null;
}
