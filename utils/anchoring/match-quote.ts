/**
 * Scoring the places a quote may be in the folded page text (see
 * normalize.ts): exact occurrences here, approximate ones in fuzzy.ts. Every
 * candidate is scored on quote similarity, prefix/suffix agreement and
 * distance to the position hint; pickBest decides whether the best one is
 * clear enough to trust.
 */
import { prefixSimAt, suffixSimAt, UNKNOWN } from './context';

/** A quote selector with every field folded. */
export interface FoldedQuote {
  exact: string;
  prefix: string;
  suffix: string;
  /** The stored selector had no prefix / suffix at all (not an empty one): context unknown. */
  noPrefix?: boolean;
  noSuffix?: boolean;
}

export interface Candidate {
  /** Folded offsets. */
  start: number;
  end: number;
  kind: 'quote' | 'fuzzy';
  quoteSim: number;
  prefixSim: number;
  suffixSim: number;
  /** Plain similarity of both contexts (no extra weight next to the quote). */
  contextWhole: number;
  /** Distance in folded characters to the nearest position hint (Infinity without one). */
  distance: number;
  /** Distance to each position hint. */
  distances: number[];
  score: number;
}

const WEIGHT_QUOTE = 0.5;
const WEIGHT_CONTEXT = 0.4;
const WEIGHT_POSITION = 0.1;
/** Candidates closer than this in score are told apart by position only. */
const AMBIGUITY_MARGIN = 0.05;
/** Lowest total score accepted for an approximate match. */
const MIN_FUZZY_SCORE = 0.65;
/** Quotes shorter than this are only fuzzy-matched near the hint with both contexts agreeing. */
export const MIN_GLOBAL_FUZZY = 8;
/** Half-width of the window searched around the position hint. */
export const FUZZY_WINDOW = 512;

function positionScore(distance: number): number {
  return Number.isFinite(distance) ? 1 / (1 + distance / 256) : 0;
}

export function combine(quoteSim: number, prefixSim: number, suffixSim: number, distance: number): number {
  return (
    WEIGHT_QUOTE * quoteSim + (WEIGHT_CONTEXT * (prefixSim + suffixSim)) / 2 + WEIGHT_POSITION * positionScore(distance)
  );
}

function nearest(hints: number[], pos: number): number {
  let d = Infinity;
  for (const h of hints) d = Math.min(d, Math.abs(pos - h));
  return d;
}

export function score(t: string, q: FoldedQuote, start: number, end: number, quoteSim: number, hints: number[], kind: Candidate['kind']): Candidate {
  const p = q.noPrefix ? UNKNOWN : prefixSimAt(t, start, q.prefix);
  const s = q.noSuffix ? UNKNOWN : suffixSimAt(t, end, q.suffix);
  const distances = hints.map((h) => Math.abs(start - h));
  const distance = distances.length > 0 ? Math.min(...distances) : Infinity;
  return {
    start,
    end,
    kind,
    quoteSim,
    prefixSim: p.blend,
    suffixSim: s.blend,
    contextWhole: (p.whole + s.whole) / 2,
    distance,
    distances,
    score: combine(quoteSim, p.blend, s.blend, distance),
  };
}

/** How many exact occurrences get the full (edit-distance) context scoring. */
const MAX_SCORED = 24;
/** Of which, nearest to a position hint whatever their context. */
const MAX_SCORED_NEAR = 6;

/** Exact occurrences of the folded quote (in t[from, to) when given), scored. */
export function exactCandidates(t: string, q: FoldedQuote, hints: number[], from = 0, to = t.length): Candidate[] {
  const len = q.exact.length;
  const starts: number[] = [];
  for (let i = t.indexOf(q.exact, from); i >= 0 && i + len <= to && starts.length < 20000; i = t.indexOf(q.exact, i + 1)) {
    starts.push(i);
  }
  let chosen = starts;
  if (starts.length > MAX_SCORED) {
    // Cheap pre-ranking: characters agreeing right next to the occurrence.
    const adj = (s: number) => {
      let a = 0;
      for (let k = 1; k <= q.prefix.length && s - k >= 0; k++, a++) {
        if (t.charCodeAt(s - k) !== q.prefix.charCodeAt(q.prefix.length - k)) break;
      }
      for (let k = 0; k < q.suffix.length && s + len + k < t.length; k++, a++) {
        if (t.charCodeAt(s + len + k) !== q.suffix.charCodeAt(k)) break;
      }
      return a;
    };
    const byContext = starts.map((s) => ({ s, a: adj(s) })).sort((x, y) => y.a - x.a);
    const set = new Set(byContext.slice(0, MAX_SCORED - MAX_SCORED_NEAR).map((x) => x.s));
    if (hints.length > 0) {
      const byDistance = [...starts].sort((x, y) => nearest(hints, x) - nearest(hints, y));
      for (const s of byDistance.slice(0, MAX_SCORED_NEAR)) set.add(s);
    }
    chosen = [...set];
  }
  return chosen.map((s) => score(t, q, s, s + len, 1, hints, 'quote'));
}

