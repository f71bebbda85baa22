import { findContentRoot } from '../dom/content-root';
import { extractSignals } from '../dom/signals';
import { scoreNotice } from '../text/notice-score';
import type { Detection } from './detect';

/** Finds a page's body another way than the cheap finder: Readability's (utils/dom/readability-root.ts). */
export type BodyFinder = (doc: Document) => Element | null;

/**
 * The second opinion on a page the cheap detector was unsure about: detection
 * again with the body `findBody` finds. Readability (about 35 KB minified) is
 * passed in rather than imported here, so that neither the detector that runs on
 * every official page nor the app that runs on every notice carries it: it is
 * loaded only where a detection is unsure (utils/app/second-opinion.ts). Pages
 * without a notice's labels never get here.
 */
export function confirmDetection(doc: Document, detection: Detection, findBody: BodyFinder): Detection {
  if (!detection.unsure) return detection;
  const el = findBody(doc);
  if (!el || el === detection.content?.root) return { ...detection, unsure: false };
  const content = findContentRoot(doc, el);
  const extracted = extractSignals(doc, content);
  return {
    content, verdict: scoreNotice(extracted.signals), start: detection.start, detectMs: detection.detectMs, unsure: false,
    // Read when first asked for, as detection's are.
    get facts() {
      return extracted.facts;
    },
  };
}
