import type { Detection } from '../page/detect';
import type { confirmDetection, BodyFinder } from '../page/confirm-detection';
import { SECOND_OPINION_FILE } from '../all-sites-page';
import { loadBundle } from './load-bundle';

type Scope = { __noticeLensReadabilityRoot?: BodyFinder };

/**
 * Readability's second opinion on a detection that is unsure, its code loaded then and only then
 * (second-opinion.js, about 35 KB minified: most notices never need it). A sure detection is returned as is.
 * Should the bundle fail to load, the cheap verdict stands, as when Readability finds no body. `confirm` is
 * passed in (notice-marks.js's copy, ./analysis-kit.ts) so that notice-app.js carries no detection code.
 */
export async function withSecondOpinion(doc: Document, detection: Detection, confirm: typeof confirmDetection): Promise<Detection> {
  if (!detection.unsure) return detection;
  const scope = globalThis as Scope;
  if (!scope.__noticeLensReadabilityRoot) await loadBundle(SECOND_OPINION_FILE).catch(() => {});
  return confirm(doc, detection, scope.__noticeLensReadabilityRoot ?? (() => null));
}
