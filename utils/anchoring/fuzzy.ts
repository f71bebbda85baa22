/**
 * Approximate candidates for a quote, found with approx-string-match (Myers'
 * bit-parallel algorithm, which reports only the lowest-error matches; a few
 * rounds with the found ones masked give the next-best places too). Match
 * boundaries are then set exactly by aligning context + quote edges.
 */
import search from 'approx-string-match';
import { editDistance } from '../text/edit-distance';
import { alignBoundary } from './align-boundary';
import { type Candidate, type FoldedQuote, FUZZY_WINDOW, MIN_GLOBAL_FUZZY, score } from './match-quote';

/** Most errors an approximate match may have, as a share of the quote length. */
const MAX_ERROR_RATE = 0.2;

interface RawMatch {
  start: number;
  end: number;
  errors: number;
}

/** Approximate matches in t[from, to), up to `rounds` error levels (best ones are masked between rounds). */
export function searchRange(t: string, from: number, to: number, pattern: string, maxErrors: number, rounds: number): RawMatch[] {
  let sub = t.slice(from, to);
  const out: RawMatch[] = [];
  for (let r = 0; r < rounds; r++) {
    const found = search(sub, pattern, maxErrors);
    if (found.length === 0) break;
    for (const m of found) out.push({ start: m.start + from, end: m.end + from, errors: m.errors });
    // Mask what was found so the next round reports the next-best places.
    const spans = found.map((m) => [m.start, m.end]).sort((a, b) => a[0] - b[0]);
    let masked = '';
    let at = 0;
    for (const [a, b] of spans) {
      const s = Math.max(a, at);
      if (b <= s) continue;
      masked += sub.slice(at, s) + '\u0000'.repeat(b - s);
      at = b;
    }
    sub = masked + sub.slice(at);
  }
  return out;
}

/** Groups overlapping matches, keeping the one with the fewest errors of each group. */
function cluster(matches: RawMatch[]): RawMatch[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || a.errors - b.errors);
  const out: RawMatch[] = [];
  let groupEnd = -1;
  for (const m of sorted) {
    if (out.length > 0 && m.start < groupEnd) {
      const last = out[out.length - 1];
      if (m.errors < last.errors) out[out.length - 1] = m;
      groupEnd = Math.max(groupEnd, m.end);
    } else {
      out.push(m);
      groupEnd = m.end;
    }
  }
  return out;
}

const EDGE = 48;

/** Exact boundaries of an approximate match: align context + quote edges around it. */
function refineBoundaries(t: string, q: FoldedQuote, m: RawMatch): { start: number; end: number } {
  const slack = 4 + maxErrorsFor(q.exact.length);
  const head = q.exact.slice(0, EDGE);
  const tail = q.exact.slice(-EDGE);
  const p = q.prefix;
  const sFrom = Math.max(0, m.start - p.length - slack);
  const sTo = Math.min(t.length, m.start + head.length + slack);
  const start = sFrom + alignBoundary(p + head, t.slice(sFrom, sTo), p.length, 'last', p.length, p.length + head.length);
  const eFrom = Math.max(0, m.end - tail.length - slack);
  const eTo = Math.min(t.length, m.end + q.suffix.length + slack);
  const end = eFrom + alignBoundary(tail + q.suffix, t.slice(eFrom, eTo), tail.length, 'first', 0, tail.length);
  return end > start ? { start, end } : { start: m.start, end: m.end };
}

function maxErrorsFor(len: number): number {
  return Math.floor(len * MAX_ERROR_RATE);
}

/**
 * Approximate candidates: in a window around each hint, or in the whole text
 * when `global`. Returns nothing for quotes too short to be fuzzy-matched.
 */
export function fuzzyCandidates(t: string, q: FoldedQuote, hints: number[], global: boolean): Candidate[] {
  const len = q.exact.length;
  const maxErrors = maxErrorsFor(len);
  if (maxErrors < 1 || (global && len < MIN_GLOBAL_FUZZY)) return [];
  const raw: RawMatch[] = [];
  if (global) {
    raw.push(...searchRange(t, 0, t.length, q.exact, maxErrors, 2));
  } else {
    const ranges = hints
      .map((h) => [Math.max(0, h - FUZZY_WINDOW), Math.min(t.length, h + len + FUZZY_WINDOW)])
      .sort((a, b) => a[0] - b[0]);
    const merged: number[][] = [];
    for (const r of ranges) {
      const last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else merged.push([...r]);
    }
    for (const [a, b] of merged) raw.push(...searchRange(t, a, b, q.exact, maxErrors, 3));
  }
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const m of cluster(raw)) {
    const { start, end } = refineBoundaries(t, q, m);
    const key = `${start}:${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const found = t.slice(start, end);
    const errors = len <= 400 && found.length <= 480 ? editDistance(q.exact, found) : m.errors + Math.abs(found.length - (m.end - m.start));
    if (errors > maxErrors) continue;
    out.push(score(t, q, start, end, 1 - errors / len, hints, 'fuzzy'));
  }
  return out;
}


/**
 * The annotated place itself with a few characters replaced (the commonest edit:
 * a word corrected): at a position hint, the context on both sides is intact and
 * the text between them is the quote's length with at most MAX_ERROR_RATE of its
 * characters different. O(quote) where the approximate search costs O(window);
 * null when that is not what happened.
 */
export function substitutedAt(t: string, q: FoldedQuote, at: number, hints: number[]): Candidate | null {
  const len = q.exact.length;
  const maxErrors = maxErrorsFor(len);
  if (maxErrors < 1 || at < 0 || at + len > t.length) return null;
  // Both sides of the context, as stored, must still be there: no guess at a place whose surroundings changed too.
  if (!q.noPrefix && (q.prefix.length === 0 || !t.startsWith(q.prefix, at - q.prefix.length) || at < q.prefix.length)) return null;
  if (!q.noSuffix && (q.suffix.length === 0 || !t.startsWith(q.suffix, at + len))) return null;
  if (q.noPrefix && q.noSuffix) return null;
  let errors = 0;
  for (let i = 0; i < len && errors <= maxErrors; i++) if (t.charCodeAt(at + i) !== q.exact.charCodeAt(i)) errors++;
  if (errors === 0 || errors > maxErrors) return null;
  return score(t, q, at, at + len, 1 - errors / len, hints, 'fuzzy');
}
