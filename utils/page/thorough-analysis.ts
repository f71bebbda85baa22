import { readabilityRoot } from '../dom/readability-root';
import { analyzeNotice, detectPage, type PageAnalysis } from './analyze';
import { confirmDetection } from './confirm-detection';

/**
 * analyzePage with Readability's second opinion, at once and in one piece: for tests and tools, where bundle
 * size does not matter (the extension loads Readability only when asked, utils/app/second-opinion.ts).
 */
export function analyzePageThoroughly(doc: Document, perf: Performance | undefined = doc.defaultView?.performance): PageAnalysis {
  return analyzeNotice(doc, confirmDetection(doc, detectPage(doc, perf), readabilityRoot), perf);
}
