/**
 * The one place a store error becomes words for the reader, all from the catalog: the codes a reader can act
 * on (storage full, interrupted, database unavailable, not allowed here, gone) by their code; a refused field
 * (`invalid`) by its problem and path, worded as a refused backup's are; anything else is a bug, named by its
 * code with the store's own detail so that a reader can report it.
 */
import { problemText } from '../i18n/backup-error-text';
import type { PlainKey, Translate } from '../i18n';
import type { StoreErrorCode, StoreErrorInfo } from './messages';

const READER_TEXT: Partial<Record<StoreErrorCode, PlainKey>> = {
  quota: 'errQuota',
  aborted: 'errAborted',
  unavailable: 'errUnavailable',
  forbidden: 'errForbidden',
  'not-found': 'errNotFound',
};

export function storeErrorText(t: Translate, error: StoreErrorInfo): string {
  const key = READER_TEXT[error.code];
  if (key) return t(key);
  if (error.problem) return problemText(t, { ...error.problem, path: error.path });
  return t('errBug', { code: error.code, detail: error.message });
}
