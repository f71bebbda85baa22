/**
 * Restoring a backup: read → validate → write, with progress. Everything is
 * validated before anything is written, and the store writes the whole import in
 * one transaction, so a refused or failed import changes nothing.
 */
import { DEFAULT_LIMITS, parseBackup, type ParseBackupResult } from '../../utils/export';
import type { Lang } from '../../utils/i18n';
import { sendFromExtension } from '../../utils/store/client';
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

const mb = (n: number) => (n / 1024 / 1024).toFixed(1);

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

export async function importBackup(file: File, lang: Lang, onProgress: (p: ImportProgress) => void): Promise<ImportOutcome> {
  // Refuse an oversized file before reading a byte of it.
  if (file.size > DEFAULT_LIMITS.maxBytes) {
    const message = lang === 'zh'
      ? `文件过大（${mb(file.size)} MB，上限 ${mb(DEFAULT_LIMITS.maxBytes)} MB），未导入任何内容。`
      : `The file is too large (${mb(file.size)} MB; limit ${mb(DEFAULT_LIMITS.maxBytes)} MB). Nothing was imported.`;
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
  if (!parsed.ok) return { ok: false, code: parsed.error.code, message: lang === 'zh' ? parsed.error.message_zh : parsed.error.message_en };
  onProgress({ phase: 'writing', items: parsed.annotations.length });
  const r = await sendFromExtension({ type: 'backup/import-items', notices: parsed.notices, annotations: parsed.annotations });
  if (!r.ok) return { ok: false, code: r.error.code, message: r.error.message };
  return { ok: true, result: r.value };
}
