/**
 * Steps through a scope's elements and text nodes in document order, or backwards, leaving out a skipped element
 * with all it holds: what a TreeWalker (SHOW_ELEMENT | SHOW_TEXT) with a filter that rejects the skipped elements
 * returns, node for node. Written by hand because such a TreeWalker calls back into script for every node it
 * meets, which costs about twice as much as reading the links here, and the title area's walks run on every page
 * of every official site (issue 14). Pure DOM reading; the page is never changed.
 */

const ELEMENT = 1;
const TEXT = 3;

type Skip = (el: Element) => boolean;

/** A node the walk returns: an element it does not skip, or a text node. Comments and the like are passed over. */
function shown(n: Node, skip: Skip): boolean {
  return n.nodeType === TEXT || (n.nodeType === ELEMENT && !skip(n as Element));
}

/** Whether the walk goes into `n`'s children: into any node's but a skipped element's (a comment has none to go into). */
function entered(n: Node, skip: Skip): boolean {
  return n.nodeType !== ELEMENT || !skip(n as Element);
}

/**
 * The node after `n` in document order within `scope`, or null at the scope's end. Like TreeWalker.nextNode, it
 * goes into `n`'s children whatever `n` is (the node a walk starts from), and into no skipped element's after that.
 */
export function nextInScope(n: Node, scope: Node, skip: Skip): Node | null {
  let node: Node = n;
  let descend = true;
  for (;;) {
    const child = descend ? node.firstChild : null;
    if (child) node = child;
    else {
      // Out of finished subtrees, never past the scope.
      for (;;) {
        if (node === scope) return null;
        const next: Node | null = node.nextSibling;
        if (next) {
          node = next;
          break;
        }
        const up: Node | null = node.parentNode;
        if (!up) return null;
        node = up;
      }
    }
    if (shown(node, skip)) return node;
    descend = entered(node, skip);
  }
}

/**
 * The node before `n` in document order within `scope`, or null at the scope's start. Like
 * TreeWalker.previousNode: going backwards a parent comes after its children, the scope itself last; a skipped
 * element is passed over with all it holds.
 */
export function previousInScope(n: Node, scope: Node, skip: Skip): Node | null {
  let node: Node = n;
  while (node !== scope) {
    let sibling: Node | null = node.previousSibling;
    while (sibling) {
      node = sibling;
      // Down to the deepest last node, not into a skipped element.
      while (entered(node, skip) && node.lastChild) node = node.lastChild;
      if (shown(node, skip)) return node;
      sibling = node.previousSibling;
    }
    const up: Node | null = node.parentNode;
    if (!up) return null;
    node = up;
    if (shown(node, skip)) return node;
  }
  return null;
}

/**
 * Where a backwards walk from the scope's end starts (TreeWalker.lastChild until there is none): the scope's
 * deepest last node that is shown, or null when it holds none.
 */
export function lastInScope(scope: Node, skip: Skip): Node | null {
  let node: Node = scope;
  for (;;) {
    let child: Node | null = node.lastChild;
    while (child && !shown(child, skip)) child = child.previousSibling;
    if (!child) return node === scope ? null : node;
    node = child;
  }
}
