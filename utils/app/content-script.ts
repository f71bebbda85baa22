import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectPageSliced, type Detection } from '../page/detect';
import { pageSlicer } from '../page/chunk';
import { BODY_QUIET_MS, watchLateContent } from '../page/late-content';
import { measure } from '../page/timing';
import { notNoticeStatus } from '../tab-protocol';
import { isNegligibleFrame, isTopFrame } from '../frames/frame-gate';
import { guardScriptStarted } from '../page/script-started-guard';
import { judgeSite } from '../page/site-judge';
import { onAllSites } from '../all-sites-page';
import { loadBundle } from './load-bundle';
import type { NoticeApp } from './controller';
import type { ReadyAnalysis } from './ready-analysis';
import { withDetection, type AnalysisKit } from './analysis-kit';
import type { MarksKit } from './ready-analysis';
import { extensionFlags, isReadAsNotice, mayReadAsNotice, readerVerdict, setReadAsNotice } from '../read-as-notice';
import { normalizeNoticeUrl } from '../text/url';

// The reader's "read this page as a notice" answers, in the extension's storage (../read-as-notice.ts).
const flags = extensionFlags;
const pageKey = () => normalizeNoticeUrl(location.href);
const readAsNoticeHere = () => isReadAsNotice(flags(), pageKey());

type StartApp = (ctx: ContentScriptContext, d: Detection, kit: AnalysisKit, given?: object, ready?: ReadyAnalysis) => NoticeApp;
/** Where the bundles loaded on notices hand over their entry points (entrypoints/notice-marks, notice-app). */
type Scope = { __noticeLensApp?: StartApp; __noticeLensKit?: MarksKit };

/** Timer turns waited at most for DOMContentLoaded to end (a few ms each; a page that stops the event cannot stop us). */
const MAX_TURNS_FOR_DOM_CONTENT_LOADED = 50;

/**
 * Resolves once the page's start-up work queued at DOMContentLoaded has run: Chrome starts a document_end script
 * after the event's handlers, Firefox just before them, so the script waits, a timer turn at a time, for the
 * navigation timing to say the event has ended, then one turn more, behind the timers its handlers set (jQuery 3's
 * ready handlers, a CMS that fills its body there). A document with no navigation timing (about:blank, srcdoc)
 * waits the one turn.
 */
async function pageStartedUp(win: Window): Promise<void> {
  const turn = () => new Promise<void>((resolve) => win.setTimeout(resolve, 0));
  const ended = () => {
    const nav = win.performance?.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
    return !nav || nav.domContentLoadedEventEnd > 0;
  };
  for (let turns = 0; turns < MAX_TURNS_FOR_DOM_CONTENT_LOADED && !ended(); turns++) await turn();
  await turn();
}

/**
 * The always-loaded content script (entrypoints/content/index.ts): runs on every page of every official
 * site, so it only decides whether the page is a notice, and carries no more code than that. On a notice it
 * loads the rest of Notice Lens with import(): first notice-marks.js, the analysis (./analysis-kit.ts), which
 * on a sure notice hides the duplicate and marks the directives (./ready-analysis.ts), then notice-app.js
 * (./controller.ts), which takes that analysis and the kit over and mounts the panel; elsewhere it marks the
 * page "none" and only watches, for a bounded time, for a body that scripts add later.
 */
