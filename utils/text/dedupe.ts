/**
 * Detects a notice body that the CMS printed two (or three, four) times in a
 * row, so the page can hide the later copies. Pure text, no DOM.
 *
 * Algorithm (linear in the text length):
 *  1. Fold for compare (fold.ts) so white space, zero-width characters and
 *     full/half-width punctuation do not matter; keep the raw-offset map.
 *  2. Anchors: the kept copy must start within the first 15% of the text and
 *     be at least 85%/maxCopies long, so a few K-grams taken just after 15%
 *     lie inside it. Each anchor is searched for in the window where a
 *     second copy could start; every hit is a candidate alignment.
 *  3. Verify a candidate by extending the alignment backwards (on the reversed
 *     text) and forwards with align.ts `extend`, which tolerates a few edits
 *     by re-anchoring on the next K-gram after a mismatch. This yields the
 *     exact starts and ends of copy 1 and copy 2 (the junction can be
 *     mid-paragraph). Further copies are aligned against copy 1 right after.
 *  4. Accept only if the copies are ≥ 97% alike, together cover ≥ 85% of the
 *     normalized text, and copy 1 is not itself a repetition of a smaller
 *     unit (repeated table cells, slogans). Among equivalent placements of
 *     the copies (when the text after the last copy repeats its start), pick
 *     the one whose boundaries fall on line breaks / sentence ends.
 *  5. Map the copies back to raw offsets.
 */

import { extend, OpCounter, reverseCodes, smallestPeriod, spanCost } from './align';
import { boundaryScore, type Copy, type Ctx, rawEnd, rawOf, rawStart, rotate } from './dedupe-bounds';
import type { FoldedCodes } from './fold';

/**
 * Raw offsets [start, end) of a copy to hide; chars = normalized chars hidden.
 * start: right after the last line break before the copy (its first line's
 * indentation goes with it), or right after the previous text when the copy
 * starts mid-paragraph. end: the end of the text when nothing follows the
 * copy; otherwise its trailing white space up to the last line break before
 * the next text (or up to the next character when no line break), or the
 * start of the next hidden copy. Several ranges are adjacent, in text order.
 */
export interface DuplicateRange {
  start: number;
  end: number;
  chars: number;
}
/** ranges: the copies to hide, in text order; originalStart/End: raw offsets of the kept copy. */
export interface DuplicateResult {
  ranges: DuplicateRange[];
  originalStart: number;
  originalEnd: number;
}

const DEDUPE_THRESHOLDS = {
  /** Copies (kept + hidden) must cover at least this share of the normalized text. */
  minCoverage: 0.85,
  /** Each hidden copy must match the kept copy for at least this share of its length. */
  minSimilarity: 0.97,
  /** Most copies recognized (kept one included). */
  maxCopies: 4,
  /** A copy shorter than this (normalized chars) is never treated as a body. */
  minCopyChars: 20,
} as const;

const { minCoverage, minSimilarity, maxCopies, minCopyChars } = DEDUPE_THRESHOLDS;
const ANCHORS = 6;
const CANDIDATES_PER_ANCHOR = 6;
/** K-gram length used to resynchronize after a mismatch. */
const RESYNC_GRAM = 8;

/** Hard cap on work: far above what real text needs, keeps adversarial input linear. */
export function dedupeOpLimit(rawLength: number): number {
  return 64 * rawLength + 100_000;
}

/**
 * The duplicate body in `raw`, given its compare fold (`norm` is
 * foldCodesFromFolded(raw, foldForCompare(raw))): folded once by a caller that searches several parts
 * of one text. `ops` counts the work (tests check the count stays linear).
 */
