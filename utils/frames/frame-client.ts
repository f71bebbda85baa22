/**
 * The content script's side of framed notices (protocol.ts): where this document is (its page key, the
 * shell page around it, a library link's target) and whether it shows the tab's one panel. Runs in the
 * notice app only (loaded on notices), so frames that are not notices never pay for it.
 */
import { browser } from 'wxt/browser';
import { lensFragmentId } from '../tab-protocol';
import { normalizeNoticeUrl } from '../text/url';
import { isTopFrame } from './frame-gate';
import { FRAME_WHERE, PANEL_PORT, readFrameWhere, type FrameWhere } from './protocol';

/**
 * Where the document in `win` is. The top document knows by itself; a frame asks the background, which
 * alone knows the tab's top-level URL (a cross-origin parent hides it) and the key of an about:blank or
 * srcdoc frame. If the background cannot answer, a frame keys to its own URL and has no shell.
 */
export async function frameWhere(win: Window): Promise<FrameWhere> {
  const own: FrameWhere = { page: normalizeNoticeUrl(win.location.href), shell: null, lensId: null };
  if (isTopFrame(win)) return { ...own, lensId: lensFragmentId(win.location.hash) };
  try {
    const where = readFrameWhere(await browser.runtime.sendMessage({ type: FRAME_WHERE }));
    return where?.page ? where : own;
  } catch {
    return own;
  }
}

/**
 * Claims the tab's panel for this notice and calls `onChange(true/false)` as the background decides
 * (frame-background.ts: the top document if it is a notice, else the largest notice frame). The top
 * document shows its panel at once (it always wins), and still claims so that frames yield to it.
 * Returns the function that gives the claim up.
 */
export function claimPanel(win: Window, onChange: (own: boolean) => void): () => void {
  let own = isTopFrame(win);
  if (own) onChange(true);
  let stopped = false;
  let port: ReturnType<typeof browser.runtime.connect> | null = null;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const connect = () => {
    try {
      port = browser.runtime.connect({ name: PANEL_PORT });
    } catch {
      return; // the extension was reloaded: this script is on its way out
    }
    port.onMessage.addListener((m: unknown) => {
      const next = (m as { type?: unknown; own?: unknown } | null)?.type === 'panel' ? (m as { own?: unknown }).own : undefined;
      if (typeof next !== 'boolean' || next === own) return;
      own = next;
      onChange(next);
    });
    // The worker stopped (its claims are gone with it): claim again, keeping the panel as it is meanwhile.
    port.onDisconnect.addListener(() => {
      if (!stopped) retry = setTimeout(connect, 1000);
    });
    port.postMessage({ type: 'claim', area: Math.round(win.innerWidth * win.innerHeight) });
  };
  connect();

  return () => {
    stopped = true;
    clearTimeout(retry);
    port?.disconnect();
  };
}
