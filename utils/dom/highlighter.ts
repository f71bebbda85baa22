import { wrapRange, unwrap } from './wrap-range';
import type { TextIndex } from './text-index';

export const ANNOTATION_ATTR = 'data-nl-annotation';

/**
 * Draws and removes the reader's highlights. Each highlight is one or more
 * wrappers (one per text node it covers) carrying data-nl-annotation="<id>", so
 * highlights may span paragraphs and overlap (an overlapping highlight nests
 * inside the wrappers of the one before). Knows nothing of storage or notes.
 */
export function drawHighlight(index: TextIndex, start: number, end: number, id: string, color: string): HTMLElement[] {
  const doc = index.root.ownerDocument;
  return wrapRange(index, start, end, () => {
    const el = doc.createElement('span');
    el.setAttribute(ANNOTATION_ATTR, id);
    el.setAttribute('data-nl-color', color);
    return el;
  });
}

export function highlightElements(root: ParentNode, id: string): HTMLElement[] {
  const view = ((root as Node).ownerDocument ?? (root as Document)).defaultView;
  const escaped = view?.CSS?.escape ? view.CSS.escape(id) : cssEscape(id);
  return Array.from(root.querySelectorAll<HTMLElement>(`[${ANNOTATION_ATTR}="${escaped}"]`));
}

export function eraseHighlight(root: ParentNode, id: string): void {
  unwrap(highlightElements(root, id));
}

export function recolorHighlight(root: ParentNode, id: string, color: string): void {
  for (const el of highlightElements(root, id)) el.setAttribute('data-nl-color', color);
}

/** Marks highlights that carry a note, for a small indicator (the note itself never enters the page). */
export function markHasNote(root: ParentNode, id: string, hasNote: boolean): void {
  const els = highlightElements(root, id);
  els.forEach((el, i) => el.toggleAttribute('data-nl-has-note', hasNote && i === els.length - 1));
}

/** Where CSS.escape is missing (test DOMs): quotes, backslashes and control characters escaped as CSS does. */
function cssEscape(s: string): string {
  return s.replace(/["\\]/g, '\\$&').replace(/[\u0000-\u001f\u007f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `);
}
