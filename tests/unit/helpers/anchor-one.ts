import { anchorMany, type AnchorResult } from '../../../utils/anchoring';
import type { Selector } from '../../../utils/model';

/** One annotation anchored alone: what anchorMany gives a page with a single annotation. */
export function anchor(text: string, selectors: Selector[]): AnchorResult {
  return anchorMany(text, [selectors])[0]!;
}
