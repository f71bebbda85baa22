import { findContentRoot } from '../dom/content-root';
import { readabilityRoot } from '../dom/readability-root';
import { extractSignals } from '../dom/signals';
import { scoreNotice } from '../text/notice-score';
import { analyzeNotice, detectPage, type Detection, type PageAnalysis } from './analyze';

/**
 * The second opinion on a page the cheap detector was unsure about: detection
 * again with the body Mozilla Readability finds. Readability (about 10 KB gzip)
 * is imported here only, not by analyze.ts, so the detector that runs on every
 * official page does not carry it; the part loaded on notices (or on unsure
 * pages) does. Pages without a notice's labels never get here.
 */
export function confirmDetection(doc: Document, detection: Detection): Detection {
  if (!detection.unsure) return detection;
  const el = readabilityRoot(doc);
  if (!el || el === detection.content?.root) return { ...detection, unsure: false };
  const content = findContentRoot(doc, el);
  const { signals, facts } = extractSignals(doc, content);
  return { content, verdict: scoreNotice(signals), facts, start: detection.start, detectMs: detection.detectMs, unsure: false };
}

/** analyzePage with the second opinion: the whole analysis where bundle size does not matter. */
export function analyzePageThoroughly(doc: Document, perf: Performance | undefined = doc.defaultView?.performance): PageAnalysis {
  return analyzeNotice(doc, confirmDetection(doc, detectPage(doc, perf)), perf);
}