export function findDuplicateInFolded(raw: string, norm: FoldedCodes, ops = new OpCounter(dedupeOpLimit(raw.length))): DuplicateResult | null {
  const { codes: t, map, base } = norm;
  ops.add(raw.length);
  const n = t.length;
  if (n < 2 * minCopyChars) return null;
  const minCopy = Math.max(minCopyChars, Math.floor((n * minCoverage) / maxCopies));
  const k = Math.min(12, Math.max(4, Math.floor(minCopy / 4)));
  const ctx: Ctx = { raw, map, base, t, n, k, ops, rev: null };

  const lo = Math.floor(n * (1 - minCoverage));
  const span = Math.max(1, minCopy - k);
  const minD = Math.max(minCopyChars, Math.floor(minCopy * 0.9));
  const maxD = Math.ceil(n * 0.55);
  const maxGram = Math.max(k, Math.min(64, Math.floor(minCopy / 4)));
  const tried = new Set<number>();
  for (let i = 0; i < ANCHORS && !ops.exhausted; i++) {
    const p = lo + Math.floor((i * span) / ANCHORS);
    const wStart = p + minD;
    const wEnd = Math.min(n, p + maxD + k);
    // Candidate starts of copy 2: where the anchor K-gram occurs again. A gram
    // that occurs too often (repetitive text) is lengthened until it is rare.
    let hits: number[] = [];
    for (let g = k; p + g <= n; g *= 2) {
      hits = [];
      for (let from = wStart; hits.length <= CANDIDATES_PER_ANCHOR; ) {
        const q = findGram(t, p, g, from, wEnd, ops);
        if (q < 0) break;
        hits.push(q);
        from = q + 1;
      }
      if (hits.length <= CANDIDATES_PER_ANCHOR || g >= maxGram) break;
    }
    for (const q of hits.slice(0, CANDIDATES_PER_ANCHOR)) {
      if (ops.exhausted) break;
      if (tried.has(q - p)) continue;
      tried.add(q - p);
      const copies = verify(ctx, p, q);
      // Past the work cap an alignment may have been cut short: report nothing.
      if (ops.exhausted) return null;
      if (copies) return toResult(ctx, copies);
    }
  }
  return null;
}

/** First y in [from, to - k] with t[y, y+k) equal to t[p, p+k), or -1. */
function findGram(t: Uint16Array, p: number, k: number, from: number, to: number, ops: OpCounter): number {
  const first = t[p];
  let work = 0;
  let found = -1;
  for (let y = from; y + k <= to; y++) {
    work++;
    if (t[y] !== first) continue;
    let i = 1;
    while (i < k && t[y + i] === t[p + i]) i++;
    work += i;
    if (i === k) {
      found = y;
      break;
    }
  }
  ops.add(work + 1);
  return found;
}

function similarEnough(len1: number, len2: number, cost: number): boolean {
  return Math.min(len1, len2) >= minCopyChars && cost <= (1 - minSimilarity) * Math.max(len1, len2) + 1e-9;
}

/** Aligns copy 1 around anchor p with copy 2 around q; returns all copies or null. */
function verify(ctx: Ctx, p: number, q: number): Copy[] | null {
  const { t, n, k, ops } = ctx;
  const kr = Math.min(k, RESYNC_GRAM);
  const budget = Math.floor((n * (1 - minSimilarity)) / 2) + 2;
  const rev = (ctx.rev ??= reverseCodes(t));
  // Backwards, on the reversed text: position x in t is n - 1 - x in rev.
  // Copy 2 may not start inside the anchor K-gram of copy 1.
  const back = extend(rev, n - p, n - q, n, n - (p + k), budget, kr, ops);
  let s1 = n - back.a;
  let s2 = n - back.b;
  const fwd = tailComplete(ctx, extend(t, p, q, s2, n, budget - back.cost, kr, ops), s2);
  const e1 = fwd.a;
  const e2 = fwd.b;
  let cost = back.cost + fwd.cost;
  const head = headFix(ctx, s1, e1, s2);
  if (head && similarEnough(e1 - head.s1, e2 - e1, cost + head.cost)) {
    s1 = head.s1;
    s2 = e1;
    cost += head.cost;
  }
  const len1 = e1 - s1;
  if (!similarEnough(len1, e2 - s2, cost)) return null;
  // Anything between the copies stays visible; allow only a short gap.
  if (s2 - e1 > Math.max(2, (1 - minSimilarity) * len1)) return null;

  const copies: Copy[] = [
    { s: s1, e: e1 },
    { s: s2, e: e2 },
  ];
  while (copies.length < maxCopies && !ops.exhausted) {
    const start = copies[copies.length - 1].e;
    if (n - start < minSimilarity * len1) break;
    const ext = tailComplete(ctx, extend(t, s1, start, e1, n, budget, kr, ops), e1);
    // Copy-1 characters left unmatched count as differences.
    if (!similarEnough(len1, ext.b - start, ext.cost + (e1 - ext.a))) break;
    copies.push({ s: start, e: ext.b });
  }

  let covered = 0;
  for (const c of copies) covered += c.e - c.s;
  if (covered < minCoverage * n) return null;
  // A block that is itself unit×m (table rows, a slogan) is content, not a body printed twice.
  if (smallestPeriod(t, s1, e1, ops) * 2 <= len1) return null;
  return rotate(ctx, copies);
}

