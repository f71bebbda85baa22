import { ANNOTATION_ATTR, highlightElements } from './highlighter';

/**
 * Puts keyboard focus on a passage of the page (a directive mark, a highlight), so that after a jump or a
 * closed note the reader's next Tab or arrow key continues from there. A passage is not focusable by itself:
 * it gets tabindex="-1" (reachable by script only, never a Tab stop) while focused, and loses it on blur, so
 * the page's markup is left as it was.
 */
export function focusPassage(el: Element): void {
  if (typeof (el as HTMLElement).focus !== 'function') return;
  if (!el.hasAttribute('tabindex')) {
    el.setAttribute('tabindex', '-1');
    const onBlur = () => {
      // The window lost the focus (another window, the browser's own UI): the passage keeps it for when the
      // window gets it back, so it stays focusable. Only a focus that moved elsewhere in the page takes it back.
      if (el.ownerDocument.activeElement === el) return;
      el.removeAttribute('tabindex');
      el.removeEventListener('blur', onBlur);
    };
    el.addEventListener('blur', onBlur);
  }
  // The caller scrolls (smoothly, jumpTo); focusing must not jump there first.
  (el as HTMLElement).focus({ preventScroll: true });
}

/**
 * Runs `redraw`, which replaces the highlight marks under `root`. If the focus was on a mark (a passage the
 * reader returned to from its note), it moves to the new mark of the same annotation: a redraw after a save
 * must not drop the reader's place.
 */
export function keepingPassageFocus<T>(root: Element, redraw: () => T): T {
  const doc = root.ownerDocument;
  const id = doc.activeElement?.closest(`[${ANNOTATION_ATTR}]`)?.getAttribute(ANNOTATION_ATTR) ?? null;
  const result = redraw();
  if (id && (!doc.activeElement || doc.activeElement === doc.body)) {
    const mark = highlightElements(root, id)[0];
    if (mark) focusPassage(mark);
  }
  return result;
}
