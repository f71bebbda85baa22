import { splitAt, type TextIndex } from './text-index';

export const DUPLICATE_ATTR = 'data-nl-duplicate';

/**
 * Marks everything in [start, end) of the index as duplicate content: whole
 * elements where they lie entirely inside (so empty spacer paragraphs inside the
 * copy go too), and a wrapping span where the copy begins or ends inside a text
 * node (the sample's second copy starts mid-paragraph). Nothing is removed; the
 * stylesheet hides [data-nl-duplicate] until the reader asks to see it.
 * Returns the marked elements.
 */
export function hideRange(index: TextIndex, start: number, end: number): Element[] {
  const doc = index.root.ownerDocument;
  // Splitting first makes both boundaries fall between nodes; the range then starts
  // before the first node (not inside it) so that whole elements compare as inside.
  const first = splitAt(index, start);
  const last = splitAt(index, end) - 1;
  const firstNode = index.nodes[first];
  const lastNode = index.nodes[last];
  if (!firstNode || !lastNode || last < first) return [];
  const range = doc.createRange();
  range.setStartBefore(firstNode);
  // A copy that runs to the end takes trailing spacer paragraphs with it.
  if (end >= index.text.length && index.root.lastChild) range.setEndAfter(index.root.lastChild);
  else range.setEndAfter(lastNode);
  const marked: Element[] = [];

  // A child lies wholly inside when the points before and after it both do.
  const inside = (parent: Node, i: number): boolean =>
    range.comparePoint(parent, i) === 0 && range.comparePoint(parent, i + 1) === 0;

  const visit = (parent: Node) => {
    // Wrapping a text node keeps the child count, so `i` stays the child's index.
    let i = 0;
    for (let child = parent.firstChild; child; i++) {
      const next = child.nextSibling;
      if (range.intersectsNode(child)) {
        if (inside(parent, i)) {
          if (child.nodeType === 1) {
            (child as Element).setAttribute(DUPLICATE_ATTR, '');
            marked.push(child as Element);
          } else if (child.nodeType === 3 && (child as Text).data.length) {
            const span = doc.createElement('span');
            span.setAttribute(DUPLICATE_ATTR, '');
            parent.insertBefore(span, child);
            span.appendChild(child);
            marked.push(span);
          }
        } else if (child.nodeType === 1) {
          visit(child);
        }
      }
      child = next;
    }
  };
  visit(index.root);
  return marked;
}
