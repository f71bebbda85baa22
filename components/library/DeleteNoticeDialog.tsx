import { useEffect, useRef } from 'preact/hooks';
import type { Translate } from '../../utils/i18n';

interface Props {
  title: string;
  /** How many annotations go, as the card counts them. */
  count: number;
  t: Translate;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Confirmation before moving one notice's annotations to the trash: modal (Escape cancels), Cancel
 * first and focused, so Enter never deletes by accident. Undoable afterwards, from the toast or the trash.
 */
export function DeleteNoticeDialog({ title, count, t, onConfirm, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog ref={ref} class="lib-dialog" data-nl-dialog="delete-notice" aria-labelledby="delete-notice-title"
      onCancel={(e) => { e.preventDefault(); onCancel(); }}>
      <h2 id="delete-notice-title">{t('libDeleteTitle')}</h2>
      <p class="lib-dialog-subject">{title}</p>
      <p>{t('libDeleteWarning', { count })}</p>
      <div class="lib-dialog-buttons">
        <button type="button" data-nl-action="cancel-delete" autofocus onClick={onCancel}>{t('cancel')}</button>
        <button type="button" class="nl-danger" data-nl-action="confirm-delete" onClick={onConfirm}>{t('libDeleteConfirm')}</button>
      </div>
    </dialog>
  );
}