/** Differing end pieces are absorbed only when at least about half alike. */
function piecesAlike(la: number, lb: number, cost: number): boolean {
  return cost <= Math.max(2, Math.ceil(Math.max(la, lb) / 2));
}

/**
 * When the alignment stopped a few characters before the end of copy 1 (the
 * copies differ in their last characters), let the later copy run on to the
 * next line break or the end of text, if its remaining piece is about as long
 * as copy 1's and half alike, so a footer printed once after it is not swallowed.
 */
function tailComplete(ctx: Ctx, x: { a: number; b: number; cost: number }, aLim: number) {
  const restA = aLim - x.a;
  if (restA <= 0 || restA > 2 * ctx.k) return x;
  const maxB = Math.min(ctx.n, x.b + restA + ctx.k);
  for (let nb = x.b; nb <= maxB; nb++) {
    if (boundaryScore(ctx, nb) < 2) continue;
    const c = spanCost(ctx.t, x.a, restA, x.b, nb - x.b, ctx.ops);
    return piecesAlike(restA, nb - x.b, c) ? { a: aLim, b: nb, cost: x.cost + c } : x;
  }
  return x;
}

/**
 * The mirror of tailComplete for the first characters. When the copies differ
 * in their first few characters, the alignment of copy 1 starts a little after
 * a line start (or the text start) and copy 2's differing head is left as a
 * short gap between the copies. Returns copy 1's corrected start and the
 * cost, or null when that is not the situation (copy 1 starts on a boundary,
 * or the pieces are unlike: then what precedes copy 1 is a prefix printed once).
 */
function headFix(ctx: Ctx, s1: number, e1: number, s2: number): { s1: number; cost: number } | null {
  const gap = s2 - e1;
  if (gap > 2 * ctx.k || boundaryScore(ctx, s1) >= 2) return null;
  for (let h = 1; h <= 2 * ctx.k && h <= s1; h++) {
    if (boundaryScore(ctx, s1 - h) < 2) continue;
    const c = spanCost(ctx.t, s1 - h, h, e1, gap, ctx.ops);
    return piecesAlike(h, gap, c) ? { s1: s1 - h, cost: c } : null;
  }
  return null;
}

function toResult(ctx: Ctx, copies: Copy[]): DuplicateResult {
  const ranges: DuplicateRange[] = [];
  for (let i = 1; i < copies.length; i++) {
    const c = copies[i];
    const end = i + 1 < copies.length ? rawStart(ctx, copies[i + 1].s) : rawEnd(ctx, c.e);
    ranges.push({ start: rawStart(ctx, c.s), end, chars: c.e - c.s });
  }
  return { ranges, originalStart: rawOf(ctx, copies[0].s), originalEnd: rawOf(ctx, copies[0].e - 1) + 1 };
}
