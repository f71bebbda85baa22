import { splitAt, type TextIndex } from './text-index';

/**
 * Wraps the text in [start, end) in new inline elements, one per text node the
 * range touches (a sentence pasted from Word can be spread over many spans), so
 * no element is ever moved and the page's own structure stays intact. Returns the
 * wrappers in document order; the index stays valid (nodes are split, not
 * replaced, and each wrapped node keeps its place in the index).
 */
export function wrapRange(index: TextIndex, start: number, end: number, create: () => HTMLElement): HTMLElement[] {
  if (end <= start || index.nodes.length === 0) return [];
  // Start first: a split at `end` only ever inserts after `first`.
  const first = splitAt(index, start);
  const last = splitAt(index, end) - 1;
  const wrappers: HTMLElement[] = [];
  for (let i = first; i <= last; i++) {
    const node = index.nodes[i]!;
    // Pure white space between blocks would give empty highlight boxes.
    if (!node.data.trim() && i !== first) continue;
    const parent = node.parentNode;
    if (!parent) continue;
    const el = create();
    parent.insertBefore(el, node);
    el.appendChild(node);
    wrappers.push(el);
  }
  return wrappers;
}

/**
 * Removes wrappers made by wrapRange, leaving their text where it was. Text nodes
 * are not merged back, so a TextIndex over them stays valid.
 */
export function unwrap(elements: Iterable<Element>): void {
  for (const el of elements) {
    const parent = el.parentNode;
    if (!parent) continue;
    while (el.firstChild) parent.insertBefore(el.firstChild, el);
    parent.removeChild(el);
  }
}

