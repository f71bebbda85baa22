/**
 * The content script's side of "run on all sites" (utils/all-sites.ts is the
 * background's): whether this copy of the content script runs because of it, and
 * how it gets notice-app.js on a host where that file is not web-accessible.
 */
import { browser } from 'wxt/browser';

/** Set in the content script's isolated world by all-sites-mode.js, which runs just before it. */
export const ALL_SITES_FLAG = '__noticeLensAllSites';
/** Content script → background: inject notice-app.js into my frame. */
export const LOAD_APP = 'all-sites/load-app';

export function onAllSites(scope: object = globalThis): boolean {
  return (scope as Record<string, unknown>)[ALL_SITES_FLAG] === true;
}

/**
 * notice-app.js is web-accessible to the official domains only (no web page
 * elsewhere can probe for it), so on other sites the background injects it into
 * this frame's isolated world, where it hands over its entry point as it does
 * after import().
 */
export async function requestNoticeApp(): Promise<void> {
  const reply = (await browser.runtime.sendMessage({ type: LOAD_APP })) as { ok?: boolean } | undefined;
  if (!reply?.ok) throw new Error('notice-app.js could not be injected');
}
