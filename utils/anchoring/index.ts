/**
 * Pure anchoring: describe a range of the page text as selectors, and find it
 * again after the page changed. No DOM here: the DOM layer hands over the
 * visible text (duplicated bodies hidden) and maps offsets back to ranges.
 */
export { describeRange, CONTEXT_CHARS } from './describe';
export { anchor, anchorMany, type AnchorResult } from './anchor';
export { fold, normalizeText, type NormText } from './normalize';
