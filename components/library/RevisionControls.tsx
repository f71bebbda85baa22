import type { Translate } from '../../utils/i18n';

interface Props {
  revisedOnly: boolean;
  withChanges: boolean;
  t: Translate;
  onRevisedOnly: (on: boolean) => void;
  onWithChanges: (on: boolean) => void;
}

/** The library's two choices about revised notices (issue 16): show only those, and export their changes. */
export function RevisionControls({ revisedOnly, withChanges, t, onRevisedOnly, onWithChanges }: Props) {
  return (
    <div class="lib-revision-controls">
      <label>
        <input type="checkbox" data-nl-filter="revised" checked={revisedOnly} onChange={(e) => onRevisedOnly((e.target as HTMLInputElement).checked)} />
        {t('verRevisedOnly')}
      </label>
      <label>
        <input type="checkbox" data-nl-action="export-changes" checked={withChanges} onChange={(e) => onWithChanges((e.target as HTMLInputElement).checked)} />
        {t('libExportChanges')}
      </label>
    </div>
  );
}
