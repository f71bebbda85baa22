/**
 * Messages from extension pages (side panel, popup) to the content script of one
 * tab, sent with `tabs.sendMessage(tabId, request)`. They never touch storage:
 * they ask the page what only the page knows (is it a notice, which annotations
 * could not be anchored) or ask it to scroll. The content script answers them in
 * entrypoints/notice-app/tab-messages.ts (on non-notices, entrypoints/content/index.ts):
 *
 *   { type: 'status' }                    → TabStatus
 *   { type: 'orphans' }                   → string[]   (ids)
 *   { type: 'jump', index: number }       → boolean    (scrolls to directive N and flashes it)
 *   { type: 'jump-annotation', id }       → boolean    (scrolls to an annotation's text and flashes it)
 *
 * A page without the content script (or still loading) does not answer; callers
 * treat that as "Notice Lens is not running on this page". Replies are read
 * defensively (bare values or `{ ids }` / `{ ok }` objects), so either side can
 * grow without breaking the other. Pure: no `browser`.
 */
import { isStoreId } from './id';

export type PanelTabRequest =
  | { type: 'status' }
  | { type: 'orphans' }
  | { type: 'jump'; index: number }
  | { type: 'jump-annotation'; id: string };

export interface TabStatus {
  /** The page was recognised as a notice. */
  notice: boolean;
  /** The page's storage key (normalizeNoticeUrl(location.href)) when the content script reports it; '' otherwise. */
  page: string;
  directives: number;
  /** Highlights drawn on the page (anchored); the ones that could not be placed count as orphans. */
  highlights: number;
  /** Annotations that could not be placed on the page. */
  orphans: number;
  /** Characters of duplicated body hidden; null when none was hidden. */
  duplicateChars: number | null;
}

/** The answer on a page that is not a notice (the small content script gives it without the app). */
export function notNoticeStatus(): TabStatus {
  return { notice: false, page: '', directives: 0, highlights: 0, orphans: 0, duplicateChars: null };
}

const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.floor(v) : 0);

/** A status reply, checked; null when the reply is not one. */
export function readTabStatus(v: unknown): TabStatus | null {
  if (typeof v !== 'object' || v === null) return null;
  const s = v as Record<string, unknown>;
  if (typeof s.notice !== 'boolean') return null;
  return {
    notice: s.notice,
    page: typeof s.page === 'string' ? s.page : '',
    directives: count(s.directives),
    highlights: count(s.highlights),
    orphans: count(s.orphans),
    duplicateChars: count(s.duplicateChars) || null,
  };
}

/** Orphan ids from a reply (a bare array, or `{ ids }`), checked. */
export function readOrphanIds(v: unknown): string[] {
  const ids = Array.isArray(v) ? v : typeof v === 'object' && v !== null ? (v as { ids?: unknown }).ids : undefined;
  return Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : [];
}

/** Whether a jump reply says it worked (`true`, or `{ ok: true }`). */
export function readJumped(v: unknown): boolean {
  return v === true || (typeof v === 'object' && v !== null && (v as { ok?: unknown }).ok === true);
}

// ---- Opening a notice at an annotation: the fragment `#notice-lens=<id>` ----

const LENS_FRAGMENT_KEY = 'notice-lens';
/** The notice's URL with `#notice-lens=<id>`: the content script scrolls to that annotation on load. */
export function lensLink(page: string, annotationId: string): string {
  const base = page.replace(/#.*$/, '');
  // Store ids need no escaping in a fragment; anything else is escaped (and refused on the way back).
  const id = isStoreId(annotationId) ? annotationId : encodeURIComponent(annotationId);
  return `${base}#${LENS_FRAGMENT_KEY}=${id}`;
}

/** The annotation id in a `location.hash` like `#notice-lens=<id>`, or null. */
export function lensFragmentId(hash: string): string | null {
  // A text fragment (`:~:text=…`, in a link from an export) follows the id; browsers that know it drop it from
  // location.hash, but a tab's URL keeps it. `~` is not in any id, so the id ends where `:~:` starts.
  const m = /(?:^#?|&)notice-lens=([^&]+)/.exec(hash.split(':~:')[0]!);
  if (!m) return null;
  try {
    const id = decodeURIComponent(m[1]!);
    // The hash is the page's to write: only an id that keeps the store's id rule goes on (a %0A or a quote never reaches a selector).
    return isStoreId(id) ? id : null;
  } catch {
    return null;
  }
}

// ---- Content script → background: open the side panel for this tab ----

/** Sent as `{ type: OPEN_SIDE_PANEL }` by the in-page panel with `runtime.sendMessage` during a click; the background opens the side panel. */
export const OPEN_SIDE_PANEL = 'sidepanel/open';
