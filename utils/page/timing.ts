/**
 * User Timing entries under the public `notice-lens:` prefix, so DevTools'
 * Performance panel, outside tools and the bench can read what each stage cost.
 */
type Stage = 'detect' | 'load-marks' | 'load-app' | 'dedupe' | 'directives' | 'first-marks' | 'highlight' | 'anchor' | 'total';

export function timed<T>(perf: Performance | undefined, stage: Stage, work: () => T): T {
  const start = perf?.now() ?? 0;
  try {
    return work();
  } finally {
    measure(perf, stage, start);
  }
}

export function measure(perf: Performance | undefined, stage: Stage, start: number): void {
  try {
    perf?.measure(`notice-lens:${stage}`, { start, end: perf.now() });
  } catch {
    // A page may replace `performance`; timing is never worth failing the analysis for.
  }
}
