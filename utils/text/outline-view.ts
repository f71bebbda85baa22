/**
 * What the outline shows of a long directive list: which rows are visible given the collapsed branches and
 * the filter, with each branch's size, and where the arrow keys move. Pure: the panel (components/page/
 * Outline.tsx) renders the rows and owns the state.
 */
import { foldForSearch } from './fold';

interface OutlineEntry {
  index: number;
  level: number;
  lead: string;
}

export interface OutlineRow<T extends OutlineEntry> {
  item: T;
  /** 0 for a top-level item (the nesting of nestByLevel: a skipped level nests under the nearest shallower one). */
  depth: number;
  /** The directive index of the parent item, null at the top. */
  parent: number | null;
  /** Every item under this one, at any depth: the branch's count. */
  descendants: number;
  /** Shown with its children (a leaf is never expanded). */
  expanded: boolean;
  /** Position among the visible siblings (1-based) and their number, for aria-posinset / aria-setsize. */
  position: number;
  siblings: number;
}

/** Above this many items, branches below the second level start collapsed. */
const COLLAPSE_ABOVE = 40;

interface Node<T> {
  item: T;
  depth: number;
  parent: number | null;
  descendants: number;
  children: Node<T>[];
}

function buildTree<T extends OutlineEntry>(items: readonly T[]): Node<T>[] {
  const roots: Node<T>[] = [];
  const stack: Node<T>[] = [];
  for (const item of items) {
    while (stack.length && stack[stack.length - 1]!.item.level >= item.level) stack.pop();
    const parent = stack[stack.length - 1];
    const node: Node<T> = { item, depth: stack.length, parent: parent?.item.index ?? null, descendants: 0, children: [] };
    for (const ancestor of stack) ancestor.descendants++;
    (parent ? parent.children : roots).push(node);
    stack.push(node);
  }
  return roots;
}

/** The branches a long outline starts with collapsed: those at depth 1 and below, so the first two levels show. */
export function initiallyCollapsed(items: readonly OutlineEntry[]): Set<number> {
  const out = new Set<number>();
  if (items.length <= COLLAPSE_ABOVE) return out;
  const walk = (nodes: Node<OutlineEntry>[]) => nodes.forEach((n) => {
    if (n.depth >= 1 && n.children.length) out.add(n.item.index);
    walk(n.children);
  });
  walk(buildTree(items));
  return out;
}

/**
 * The visible rows, in document order. Without a filter, a collapsed branch hides what is under it. With one,
 * the items whose text contains it (folded: NFKC, case, CJK spacing) show with their ancestors, whatever is
 * collapsed; an item under a match shows only if it matches too.
 */
export function outlineRows<T extends OutlineEntry>(items: readonly T[], collapsed: ReadonlySet<number>, filter = ''): OutlineRow<T>[] {
  const query = foldForSearch(filter);
  const rows: OutlineRow<T>[] = [];
  // With a filter: does this node or anything under it match?
  const keep = new Map<Node<T>, boolean>();
  const matches = (n: Node<T>): boolean => {
    const own = foldForSearch(n.item.lead).includes(query);
    const below = n.children.map(matches).some(Boolean);
    keep.set(n, own || below);
    return own || below;
  };
  const roots = buildTree(items);
  if (query) roots.forEach(matches);
  const visit = (nodes: Node<T>[]) => {
    const shown = query ? nodes.filter((n) => keep.get(n)) : nodes;
    shown.forEach((n, i) => {
      const open = n.children.length > 0 && (query ? n.children.some((c) => keep.get(c)) : !collapsed.has(n.item.index));
      rows.push({ item: n.item, depth: n.depth, parent: n.parent, descendants: n.descendants, expanded: open, position: i + 1, siblings: shown.length });
      if (open) visit(n.children);
    });
  };
  visit(roots);
  return rows;
}

/** The visible row to mark as where the reader is: the item itself, or its nearest shown ancestor when collapsed away. */
export function visibleCurrent(items: readonly OutlineEntry[], rows: readonly OutlineRow<OutlineEntry>[], current: number | null): number | null {
  if (current === null) return null;
  const shown = new Set(rows.map((r) => r.item.index));
  const parents = new Map(buildTreeFlat(items));
  for (let i: number | null | undefined = current; i !== null && i !== undefined; i = parents.get(i)) if (shown.has(i)) return i;
  return null;
}

function buildTreeFlat(items: readonly OutlineEntry[]): [number, number | null][] {
  const out: [number, number | null][] = [];
  const walk = (nodes: Node<OutlineEntry>[]) => nodes.forEach((n) => { out.push([n.item.index, n.parent]); walk(n.children); });
  walk(buildTree(items));
  return out;
}

type OutlineMove = { focus: number } | { toggle: number; expand: boolean } | null;

/**
 * Where a key takes the reader from the focused row (the tree pattern of WAI-ARIA): Up/Down the previous and
 * next visible row, Home/End the first and last, Right opens a closed branch or enters an open one, Left
 * closes an open branch or goes to the parent. Null for other keys, or at an edge.
 */
export function outlineMove(rows: readonly OutlineRow<OutlineEntry>[], at: number, key: string): OutlineMove {
  const i = rows.findIndex((r) => r.item.index === at);
  if (i < 0) return rows.length ? { focus: rows[0]!.item.index } : null;
  const row = rows[i]!;
  const to = (j: number): OutlineMove => (j >= 0 && j < rows.length && j !== i ? { focus: rows[j]!.item.index } : null);
  switch (key) {
    case 'ArrowDown': return to(i + 1);
    case 'ArrowUp': return to(i - 1);
    case 'Home': return to(0);
    case 'End': return to(rows.length - 1);
    case 'ArrowRight':
      if (!row.descendants) return null;
      return row.expanded ? to(i + 1) : { toggle: at, expand: true };
    case 'ArrowLeft':
      if (row.expanded) return { toggle: at, expand: false };
      return row.parent === null ? null : { focus: row.parent };
    default:
      return null;
  }
}
