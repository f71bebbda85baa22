import type { NoteApi } from '../../components/note/NoteEditor';
import type { Annotation, DirectiveStatus } from '../model';
import { toInput, type StoreApi } from '../store/api';

/**
 * The note editor's backend for one annotation, in the side panel and in the note frame. The editor
 * holds the copy it loaded; meanwhile the reader may recolour the highlight in the page, set the
 * status in the outline, or re-attach it. So each save starts from the stored annotation and applies
 * only what the editor changed (note, tags, and colour/status when the editor itself changed them).
 * `draft: 'page-note'`: a new page note with this id, not stored yet: opening the editor stores
 * nothing, the first save that has text (or tags) creates it.
 */
export function noteEditorApi(store: StoreApi, page: string, id: string, close: () => void, draft?: 'page-note'): NoteApi {
  let seen: { color?: Annotation['color']; status?: DirectiveStatus } = {};
  const blank: Annotation = { id, page, kind: 'page-note', selectors: [], note: '', tags: [], created: '', modified: '' };
  return {
    load: async () => {
      const a = await store.getAnnotation(page, id);
      if (a) seen = { color: a.color, status: a.status };
      return a ?? (draft ? blank : null);
    },
    save: async (input) => {
      const stored = await store.getAnnotation(page, id);
      if (!stored && draft) {
        const note = input.note ?? '';
        if (note.trim() || input.tags.length) await store.saveAnnotation({ id, page, kind: 'page-note', selectors: [], note, tags: input.tags });
        return;
      }
      if (!stored) throw new Error('gone');
      const color = input.color !== seen.color ? input.color : stored.color;
      const status = input.status !== seen.status ? input.status : stored.status;
      seen = { color: input.color, status: input.status };
      await store.saveAnnotation(toInput(stored, { note: input.note ?? '', tags: input.tags, color, status }));
    },
    close,
  };
}
