/**
 * The content script's side of "run on all sites" (utils/all-sites.ts is the
 * background's): whether this copy of the content script runs because of it, and
 * how it gets notice-app.js on a host where that file is not web-accessible.
 */
import { browser } from 'wxt/browser';

/** Set in the content script's isolated world by all-sites-mode.js, which runs just before it. */
export const ALL_SITES_FLAG = '__noticeLensAllSites';
/** Content script → background: inject notice-app.js (or `file`, one of NOTICE_FILES) into my frame. */
export const LOAD_APP = 'all-sites/load-app';
/** Loaded on notices only: the marking analysis (issue 14), then the app with the panel. */
export const MARKS_SCRIPT_FILE = 'notice-marks.js';
/** Readability, loaded only where detection is unsure and asks for its second opinion (utils/app/second-opinion.ts). */
export const SECOND_OPINION_FILE = 'second-opinion.js';
export const NOTICE_FILES = [MARKS_SCRIPT_FILE, 'notice-app.js', SECOND_OPINION_FILE] as const;
export type NoticeFile = (typeof NOTICE_FILES)[number];

export function onAllSites(scope: object = globalThis): boolean {
  return (scope as Record<string, unknown>)[ALL_SITES_FLAG] === true;
}

/**
 * notice-app.js is web-accessible to the official domains only (no web page
 * elsewhere can probe for it), so on other sites the background injects it into
 * this frame's isolated world, where it hands over its entry point as it does
 * after import().
 */
export async function requestNoticeApp(file: NoticeFile = 'notice-app.js'): Promise<void> {
  const reply = (await browser.runtime.sendMessage({ type: LOAD_APP, file })) as { ok?: boolean } | undefined;
  if (!reply?.ok) throw new Error(`${file} could not be injected`);
}
