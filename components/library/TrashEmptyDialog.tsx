import { useEffect, useRef } from 'preact/hooks';
import type { Translate } from '../../utils/i18n';

interface Props {
  count: number;
  t: Translate;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Confirmation before emptying the trash: a modal dialog (Escape cancels) whose default button is
 * Cancel, so Enter never deletes for good by accident.
 */
export function TrashEmptyDialog({ count, t, onConfirm, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog ref={ref} class="lib-dialog" data-nl-dialog="empty-trash" aria-labelledby="empty-trash-title" onCancel={(e) => { e.preventDefault(); onCancel(); }}>
      <h2 id="empty-trash-title">{t('trashEmptyTitle')}</h2>
      <p>{t('trashEmptyWarning', { count })}</p>
      <div class="lib-dialog-buttons">
        <button type="button" data-nl-action="cancel-empty-trash" autofocus onClick={onCancel}>{t('cancel')}</button>
        <button type="button" class="nl-danger" data-nl-action="confirm-empty-trash" onClick={onConfirm}>{t('trashEmptyConfirm')}</button>
      </div>
    </dialog>
  );
}
