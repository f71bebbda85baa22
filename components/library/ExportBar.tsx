import type { Translate } from '../../utils/i18n';
import type { ExportMode } from '../../utils/export';

interface Props {
  selected: number;
  shown: number;
  mode: ExportMode;
  /** Every directive as a task in the Markdown, not only those the reader touched. */
  allAsTasks: boolean;
  busy: boolean;
  t: Translate;
  onMode: (m: ExportMode) => void;
  onAllAsTasks: (on: boolean) => void;
  onExport: () => void;
  onClearSelection: () => void;
}

/**
 * Exports the selected notices (or, with none selected, every notice shown):
 * one Markdown file per notice in a zip, or one combined Markdown file.
 */
export function ExportBar({ selected, shown, mode, allAsTasks, busy, t, onMode, onAllAsTasks, onExport, onClearSelection }: Props) {
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
      <label>
        <input type="checkbox" data-nl-field="all-as-tasks" checked={allAsTasks} onChange={(e) => onAllAsTasks((e.target as HTMLInputElement).checked)} />
        {' '}{t('mdAllAsTasks')}
      </label>
      <button type="button" class="nl-primary" data-nl-action="export-all" disabled={busy || count === 0} onClick={onExport}>
        {selected ? t('libExportSelected', { count: selected }) : t('libExportShown', { count: shown })}
      </button>
      {selected > 0 && <button type="button" class="nl-link" data-nl-action="clear-selection" onClick={onClearSelection}>{t('libClearSelection')}</button>}
    </section>
  );
}
