/**
 * The background's part in framed notices (see protocol.ts): answers "where am I?" for a content
 * script in any frame, and holds each tab's panel claims so the tab shows one <notice-lens-ui>.
 *
 * Claims live on ports: a frame that unloads (navigation, removal, tab closed) disconnects its port
 * and its claim goes with it, so nothing stale is kept. If the worker stops, the ports drop; the
 * frames reconnect and claim again (frame-client.ts), and each keeps its panel state meanwhile.
 */
import { lensFragmentId } from '../tab-protocol';
import { identifyCaller, senderTabPage, type RuntimeLike, type SenderLike } from '../store/callers';
import type { PortLike } from '../store/changes';
import { FRAME_WHERE, PANEL_FRAME, PANEL_PORT, panelOwner, readClaimArea, type FrameWhere, type PanelClaim } from './protocol';

/** A claim's port: the same parts of a `runtime.Port` the store's change hub uses. */
export type PanelPort = PortLike;

/** A content script's own frame: its page key, the shell page around it, and the shell's library-link target. */
export function frameWhere(sender: SenderLike, runtime: RuntimeLike): FrameWhere | null {
  const caller = identifyCaller(sender, runtime);
  if (caller?.kind !== 'content') return null;
  const top = senderTabPage(sender);
  let lensId: string | null = null;
  try {
    lensId = sender.tab?.url ? lensFragmentId(new URL(sender.tab.url).hash) : null;
  } catch {
    lensId = null;
  }
  return { page: caller.page, shell: top && top !== caller.page ? top : null, lensId };
}

export class PanelArbiter {
  private tabs = new Map<number, Map<PanelPort, PanelClaim & { own?: boolean }>>();

  constructor(private readonly runtime: RuntimeLike) {}

  /** Takes a port named PANEL_PORT from one of our content scripts; false for any other port. */
  connect(port: PanelPort): boolean {
    if (port.name !== PANEL_PORT) return false;
    const caller = identifyCaller(port.sender, this.runtime);
    const tabId = port.sender?.tab?.id;
    if (caller?.kind !== 'content' || tabId === undefined) {
      port.disconnect();
      return true;
    }
    const frameId = port.sender?.frameId ?? 0;
    port.onMessage.addListener((message) => {
      const area = readClaimArea(message);
      if (area === null) return;
      const claims = this.tabs.get(tabId) ?? new Map();
      this.tabs.set(tabId, claims);
      claims.set(port, { frameId, area, own: claims.get(port)?.own });
      this.decide(tabId);
    });
    port.onDisconnect.addListener(() => {
      const claims = this.tabs.get(tabId);
      if (!claims?.delete(port)) return;
      if (claims.size === 0) this.tabs.delete(tabId);
      else this.decide(tabId);
    });
    return true;
  }

  /** The frame that holds the tab's panel (the notice the side panel and popup talk to), or null. */
  ownerFrame(tabId: number): number | null {
    const claims = [...(this.tabs.get(tabId)?.values() ?? [])];
    return panelOwner(claims)?.frameId ?? null;
  }

  /** Tells every claimant of the tab whether it holds the panel, when that has changed. */
  private decide(tabId: number): void {
    const claims = this.tabs.get(tabId);
    if (!claims) return;
    const owner = panelOwner([...claims.values()]);
    for (const [port, claim] of claims) {
      const own = claim === owner;
      if (claim.own === own) continue;
      claim.own = own;
      try {
        port.postMessage({ type: 'panel', own });
      } catch {
        // A port closing right now: its onDisconnect follows.
      }
    }
  }
}

/**
 * The frame messages, as a runtime.onMessage listener: true when it answers, false for other messages.
 * `frame/where` only for our content scripts; `frame/panel-frame` only for our extension pages.
 */
export function answerFrameMessage(
  message: unknown,
  sender: SenderLike,
  sendResponse: (reply: unknown) => void,
  deps: { runtime: RuntimeLike; arbiter: PanelArbiter },
): boolean {
  const m = message as { type?: unknown; tabId?: unknown } | null;
  if (m?.type === FRAME_WHERE) {
    sendResponse(frameWhere(sender, deps.runtime));
    return true;
  }
  if (m?.type === PANEL_FRAME) {
    const ok = identifyCaller(sender, deps.runtime)?.kind === 'extension' && typeof m.tabId === 'number';
    sendResponse(ok ? deps.arbiter.ownerFrame(m.tabId as number) : null);
    return true;
  }
  return false;
}
