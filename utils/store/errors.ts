/**
 * Errors inside the background, and their translation into the `{ code, message }`
 * that crosses the message boundary. Messages are plain English for logs and
 * developers; the UI chooses its own wording from `code`.
 */
import type { StoreErrorCode, StoreErrorInfo } from './messages';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    readonly path?: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

export function invalid(path: string, message: string): StoreError {
  return new StoreError('invalid', `${path}: ${message}`, path);
}

function errorName(e: unknown): string {
  if (typeof e === 'object' && e !== null && typeof (e as { name?: unknown }).name === 'string')
    return (e as { name: string }).name;
  return '';
}

function errorMessage(e: unknown): string {
  const m = typeof e === 'object' && e !== null ? (e as { message?: unknown }).message : e;
  return String(m ?? '').slice(0, 300);
}

/** Any thrown value as the error info of a reply. */
export function toErrorInfo(e: unknown): StoreErrorInfo {
  if (e instanceof StoreError) return e.path === undefined ? { code: e.code, message: e.message } : { code: e.code, message: e.message, path: e.path };
  switch (errorName(e)) {
    case 'QuotaExceededError':
      return {
        code: 'quota',
        message: 'Storage is full (the disk or the browser storage quota): nothing was saved. Free some space and try again.',
      };
    case 'AbortError':
      return { code: 'aborted', message: 'The save was interrupted and rolled back: nothing was saved. Try again.' };
    case 'VersionError':
      return {
        code: 'unavailable',
        message: 'The annotation database was written by a newer version of Notice Lens; update the extension.',
      };
    case 'InvalidStateError':
    case 'UnknownError':
      return { code: 'unavailable', message: `The annotation database is not available right now (${errorMessage(e)}).` };
    default:
      return { code: 'internal', message: `Unexpected storage error: ${errorMessage(e) || 'unknown'}` };
  }
}
