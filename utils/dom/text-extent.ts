import type { TextExtent } from '../page/panel-placement';

/**
 * Where the text inside `root` lies across the page as it is laid out now: CSS px from the document's left edge,
 * null where it shows none. Reads layout (the boxes of the root's children and of every line of its text): call it
 * where the browser lays the page out anyway. Boxes thrown off the page (a `left: -9999px` or `text-indent: -9999em` label for screen
 * readers, common in CMS templates) and empty ones are left out: no reader sees text there.
 */
export function textExtent(root: Element): TextExtent | null {
  const doc = root.ownerDocument;
  const scrollX = doc.defaultView?.scrollX ?? 0;
  const pageWidth = doc.documentElement.scrollWidth;
  const range = doc.createRange();
  range.selectNodeContents(root);
  let left = Infinity;
  let right = -Infinity;
  for (const box of range.getClientRects()) {
    if (box.width < 1 || box.height < 1) continue;
    const from = box.left + scrollX;
    const to = box.right + scrollX;
    if (to <= 0 || from >= pageWidth) continue;
    if (from < left) left = from;
    if (to > right) right = to;
  }
  return right > left ? { left, right } : null;
}
