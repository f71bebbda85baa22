import { OFFICIAL_MATCHES } from '../../utils/official-domains';
import { pickLang, translator } from '../../utils/i18n';
import { resetPage } from '../../utils/page/reset';
import { watchLateContent } from '../../utils/page/late-content';
import { highlightElements } from '../../utils/dom/highlighter';
import { jumpTo } from '../../utils/page/page-style';
import { startVisit, type Visit } from './visit';
import { annotationFromHash, answerTabRequest } from './tab-messages';
import '../../components/page/panel.css';

export default defineContentScript({
  matches: OFFICIAL_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const t = translator(pickLang(browser.i18n?.getUILanguage?.() ?? navigator.language));
    let visit: Visit | null = null;
    let stopWatching = () => {};
    let running: Promise<void> = Promise.resolve();

    // Each (re)analysis undoes the previous one first; runs never overlap.
    const analyse = () =>
      (running = running.then(async () => {
        visit?.end();
        if (visit) resetPage(document);
        visit = await startVisit(ctx, t);
        const target = annotationFromHash(location.hash);
        const el = target ? highlightElements(document, target)[0] : undefined;
        if (el) jumpTo(el);
      }));

    const watch = () => {
      stopWatching();
      stopWatching = watchLateContent(document, () => void analyse());
    };

    await analyse();
    watch();
    ctx.onInvalidated(() => {
      stopWatching();
      visit?.end();
    });
    // SPA navigation through the History API: a new page, analysed afresh once it settles.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      void analyse();
      watch();
    });
    browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      const reply = answerTabRequest(visit, message);
      if (reply === undefined) return undefined;
      sendResponse(reply);
      return undefined;
    });
  },
});
