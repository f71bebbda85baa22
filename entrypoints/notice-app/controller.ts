import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pickLang, translator } from '../../utils/i18n';
import { analyzeNotice, detectPage, type Detection } from '../../utils/page/analyze';
import { confirmDetection } from '../../utils/page/confirm-detection';
import { resetPage } from '../../utils/page/reset';
import { watchLateContent } from '../../utils/page/late-content';
import { jumpTo } from '../../utils/page/page-style';
import { startVisit, type Visit } from './visit';
import { answerTabRequest, elementForAnnotation } from './tab-messages';

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

  /** `keepBody`: late content on the same page; a notice body found before and still in the page stays the body. */
  const analyse = (keepBody = false) =>
    (running = running.then(async () => {
      // Content added beside the notice (a feed, a ticker, comments) must not move the analysis off it.
      const body = keepBody && visit?.analysis.verdict.isNotice && visit.analysis.scope?.isConnected ? visit.analysis.scope : null;
      visit?.end();
      if (visit) resetPage(document);
      const detection = pending;
      pending = null;
      visit = await startVisit(ctx, t, detection
        ? (doc) => analyzeNotice(doc, confirmDetection(doc, detection))
        : body ? (doc) => analyzeNotice(doc, detectPage(doc, undefined, body)) : undefined);
      // A link from the notes library: open at that annotation (in a frame, the link is the shell page's).
      const target = visit.lensTarget;
      const el = target ? elementForAnnotation(visit, target) : null;
      if (el) jumpTo(el);
      // One failing visit (a hostile page, an odd DOM) must never stop the later ones: the chain goes on.
    }).catch((error: unknown) => console.warn('Notice Lens: this analysis of the page failed', error)));

  void analyse();
  let stopWatching = watchLateContent(document, () => void analyse(true));
  return {
    // A new address (History API) is a new page: its content may arrive late too, so the
    // bounded watch for late content starts afresh instead of counting the old page's changes.
    reanalyse: () => {
      stopWatching();
      stopWatching = watchLateContent(document, () => void analyse(true));
      return analyse();
    },
    answer: (message) => answerTabRequest(visit, message),
    stop: () => {
      stopWatching();
      visit?.end();
    },
  };
}
