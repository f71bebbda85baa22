/**
 * Resumable page work run to the end at once, for tests that want one step's result: the product runs these
 * steps slice by slice inside a visit (utils/page/chunk.ts), so it has no synchronous entry point of its own.
 */
import { textIndexSteps, type TextIndex } from '../../../utils/dom/text-index';
import { drain } from '../../../utils/page/chunk';
import { collapseDuplicateSteps } from '../../../utils/page/collapse-duplicate';

/** The text index of `root` (what a visit builds before it marks or anchors). */
export function buildTextIndex(root: Element, options?: Parameters<typeof textIndexSteps>[1]): TextIndex {
  return drain(textIndexSteps(root, options));
}

/** Finds a body printed twice and hides the later copies, as a visit does. */
export function collapseDuplicate(root: Element, skip?: (el: Element) => boolean) {
  return drain(collapseDuplicateSteps(root, skip));
}
