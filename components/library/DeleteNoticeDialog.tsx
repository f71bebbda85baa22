import type { Translate } from '../../utils/i18n';
import { ConfirmDialog } from './ConfirmDialog';

interface Props {
  title: string;
  /** How many annotations go, as the card counts them. */
  count: number;
  t: Translate;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Confirmation before moving one notice's annotations to the trash (undoable afterwards, from the toast or the trash). */
export function DeleteNoticeDialog({ title, count, t, onConfirm, onCancel }: Props) {
  return (
    <ConfirmDialog name="delete-notice" title={t('libDeleteTitle')} cancelAction="cancel-delete" confirmAction="confirm-delete"
      confirmLabel={t('libDeleteConfirm')} t={t} onConfirm={onConfirm} onCancel={onCancel}>
      <p class="lib-dialog-subject">{title}</p>
      <p>{t('libDeleteWarning', { count })}</p>
    </ConfirmDialog>
  );
}