export async function runContentScript(ctx: ContentScriptContext): Promise<void> {
  // First, before anything can be awaited: a page script must not be able to stop us (utils/page/script-started-guard.ts).
  guardScriptStarted(ctx);
  // A tiny or hidden frame (counters, share buttons, ads) is not analysed at all.
  if (isNegligibleFrame(window)) return;
  // Started at document_end, around DOMContentLoaded (../enable-site.ts CONTENT_RUN_AT): the page's own start-up
  // work (jQuery's ready handlers, a CMS's script that fills or rewrites its body) runs first, so the page is read,
  // and marked, as its scripts leave it. What scripts add later (a body fetched while the page loads) is the watch's.
  await pageStartedUp(window);
  let app: NoticeApp | null = null;
  let stopWatching = () => {};
  // Run on all sites, on a page whose site is not a government's: no watching for late content either.
  let notGovernment = false;
  // Judged once per address (the watch and the decision both ask; the judge reads the page).
  let judgedAt: string | null = null;
  const judgeNotGovernment = () => {
    if (judgedAt !== location.href) {
      judgedAt = location.href;
      notGovernment = onAllSites() && !judgeSite(document);
    }
    return notGovernment;
  };

  const load = async (detection: Detection) => {
    stopWatching();
    const scope = globalThis as Scope;
    // notice-marks.js holds the analysis after detection, which notice-app.js is handed (with this script's
    // detection, ./analysis-kit.ts): loaded first on every notice. A sure
    // notice is marked before the panel's UI code loads (issue 14); an unsure one waits for Readability's say,
    // in the app.
    const marksStart = performance.now();
    if (!scope.__noticeLensKit) await loadBundle('notice-marks.js');
    measure(performance, 'load-marks', marksStart);
    // On a page the reader had read as a notice, later detections of the same address keep the reader's answer.
    const forcedKey = detection.readerAsked ? pageKey() : null;
    const kit = withDetection(scope.__noticeLensKit!, forcedKey === null ? undefined : () => pageKey() === forcedKey);
    const ready = detection.verdict.isNotice && !detection.unsure ? await kit.markNotice(detection) : undefined;
    const loadStart = performance.now();
    if (!scope.__noticeLensApp) await loadBundle('notice-app.js');
    measure(performance, 'load-app', loadStart);
    const start = scope.__noticeLensApp!;
    app = start(ctx, detection, kit, {}, ready);
  };
  // Detection pauses on a big page (in slices: no long task), so decisions are queued, never two at once.
  let deciding: Promise<void> = Promise.resolve();
  const decide = () => (deciding = deciding.then(decideNow, decideNow));
  const decideNow = async () => {
    // The app, once loaded, follows the page itself.
    if (app) return;
    // Run on all sites: first, cheaply, does the site say it is a government's? If not, nothing else runs.
    const siteStart = performance.now();
    if (judgeNotGovernment()) {
      document.documentElement.setAttribute('data-notice-lens', 'none');
      return measure(performance, 'total', siteStart);
    }
    const detection = await detectPageSliced(document, pageSlicer(window));
    // A page with a body that detection turned down (or left to Readability's say): has the reader asked to read
    // it as a notice (../read-as-notice.ts)? Then no second opinion overrules the reader.
    const forced = isTopFrame(window) && mayReadAsNotice(detection) && (await readAsNoticeHere().catch(() => false)) ? readerVerdict(detection) : null;
    // An unsure verdict on a labelled page gets Readability's second opinion in the app.
    // Should its code not load (an extension updated under the page, a refused injection), the page stays as it
    // is; the bounded watch for late content may try again.
    const read = forced ?? (detection.verdict.isNotice || detection.unsure ? detection : null);
    if (read) return load(read).catch((e: unknown) => console.warn('Notice Lens: its code for notices could not be loaded', e));
    document.documentElement.setAttribute('data-notice-lens', 'none');
    measure(performance, 'total', detection.start);
  };
  /** The reader's "read this page as a notice", asked from the popup: kept, and the page read at once. */
  const readAsNoticeNow = () => {
    // The address the reader asked about, whatever the page does to it meanwhile.
    const key = pageKey();
    const read = async () => {
      const forced = readerVerdict(await detectPageSliced(document, pageSlicer(window)));
      if (!forced) return false;
      await setReadAsNotice(flags(), key, true);
      // The app is already there (a second opinion turned the page down, or a single-page app moved on): the page is
      // read afresh, and this time the reader's answer is found first.
      if (app) {
        location.reload();
        return true;
      }
      stopWatching();
      await load(forced);
      return true;
    };
    const answer = deciding.then(read, read);
    // Decisions stay queued, one at a time, whatever this one comes to.
    deciding = answer.then(() => {}, () => {});
    return answer;
  };

  const watch = () => {
    stopWatching();
    if (!app && !judgeNotGovernment()) stopWatching = watchLateContent(document, () => void decide(), { quietMs: BODY_QUIET_MS });
  };
  // The watch starts before the page is first read, so the text it counts as its baseline is the text detection
  // reads. Started after the decision, it would take a body that a script inserted while detection ran (a CMS that
  // fetches its body as the page opens) for the baseline, and never call it late: the page would stay "none".
  // A notice's load() stops it; so does a site that is not a government's.
  watch();
  await decide();
  if (app || notGovernment) stopWatching();
  ctx.onInvalidated(() => {
    stopWatching();
    app?.stop();
  });
  // SPA navigation through the History API: the new page is decided afresh.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (app) return void app.reanalyse();
    // A new route: a fresh, bounded watch, started before its first reading (above).
    watch();
    void decide().then(() => {
      if (app || notGovernment) stopWatching();
    });
  });
  browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    const m = message as { type?: string } | null;
    if (m?.type === 'read-as-notice' && isTopFrame(window) && !notGovernment) {
      readAsNoticeNow().then((ok) => sendResponse({ ok }), () => sendResponse({ ok: false }));
      return true;
    }
    // Only the top document says "not a notice"; a frame that is not one stays silent for its notice sibling.
    const reply = app ? app.answer(message) : m?.type === 'status' && isTopFrame(window) ? notNoticeStatus() : undefined;
    if (reply === undefined) return undefined;
    sendResponse(reply);
    return undefined;
  });
}
