/**
 * Detects a notice body that the CMS printed two (or three, four) times in a
 * row, so the page can hide the later copies. Pure text, no DOM.
 *
 * Algorithm (linear in the text length):
 *  1. Normalize (normalize.ts) so white space, zero-width characters and
 *     full/half-width punctuation do not matter; keep the raw-offset map.
 *  2. Anchors: the kept copy must start within the first 15% of the text and
 *     be at least 85%/maxCopies long, so a few K-grams taken just after 15%
 *     lie inside it. Each anchor is looked up (indexOf) in the window where a
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

import { extend, OpCounter, reverseString, smallestPeriod, spanCost } from './align';
import { normalizeForCompare } from './normalize';

export type DuplicateKind = 'whole-body-twice';
/** Raw offsets [start, end) of a copy to hide; chars = normalized chars hidden. */
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

export const DEDUPE_THRESHOLDS = {
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
const MAX_ROTATION = 256;
/** K-gram length used to resynchronize after a mismatch. */
const RESYNC_GRAM = 8;

interface Copy {
  s: number;
  e: number;
}

interface Ctx {
  raw: string;
  map: Int32Array;
  t: string;
  n: number;
  k: number;
  ops: OpCounter;
  rev: string | null;
}

/** Hard cap on work: far above what real text needs, keeps adversarial input linear. */
export function dedupeOpLimit(rawLength: number): number {
  return 64 * rawLength + 100_000;
}

export function findDuplicateBody(raw: string): DuplicateResult | null {
  return findDuplicateBodyCounted(raw, new OpCounter(dedupeOpLimit(raw.length)));
}

/** findDuplicateBody with an explicit operation counter (tests check the count stays linear). */
export function findDuplicateBodyCounted(raw: string, ops: OpCounter): DuplicateResult | null {
  const { text: t, map } = normalizeForCompare(raw);
  ops.add(raw.length);
  const n = t.length;
  if (n < 2 * minCopyChars) return null;
  const minCopy = Math.max(minCopyChars, Math.floor((n * minCoverage) / maxCopies));
  const k = Math.min(12, Math.max(4, Math.floor(minCopy / 4)));
  const ctx: Ctx = { raw, map, t, n, k, ops, rev: null };

  const lo = Math.floor(n * (1 - minCoverage));
  const span = Math.max(1, minCopy - k);
  const minD = Math.max(minCopyChars, Math.floor(minCopy * 0.9));
  const maxD = Math.ceil(n * 0.55);
  const tried = new Set<number>();
  for (let i = 0; i < ANCHORS && !ops.exhausted; i++) {
    const p = lo + Math.floor((i * span) / ANCHORS);
    if (p + k > n) break;
    const gram = t.slice(p, p + k);
    const wStart = p + minD;
    const win = t.slice(wStart, Math.min(n, p + maxD + k));
    let from = 0;
    for (let found = 0; found < CANDIDATES_PER_ANCHOR && !ops.exhausted; found++) {
      const at = win.indexOf(gram, from);
      ops.add((at < 0 ? win.length : at + k) - from + 1);
      if (at < 0) break;
      from = at + 1;
      const q = wStart + at;
      if (tried.has(q - p)) continue;
      tried.add(q - p);
      const copies = verify(ctx, p, q);
      if (copies) return toResult(ctx, copies);
    }
  }
  return null;
}

function similarEnough(len1: number, len2: number, cost: number): boolean {
  return Math.min(len1, len2) >= minCopyChars && cost <= (1 - minSimilarity) * Math.max(len1, len2) + 1e-9;
}

/** Aligns copy 1 around anchor p with copy 2 around q; returns all copies or null. */
function verify(ctx: Ctx, p: number, q: number): Copy[] | null {
  const { t, n, k, ops } = ctx;
  const kr = Math.min(k, RESYNC_GRAM);
  const budget = Math.floor((n * (1 - minSimilarity)) / 2) + 2;
  const rev = (ctx.rev ??= reverseString(t));
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

function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85;
}

/** Raw offset of the last line break in the dropped gap before normalized char j, or -1. */
function lastBreakBefore(ctx: Ctx, j: number): number {
  const { raw, map } = ctx;
  const from = j > 0 ? map[j - 1] + 1 : 0;
  for (let i = map[j] - 1; i >= from; i--) if (isLineBreak(raw.charCodeAt(i))) return i;
  return -1;
}

/**
 * How natural a copy boundary before normalized char j is: 3 at text ends or
 * a line break, 2 at other white space, 1 after sentence punctuation, else 0.
 */
function boundaryScore(ctx: Ctx, j: number): number {
  const { raw, map, t, n } = ctx;
  if (j <= 0 || j >= n) return 3;
  if (lastBreakBefore(ctx, j) >= 0) return 3;
  for (let i = map[j - 1] + 1; i < map[j]; i++) {
    const c = raw.charCodeAt(i);
    if (c <= 0x20 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a)) return 2;
  }
  return '。.!?;:…"'.includes(t[j - 1]) ? 1 : 0;
}

