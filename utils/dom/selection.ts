import type { TextIndex } from './text-index';

/**
 * Text offsets in the index for a DOM range (the reader's selection), or null
 * when the range lies outside the indexed text. Boundaries in elements are moved
 * to the nearest indexed text, so selecting whole paragraphs works.
 */
export function rangeToOffsets(index: TextIndex, range: Range): { start: number; end: number } | null {
  // A selection that starts or ends outside the body is clipped to it below.
  if (!range.intersectsNode(index.root)) return null;
  const positions = new Map<Node, number>();
  index.nodes.forEach((n, i) => positions.set(n, i));
  const start = boundaryOffset(index, positions, range, 'start');
  const end = boundaryOffset(index, positions, range, 'end');
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

function boundaryOffset(index: TextIndex, positions: Map<Node, number>, range: Range, which: 'start' | 'end'): number | null {
  const container = which === 'start' ? range.startContainer : range.endContainer;
  const offset = which === 'start' ? range.startOffset : range.endOffset;
  const i = positions.get(container);
  if (i !== undefined) return index.starts[i]! + Math.min(offset, (container as Text).data.length);
  // Element boundary (or unindexed text): find the first indexed node at/after it
  // (for a start) or the last one before it (for an end), by document order.
  const doc = index.root.ownerDocument;
  const probe = doc.createRange();
  probe.setStart(container, offset);
  let lo = 0;
  let hi = index.nodes.length;
  // Binary search for the first node that begins at or after the boundary.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const cmp = probe.comparePoint(index.nodes[mid]!, 0);
    if (cmp >= 0) hi = mid;
    else lo = mid + 1;
  }
  if (which === 'start') {
    if (lo >= index.nodes.length) return null;
    return index.starts[lo]!;
  }
  const before = lo - 1;
  if (before < 0) return null;
  return index.starts[before]! + index.nodes[before]!.data.length;
}
