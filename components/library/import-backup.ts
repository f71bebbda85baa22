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

export type ImportPhase = 'reading' | 'validating' | 'writing';
export interface ImportProgress {
  phase: ImportPhase;
  /** 0–1 while reading; undefined while the phase cannot be measured (one validation call, one transaction). */
  fraction?: number;
  /** Number of annotations once known. */
  items?: number;
}

export type ImportOutcome =
  | { ok: true; result: ImportResult }
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

export async function importBackup(store: StoreApi, file: File, lang: Lang, onProgress: (p: ImportProgress) => void): Promise<ImportOutcome> {
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
  try {
    return { ok: true, result: await store.restore(parsed.notices, parsed.annotations, parsed.trash, parsed.versions) };
  } catch (e) {
    const info = errorInfo(e);
    return { ok: false, code: info.code, message: storeErrorText(translator(lang), info) };
  }
}
