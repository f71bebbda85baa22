import { useMemo } from 'preact/hooks';
import { NoteEditor } from '../note/NoteEditor';
import type { Translate } from '../../utils/i18n';
import { noteEditorApi } from '../../utils/app/note-api';
import { useStore } from '../shared/store-context';

interface Props {
  page: string;
  id: string;
  /** A new page note, stored by its first save that has text. */
  draft?: 'page-note';
  t: Translate;
  onClose: () => void;
}

/**
 * The shared note editor, inline in the side panel (an extension page, so the
 * note never passes through the website). One api per annotation: the editor
 * reloads only when it is pointed at another one.
 */
export function InlineNote({ page, id, draft, t, onClose }: Props) {
  const store = useStore();
  // Not rebuilt when a draft is stored: the editor keeps what the reader is typing.
  const api = useMemo(() => noteEditorApi(store, page, id, onClose, draft), [store, page, id]);
  return (
    <div class="sp-editor" data-nl-editor={id}>
      <NoteEditor api={api} t={t} />
    </div>
  );
}
