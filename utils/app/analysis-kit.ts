import { detectPageSliced } from '../page/detect';
import { confirmDetection } from '../page/confirm-detection';
import type { MarksKit } from './ready-analysis';

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

/** notice-marks.js's part and the detector's own, as the content script hands them to the app. */
export function withDetection(marks: MarksKit): AnalysisKit {
  return { ...marks, detect: detectPageSliced, confirm: confirmDetection };
}
