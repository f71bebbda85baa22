/**
 * Pure anchoring: describe a range of the page text as selectors, and find it
 * again after the page changed. No DOM here: the DOM layer hands over the
 * visible text (duplicated bodies hidden) and maps offsets back to ranges.
 */
export { describeRange } from './describe';
export { anchorMany, type AnchorResult } from './anchor';
