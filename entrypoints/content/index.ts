import { OFFICIAL_MATCHES } from '../../utils/official-domains';
import { detectPage, type Detection } from '../../utils/page/analyze';
import { watchLateContent } from '../../utils/page/late-content';
import { measure } from '../../utils/page/timing';
import { notNoticeStatus } from '../../utils/tab-protocol';
import type { NoticeApp } from '../notice-app/controller';

type StartApp = (ctx: Parameters<Parameters<typeof defineContentScript>[0]['main']>[0], d: Detection) => NoticeApp;

/**
 * Runs on every page of every official site, so it only decides whether the page
 * is a notice. On a notice it loads the rest of Notice Lens (notice-app.js) with
 * import(); elsewhere it marks the page "none" and only watches, for a bounded
 * time, for a body that scripts add later.
 */
export default defineContentScript({
  matches: OFFICIAL_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  async main(ctx) {
    let app: NoticeApp | null = null;
    let stopWatching = () => {};

    const load = async (detection: Detection) => {
      stopWatching();
      const scope = globalThis as { __noticeLensApp?: StartApp };
      // On a site the reader enabled, notice-app.js was injected before this script.
      const loadStart = performance.now();
      if (!scope.__noticeLensApp) await import(/* @vite-ignore */ browser.runtime.getURL('/notice-app.js'));
      measure(performance, 'load-app', loadStart);
      const start = scope.__noticeLensApp!;
      app = start(ctx, detection);
    };
    const decide = async () => {
      const detection = detectPage(document);
      // An unsure verdict on a labelled page gets Readability's second opinion in the app.
      if (detection.verdict.isNotice || detection.unsure) return load(detection);
      document.documentElement.setAttribute('data-notice-lens', 'none');
      measure(performance, 'total', detection.start);
    };

    const watch = () => {
      stopWatching();
      if (!app) stopWatching = watchLateContent(document, () => void decide());
    };
    await decide();
    watch();
    ctx.onInvalidated(() => {
      stopWatching();
      app?.stop();
    });
    // SPA navigation through the History API: the new page is decided afresh.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      if (app) return void app.reanalyse();
      void decide().then(watch);
    });
    browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      const m = message as { type?: string } | null;
      const reply = app ? app.answer(message) : m?.type === 'status' ? notNoticeStatus() : undefined;
      if (reply === undefined) return undefined;
      sendResponse(reply);
      return undefined;
    });
  },
});
