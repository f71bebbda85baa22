/**
 * The one place a store error becomes words for the reader. The background's
 * `message` is plain English for logs and developers; the codes a reader can act
 * on (storage full, interrupted, database unavailable) get the UI's own wording
 * in the reader's language. Other codes are bugs or refusals, shown as sent.
 */
import type { Translate } from '../i18n';
import type { StoreErrorInfo } from './messages';

export function storeErrorText(t: Translate, error: Pick<StoreErrorInfo, 'code' | 'message'>): string {
  switch (error.code) {
    case 'quota': return t('errQuota');
    case 'aborted': return t('errAborted');
    case 'unavailable': return t('errUnavailable');
    default: return error.message;
  }
}
