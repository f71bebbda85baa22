/**
 * Errors inside the background, and their translation into the `{ code, message, path, problem }` that crosses
 * the message boundary. No words for readers here: `code` (and an `invalid` field's `problem`, a catalog entry)
 * are what utils/store/error-text.ts words; `message` is for logs and bug reports (the rule that refused, or the
 * browser's own text of the exception).
 */
import { problemWords } from '../export/backup-errors';
import type { FieldProblem } from '../schema/problem';
import type { StoreErrorCode, StoreErrorInfo } from './messages';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    readonly path?: string,
    readonly problem?: StoreErrorInfo['problem'],
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** A field that failed its schema (or a rule of the handler's): `invalid`, with the problem in the catalog's terms. */
export function invalid(p: FieldProblem): StoreError {
  const { code, ...problem } = problemWords(p);
  return new StoreError('invalid', `${p.path}: ${code}`, p.path, problem);
}

function errorName(e: unknown): string {
  if (typeof e === 'object' && e !== null && typeof (e as { name?: unknown }).name === 'string')
    return (e as { name: string }).name;
  return '';
}

/** The exception's own name and text (cut to 300 characters), for logs. */
function detail(e: unknown): string {
  const m = typeof e === 'object' && e !== null ? (e as { message?: unknown }).message : e;
  const text = String(m ?? '').slice(0, 300);
  const name = errorName(e);
  return [name, text].filter(Boolean).join(': ') || 'unknown';
}

/** IndexedDB's failures a reader can act on, by the DOMException's name. */
const BY_NAME: Readonly<Record<string, StoreErrorCode>> = {
  QuotaExceededError: 'quota',
  AbortError: 'aborted',
  // Written by a newer version of the extension, or closing / broken.
  VersionError: 'unavailable',
  InvalidStateError: 'unavailable',
  UnknownError: 'unavailable',
};

/** Any thrown value as the error info of a reply. */
export function toErrorInfo(e: unknown): StoreErrorInfo {
  if (e instanceof StoreError) {
    const info: StoreErrorInfo = { code: e.code, message: e.message };
    if (e.path !== undefined) info.path = e.path;
    if (e.problem !== undefined) info.problem = e.problem;
    return info;
  }
  const name = errorName(e);
  const code = Object.prototype.hasOwnProperty.call(BY_NAME, name) ? BY_NAME[name]! : 'internal';
  return { code, message: detail(e) };
}
