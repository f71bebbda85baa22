/**
 * The background's part in the side panel and in enabled sites, called from
 * entrypoints/background.ts in the worker's first turn (listeners registered
 * synchronously, so an event that wakes the worker is not lost).
 */
import { browser } from 'wxt/browser';
import { syncSites } from './enable-site';
import { configureSidePanel, openSidePanel } from './side-panel';
import { siteApis } from './site-apis';
import { OPEN_SIDE_PANEL } from './tab-protocol';

interface Sender {
  id?: string;
  tab?: { id?: number; windowId?: number };
}

/**
 * The in-page panel's "side panel" button (`{ type: 'sidepanel/open' }` from a
 * content script). Returns like a runtime.onMessage listener: true when it will
 * answer, false for messages that are not this one. sidePanel.open is called at
 * once, inside the listener: Chrome carries the click's user gesture only that far.
 */
export function answerPanelMessage(message: unknown, sender: Sender, sendResponse: (reply: unknown) => void): boolean {
  if ((message as { type?: unknown } | null)?.type !== OPEN_SIDE_PANEL) return false;
  if (sender.id !== browser.runtime.id || !sender.tab) return false;
  void openSidePanel(sender.tab.id, sender.tab.windowId).then((ok) => sendResponse({ ok }));
  return true;
}

export function wirePanelAndSites(): void {
  configureSidePanel();
  // Sites the reader enabled: re-register after a restart or update where the
  // browser did not keep them; forget one whose permission was revoked in settings.
  const sync = () => void syncSites(siteApis()).catch(() => {});
  for (const event of [browser.runtime.onStartup, browser.runtime.onInstalled, browser.permissions?.onRemoved]) {
    try {
      event?.addListener(sync);
    } catch {
      // An event this browser (or a test double) does not have: nothing to listen to.
    }
  }
}
