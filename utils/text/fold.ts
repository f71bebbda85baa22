/**
 * Every text fold, by what it is for. Pure string code, no DOM.
 *
 * - **For compare** (dedupe, the recurrence test, the eval's text scores): drops
 *   white space and invisible characters, folds full-width ASCII, curly and CJK
 *   quotes, dashes and a few other punctuation variants, lower-cases ASCII (the
 *   table is foldCodeForCompare in fold-table.ts, which only this module and the tests' reference folds import). Two renderings of one body
 *   then compare equal.
 * - **For anchoring** (re-finding a quote): the compare fold plus 。 → . and
 *   、 → , so a page that switched its full stops between CJK and ASCII still
 *   holds the same sentence.
 * - **For search** (the notes library): NFKC, lower case, white space kept
 *   between words but removed next to CJK text, so a query typed one way finds
 *   text written another way.
 *
 * The compare and anchoring folds turn every raw UTF-16 code unit into none or
 * exactly one code unit, so a folded text carries a strictly increasing map back
 * to raw offsets. Surrogate pairs pass through (each half mapped to its own offset).
 */
import { DROPPED_RUNS, FOLDED_CODES, foldCodeForCompare, isDroppedCode } from './fold-table';

export { DROPPED_RUNS, isDroppedCode };

/** A compare-folded text as code units (no string built), for hot loops. */
export interface FoldedCodes {
  /** Folded UTF-16 code units, exactly the folded length. */
  codes: Uint16Array;
  /**
   * map[i] - base = raw offset of folded code unit i. Read it through rawOffsetAt, which also
   * answers for i = codes.length (the raw length): a slice (sliceFolded) shares its whole text's map.
   */
  map: Int32Array;
  /** What the map's entries count from: 0 for a whole text, the slice's raw start for a slice. */
  base: number;
  /** The raw text's length. */
  rawLength: number;
}

/** The raw offset of folded code unit i (i = codes.length: the raw length). */
export function rawOffsetAt(f: FoldedCodes, i: number): number {
  return i >= f.codes.length ? f.rawLength : f.map[i]! - f.base;
}

/**
 * The compare fold of `raw` as code units with its map, built from `folded` = foldForCompare(raw), which a caller
 * has already: the codes are the folded string's, and the map comes from the runs of dropped code units (found by
 * the native regex engine), the kept stretches between them mapping one to one. No per-character call into the
 * fold table: on a page's first visit such a loop runs cold (issue 14: folding was the largest part of hiding a
 * 200k body's copy). tests/unit/helpers/fold-oracle.ts holds the plain loop it is checked against.
 */
export function foldCodesFromFolded(raw: string, folded: string): FoldedCodes {
  const steps = foldCodesFromFoldedSteps(raw, folded);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** foldCodesFromFolded as resumable work: it yields after every `piece` code units (../page/chunk.ts). */
export function* foldCodesFromFoldedSteps(raw: string, folded: string, piece = Infinity): Generator<void, FoldedCodes, void> {
  const m = folded.length;
  const codes = new Uint16Array(m);
  for (let from = 0; from < m; from += piece) {
    if (from > 0) yield;
    for (let j = from, end = Math.min(m, from + piece); j < end; j++) codes[j] = folded.charCodeAt(j);
  }
  const map = new Int32Array(m + 1);
  let i = 0;
  let j = 0;
  let pause = piece;
  const keep = (end: number) => {
    while (i < end) map[j++] = i++;
  };
  const runs = new RegExp(DROPPED_RUNS);
  for (let r = runs.exec(raw); r; r = runs.exec(raw)) {
    keep(r.index);
    i = r.index + r[0].length;
    if (i >= pause) {
      pause = i + piece;
      yield;
    }
  }
  keep(raw.length);
  map[j] = raw.length;
  if (j !== m) throw new Error('foldCodesFromFolded: the folded text is not the fold of the raw one');
  return { codes, map, base: 0, rawLength: raw.length };
}

const foldOne = (ch: string) => String.fromCharCode(foldCodeForCompare(ch.charCodeAt(0)));

/**
 * The compare fold of a text, without the map, by two regex replacements: on a
 * page's first visit the regex engine is far faster than a script loop that has
 * not been optimized yet, and most pages need only the text (recurrence.ts).
 */
export function foldForCompare(raw: string): string {
  return raw.replace(DROPPED_RUNS, '').replace(FOLDED_CODES, foldOne);
}

/** The folded length of a text (compare or anchoring fold: both drop the same code units, and fold the rest one to one). */
export function foldedLength(raw: string): number {
  return raw.replace(DROPPED_RUNS, '').length;
}

/** The first folded offset whose raw offset is at or after `raw` (binary search in map). */
export function foldedOffset(map: Int32Array, raw: number): number {
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid]! < raw) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The part of a folded text that comes from raw[from, to), as if
 * raw.slice(from, to) had been folded on its own: folding once and slicing is
 * linear once, however many parts are looked at.
 */
export function sliceFolded(folded: FoldedCodes, from: number, to: number): FoldedCodes {
  const a = foldedOffset(folded.map, from + folded.base);
  const b = foldedOffset(folded.map, to + folded.base);
  // The map is shared, not copied: its entries count from the slice's start (base).
  return { codes: folded.codes.subarray(a, b), map: folded.map.subarray(a, b + 1), base: folded.base + from, rawLength: to - from };
}

