import { contentRootSteps, type ContentRoot } from '../dom/content-root';
import { extractSignals, type FactsSource } from '../dom/signals';
import { judgeSite } from './site-judge';
import { readShell } from '../frames/shell';
import { hasIdentity, MIN_NOTICE_PROSE, scoreNotice, tooLittleProse, type NoticeVerdict } from '../text/notice-score';
import { measure } from './timing';
import { drain, drainSliced, type Slicer, type Steps } from './chunk';

/*
 * Detection, the step run on every page of every official site: is this a notice? Kept apart from the rest of the
 * analysis (./analyze.ts: dedupe, directives, marks) so that the content script, which bundles this module, does
 * not carry their code: a bundler keeps a module's top-level work (the directive patterns built at load) even when
 * nothing calls it (issue 14).
 */

/** Characters of prose in the best block below which Readability is not asked. */
const MIN_PROSE_FOR_SECOND_OPINION = 80;

export interface Detection {
  content: ContentRoot | null;
  verdict: NoticeVerdict;
  /**
   * What the page's facts are read from: after the marks, notice-app.js sends it, as plain data, to the background,
   * which reads the facts (../analysis/remote-facts.ts, which reads them in the page where the background does not
   * answer); content.js carries no facts rules.
   */
  factsSource: FactsSource;
  /** performance.now() when the analysis began, for the total. */
  start: number;
  /** How long detection took: part of the total even when the rest runs later. */
  detectMs: number;
  /**
   * The page carries notice labels, but the cheap body finder had a close rival
   * or found no notice body: Readability should have a say (confirmDetection in
   * confirm-detection.ts, kept out of this module so that the detector bundle
   * stays small). A caller that stops on "not a notice" should ask it first.
   */
  unsure: boolean;
  /** The reader asked to read the page as a notice (../read-as-notice.ts): the verdict is theirs. */
  readerAsked?: boolean;
}

/**
 * The cheap first step, run on every page of every official site: is this a
 * notice? It reads the page and changes nothing. `body`, when given, is the
 * notice body found before (re-analysis after late content), measured as is.
 */
export function detectPage(doc: Document, perf: Performance | undefined = doc.defaultView?.performance, body?: Element): Detection {
  return drain(detectPageSteps(doc, perf, body));
}

/** detectPage in slices with turns for the page in between (utils/page/chunk.ts); a small page never pauses. */
export function detectPageSliced(doc: Document, slicer: Slicer, perf: Performance | undefined = doc.defaultView?.performance, body?: Element): Promise<Detection> {
  return drainSliced(detectPageSteps(doc, perf, body), slicer);
}

function* detectPageSteps(doc: Document, perf: Performance | undefined, body?: Element): Steps<Detection> {
  const start = perf?.now() ?? 0;
  // The walk of the whole page is the long part, and resumable; the rest reads little.
  const content = yield* contentRootSteps(doc, body);
  yield;
  // Less prose than any notice has (a column list, a sitemap): no label could make it one, and no second
  // opinion is asked below MIN_PROSE_FOR_SECOND_OPINION, so the labels are not read at all.
  if ((content?.text ?? 0) < MIN_NOTICE_PROSE) return detected(perf, start, content, tooLittleProse(content?.text ?? 0), false, () => extractSignals(doc, content).factsSource);
  const extracted = extractSignals(doc, content);
  const { signals } = extracted;
  // Off the official suffixes, a site that says it is a government's is an official site too
  // (run on all sites, or a site enabled by hand; utils/page/site-judge.ts).
  if (!signals.officialSite) signals.officialSite = judgeSite(doc);
  // A framed article: the page around its frame may carry its title bar and labels (utils/frames/shell.ts).
  const shell = readShell(doc);
  if (shell) signals.shellIdentity = shell.identity;
  const verdict = scoreNotice(signals);
  // Pages without a notice's labels (homepages, lists, forms) stop here, cheaply;
  // so do pages whose best block holds almost no prose (a column list whose rows
  // carry dates): no second opinion can find a notice body that is not there.
  const unsure = hasIdentity(signals) && (content?.text ?? 0) >= MIN_PROSE_FOR_SECOND_OPINION && (!verdict.isNotice || Boolean(content?.unsure));
  return detected(perf, start, content, verdict, unsure, () => (shell ? { ...extracted.factsSource, shell: shell.factsSource } : extracted.factsSource));
}

/**
 * Detection's answer, its time measured. What the facts are read from is gathered when first asked for: a page
 * with too little prose for a notice skips extractSignals, and only a caller that wants its facts pays for it.
 */
function detected(perf: Performance | undefined, start: number, content: ContentRoot | null, verdict: NoticeVerdict, unsure: boolean, gather: () => FactsSource): Detection {
  measure(perf, 'detect', start);
  let source: FactsSource | undefined;
  return {
    content, verdict, start, unsure, detectMs: (perf?.now() ?? 0) - start,
    get factsSource() {
      return (source ??= gather());
    },
  };
}

