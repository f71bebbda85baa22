import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pickLang, translator } from '../../utils/i18n';
import { analyzeNotice, type Detection } from '../../utils/page/analyze';
import { confirmDetection } from '../../utils/page/confirm-detection';
import { resetPage } from '../../utils/page/reset';
import { watchLateContent } from '../../utils/page/late-content';
import { jumpTo } from '../../utils/page/page-style';
import { startVisit, type Visit } from './visit';
import { answerTabRequest, elementForAnnotation } from './tab-messages';
import { lensFragmentId } from '../../utils/tab-protocol';

/** What the small content script gets back once it has loaded the app on a notice. */
export interface NoticeApp {
  /** Undo the current analysis and analyse the page again (late content, SPA navigation). */
  reanalyse: () => Promise<void>;
  answer: (message: unknown) => unknown;
  stop: () => void;
}

/**
 * The reader's side of Notice Lens on a notice page: runs one visit after another
 * as the page changes, never two at once, each undoing the one before.
 */
export function startNoticeApp(ctx: ContentScriptContext, first: Detection): NoticeApp {
  const t = translator(pickLang(browser.i18n?.getUILanguage?.() ?? navigator.language));
  let visit: Visit | null = null;
  let running: Promise<void> = Promise.resolve();
  let pending: Detection | null = first;

  const analyse = () =>
    (running = running.then(async () => {
      visit?.end();
      if (visit) resetPage(document);
      const detection = pending;
      pending = null;
      visit = await startVisit(ctx, t, detection ? (doc) => analyzeNotice(doc, confirmDetection(doc, detection)) : undefined);
      // A link from the notes library: open at that annotation.
      const target = lensFragmentId(location.hash);
      const el = target ? elementForAnnotation(visit, target) : null;
      if (el) jumpTo(el);
    }));

  void analyse();
  const stopWatching = watchLateContent(document, () => void analyse());
  return {
    reanalyse: analyse,
    answer: (message) => answerTabRequest(visit, message),
    stop: () => {
      stopWatching();
      visit?.end();
    },
  };
}
