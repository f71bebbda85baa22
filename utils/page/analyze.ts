import type { FactsSource } from '../dom/signals';
import { subIndex, textIndexSteps, type TextIndex } from '../dom/text-index';
import { DUPLICATE_ATTR } from '../dom/hide-range';
import type { NoticeVerdict } from '../text/notice-score';
import { collapseDuplicateSteps, type DuplicateInfo } from './collapse-duplicate';
import { pageHiddenMemo } from '../dom/page-hidden';
import { directiveText } from '../dom/data-tables';
import { drawnLists } from '../dom/drawn-lists';
import { findDirectives, withDrawnItems, type Directive } from '../text/directives';
import { firstScreenMarks, markDirectivesSteps, type FirstScreenMark, type MarkedDirective } from './mark-directives';
import { measure, timed } from './timing';
import { drain, drainSliced, type Slicer, type Steps } from './chunk';
import { installPageStyle } from './page-stylesheet';
import { detectPage, type Detection } from './detect';

// Detection lives in ./detect.ts, apart from the analysis below, so that the content script that runs on every
// page (detection only) does not carry the dedupe and directive code. Re-exported for the callers of old.
export { detectPage, detectPageSliced, type Detection } from './detect';
export type { DuplicateInfo };

export interface PageAnalysis {
  verdict: NoticeVerdict;
  /** What the notice's facts are read from, after the marks: by the background (../analysis/remote-facts.ts), or the page. */
  factsSource: FactsSource;
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

/**
 * The rest of the analysis on a page detected as a notice: hide a duplicated
 * body, find and mark the directives. Each stage is a User Timing entry.
 */
export function analyzeNotice(doc: Document, detection: Detection, perf: Performance | undefined = doc.defaultView?.performance): PageAnalysis {
  const prepared = drain(prepareSteps(doc, detection, perf));
  if (!prepared.index) return prepared.result;
  const index = prepared.index;
  const found = timed(perf, 'directives', () => {
    const text = directiveText(index, detection.content!.root);
    const drawn = drawnLists(index);
    return withDrawnItems(text, findDirectives(text), drawn.items, drawn.headings);
  });
  return drain(markSteps(prepared, found, perf));
}

/**
 * analyzeNotice in slices that give the page's event loop a turn between them
 * (utils/page/chunk.ts): the same result; a notice small enough for one slice
 * never pauses. The stages' timings then span their pauses too (wall time).
 * `find` finds the directives, by default in the page; the app passes one that
 * asks the background (utils/analysis/remote-directives.ts), and
 * `notice-lens:directives` is then the wait for its answer. With `firstScreen`, a
 * text longer than `above` characters (the app passes the length from which the
 * background is asked) has its first `chars` marked first, and, once `painted`
 * says they are on screen, the whole text is sent.
 */
export async function analyzeNoticeSliced(
  doc: Document,
  detection: Detection,
  slicer: Slicer,
  perf: Performance | undefined = doc.defaultView?.performance,
  find: (text: string) => Directive[] | Promise<Directive[]> = findDirectives,
  firstScreen?: { above: number; chars: number; painted?: () => Promise<void> },
): Promise<PageAnalysis> {
  const prepared = await drainSliced(prepareSteps(doc, detection, perf), slicer);
  if (!prepared.index) return prepared.result;
  const directivesStart = perf?.now() ?? 0;
  const text = directiveText(prepared.index, detection.content!.root);
  // Read before the wait: the numbers only the browser draws (<ol>) are the page's, not the text's.
  const drawn = drawnLists(prepared.index);
  // Not where the browser draws numbers: those are merged in with the whole text's answer.
  const early = firstScreen && text.length > firstScreen.above && !drawn.items.length ? markFirstScreen(prepared.index, text, firstScreen.chars, perf) : [];
  // The first screen is painted before the whole text is sent: the browser relaying a long text and the background
  // parsing it would otherwise compete for the machine with the frame that shows it (bench 6.1, 5 MB of text: that
  // frame 55 → 84 ms on two cores when the text was sent first).
  if (early.length) await firstScreen?.painted?.();
  const found = withDrawnItems(text, await find(text), drawn.items, drawn.headings);
  measure(perf, 'directives', directivesStart);
  return drainSliced(markSteps(prepared, found, perf, early), slicer);
}

/**
 * Characters at the start of a long notice's text whose directives are marked before the whole text's are known:
 * a screen holds 1,000–2,000 characters of a notice, and the reader may scroll a little meanwhile.
 */
export const FIRST_SCREEN_CHARS = 4_000;

/**
 * Marks the directives of the text's first screen, found in that part alone, before the whole text's are asked for
 * (issue 14: a 200,000-character notice waited 70 ms more for any mark). The whole text's answer decides: a mark
 * it has too (the same marker and lead) stays, with the number and level it gives (the first part's 一、 is
 * only a heading once its 二、 is read, so the first screen's levels are often one too high); one it has not
 * (a table of contents whose headings come back later) is taken back (markDirectivesSteps).
 */
function markFirstScreen(index: TextIndex, text: string, chars: number, perf: Performance | undefined): FirstScreenMark[] {
  const start = perf?.now() ?? 0;
  // Cut where a line ends: no paragraph read in half.
  const cut = text.lastIndexOf('\n', chars);
  if (cut <= 0) return [];
  // A lead that runs past the cut is left to the whole text's answer.
  const first = findDirectives(text.slice(0, cut)).filter((d) => d.leadEnd <= cut);
  if (!first.length) return [];
  const marked = firstScreenMarks(index.root, drain(markDirectivesSteps(index, first)));
  measure(perf, 'first-marks', start);
  return marked;
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
    // Gathered on first use, as detection's is.
    get factsSource() {
      return detection.factsSource;
    },
  };
  if (!verdict.isNotice || !content) {
    measure(perf, 'total', start);
    return { result, index: null, start };
  }
  // The marks' look (and the duplicate's hiding) goes in before the page is changed: adding a stylesheet makes the
  // browser restyle the whole document, and on a big page, whose analysis runs in slices, that restyle then
  // happens in a frame of its own instead of in the one that lays out the marks (bench 6.1, 5 MB of text: that
  // frame 67 → 49 ms; 6.2, beside 200,000 elements: 207 → 124 ms). A small notice is analysed in one task: one
  // style and layout pass for all of it, as before.
  installPageStyle(doc);
  // Our own hidden copies, and what the page's stylesheet hides (a phone copy, a print copy: ../dom/page-hidden.ts).
  const pageHidden = pageHiddenMemo();
  const skip = (el: Element) => el.hasAttribute(DUPLICATE_ATTR) || pageHidden(el);
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

function* markSteps({ result, index, start }: Prepared, found: Directive[], perf: Performance | undefined, firstScreen: FirstScreenMark[] = []): Steps<PageAnalysis> {
  yield;
  const highlightStart = perf?.now() ?? 0;
  result.directives = yield* markDirectivesSteps(index!, found, firstScreen);
  measure(perf, 'highlight', highlightStart);
  measure(perf, 'total', start);
  return result;
}

/** One page visit's whole analysis; pages that are not notices stop after detection, untouched. */
export function analyzePage(doc: Document, perf: Performance | undefined = doc.defaultView?.performance): PageAnalysis {
  return analyzeNotice(doc, detectPage(doc, perf), perf);
}
