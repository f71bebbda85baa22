/**
 * Why a backup file is refused, as data: a code for programs, a catalog entry and its parameters for people,
 * and where the problem is.
 */
import type { MessageKey } from '../i18n';
import { typeName, type FieldProblem } from '../schema/problem';

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
  | 'future-date'
  | 'duplicate-id'
  | 'duplicate-notice';

/** The catalog entries that word a backup problem (utils/i18n/catalog.*.ts, prefixed bk). */
export type BackupMessageKey = Extract<MessageKey, `bk${string}`>;

/**
 * What a problem says, as data: words come from the catalog when it is shown (utils/i18n/backup-error-text.ts).
 * By convention the parameters `expected` and `got` are type names (string, integer, undefined…), `what` is the
 * code of the value kind that was unknown (bad-kind, bad-color, bad-status) and a list is written with the
 * language's separator.
 */
export type BackupErrorParams = Readonly<Record<string, string | number | readonly string[]>>;

export interface BackupErrorInfo {
  code: BackupErrorCode;
  /** The catalog entry that words it. */
  message: BackupMessageKey;
  params?: BackupErrorParams;
  /** Index of the annotation (in `items`) or notice (in `notices`) at fault. */
  index?: number;
  /** JSON path of the offending value, e.g. `items[3].target.source`. */
  path?: string;
}

/** Thrown by the validators, turned into `{ ok: false, error }` by parseBackup. */
export class BackupError extends Error {
  constructor(readonly info: BackupErrorInfo) {
    super(info.path === undefined ? info.code : `${info.code} at ${info.path}`);
  }
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
export function fileError(code: BackupErrorCode, message: BackupMessageKey, params?: BackupErrorParams): BackupError {
  return new BackupError(params ? { code, message, params } : { code, message });
}

/** An error about one value: shown with the item and the path it is at. */
export function fieldError(code: BackupErrorCode, path: string, message: BackupMessageKey, params?: BackupErrorParams): BackupError {
  const info: BackupErrorInfo = params ? { code, message, params, path } : { code, message, path };
  const m = /^(items|notices)\[(\d+)\]/.exec(path);
  if (m) info.index = Number(m[2]);
  return new BackupError(info);
}

/** What a schema problem says, as data: the code for programs, the catalog entry and the values that word it. */
export interface ProblemWords {
  code: BackupErrorCode;
  message: BackupMessageKey;
  params?: BackupErrorParams;
}

const words = (code: BackupErrorCode, message: BackupMessageKey, params?: BackupErrorParams): ProblemWords =>
  params ? { code, message, params } : { code, message };

/**
 * A bad value found by the schemas (utils/schema/problem.ts) in words of the catalog: the one wording of a field
 * problem, for a refused backup and for a store request refused as `invalid` (utils/store/validate.ts).
 */
export function problemWords(p: FieldProblem): ProblemWords {
  switch (p.code) {
    case 'wrong-type': return words(p.code, 'bkWrongType', { expected: p.expected, got: typeName(p.got) });
    case 'too-many': return words(p.code, 'bkTooMany', { count: p.count, max: p.max });
    case 'too-long': return words(p.code, 'bkTooLong', { length: p.length, max: p.max });
    // No code of their own: to the user they are values of the wrong kind.
    case 'out-of-range': return words('wrong-type', 'bkOutOfRange', { value: p.value, min: p.min, max: p.max });
    case 'empty': return words('wrong-type', 'bkEmptyValue');
    case 'bad-date': return words(p.code, 'bkBadDate', { value: preview(p.value) });
    case 'future-date': return words(p.code, 'bkFutureDate', { value: preview(p.value) });
    case 'bad-url': return words(p.code, 'bkBadUrl', { value: preview(p.value) });
    case 'bad-id': return words(p.code, 'bkBadId', { value: preview(p.value) });
    case 'bad-urn': return words('bad-id', 'bkIdNotUrn');
    case 'bad-selector': return words(p.code, 'bkBadSelector', { value: preview(p.value) });
    // A W3C item's `type` that is not "Annotation", or a field that has no place where it was found.
    case 'wrong-format':
      return p.path.endsWith('.type') ? words(p.code, 'bkNotAnnotation') : words(p.code, 'bkUnexpectedValue', { value: preview(p.value) });
    default: return words(p.code, 'bkUnknownValue', { what: p.code, value: preview(p.value), allowed: p.allowed });
  }
}

/** A bad value found by the schemas, as the backup error that reports it. */
export function problemError(p: FieldProblem): BackupError {
  const w = problemWords(p);
  return fieldError(w.code, p.path, w.message, w.params);
}
