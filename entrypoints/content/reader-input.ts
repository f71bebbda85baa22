import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ANNOTATION_ATTR } from '../../utils/dom/highlighter';
import type { PageSession } from '../../utils/session/page-session';

/**
 * The reader's input on the page itself: selecting text (toolbar), clicking a
 * highlight (menu), keyboard commands relayed by the background, and the note
 * frame asking to close. Listeners go through ctx so they end with the script.
 */
export function wireReaderInput(ctx: ContentScriptContext, session: PageSession, root: Element, frameOrigin: string): void {
  const onSelection = () => session.onSelectionChange();
  ctx.addEventListener(document, 'mouseup', () => setTimeout(onSelection, 0));
  ctx.addEventListener(document, 'keyup', (e) => {
    if ((e as KeyboardEvent).shiftKey || (e as KeyboardEvent).key.startsWith('Arrow')) onSelection();
  });
  ctx.addEventListener(document, 'selectionchange', () => {
    if (session.state.toolbar && !session.selectionOffsets()) onSelection();
  });
  ctx.addEventListener(window, 'scroll', () => session.state.toolbar && onSelection(), { passive: true });

  ctx.addEventListener(root, 'click', (e) => {
    const el = (e.target as Element | null)?.closest?.(`[${ANNOTATION_ATTR}]`);
    if (!el || !document.getSelection()?.isCollapsed) return;
    const id = el.getAttribute(ANNOTATION_ATTR)!;
    const rect = el.getBoundingClientRect();
    session.openMenu(id, (e as MouseEvent).clientX || rect.left, rect.bottom);
  });

  // Only our own frame (the extension's origin, which a page cannot fake) may close the editor.
  ctx.addEventListener(window, 'message', (e) => {
    const m = e as MessageEvent;
    if (m.origin === frameOrigin && (m.data as { type?: string } | null)?.type === 'notice-lens:close-note') session.closeNote();
  });

  browser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as { type?: string; command?: string } | null;
    if (m?.type !== 'command') return undefined;
    if (m.command === 'highlight-selection') void session.highlightSelection();
    if (m.command === 'note-selection') void session.noteSelection();
    return undefined;
  });
}
