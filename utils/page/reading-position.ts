/**
 * Which directive the reader is at, followed as they scroll: the last directive mark whose top has passed the
 * reading line (a third of the way down the viewport). An IntersectionObserver on the marks says when one
 * crosses that line, so nothing runs on an ordinary scroll; only then are the marks' positions read.
 */

/** The reading line, as a fraction of the viewport's height from its top. */
const READING_LINE = 1 / 3;

/** The index in `marks` (in document order) of the last one whose top is at or above `line` px; null if none. */
function lastAbove(tops: readonly number[], line: number): number | null {
  let lo = 0;
  let hi = tops.length - 1;
  let found: number | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tops[mid]! <= line) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Calls `onCurrent` with the index of the directive being read (into `marks`, document order), now and each
 * time it changes. Returns the function that stops following.
 */
export function followReadingPosition(win: Window, marks: readonly Element[], onCurrent: (index: number | null) => void): () => void {
  const Observer = (win as Window & typeof globalThis).IntersectionObserver;
  if (!marks.length || typeof Observer !== 'function') return () => {};
  let last: number | null | undefined;
  const update = () => {
    const line = win.innerHeight * READING_LINE;
    const current = lastAbove(marks.map((m) => m.getBoundingClientRect().top), line);
    if (current !== last) {
      last = current;
      onCurrent(current);
    }
  };
  // The band above the reading line: a mark entering or leaving it has crossed the line (or the top edge).
  const observer = new Observer(update, { rootMargin: `0px 0px -${Math.round((1 - READING_LINE) * 100)}% 0px` });
  marks.forEach((m) => observer.observe(m));
  // A jump (End, a link) can carry a mark past the band without it ever intersecting: check once the scroll ends.
  win.addEventListener('scrollend', update, { passive: true });
  update();
  return () => {
    observer.disconnect();
    win.removeEventListener('scrollend', update);
  };
}
