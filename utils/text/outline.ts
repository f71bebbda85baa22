/** Nests a flat, ordered list of leveled items into a tree for the outline. */
export interface OutlineNode<T> {
  item: T;
  children: OutlineNode<T>[];
}

export function nestByLevel<T extends { level: number }>(items: T[]): OutlineNode<T>[] {
  const roots: OutlineNode<T>[] = [];
  const stack: OutlineNode<T>[] = [];
  for (const item of items) {
    const node: OutlineNode<T> = { item, children: [] };
    // A level that skips (1 → 3) still nests under the nearest shallower item.
    while (stack.length && stack[stack.length - 1]!.item.level >= item.level) stack.pop();
    (stack.length ? stack[stack.length - 1]!.children : roots).push(node);
    stack.push(node);
  }
  return roots;
}
