import { memo } from '../shared/memo';
import { useRef, useState } from 'preact/hooks';
import { createBackup } from '../../utils/export';
import type { Lang, Translate } from '../../utils/i18n';
import { downloadName, type LibraryIndex } from '../../utils/library';
import { errorInfo } from '../../utils/store/api';
import { storeErrorText } from '../../utils/store/error-text';
import { downloadFile, JSON_TYPE } from '../shared/download';
import { useStore } from '../shared/store-context';
import { importBackup, type ImportProgress } from './import-backup';
import { WipeDialog } from './WipeDialog';
import { extensionFlags, listReadAsNotice } from '../../utils/read-as-notice';

interface Props {
  index: LibraryIndex;
  lang: Lang;
  t: Translate;
  /** Reload the library now (the change notifications would, a little later). */
  reload: () => Promise<void>;
}

type Outcome = { kind: 'ok' | 'error'; text: string } | null;

/** Backup to one JSON file, restore from one (validated first, all or nothing), and delete everything. */
function BackupPanelView({ index, lang, t, reload }: Props) {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [wiping, setWiping] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const store = useStore();
  const records = index.notices.flatMap((n) => (n.record ? [n.record] : []));

  const exportBackup = async () => {
    const now = new Date();
    // The trash and the versions of notices' bodies (issue 16) are backed up too, so restoring the file keeps them.
    // So are the pages the reader asked to read as notices (storage.local, ../../utils/read-as-notice.ts).
    let trash, versions, readAsNotice;
    try {
      [trash, versions, readAsNotice] = await Promise.all([store.listTrash(), store.listVersions(), listReadAsNotice(extensionFlags())]);
    } catch (e) {
      return setOutcome({ kind: 'error', text: t('saveFailed', { reason: storeErrorText(t, errorInfo(e)) }) });
    }
    downloadFile(downloadName('backup', now), createBackup(records, index.annotations, now.toISOString(), trash, versions, readAsNotice), JSON_TYPE);
    setOutcome({ kind: 'ok', text: t('libBackupDone', { annotations: index.annotations.length, notices: records.length }) });
  };

  const onFile = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again must fire change again
    if (!file) return;
    setOutcome(null);
    const r = await importBackup(store, file, lang, setProgress, extensionFlags());
    setProgress(null);
    if (!r.ok) {
      const text = r.code === 'quota' ? t('libQuota') : t('libImportRefused', { reason: r.message });
      return setOutcome({ kind: 'error', text });
    }
    const { notices, annotations } = r.result;
    const done = t('libImportDone', { added: annotations.added, updated: annotations.updated, unchanged: annotations.unchanged, notices: notices.added + notices.updated });
    const pages = r.readAsNoticeLost ? t('libImportReadAsNoticeLost', { count: r.readAsNoticeLost }) : r.readAsNotice ? t('libImportReadAsNotice', { count: r.readAsNotice }) : '';
    setOutcome({ kind: 'ok', text: pages ? `${done}${/[。！]$/.test(done) ? '' : ' '}${pages}` : done });
    await reload();
  };

  const wipe = async () => {
    setWiping(false);
    const r = await store.wipe().then((value) => ({ ok: true as const, value }), (e: unknown) => ({ ok: false as const, error: errorInfo(e) }));
    setOutcome(r.ok ? { kind: 'ok', text: t('libWipeDone', { annotations: r.value.annotations, notices: r.value.notices }) } : { kind: 'error', text: t('saveFailed', { reason: storeErrorText(t, r.error) }) });
    await reload();
  };

  const phaseLabel = progress && t(progress.phase === 'reading' ? 'libReading' : progress.phase === 'validating' ? 'libValidating' : 'libWriting', { count: progress.items ?? 0 });
  return (
    <section class="lib-backup" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('libBackup')}</h2>
      <p class="nl-muted">{t('libBackupHint')}</p>
      <div class="lib-backup-buttons">
        <button type="button" data-nl-action="backup-export" onClick={() => void exportBackup()}>{t('libBackupExport')}</button>
        <button type="button" data-nl-action="backup-import" disabled={progress !== null} onClick={() => fileInput.current?.click()}>
          {t('libBackupImport')}
        </button>
        <input ref={fileInput} type="file" accept=".json,application/json" class="nl-sr-only" tabIndex={-1}
          data-nl-field="backup-file" aria-hidden="true" onChange={(e) => void onFile(e)} />
        <button type="button" class="nl-danger" data-nl-action="wipe" disabled={progress !== null} onClick={() => setWiping(true)}>
          {t('libWipe')}
        </button>
      </div>
      {progress && (
        <div class="lib-progress" data-nl-import-state={progress.phase} role="status" aria-live="polite">
          <span>{phaseLabel}</span>
          {/* No value = indeterminate: validation is one call and the write one transaction. */}
          {progress.fraction === undefined
            ? <progress key="indeterminate" aria-label={phaseLabel ?? ''} />
            : <progress key="measured" max={1} value={progress.fraction} aria-label={phaseLabel ?? ''} />}
        </div>
      )}
      {outcome && (
        <p class={outcome.kind === 'error' ? 'nl-error' : 'lib-ok'} data-nl-outcome={outcome.kind} role={outcome.kind === 'error' ? 'alert' : 'status'}>
          {outcome.text}
        </p>
      )}
      {wiping && (
        <WipeDialog notices={index.notices.length} annotations={index.annotations.length} t={t}
          onConfirm={() => void wipe()} onCancel={() => setWiping(false)} />
      )}
    </section>
  );
}

/** Memoised: the library re-renders on every keystroke in its search box, this part has nothing to show for it (issue 14). */
export const BackupPanel = memo(BackupPanelView);
