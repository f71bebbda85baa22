import { ANNOTATION_ATTR } from '../dom/highlighter';
import { focusPassage } from '../dom/focus-passage';
import { nextHighlight } from '../dom/highlight-order';
import type { PageSession } from '../session/page-session';

/**
 * The keyboard command that walks the highlights: from the one the reader is on (its menu open, or its mark
 * focused) to the next in reading order, wrapping round. The mark is scrolled into view and focused (lent
 * tabindex="-1" while focused), and its menu opens; the menu takes the focus (HighlightMenu), and Esc there
 * closes it and puts the focus back on the mark, where the next press continues.
 */
export function cycleHighlight(session: PageSession, root: Element): void {
  const doc = root.ownerDocument;
  const focusedMark = doc.activeElement?.closest?.(`[${ANNOTATION_ATTR}]`);
  const current = session.state.menu?.id ?? focusedMark?.getAttribute(ANNOTATION_ATTR) ?? null;
  const next = nextHighlight(root, current);
  // The only highlight, its menu already open: the focus is there, nothing to move.
  if (!next || (next.id === current && session.state.menu?.id === current)) return;
  // At once, not smoothly: the menu is placed where the mark ends up.
  next.mark.scrollIntoView({ block: 'center', inline: 'nearest' });
  focusPassage(next.mark);
  const box = next.mark.getBoundingClientRect();
  // openMenu takes the point the menu hangs from (a click's x); the menu's left edge is 110 px left of it.
  session.openMenu(next.id, box.left + 110, box.bottom);
}
