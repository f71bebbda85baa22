/**
 * Where the copies found by dedupe.ts begin and end: how natural a boundary
 * is (line break, white space, sentence end), sliding the copies to the most
 * natural equivalent placement, and mapping boundaries back to raw offsets.
 */

import type { OpCounter } from './align';

const MAX_ROTATION = 256;
const SENTENCE_END = new Set(Array.from('。.!?;:…"', (c) => c.charCodeAt(0)));

/** A copy as normalized offsets [s, e). */
export interface Copy {
  s: number;
  e: number;
}

/** Shared state of one findDuplicateInFolded run. */
export interface Ctx {
  raw: string;
  /** The fold's map (fold.ts FoldedCodes): map[j] - base is the raw offset of normalized char j < n; read it with rawOf. */
  map: Int32Array;
  base: number;
  /** Normalized code units. */
  t: Uint16Array;
  n: number;
  k: number;
  ops: OpCounter;
  /** t reversed, built on first use. */
  rev: Uint16Array | null;
}

/** Raw offset of normalized char j (j < n). */
export function rawOf(ctx: Ctx, j: number): number {
  return ctx.map[j] - ctx.base;
}

function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85;
}

/** Raw offset of the last line break in the dropped gap before normalized char j, or -1. */
function lastBreakBefore(ctx: Ctx, j: number): number {
  const { raw } = ctx;
  const from = j > 0 ? rawOf(ctx, j - 1) + 1 : 0;
  for (let i = rawOf(ctx, j) - 1; i >= from; i--) if (isLineBreak(raw.charCodeAt(i))) return i;
  return -1;
}

/**
 * How natural a copy boundary before normalized char j is: 3 at text ends or
 * a line break, 2 at other white space, 1 after sentence punctuation, else 0.
 */
export function boundaryScore(ctx: Ctx, j: number): number {
  const { raw, t, n } = ctx;
  if (j <= 0 || j >= n) return 3;
  if (lastBreakBefore(ctx, j) >= 0) return 3;
  for (let i = rawOf(ctx, j - 1) + 1, end = rawOf(ctx, j); i < end; i++) {
    const c = raw.charCodeAt(i);
    if (c <= 0x20 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a)) return 2;
  }
  return SENTENCE_END.has(t[j - 1]) ? 1 : 0;
}

/**
 * If the text after the last copy repeats the start of that copy, every copy
 * can shift right by up to that many characters; choose the shift whose
 * boundaries look most natural (ties: leftmost).
 */
export function rotate(ctx: Ctx, copies: Copy[]): Copy[] {
  const { t, n } = ctx;
  if (copies[0].e !== copies[1].s) return copies;
  const last = copies[copies.length - 1];
  let maxR = 0;
  while (
    maxR < MAX_ROTATION &&
    last.e + maxR < n &&
    maxR < last.e - last.s &&
    t[last.e + maxR] === t[last.s + maxR]
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
export function rawStart(ctx: Ctx, j: number): number {
  const br = lastBreakBefore(ctx, j);
  if (br >= 0) return br + 1;
  return j > 0 ? rawOf(ctx, j - 1) + 1 : 0;
}

/**
 * Raw offset where the last hidden copy ends, given the normalized index just
 * past it: the end of the text when nothing follows; otherwise its trailing
 * white space up to the last line break before the next text (that line's own
 * indentation stays with it), or up to the next character if no line break.
 */
export function rawEnd(ctx: Ctx, j: number): number {
  if (j >= ctx.n) return ctx.raw.length;
  const br = lastBreakBefore(ctx, j);
  return br >= 0 ? br + 1 : rawOf(ctx, j);
}
