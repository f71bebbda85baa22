/**
 * User Timing entries under the public `notice-lens:` prefix, so DevTools'
 * Performance panel, outside tools and the bench can read what each stage cost.
 */
type Stage = 'detect' | 'load-marks' | 'load-app' | 'dedupe' | 'directives' | 'first-marks' | 'highlight' | 'anchor' | 'facts' | 'total';

export function timed<T>(perf: Performance | undefined, stage: Stage, work: () => T): T {
  const start = perf?.now() ?? 0;
  try {
    return work();
  } finally {
    measure(perf, stage, start);
  }
}

/**
 * `detail` is a string, never an object: Firefox keeps an object made by a content script out of the page's reach
 * ("Permission denied"), and the entries are for the page's tools too (`notice-lens:facts` says where they were read).
 */
export function measure(perf: Performance | undefined, stage: Stage, start: number, detail?: string): void {
  try {
    perf?.measure(`notice-lens:${stage}`, detail === undefined ? { start, end: perf.now() } : { start, end: perf.now(), detail });
  } catch {
    // A page may replace `performance`; timing is never worth failing the analysis for.
  }
}
