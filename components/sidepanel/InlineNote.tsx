import { useMemo } from 'preact/hooks';
import { NoteEditor } from '../note/NoteEditor';
import type { Translate } from '../../utils/i18n';
import { noteApi } from './panel-actions';

interface Props {
  page: string;
  id: string;
  t: Translate;
  onClose: () => void;
}

/**
 * The shared note editor, inline in the side panel (an extension page, so the
 * note never passes through the website). One api per annotation: the editor
 * reloads only when it is pointed at another one.
 */
export function InlineNote({ page, id, t, onClose }: Props) {
  const api = useMemo(() => noteApi(page, id, onClose), [page, id]);
  return (
    <div class="sp-editor" data-nl-editor={id}>
      <NoteEditor api={api} t={t} />
    </div>
  );
}
