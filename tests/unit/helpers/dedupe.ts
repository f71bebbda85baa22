import type { OpCounter } from '../../../utils/text/align';
import { findDuplicateInFolded, type DuplicateResult } from '../../../utils/text/dedupe';
import { foldCodesFromFolded, foldForCompare } from '../../../utils/text/fold';

/** The pure duplicate search on a whole text, folded first as the page code folds it. */
export function findDuplicateBody(raw: string, ops?: OpCounter): DuplicateResult | null {
  return findDuplicateInFolded(raw, foldCodesFromFolded(raw, foldForCompare(raw)), ops);
}
