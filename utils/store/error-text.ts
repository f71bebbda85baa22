/**
 * The one place a store error becomes words for the reader. The background's
 * `message` is plain English for logs and developers; the codes a reader can act
 * on (storage full, interrupted, database unavailable, not allowed here, gone) get
 * the catalog's wording in the reader's language. `invalid` and `internal` are bugs,
 * shown as sent so a reader can report them.
 */
import type { PlainKey, Translate } from '../i18n';
import type { StoreErrorCode, StoreErrorInfo } from './messages';

const READER_TEXT: Partial<Record<StoreErrorCode, PlainKey>> = {
  quota: 'errQuota',
  aborted: 'errAborted',
  unavailable: 'errUnavailable',
  forbidden: 'errForbidden',
  'not-found': 'errNotFound',
};

export function storeErrorText(t: Translate, error: Pick<StoreErrorInfo, 'code' | 'message'>): string {
  const key = READER_TEXT[error.code];
  return key ? t(key) : error.message;
}
