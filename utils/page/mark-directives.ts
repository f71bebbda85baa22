import type { Directive } from '../text/directives';
import type { TextIndex } from '../dom/text-index';
import { wrapRange } from '../dom/wrap-range';
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
 * Wraps each directive's marker and lead sentence, as resumable work
 * (utils/page/chunk.ts): it yields between directives. The first wrapper is the
 * directive's element (the public contract: data-nl-directive, -ordinal, -level,
 * text starting at the marker); a lead that crosses inline elements continues in
 * wrappers marked data-nl-directive-part.
 */
export function* markDirectivesSteps(index: TextIndex, directives: Directive[]): Steps<MarkedDirective[]> {
  const doc = index.root.ownerDocument;
  const marked: MarkedDirective[] = [];
  for (let i = 0; i < directives.length; i++) {
    if (i > 0 && i % PER_STEP === 0) yield;
    const d = directives[i]!;
    const id = String(i);
    const wrappers = wrapRange(index, d.start, d.leadEnd, () => doc.createElement('span'));
    const [element, ...parts] = wrappers;
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
    wrapRange(index, d.start, d.markerEnd, () => {
      const m = doc.createElement('span');
      m.setAttribute('data-nl-marker', '');
      return m;
    });
    marked.push({ ...d, index: i, lead: index.text.slice(d.start, d.leadEnd).replace(/\s+/g, ' ').trim(), element });
  }
  return marked;
}
