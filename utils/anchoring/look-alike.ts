/**
 * The look-alike check. A candidate far from the position hint is suspect when
 * the annotated place seems to be still there, near the hint, only edited:
 * then the far one is most likely a copy (a duplicated body, a repeated
 * paragraph) and choosing it would be a confident wrong highlight.
 */
import { searchRange } from './fuzzy';
import { type Candidate, type FoldedQuote, FUZZY_WINDOW, farLimit, isFar, overlaps } from './match-quote';

/** Context similarity from which a side of the candidate counts as intact. */
const INTACT = 0.9;
/** Shortest stored context worth probing for. */
const MIN_PROBE = 8;
/** Errors allowed when probing for a stored context, as a share of its length. */
const PROBE_ERROR_RATE = 0.25;

/** Where (approximately) `probe` occurs in t[from, to): ends or starts of matches, with their errors. */
function probeAt(t: string, from: number, to: number, probe: string, edge: 'start' | 'end') {
  if (probe.length < MIN_PROBE) return [];
  return searchRange(t, from, to, probe, Math.floor(probe.length * PROBE_ERROR_RATE), 3).map((m) => ({
    at: edge === 'end' ? m.end : m.start,
    errors: m.errors,
  }));
}

/**
 * Whether the stored context shows up near a hint but not around `best`: its
 * prefix (or suffix) alone when `best` has that side intact (else it may be
 * best's own context, cut off by an insertion), or both about a quote length
 * apart.
 */
function siteNearHint(t: string, q: FoldedQuote, hints: number[], best: Candidate): boolean {
  const len = q.exact.length;
  const lo = Math.floor(len / 2) - 2;
  const hi = Math.ceil(len * 1.5) + 4;
  for (const h of hints) {
    const from = Math.max(0, h - FUZZY_WINDOW - q.prefix.length);
    const to = Math.min(t.length, h + len + FUZZY_WINDOW + q.suffix.length);
    const ends = probeAt(t, from, to, q.prefix, 'end').filter((m) => Math.abs(m.at - best.start) > 4 + m.errors);
    const starts = probeAt(t, from, to, q.suffix, 'start').filter((m) => Math.abs(m.at - best.end) > 4 + m.errors);
    if (ends.length > 0 && best.prefixSim >= INTACT) return true;
    if (starts.length > 0 && best.suffixSim >= INTACT) return true;
    if (ends.some((e) => starts.some((s) => s.at - e.at >= lo && s.at - e.at <= hi))) return true;
  }
  return false;
}

/** A plausible match of the quote near the hint (not overlapping `best`). */
function rivalNearHint(cands: Candidate[], best: Candidate, len: number): boolean {
  return cands.some(
    (c) =>
      c !== best &&
      !overlaps(c, best) &&
      c.distance <= farLimit(len) &&
      c.quoteSim >= 0.8 &&
      Math.max(c.prefixSim, c.suffixSim) >= 0.5,
  );
}

/** Whether `best`, far from the hint, is probably a look-alike of the annotated text. */
export function lookAlike(t: string, q: FoldedQuote, hints: number[], cands: Candidate[], best: Candidate): boolean {
  const len = q.exact.length;
  if (!isFar(best, len)) return false;
  return rivalNearHint(cands, best, len) || siteNearHint(t, q, hints, best);
}
