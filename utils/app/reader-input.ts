import { ANNOTATION_ATTR } from '../dom/highlighter';
import { onlyTrusted } from '../dom/trusted-input';
import { isStoreId } from '../id';
import type { PageSession } from '../session/page-session';

/** The note frame the session has open now, as the page side knows it (never looked up in the page's DOM). */
export interface NoteFrameRef {
  /**
   * The origins the frame may speak from: the extension's own, and the per-session one of its
   * address on Chrome (use_dynamic_url), which the browser may commit under the extension's origin.
   */
  origins: readonly string[];
  /** The frame's window while it is open, else null. */
  window: () => Window | null;
}

/**
 * The reader's input on the page itself: selecting text (toolbar), clicking a
 * highlight (menu), and the note frame asking to close. Returns the function
 * that removes every listener, for when the page is analysed again.
 *
 * Every listener acts only on trusted events: a page script can dispatch a
 * mouseup, a key or a click on a highlight, but never one the browser marks as
 * the reader's own (utils/dom/trusted-input.ts).
 */
export function wireReaderInput(session: PageSession, root: Element, frame: NoteFrameRef): () => void {
  const controller = new AbortController();
  const opts = { signal: controller.signal };
  const onSelection = () => session.onSelectionChange();
  document.addEventListener('mouseup', onlyTrusted(() => setTimeout(onSelection, 0)), opts);
  document.addEventListener('keyup', onlyTrusted((e: KeyboardEvent) => {
    if (e.shiftKey || e.key.startsWith('Arrow')) onSelection();
  }), opts);
  // A selection a script makes fires a trusted selectionchange too: this one only ever hides the toolbar.
  document.addEventListener('selectionchange', onlyTrusted(() => {
    if (session.state.toolbar && !session.selectionOffsets()) onSelection();
  }), opts);
  window.addEventListener('scroll', onlyTrusted(() => session.state.toolbar && onSelection()), { ...opts, passive: true });

  root.addEventListener('click', onlyTrusted((e: Event) => {
    const el = (e.target as Element | null)?.closest?.(`[${ANNOTATION_ATTR}]`);
    if (!el || !document.getSelection()?.isCollapsed) return;
    // The attribute is in the page's DOM, where a script may have rewritten it.
    const id = el.getAttribute(ANNOTATION_ATTR);
    if (!isStoreId(id)) return;
    const rect = el.getBoundingClientRect();
    session.openMenu(id, (e as MouseEvent).clientX || rect.left, rect.bottom);
  }), opts);

  // Only the frame we opened may close the editor: its origin (which a page cannot fake) and its very window.
  window.addEventListener('message', (e) => {
    const own = frame.window();
    if (!own || e.source !== own || !frame.origins.includes(e.origin)) return;
    const data = e.data as { type?: unknown; id?: unknown } | null;
    if (data?.type === 'notice-lens:close-note' && data.id === session.state.noteFrame?.id) session.closeNote();
  }, opts);
  return () => controller.abort();
}
