import type { Directive } from '../text/directives';
import type { TextIndex } from '../dom/text-index';
import { unwrap, wrapRange } from '../dom/wrap-range';
import type { Steps } from './chunk';

export interface MarkedDirective extends Directive {
  /** Position in document order; the value of data-nl-directive. */
  index: number;
  /**
   * The lead sentence as the page's text has it, marker included; a number the browser draws is not text, so a
   * drawn directive's lead is its words alone (links that find it in the page, text fragments, need exactly that).
   */
  lead: string;
  element: HTMLElement;
}

/** Directives marked between two safe points of markDirectivesSteps. */
const PER_STEP = 32;

/**
 * A directive marked from the first screen's text before the whole text's directives were known (./analyze.ts),
 * with the wrappers its lead continues in, gathered while its number was still its own.
 */
export interface FirstScreenMark {
  mark: MarkedDirective;
  parts: Element[];
}

/** Where a directive stands in the text: two with the same span are wrapped alike, whatever their number and level. */
const spanOf = (d: Directive) => `${d.start}:${d.markerEnd}:${d.leadEnd}`;

/**
 * Wraps each directive's marker and lead sentence, as resumable work
 * (utils/page/chunk.ts): it yields between directives. The first wrapper is the
 * directive's element (the public contract: data-nl-directive, -ordinal, -level,
 * text starting at the marker); a lead that crosses inline elements continues in
 * wrappers marked data-nl-directive-part.
 *
 * `firstScreen` are marks made before from the first screen's text alone: one with a directive's span is kept and
 * given that directive's number and level; the others are taken back first. The page ends as if marked afresh.
 */
export function* markDirectivesSteps(index: TextIndex, directives: Directive[], firstScreen: FirstScreenMark[] = []): Steps<MarkedDirective[]> {
  const doc = index.root.ownerDocument;
  const spans = new Set(directives.map(spanOf));
  const kept = new Map<string, FirstScreenMark>();
  for (const early of firstScreen) {
    if (spans.has(spanOf(early.mark))) kept.set(spanOf(early.mark), early);
    else unmarkFirstScreen(early);
  }
  const marked: MarkedDirective[] = [];
  for (let i = 0; i < directives.length; i++) {
    if (i > 0 && i % PER_STEP === 0) yield;
    const d = directives[i]!;
    const id = String(i);
    // Only written directives were kept (a drawn one's span never matches: its marker is empty).
    const early = kept.get(spanOf(d));
    const [element, ...parts] = early ? [early.mark.element, ...early.parts] : wrapRange(index, d.start, d.leadEnd, () => doc.createElement('span'));
    if (!element) continue;
    element.setAttribute('data-nl-directive', id);
    element.setAttribute('data-nl-ordinal', d.ordinal);
    element.setAttribute('data-nl-level', String(d.level));
    if (d.drawn) element.setAttribute('data-nl-drawn', '');
    for (const part of parts) {
      part.setAttribute('data-nl-directive-part', id);
      part.setAttribute('data-nl-part-level', String(d.level));
    }
    // The marker gets its own inner span so it can be styled apart from the lead (a drawn number has none).
    if (!early) {
      wrapRange(index, d.start, d.markerEnd, () => {
        const m = doc.createElement('span');
        m.setAttribute('data-nl-marker', '');
        return m;
      });
    }
    marked.push({ ...d, index: i, lead: index.text.slice(d.start, d.leadEnd).replace(/\s+/g, ' ').trim(), element: element as HTMLElement });
  }
  return marked;
}

/** The marks of markDirectivesSteps, each with the wrappers its lead continues in (read before any is renumbered). */
export function firstScreenMarks(root: Element, marked: MarkedDirective[]): FirstScreenMark[] {
  return marked.map((mark) => ({ mark, parts: Array.from(root.querySelectorAll(`[data-nl-directive-part="${mark.index}"]`)) }));
}

/** Takes a first screen's mark back (wrappers, parts, markers), leaving the text where it was: the index stays valid. */
function unmarkFirstScreen({ mark, parts }: FirstScreenMark): void {
  const wrappers = [mark.element, ...parts];
  unwrap(wrappers.flatMap((w) => Array.from(w.querySelectorAll('[data-nl-marker]'))));
  unwrap(wrappers);
}
