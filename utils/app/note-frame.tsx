import { render } from 'preact';
import { NoteEditor } from '../../components/note/NoteEditor';
import type { Translate } from '../i18n';
import { isStoreId } from '../id';
import type { StoreApi } from '../store/api';
import { noteEditorApi } from './note-api';
import { FOCUS_NOTE_MESSAGE } from '../../components/page/NoteFrame';

/**
 * The note editor in an iframe over the page (note-frame.html): an extension page, so the note is read
 * and typed in the extension's origin. It learns only an id and the page key from its address
 * (`search`), and fetches the note itself.
 */
export function startNoteFrame(store: StoreApi, search: string, t: Translate, container: Element): void {
  const params = new URLSearchParams(search);
  // Whoever framed us chose this address: an id that breaks the store's rule is no id at all. The
  // background serves only this id, and only on the page of the tab we are framed into.
  const rawId = params.get('id');
  const id = isStoreId(rawId) ? rawId : '';
  const page = params.get('page') ?? '';
  // A new page note: stored by the first save that has text (the page stores nothing when it opens us).
  const draft = params.get('new') === 'page-note' ? 'page-note' : undefined;
  // Only a "close me" signal crosses to the page; it carries no note data.
  const close = () => window.parent.postMessage({ type: 'notice-lens:close-note', id }, '*');
  const api = noteEditorApi(store, page, id, close, draft);
  render(<NoteEditor api={id ? api : { ...api, load: async () => null }} t={t} />, container);
  focusFieldWhenFocused(container);
}

/**
 * Chrome refuses autofocus in a cross-origin frame; the page side focuses this frame instead (components/page/
 * NoteFrame.tsx) and says so with a message, often before the note has loaded. The note field takes the focus
 * then, or as soon as it is there, unless the reader is already in one of the editor's fields. Only our
 * parent's message counts; it carries no data.
 */
function focusFieldWhenFocused(container: Element): void {
  let wanted = false;
  const focusField = () => {
    if (container.contains(document.activeElement)) return true;
    const field = container.querySelector<HTMLTextAreaElement>('[data-nl-field="note"]');
    field?.focus();
    return Boolean(field);
  };
  // The field appears when the note has loaded: give it the focus asked for earlier.
  const appeared = new MutationObserver(() => {
    if (wanted && focusField()) wanted = false;
  });
  appeared.observe(container, { childList: true, subtree: true });
  const ask = () => {
    wanted = !focusField();
  };
  window.addEventListener('focus', () => setTimeout(ask, 0));
  window.addEventListener('message', (e) => {
    if (e.source === window.parent && window.parent !== window && (e.data as { type?: unknown } | null)?.type === FOCUS_NOTE_MESSAGE) ask();
  });
}
