/**
 * Runs `run` once the page is idle (requestIdleCallback, with a deadline so a
 * busy page still gets it; a timeout where there is none). Returns a canceller,
 * for an effect's cleanup.
 */
const DEADLINE_MS = 200;

export function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => run(), { timeout: DEADLINE_MS });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 0);
  return () => clearTimeout(id);
}
