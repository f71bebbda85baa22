import { useEffect, useRef } from 'preact/hooks';
import type { Translate } from '../../utils/i18n';

interface Props {
  notices: number;
  annotations: number;
  t: Translate;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Confirmation before deleting everything: a modal dialog (focus trapped, Escape
 * cancels) whose default button is Cancel, so Enter never deletes by accident.
 */
export function WipeDialog({ notices, annotations, t, onConfirm, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog ref={ref} class="lib-dialog" data-nl-dialog="wipe" aria-labelledby="wipe-title" onCancel={(e) => { e.preventDefault(); onCancel(); }}>
      <h2 id="wipe-title">{t('libWipeTitle')}</h2>
      <p>{t('libWipeWarning', { annotations, notices })}</p>
      <p class="nl-muted">{t('libWipeBackupFirst')}</p>
      <div class="lib-dialog-buttons">
        <button type="button" data-nl-action="cancel-wipe" autofocus onClick={onCancel}>{t('cancel')}</button>
        <button type="button" class="nl-danger" data-nl-action="confirm-wipe" onClick={onConfirm}>{t('libWipeConfirm')}</button>
      </div>
    </dialog>
  );
}
