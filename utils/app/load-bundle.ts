import { browser } from 'wxt/browser';
import { onAllSites, requestNoticeApp, type NoticeFile } from '../all-sites-page';

/** Set once an import() was refused in this frame: the other bundles then come straight from the background. */
let importRefused = false;

/**
 * Loads one of the bundles made for notices into this isolated world, where it hands over its entry point on
 * globalThis. On the official domains they are web-accessible and imported; run on all sites they are not, and
 * the background injects them. Firefox: always injected by the background too, as Mozilla's review rules refuse
 * import() of a computed URL. On a site the reader enabled (utils/enable-site.ts) the import is refused, as
 * the files are web-accessible to the official domains only, and the background injects them there too.
 */
export async function loadBundle(file: NoticeFile): Promise<unknown> {
  if (import.meta.env.FIREFOX || onAllSites() || importRefused) return requestNoticeApp(file);
  try {
    return await import(/* @vite-ignore */ browser.runtime.getURL(`/${file}`));
  } catch {
    importRefused = true;
    return requestNoticeApp(file);
  }
}
