import { ANNOTATION_ATTR } from '../../utils/dom/highlighter';
import type { PageSession } from '../../utils/session/page-session';

/**
 * The reader's input on the page itself: selecting text (toolbar), clicking a
 * highlight (menu), and the note frame asking to close. Returns the function
 * that removes every listener, for when the page is analysed again.
 */
export function wireReaderInput(session: PageSession, root: Element, frameOrigin: string): () => void {
  const controller = new AbortController();
  const opts = { signal: controller.signal };
  const onSelection = () => session.onSelectionChange();
  document.addEventListener('mouseup', () => setTimeout(onSelection, 0), opts);
  document.addEventListener('keyup', (e) => {
    if (e.shiftKey || e.key.startsWith('Arrow')) onSelection();
  }, opts);
  document.addEventListener('selectionchange', () => {
    if (session.state.toolbar && !session.selectionOffsets()) onSelection();
  }, opts);
  window.addEventListener('scroll', () => session.state.toolbar && onSelection(), { ...opts, passive: true });

  root.addEventListener('click', (e) => {
    const el = (e.target as Element | null)?.closest?.(`[${ANNOTATION_ATTR}]`);
    if (!el || !document.getSelection()?.isCollapsed) return;
    const rect = el.getBoundingClientRect();
    session.openMenu(el.getAttribute(ANNOTATION_ATTR)!, (e as MouseEvent).clientX || rect.left, rect.bottom);
  }, opts);

  // Only our own frame (the extension's origin, which a page cannot fake) may close the editor.
  window.addEventListener('message', (e) => {
    if (e.origin === frameOrigin && (e.data as { type?: string } | null)?.type === 'notice-lens:close-note') session.closeNote();
  }, opts);
  return () => controller.abort();
}
