import { contentRootSteps, type ContentRoot } from '../dom/content-root';
import { extractSignals, type NoticeFacts } from '../dom/signals';
import { isGovernmentPage } from '../dom/government-signals';
import { readShell, withShellFacts } from '../frames/shell';
import { subIndex, textIndexSteps, type TextIndex } from '../dom/text-index';
import { DUPLICATE_ATTR } from '../dom/hide-range';
import { hasIdentity, MIN_NOTICE_PROSE, scoreNotice, tooLittleProse, type NoticeVerdict } from '../text/notice-score';
import { collapseDuplicateSteps, type DuplicateInfo } from './collapse-duplicate';
import { findDirectives, type Directive } from '../text/directives';
import { markDirectivesSteps, type MarkedDirective } from './mark-directives';
import { measure, timed } from './timing';
import { drain, drainSliced, type Slicer, type Steps } from './chunk';

export type { DuplicateInfo };

export interface PageAnalysis {
  verdict: NoticeVerdict;
  facts: NoticeFacts;
  /** The element whose text was analysed (the body, or the pair of copies). */
  scope: Element | null;
  /**
   * The notice body detection found (the content root), inside or equal to `scope`: where a duplicate was
   * searched in a wider scope, the scope also holds the title, info line and 上一篇/下一篇 around the copies,
   * which a version of the body must leave out (issue 16).
   */
  body?: Element;
  duplicate: DuplicateInfo | null;
  directives: MarkedDirective[];
  /** Text of the scope with duplicates hidden: the text annotations anchor to. */
  index: TextIndex | null;
}

/** Characters of prose in the best block below which Readability is not asked. */
const MIN_PROSE_FOR_SECOND_OPINION = 80;

export interface Detection {
  content: ContentRoot | null;
  verdict: NoticeVerdict;
  facts: NoticeFacts;
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
  if ((content?.text ?? 0) < MIN_NOTICE_PROSE) return detected(perf, start, content, tooLittleProse(content?.text ?? 0), false, () => extractSignals(doc, content).facts);
  const extracted = extractSignals(doc, content);
  const { signals } = extracted;
  // Off the official suffixes, a site that says it is a government's is an official site too
  // (run on all sites, or a site enabled by hand; utils/dom/government-signals.ts).
  if (!signals.officialSite) signals.officialSite = isGovernmentPage(doc);
  // A framed article: the page around its frame may carry its title bar and labels (utils/frames/shell.ts).
  const shell = readShell(doc);
  if (shell) signals.shellIdentity = shell.identity;
  const verdict = scoreNotice(signals);
  // Pages without a notice's labels (homepages, lists, forms) stop here, cheaply;
  // so do pages whose best block holds almost no prose (a column list whose rows
  // carry dates): no second opinion can find a notice body that is not there.
  const unsure = hasIdentity(signals) && (content?.text ?? 0) >= MIN_PROSE_FOR_SECOND_OPINION && (!verdict.isNotice || Boolean(content?.unsure));
  return detected(perf, start, content, verdict, unsure, () => (shell ? withShellFacts(extracted.facts, shell.facts) : extracted.facts));
}

/**
 * Detection's answer, its time measured; the facts are read when first asked for (the panel, the store): after
 * the marks, never on a page that is no notice.
 */
function detected(perf: Performance | undefined, start: number, content: ContentRoot | null, verdict: NoticeVerdict, unsure: boolean, readFacts: () => NoticeFacts): Detection {
  measure(perf, 'detect', start);
  let facts: NoticeFacts | undefined;
  return {
    content, verdict, start, unsure, detectMs: (perf?.now() ?? 0) - start,
    get facts() {
      return (facts ??= readFacts());
    },
  };
}

/**
 * The rest of the analysis on a page detected as a notice: hide a duplicated
 * body, find and mark the directives. Each stage is a User Timing entry.
 */
export function analyzeNotice(doc: Document, detection: Detection, perf: Performance | undefined = doc.defaultView?.performance): PageAnalysis {
  const prepared = drain(prepareSteps(doc, detection, perf));
  if (!prepared.index) return prepared.result;
  const index = prepared.index;
  const found = timed(perf, 'directives', () => findDirectives(index.text));
  return drain(markSteps(prepared, found, perf));
}

/**
 * analyzeNotice in slices that give the page's event loop a turn between them
 * (utils/page/chunk.ts): the same result; a notice small enough for one slice
 * never pauses. The stages' timings then span their pauses too (wall time).
 * `find` finds the directives, by default in the page; the app passes one that
 * asks the background (utils/analysis/remote-directives.ts), and
 * `notice-lens:directives` is then the wait for its answer.
 */
export async function analyzeNoticeSliced(
  doc: Document,
  detection: Detection,
  slicer: Slicer,
  perf: Performance | undefined = doc.defaultView?.performance,
  find: (text: string) => Directive[] | Promise<Directive[]> = findDirectives,
): Promise<PageAnalysis> {
  const prepared = await drainSliced(prepareSteps(doc, detection, perf), slicer);
  if (!prepared.index) return prepared.result;
  const directivesStart = perf?.now() ?? 0;
  const found = await find(prepared.index.text);
  measure(perf, 'directives', directivesStart);
  return drainSliced(markSteps(prepared, found, perf), slicer);
}

interface Prepared {
  result: PageAnalysis;
  /** The text to find directives in; null when the page is not a notice (the result is final). */
  index: TextIndex | null;
  /** When the analysis began (detection included), for the total. */
  start: number;
}

function* prepareSteps(doc: Document, detection: Detection, perf: Performance | undefined): Steps<Prepared> {
  const { content, verdict } = detection;
  // The total is the analysis work: detection plus what follows, not the time the
  // content script spent loading notice-app.js in between (notice-lens:load-app).
  const start = (perf?.now() ?? 0) - detection.detectMs;
  const result: PageAnalysis = {
    verdict, scope: null, duplicate: null, directives: [], index: null,
    // Read on first use, as detection's are.
    get facts() {
      return detection.facts;
    },
  };
  if (!verdict.isNotice || !content) {
    measure(perf, 'total', start);
    return { result, index: null, start };
  }
  const skip = (el: Element) => el.hasAttribute(DUPLICATE_ATTR);
  const dedupeStart = perf?.now() ?? 0;
  const search = yield* collapseDuplicateSteps(content.root, skip);
  measure(perf, 'dedupe', dedupeStart);
  const { scope, duplicate } = search;
  result.scope = scope;
  result.body = content.root;
  result.duplicate = duplicate;
  // Without a duplicate hidden, the search's own walk of the page already holds the body's text.
  const index = (search.index && subIndex(search.index, scope)) ?? (yield* textIndexSteps(scope, { skip }));
  result.index = index;
  yield;
  return { result, index, start };
}

function* markSteps({ result, index, start }: Prepared, found: Directive[], perf: Performance | undefined): Steps<PageAnalysis> {
  yield;
  const highlightStart = perf?.now() ?? 0;
  result.directives = yield* markDirectivesSteps(index!, found);
  measure(perf, 'highlight', highlightStart);
  measure(perf, 'total', start);
  return result;
}

/** One page visit's whole analysis; pages that are not notices stop after detection, untouched. */
export function analyzePage(doc: Document, perf: Performance | undefined = doc.defaultView?.performance): PageAnalysis {
  return analyzeNotice(doc, detectPage(doc, perf), perf);
}
