import { isStoreId } from '../id';
import { ANNOTATION_ATTR } from './highlighter';

/**
 * The reader's highlights under `root` in reading order (document order of each one's first mark; a highlight
 * drawn over several text nodes counts once), as their first marks. Only well-formed ids (a page script may have
 * rewritten the attribute) and only marks the reader can see: a highlight in a hidden part is skipped.
 */
export function highlightsInReadingOrder(root: ParentNode): { id: string; mark: Element }[] {
  const seen = new Set<string>();
  const out: { id: string; mark: Element }[] = [];
  for (const mark of Array.from(root.querySelectorAll(`[${ANNOTATION_ATTR}]`))) {
    const id = mark.getAttribute(ANNOTATION_ATTR);
    if (!isStoreId(id) || seen.has(id)) continue;
    seen.add(id);
    // checkVisibility: false under display: none (a hidden duplicate); browsers without it show everything.
    if ((mark as Element & { checkVisibility?: () => boolean }).checkVisibility?.() === false) continue;
    out.push({ id, mark });
  }
  return out;
}

/** The highlight after `currentId` in reading order, wrapping round; the first when `currentId` is none of them. */
export function nextHighlight(root: ParentNode, currentId: string | null): { id: string; mark: Element } | null {
  const all = highlightsInReadingOrder(root);
  if (!all.length) return null;
  const at = all.findIndex((h) => h.id === currentId);
  return all[(at + 1) % all.length]!;
}
