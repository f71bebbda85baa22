import { splitAt, type TextIndex } from './text-index';

export const DUPLICATE_ATTR = 'data-nl-duplicate';

/**
 * Marks everything in [start, end) of the index as duplicate content: whole
 * elements where they lie entirely inside (so empty spacer paragraphs inside the
 * copy go too), and a wrapping span where the copy begins or ends inside a text
 * node (the sample's second copy starts mid-paragraph). Nothing is removed; the
 * stylesheet hides [data-nl-duplicate] until the reader asks to see it.
 * Returns the marked elements. `runsToEndOf`: the copy ends where that element
 * ends (its trailing empty paragraphs go too).
 *
 * Works on document order alone (one numbering pass, no Range objects), so it is
 * linear and behaves the same in every DOM implementation.
 */
export function hideRange(index: TextIndex, start: number, end: number, runsToEndOf?: Element): Element[] {
  const doc = index.root.ownerDocument;
  // Split so that both boundaries fall between text nodes.
  const first = splitAt(index, start);
  const last = splitAt(index, end) - 1;
  const firstNode = index.nodes[first];
  const lastNode = index.nodes[last];
  if (!firstNode || !lastNode || last < first) return [];

  // Number every node in document order; each node's span is [its number, the
  // largest number in its subtree]. Leaves decide what is inside.
  const order = new Map<Node, number>();
  const extent = new Map<Node, number>();
  let n = 0;
  const stack: { node: Node; exit: boolean }[] = [{ node: index.root, exit: false }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (exit) {
      extent.set(node, n - 1);
      continue;
    }
    order.set(node, n++);
    stack.push({ node, exit: true });
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push({ node: c, exit: false });
  }
  const lo = order.get(firstNode)!;
  // A copy that runs to the end of the text (or of the given element) takes
  // trailing spacer paragraphs with it.
  const hi = runsToEndOf && extent.has(runsToEndOf) ? extent.get(runsToEndOf)! : end >= index.text.length ? n - 1 : order.get(lastNode)!;

  const marked: Element[] = [];
  const visit = (parent: Node) => {
    for (let child = parent.firstChild; child; ) {
      const next = child.nextSibling;
      const from = order.get(child)!;
      const to = extent.get(child)!;
      // An element's own number precedes its content: judge it by its descendants' span.
      const contentFrom = child.firstChild ? from + 1 : from;
      if (to < lo || contentFrom > hi) {
        // entirely outside
      } else if (contentFrom >= lo && to <= hi) {
        if (child.nodeType === 1) {
          (child as Element).setAttribute(DUPLICATE_ATTR, '');
          marked.push(child as Element);
        } else if (child.nodeType === 3 && (child as Text).data.trim()) {
          const span = doc.createElement('span');
          span.setAttribute(DUPLICATE_ATTR, '');
          parent.insertBefore(span, child);
          span.appendChild(child);
          marked.push(span);
        }
      } else if (child.nodeType === 1) {
        visit(child);
      }
      child = next;
    }
  };
  visit(index.root);
  return marked;
}
