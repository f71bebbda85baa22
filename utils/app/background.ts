/**
 * The background service worker (an event page in Firefox): the only context that opens the
 * annotation database, in the extension's own origin. entrypoints/background.ts only calls this.
 *
 * Everything here runs synchronously: a worker woken by a message must have its listeners
 * registered in its first turn, or the event that woke it is lost. The database opens lazily,
 * on the first request.
 */
import { browser } from 'wxt/browser';
import { ChangeHub } from '../store/changes';
import { lazyDb } from '../store/db';
import { createHandler, isStoreMessage } from '../store/handler';
import type { SenderLike } from '../store/callers';
import { Repository } from '../store/repository';
import { readReaderSettings, type SettingsStorage } from '../reader-settings';
import { answerPanelMessage, wirePanelAndSites } from '../panel-background';
import { answerFrameMessage, PanelArbiter } from '../frames/frame-background';
import { answerAllSitesMessage, wireAllSites } from '../all-sites-background';
import { answerAnalysisMessage, warmAnalysis } from '../analysis/background-analysis';
import { clearReadAsNotice, extensionFlags } from '../read-as-notice';

export function startBackground(): void {
  const hub = new ChangeHub(browser.runtime);
  const handle = createHandler({
    repo: new Repository(lazyDb()),
    runtime: browser.runtime,
    publish: (changes) => hub.publish(changes),
    // No reading history unless the reader turned it on (utils/reader-settings.ts).
    rememberOpened: async () => (await readReaderSettings(browser.storage.local as SettingsStorage)).rememberOpened,
    onWipe: () => clearReadAsNotice(extensionFlags()),
  });
  // Framed notices: which frame of a tab shows the panel (utils/frames/).
  const arbiter = new PanelArbiter(browser.runtime);

  browser.runtime.onMessage.addListener((message: unknown, sender: SenderLike, sendResponse: (reply: unknown) => void) => {
    // Not the store's: the in-page "open side panel" request (utils/panel-background.ts), else nobody's.
    if (!isStoreMessage(message))
      return answerAnalysisMessage(message, sender, browser.runtime.id, sendResponse) || answerFrameMessage(message, sender, sendResponse, { runtime: browser.runtime, arbiter }) || answerPanelMessage(message, sender, sendResponse) ||
        answerAllSitesMessage(message, sender, sendResponse);
    // The reply is sent only after the write has committed (see repository.ts).
    void handle(message, sender).then(sendResponse);
    return true; // keep the channel open for the asynchronous reply (Chrome and Firefox)
  });

  browser.runtime.onConnect.addListener((port) => {
    if (arbiter.connect(port)) return;
    hub.connect(port);
  });

  // The directive parser compiled once per worker, off any page's main thread (utils/analysis/).
  warmAnalysis((work) => setTimeout(work, 0));

  // Side panel behaviour, the in-page "open side panel" request, enabled sites (utils/panel-background.ts).
  wirePanelAndSites();
  // Run on all sites: the dynamic content script follows the all-sites permission (utils/all-sites.ts).
  wireAllSites();

  // Keyboard shortcuts (manifest `commands`) act on the selection in the active tab.
  browser.commands?.onCommand.addListener(async (command) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type: 'command', command }).catch(() => {});
  });
}