/**
 * The anchoring fold of a whole text with a sparse
 * map: the folded text comes from regex replacements and the map from the runs
 * of dropped code units, with no loop over every character. On a page's first
 * visit such a loop runs cold (the fold was most of re-anchoring 500 annotations
 * on an edited 100k page, issue 14), while the regex engine is native.
 */
export interface SparseFoldedText {
  text: string;
  /** Folded offset where dropped run k was, ascending. */
  at: Int32Array;
  /** Raw offset just after dropped run k. */
  rawEnd: Int32Array;
  /** Raw offset of dropped run k's first code unit. */
  rawStart: Int32Array;
  rawLength: number;
}

export function foldSparseForAnchoring(raw: string): SparseFoldedText {
  const starts: number[] = [];
  const ends: number[] = [];
  const at: number[] = [];
  let dropped = 0;
  DROPPED_RUNS.lastIndex = 0;
  for (let m = DROPPED_RUNS.exec(raw); m; m = DROPPED_RUNS.exec(raw)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    at.push(m.index - dropped);
    dropped += m[0].length;
  }
  const text = foldForAnchoring(raw);
  return { text, at: Int32Array.from(at), rawEnd: Int32Array.from(ends), rawStart: Int32Array.from(starts), rawLength: raw.length };
}

/** The last k with a[k] <= x, or -1. */
function lastAtMost(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The raw offset of folded code unit `i` (i = text.length: the raw length), as a dense map's entry i. */
export function rawOffsetOf(f: SparseFoldedText, i: number): number {
  if (i >= f.text.length) return f.rawLength;
  const k = lastAtMost(f.at, i);
  return k < 0 ? i : f.rawEnd[k]! + (i - f.at[k]!);
}

/** The first folded offset whose raw offset is at or after `raw`, as foldedOffset(map, raw). */
export function foldedOffsetOf(f: SparseFoldedText, raw: number): number {
  if (raw <= 0) return 0;
  if (raw >= f.rawLength) return f.text.length;
  const k = lastAtMost(f.rawStart, raw);
  if (k < 0) return raw;
  if (raw < f.rawEnd[k]!) return f.at[k]!;
  return f.at[k]! + (raw - f.rawEnd[k]!);
}

/**
 * The anchoring fold of a short string (no map): the compare fold by its regex
 * replacements, then 。 and 、. Anchoring folds every quote and context it
 * looks at, cold on a page's first visit, where a loop over the characters
 * cost far more than the regex engine (issue 14).
 */
export function foldForAnchoring(s: string): string {
  return foldForCompare(s).replaceAll('\u3002', '.').replaceAll('\u3001', ',');
}

/**
 * The anchoring fold of up to `want` kept characters of `text` just before `pos`
 * (a raw offset), without folding the whole text. Stops after `want * 8 + 256` raw characters.
 * A stretch a little longer than `want` is folded first (one regex pass, see
 * foldForAnchoring); only a run of white space makes it look further.
 */
export function foldForAnchoringBefore(text: string, pos: number, want: number): string {
  if (want <= 0) return '';
  for (const reach of [want + (want >> 1) + 8, want * 8 + 256]) {
    const from = Math.max(0, pos - reach);
    const folded = foldForAnchoring(text.slice(from, pos));
    if (folded.length >= want || from === 0 || reach === want * 8 + 256) return folded.slice(Math.max(0, folded.length - want));
  }
  return '';
}

/** The anchoring fold of up to `want` kept characters of `text` from raw offset `pos` on (as foldForAnchoringBefore). */
export function foldForAnchoringAfter(text: string, pos: number, want: number): string {
  if (want <= 0) return '';
  for (const reach of [want + (want >> 1) + 8, want * 8 + 256]) {
    const to = Math.min(text.length, pos + reach);
    const folded = foldForAnchoring(text.slice(pos, to));
    if (folded.length >= want || to === text.length || reach === want * 8 + 256) return folded.slice(0, want);
  }
  return '';
}

/** CJK ideographs, kana, hangul, full-width forms, CJK and general punctuation (“”…—). */
function isWide(code: number): boolean {
  return code >= 0x2e80 || (code >= 0x2010 && code <= 0x206f);
}

// Control characters never reach the search fold: \u0000 separates documents in the library's index.
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff]/g;

/**
 * The search fold: NFKC, lower case, no control or zero-width characters; a run
 * of white space disappears next to a wide (CJK) character and becomes one space
 * elsewhere, so English words stay apart while Chinese text (“全 体 干 部”, line
 * breaks inside a quote) reads as one run. Search is then plain substring matching:
 * Chinese has no spaces between words, so no word splitting, no stemming.
 */
export function foldForSearch(s: string): string {
  const t = s.normalize('NFKC').toLowerCase().replace(CONTROLS, '');
  return t.replace(/\s+/g, (run: string, at: number, all: string) => {
    if (at === 0 || at + run.length === all.length) return '';
    const before = all.charCodeAt(at - 1);
    const after = all.charCodeAt(at + run.length);
    return isWide(before) || isWide(after) ? '' : ' ';
  });
}