/**
 * If the text after the last copy repeats the start of that copy, every copy
 * can shift right by up to that many characters; choose the shift whose
 * boundaries look most natural (ties: leftmost).
 */
function rotate(ctx: Ctx, copies: Copy[]): Copy[] {
  const { t, n } = ctx;
  if (copies[0].e !== copies[1].s) return copies;
  const last = copies[copies.length - 1];
  let maxR = 0;
  while (
    maxR < MAX_ROTATION &&
    last.e + maxR < n &&
    maxR < last.e - last.s &&
    t.charCodeAt(last.e + maxR) === t.charCodeAt(last.s + maxR)
  ) {
    maxR++;
  }
  if (maxR === 0) return copies;
  const score = (r: number) =>
    boundaryScore(ctx, copies[0].s + r) + boundaryScore(ctx, copies[1].s + r) + boundaryScore(ctx, last.e + r);
  let best = 0;
  let bestScore = score(0);
  for (let r = 1; r <= maxR; r++) {
    const sc = score(r);
    if (sc > bestScore) {
      best = r;
      bestScore = sc;
    }
  }
  return copies.map((c) => ({ s: c.s + best, e: c.e + best }));
}

/**
 * Raw offset where a hidden copy starting at normalized char j begins. White
 * space between the previous text and the copy goes with the copy, except
 * that line breaks stay with the previous text: the copy starts after the last
 * line break (so its first line's indentation is hidden with it), or right
 * after the previous character when the junction is mid-paragraph.
 */
function rawStart(ctx: Ctx, j: number): number {
  const br = lastBreakBefore(ctx, j);
  if (br >= 0) return br + 1;
  return j > 0 ? ctx.map[j - 1] + 1 : 0;
}

/**
 * Raw offset where the last hidden copy ends, given the normalized index just
 * past it: the end of the text when nothing follows; otherwise its trailing
 * white space up to the last line break before the next text (that line's own
 * indentation stays with it), or up to the next character if no line break.
 */
function rawEnd(ctx: Ctx, j: number): number {
  if (j >= ctx.n) return ctx.raw.length;
  const br = lastBreakBefore(ctx, j);
  return br >= 0 ? br + 1 : ctx.map[j];
}

function toResult(ctx: Ctx, copies: Copy[]): DuplicateResult {
  const { map } = ctx;
  const ranges: DuplicateRange[] = [];
  for (let i = 1; i < copies.length; i++) {
    const c = copies[i];
    const end = i + 1 < copies.length ? rawStart(ctx, copies[i + 1].s) : rawEnd(ctx, c.e);
    ranges.push({ start: rawStart(ctx, c.s), end, chars: c.e - c.s });
  }
  return { ranges, originalStart: map[copies[0].s], originalEnd: map[copies[0].e - 1] + 1 };
}
