import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pickLang, translator } from '../i18n';
import { messageTransport, pageStoreApi } from '../store/api';
import { storeErrorText } from '../store/error-text';
import type { Detection } from '../page/detect';
import { pageSlicer, type Slicer } from '../page/chunk';
import { withSecondOpinion } from './second-opinion';
import { resetPage } from '../page/reset';
import { watchLateContent } from '../page/late-content';
import { jumpTo } from '../page/page-style';
import { startVisit, type Visit, type VisitDeps } from './visit';
import { answerTabRequest, elementForAnnotation } from './tab-messages';
import type { ReadyAnalysis } from './ready-analysis';
import type { AnalysisKit } from './analysis-kit';

/** What the small content script gets back once it has loaded the app on a notice. */
export interface NoticeApp {
  /** Undo the current analysis and analyse the page again (late content, SPA navigation). */
  reanalyse: () => Promise<void>;
  answer: (message: unknown) => unknown;
  stop: () => void;
}

/**
 * The reader's side of Notice Lens on a notice page: runs one visit after another
 * as the page changes, never two at once, each undoing the one before. `ready`: the first analysis, already
 * made (and marked) by the content script on a sure notice; the app then runs only the later ones. `kit`: the
 * analysis code, from notice-marks.js (./analysis-kit.ts): this bundle has no copy of it.
 */
export function startNoticeApp(ctx: ContentScriptContext, first: Detection, kit: AnalysisKit, given: Partial<VisitDeps> = {}, ready?: ReadyAnalysis): NoticeApp {
  const t = given.t ?? translator(pickLang(browser.i18n?.getUILanguage?.() ?? navigator.language));
  // The store over runtime messages; a failure in the reader's words (the panel's error toast shows it).
  const deps: VisitDeps = { t, openStore: given.openStore ?? ((page) => pageStoreApi(page, messageTransport, (e) => storeErrorText(t, e))) };
  let visit: Visit | null = null;
  let running: Promise<void> = Promise.resolve();
  let pending: Detection | null = first;
  let made = ready?.analysis ?? null;

  const secondOpinion = (doc: Document, d: Detection) => withSecondOpinion(doc, d, kit.confirm);
  const detectionOf = async (doc: Document, known: Detection | null, body: Element | null, slicer: Slicer) =>
    known ? secondOpinion(doc, known) : body ? kit.detect(doc, slicer, undefined, body) : secondOpinion(doc, await kit.detect(doc, slicer));

  /** `keepBody`: late content on the same page; a notice body found before and still in the page stays the body. */
  const analyse = (keepBody = false) =>
    (running = running.then(async () => {
      // Content added beside the notice (a feed, a ticker, comments) must not move the analysis off it.
      const body = keepBody && visit?.analysis.verdict.isNotice && visit.analysis.scope?.isConnected ? visit.analysis.scope : null;
      visit?.end();
      if (visit) resetPage(document);
      const detection = pending;
      const analysis = made;
      pending = made = null;
      // In slices with turns for the page in between: no long task on a big page (utils/page/chunk.ts).
      const slicer = pageSlicer(window);
      visit = await startVisit(ctx, deps, async (doc) =>
        analysis ?? kit.analyse(doc, await detectionOf(doc, detection, body, slicer), slicer));
      // A link from the notes library: open at that annotation (in a frame, the link is the shell page's).
      const target = visit.lensTarget;
      const el = target ? elementForAnnotation(visit, target) : null;
      if (el) jumpTo(el);
      // One failing visit (a hostile page, an odd DOM) must never stop the later ones: the chain goes on.
    }).catch((error: unknown) => console.warn('Notice Lens: this analysis of the page failed', error)));

  void analyse();
  const onLate = () => void analyse(true);
  let stopWatching = ready ? ready.followLateContent(onLate) : watchLateContent(document, onLate);
  return {
    // A new address (History API) is a new page: its content may arrive late too, so the
    // bounded watch for late content starts afresh instead of counting the old page's changes.
    reanalyse: () => {
      stopWatching();
      stopWatching = watchLateContent(document, onLate);
      return analyse();
    },
    answer: (message) => answerTabRequest(visit, message),
    stop: () => {
      stopWatching();
      visit?.end();
    },
  };
}
