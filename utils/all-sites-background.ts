/**
 * The background's wiring of "run on all sites" (utils/all-sites.ts): listeners
 * registered in the worker's first turn, so the event that woke it is not lost.
 */
import { browser } from 'wxt/browser';
import { answerLoadApp, serialSync, type AllSitesApis, type InjectApi, type LoadAppSender } from './all-sites';

function allSitesApis(): AllSitesApis {
  return {
    permissions: browser.permissions,
    scripting: browser.scripting as unknown as AllSitesApis['scripting'],
    storage: { get: (key) => browser.storage.local.get(key) as Promise<Record<string, unknown>> },
  };
}

export function wireAllSites(): void {
  const sync = serialSync(allSitesApis);
  const run = () => void sync();
  // The permission may come and go from anywhere: our popup or options page, the
  // browser's site-access menu, a policy. Sites enabled one by one leave the registration.
  const events = [browser.runtime.onStartup, browser.runtime.onInstalled, browser.permissions?.onAdded, browser.permissions?.onRemoved];
  for (const event of events) {
    try {
      event?.addListener(run);
    } catch {
      // An event this browser (or a test double) does not have.
    }
  }
  browser.storage?.onChanged?.addListener((changes, area) => {
    if (area === 'local' && 'enabledSites' in changes) run();
  });
  // Every start of the worker, too: cheap, and it catches a grant made while it slept.
  run();
}

/** The content script's "inject notice-app.js into my frame" (see answerLoadApp). */
export function answerAllSitesMessage(message: unknown, sender: LoadAppSender, sendResponse: (r: unknown) => void): boolean {
  return answerLoadApp(message, sender, browser.runtime.id, browser.scripting as unknown as InjectApi, sendResponse);
}