/** Beyond this distance from the hint a candidate is "far" and must prove itself more. */
export function farLimit(len: number): number {
  return Math.max(64, len);
}

export const isFar = (c: Candidate, len: number) => Number.isFinite(c.distance) && c.distance > farLimit(len);

/**
 * Plain context similarity a far candidate needs (more for shorter quotes):
 * the annotated text may be at the hint, edited, or deleted while a phrase
 * repeated elsewhere survives.
 */
function farContext(len: number): number {
  return len <= 8 ? 0.85 : len <= 16 ? 0.75 : 0.6;
}

/** Whether a candidate's context is good enough for a quote of this (folded) length. */
function acceptable(c: Candidate, len: number): boolean {
  const ctx = (c.prefixSim + c.suffixSim) / 2;
  const side = Math.max(c.prefixSim, c.suffixSim);
  if (isFar(c, len) && c.contextWhole < farContext(len)) return false;
  if (c.kind === 'fuzzy') {
    if (len < MIN_GLOBAL_FUZZY) return c.prefixSim >= 0.8 && c.suffixSim >= 0.8;
    // Short quotes need both sides of the context to agree, not just one.
    if (len < 16 && (ctx < 0.7 || Math.min(c.prefixSim, c.suffixSim) < 0.5)) return false;
    // With one side of the context gone, the quote itself must be close.
    return ctx >= 0.4 && c.score >= MIN_FUZZY_SCORE && (ctx >= 0.6 || c.quoteSim >= 0.85);
  }
  if (len <= 4) return side >= 0.8 && ctx >= 0.55;
  if (len <= 8) return side >= 0.7 && ctx >= 0.45;
  return ctx >= 0.35;
}

/** Twins this far apart are told apart by an inexact position hint. */
const DECISIVE_GAP = 256;

/**
 * Whether the position hint tells two look-alike candidates apart: the best
 * must be much closer, and either right at the hint or far enough from the
 * other that an unknown shift of the page (text inserted or deleted before
 * them) is unlikely to have swapped them.
 */
export function positionDecides(best: number, other: number): boolean {
  if (!Number.isFinite(best) || best * 4 + 16 > other) return false;
  return best <= 2 || other - best >= DECISIVE_GAP;
}

/** What pickBest chose: a clear or position-decided best, or why there is none. */
export type Choice =
  | { status: 'ok'; best: Candidate; clear: boolean }
  | { status: 'ambiguous' | 'weak' | 'none'; best?: Candidate };

export const overlaps = (a: Candidate, b: Candidate) => a.start < b.end && b.start < a.end;

/**
 * The best acceptable candidate, unless another one (not overlapping it) scores
 * within AMBIGUITY_MARGIN and the position hint does not clearly prefer the
 * best.
 */
export function pickBest(cands: Candidate[], len: number): Choice {
  if (cands.length === 0) return { status: 'none' };
  const sorted = [...cands].sort((a, b) => b.score - a.score || a.distance - b.distance);
  const best = sorted.find((c) => acceptable(c, len));
  if (!best) return { status: 'weak', best: sorted[0] };
  // Another candidate as good on quote and context alone is a look-alike:
  // the position must tell them apart, and every hint must agree (the stored
  // position and the neighbour's shift may point at different copies when a
  // stretch of a repeated page was deleted). `clear`: there was none.
  const own = (c: Candidate) => c.score - WEIGHT_POSITION * positionScore(c.distance);
  let clear = true;
  for (const other of sorted) {
    if (other === best || overlaps(other, best) || own(other) < own(best) - AMBIGUITY_MARGIN) continue;
    clear = false;
    if (!positionDecides(best.distance, other.distance)) return { status: 'ambiguous', best };
    if (other.distances.some((d, h) => d < best.distances[h])) return { status: 'ambiguous', best };
  }
  // Any acceptable candidate at most half as far as the best from one of the
  // hints: the hints disagree (see above), and context alone must not settle it.
  for (const other of sorted) {
    if (other === best || overlaps(other, best) || !acceptable(other, len)) continue;
    if (other.distances.some((d, h) => d * 2 <= best.distances[h])) return { status: 'ambiguous', best };
  }
  return { status: 'ok', best, clear };
}
