/**
 * Why a backup file is refused, in both languages, with where the problem is.
 */

export type BackupErrorCode =
  | 'not-text'
  | 'empty'
  | 'too-large'
  | 'too-deep'
  | 'truncated'
  | 'malformed-json'
  | 'forbidden-key'
  | 'wrong-format'
  | 'unsupported-version'
  | 'too-many'
  | 'count-mismatch'
  | 'wrong-type'
  | 'too-long'
  | 'bad-url'
  | 'bad-id'
  | 'bad-kind'
  | 'bad-color'
  | 'bad-status'
  | 'bad-selector'
  | 'bad-date'
  | 'duplicate-id'
  | 'duplicate-notice';

export interface BackupErrorInfo {
  code: BackupErrorCode;
  message_zh: string;
  message_en: string;
  /** Index of the annotation (in `items`) or notice (in `notices`) at fault. */
  index?: number;
  /** JSON path of the offending value, e.g. `items[3].target.source`. */
  path?: string;
}

/** Thrown by the validators, turned into `{ ok: false, error }` by parseBackup. */
export class BackupError extends Error {
  constructor(readonly info: BackupErrorInfo) {
    super(info.message_en);
  }
}

/** "第 4 条批注（items[3].note）" / "annotation #4 (items[3].note)". */
function where(path: string): { zh: string; en: string; index?: number } {
  const m = /^(items|notices)\[(\d+)\]/.exec(path);
  if (!m) return { zh: `（${path}）`, en: ` (${path})` };
  const index = Number(m[2]);
  const zhWhat = m[1] === 'items' ? `第 ${index + 1} 条批注` : `第 ${index + 1} 个公文记录`;
  const enWhat = m[1] === 'items' ? `annotation #${index + 1}` : `notice #${index + 1}`;
  return { zh: `${zhWhat}（${path}）`, en: ` in ${enWhat} (${path})`, index };
}

/** Shortens a value for a message so a hostile file cannot flood the UI. */
export function preview(value: unknown): string {
  let s: string;
  try {
    s = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  } catch {
    s = String(value);
  }
  s = s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** An error about the file as a whole. */
export function fileError(code: BackupErrorCode, zh: string, en: string): BackupError {
  return new BackupError({ code, message_zh: zh, message_en: en });
}

/** An error about one value: the message names the item and the path. */
export function fieldError(code: BackupErrorCode, path: string, zh: string, en: string): BackupError {
  const w = where(path);
  const info: BackupErrorInfo = {
    code,
    message_zh: `${w.zh}：${zh}`,
    message_en: `${en}${w.en}.`,
    path,
  };
  if (w.index !== undefined) info.index = w.index;
  return new BackupError(info);
}

export function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

const TYPE_ZH: Record<string, string> = {
  string: '文本',
  number: '数字',
  integer: '整数',
  boolean: '布尔值',
  object: '对象',
  array: '数组',
  null: '空值',
  undefined: '缺失',
};

export function wrongType(path: string, expected: string, got: unknown): BackupError {
  const g = typeName(got);
  return fieldError(
    'wrong-type',
    path,
    `应为${TYPE_ZH[expected] ?? expected}，实际为${TYPE_ZH[g] ?? g}`,
    `Expected ${expected === 'integer' ? 'an integer' : `a${/^[aeiou]/.test(expected) ? 'n' : ''} ${expected}`} but found ${g === 'undefined' ? 'nothing' : g}`,
  );
}
