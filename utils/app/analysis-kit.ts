import { detectPageSliced } from '../page/detect';
import { confirmDetection } from '../page/confirm-detection';
import type { MarksKit } from './ready-analysis';
import { readerVerdict } from '../read-as-notice';

/**
 * The analysis code notice-app.js runs, handed to it rather than bundled into it (issue 14: 46 KB less to load
 * and compile on every notice): detection from the content script, which has it anyway, the rest (dedupe,
 * directives, marking) from notice-marks.js. Code bundled into notice-app.js may only `import type` this file.
 */
export interface AnalysisKit extends MarksKit {
  detect: typeof detectPageSliced;
  /** Readability's second opinion on an unsure detection (utils/app/second-opinion.ts). */
  confirm: typeof confirmDetection;
}

/**
 * notice-marks.js's part and the detector's own, as the content script hands them to the app. On a page the reader
 * asked to read as a notice, later detections (late content) keep that answer while `readAsNotice()` says the
 * address is still that page's.
 */
export function withDetection(marks: MarksKit, readAsNotice?: () => boolean): AnalysisKit {
  const detect: typeof detectPageSliced = readAsNotice
    ? async (...args) => {
      const detection = await detectPageSliced(...args);
      // A sure notice stays as detection found it; anything else, while the address is the one the reader named, is
      // read as the reader asked (no second opinion overrules it).
      return (detection.verdict.isNotice && !detection.unsure) || !readAsNotice() ? detection : readerVerdict(detection) ?? detection;
    }
    : detectPageSliced;
  return { ...marks, detect, confirm: confirmDetection };
}
