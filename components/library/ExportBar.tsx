import type { Translate } from '../../utils/i18n';
import type { ExportMode } from '../../utils/export';

interface Props {
  selected: number;
  shown: number;
  mode: ExportMode;
  busy: boolean;
  t: Translate;
  onMode: (m: ExportMode) => void;
  onExport: () => void;
  onClearSelection: () => void;
}

/**
 * Exports the selected notices (or, with none selected, every notice shown):
 * one Markdown file per notice in a zip, or one combined Markdown file.
 */
export function ExportBar({ selected, shown, mode, busy, t, onMode, onExport, onClearSelection }: Props) {
  const count = selected || shown;
  return (
    <section class="lib-export" aria-label={t('libExport')}>
      <fieldset>
        <legend>{t('libExportAs')}</legend>
        <label>
          <input type="radio" name="export-mode" value="zip" data-nl-export-mode="zip" checked={mode === 'zip'} onChange={() => onMode('zip')} />
          {t('libModeZip')}
        </label>
        <label>
          <input type="radio" name="export-mode" value="combined" data-nl-export-mode="combined" checked={mode === 'combined'} onChange={() => onMode('combined')} />
          {t('libModeCombined')}
        </label>
      </fieldset>
      <button type="button" class="nl-primary" data-nl-action="export-all" disabled={busy || count === 0} onClick={onExport}>
        {selected ? t('libExportSelected', selected) : t('libExportShown', shown)}
      </button>
      {selected > 0 && <button type="button" class="nl-link" data-nl-action="clear-selection" onClick={onClearSelection}>{t('libClearSelection')}</button>}
    </section>
  );
}
