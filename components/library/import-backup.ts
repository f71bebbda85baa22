/**
 * Restoring a backup: read → validate → write, with progress. Everything is
 * validated before anything is written, and the store writes the whole import in
 * one transaction, so a refused or failed import changes nothing.
 */
import { DEFAULT_LIMITS, parseBackup, type ParseBackupResult } from '../../utils/export';
import { translate, translator, type Lang } from '../../utils/i18n';
import { storeErrorText } from '../../utils/store/error-text';
import { backupErrorText } from '../../utils/i18n/backup-error-text';
import { errorInfo, type StoreApi } from '../../utils/store/api';
import type { ImportResult } from '../../utils/store/messages';
import { restoreReadAsNotice, type FlagStorage } from '../../utils/read-as-notice';

export type ImportPhase = 'reading' | 'validating' | 'writing';
export interface ImportProgress {
  phase: ImportPhase;
  /** 0–1 while reading; undefined while the phase cannot be measured (one validation call, one transaction). */
  fraction?: number;
  /** Number of annotations once known. */
  items?: number;
}

export type ImportOutcome =
  /** `readAsNotice`: pages read as notices again; `readAsNoticeLost`: pages whose answer could not be written. */
  | { ok: true; result: ImportResult; readAsNotice: number; readAsNoticeLost: number }
  | { ok: false; message: string; code: string };

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function readText(file: File, onProgress: (f: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file, 'utf-8');
  });
}

/** parseBackup in a worker; on the main thread when a worker cannot be started. */
function validate(text: string): Promise<ParseBackupResult> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return new Promise((r) => setTimeout(() => r(parseBackup(text)), 0));
  }
  return new Promise((resolve) => {
    worker.onmessage = (e: MessageEvent<ParseBackupResult>) => {
      worker.terminate();
      resolve(e.data);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      resolve(parseBackup(text));
    };
    worker.postMessage(text);
  });
}

/**
 * `flags`: where the pages read as notices at the reader's request are kept (storage.local); they are written
 * after the store's transaction, and the outcome says how many (`readAsNotice`).
 */
export async function importBackup(store: StoreApi, file: File, lang: Lang, onProgress: (p: ImportProgress) => void, flags?: FlagStorage): Promise<ImportOutcome> {
  // Refuse an oversized file before reading a byte of it.
  if (file.size > DEFAULT_LIMITS.maxBytes) {
    const message = translate(lang, 'bkFileTooLarge', { size: mb(file.size), limit: mb(DEFAULT_LIMITS.maxBytes) });
    return { ok: false, code: 'too-large', message };
  }
  onProgress({ phase: 'reading', fraction: 0 });
  let text: string;
  try {
    text = await readText(file, (fraction) => onProgress({ phase: 'reading', fraction }));
  } catch (e) {
    return { ok: false, code: 'not-text', message: e instanceof Error ? e.message : String(e) };
  }
  onProgress({ phase: 'validating' });
  const parsed = await validate(text);
  if (!parsed.ok) return { ok: false, code: parsed.error.code, message: backupErrorText(lang, parsed.error) };
  onProgress({ phase: 'writing', items: parsed.annotations.length });
  let result: ImportResult;
  try {
    result = await store.restore(parsed.notices, parsed.annotations, parsed.trash, parsed.versions);
  } catch (e) {
    const info = errorInfo(e);
    return { ok: false, code: info.code, message: storeErrorText(translator(lang), info) };
  }
  // The annotations are in; a page list that cannot be written (storage.local full) loses only those answers,
  // which the reader can give again with the popup's button: said in the outcome, not a refusal.
  const pages = flags ? parsed.readAsNotice.length : 0;
  try {
    if (flags) await restoreReadAsNotice(flags, parsed.readAsNotice);
    return { ok: true, result, readAsNotice: pages, readAsNoticeLost: 0 };
  } catch (e) {
    console.warn('Notice Lens: the pages read as notices were not restored', e);
    return { ok: true, result, readAsNotice: 0, readAsNoticeLost: pages };
  }
}
