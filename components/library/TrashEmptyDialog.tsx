import type { Translate } from '../../utils/i18n';
import { ConfirmDialog } from './ConfirmDialog';

interface Props {
  count: number;
  t: Translate;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Confirmation before emptying the trash: what is in it is then deleted for good. */
export function TrashEmptyDialog({ count, t, onConfirm, onCancel }: Props) {
  return (
    <ConfirmDialog name="empty-trash" title={t('trashEmptyTitle')} cancelAction="cancel-empty-trash" confirmAction="confirm-empty-trash"
      confirmLabel={t('trashEmptyConfirm')} t={t} onConfirm={onConfirm} onCancel={onCancel}>
      <p>{t('trashEmptyWarning', { count })}</p>
    </ConfirmDialog>
  );
}
