import type { Translate } from '../../utils/i18n';
import { ConfirmDialog } from './ConfirmDialog';

interface Props {
  notices: number;
  annotations: number;
  t: Translate;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Confirmation before deleting everything, with the advice to make a backup first. */
export function WipeDialog({ notices, annotations, t, onConfirm, onCancel }: Props) {
  return (
    <ConfirmDialog name="wipe" title={t('libWipeTitle')} cancelAction="cancel-wipe" confirmAction="confirm-wipe"
      confirmLabel={t('libWipeConfirm')} t={t} onConfirm={onConfirm} onCancel={onCancel}>
      <p>{t('libWipeWarning', { annotations, notices })}</p>
      <p class="nl-muted">{t('libWipeBackupFirst')}</p>
    </ConfirmDialog>
  );
}
