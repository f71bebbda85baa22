import { browser } from 'wxt/browser';
import { onAllSites, requestNoticeApp, type NoticeFile } from '../all-sites-page';

/**
 * Loads one of the bundles made for notices into this isolated world, where it hands over its entry point on
 * globalThis. On the official domains they are web-accessible and imported; run on all sites they are not, and
 * the background injects them. Firefox: always injected by the background too, as Mozilla's review rules refuse
 * import() of a computed URL.
 */
export function loadBundle(file: NoticeFile): Promise<unknown> {
  return import.meta.env.FIREFOX || onAllSites() ? requestNoticeApp(file) : import(/* @vite-ignore */ browser.runtime.getURL(`/${file}`));
}
