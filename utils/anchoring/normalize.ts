/**
 * Light text normalization for anchoring. Pure string code, no DOM.
 *
 * Matching happens on a "folded" copy of the text where:
 * - white space and invisible formatting characters (spaces, NBSP, U+3000,
 *   tabs, new lines, zero-width characters, BOM, soft hyphen) are dropped, so an
 *   extra space or a re-wrapped paragraph never breaks an anchor;
 * - full-width ASCII forms (，：；（）！？０-９Ａ-Ｚ…) fold to their half-width
 *   forms, curly quotes fold to straight quotes, 。 to . and 、 to , so a page
 *   that switched punctuation width still matches;
 * - ASCII letters are lower-cased.
 *
 * Every folded character is one UTF-16 code unit standing for exactly one code
 * unit of the original, so a map from folded offsets back to original offsets is
 * enough to return ranges in the original text.
 */
import { codesToString, foldCode as compareFold, isDroppedCode, normalizedOffset } from '../text/normalize';

/** True for code units that are ignored when matching (the same set dedupe ignores). */
export function isIgnorable(c: number): boolean {
  return isDroppedCode(c);
}

/**
 * Folds one (non-ignorable) code unit: the comparison fold shared with dedupe,
 * plus 。 → . and 、 → , — for anchoring, a page that switched its full stops
 * between CJK and ASCII still holds the same sentence.
 */
export function foldCode(c: number): number {
  const f = compareFold(c);
  return f === 0x3002 ? 0x2e : f === 0x3001 ? 0x2c : f;
}

/** A folded copy of a text with the map back to the original offsets. */
export interface NormText {
  /** The folded text. */
  text: string;
  /** map[i] = offset in the original of folded code unit i; map[text.length] = original length. */
  map: Int32Array;
  /** Length of the original text. */
  sourceLength: number;
}

/** Folds a whole text and keeps the offset map. O(n). */
export function normalizeText(text: string): NormText {
  const n = text.length;
  const codes = new Uint16Array(n);
  const map = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isIgnorable(c)) continue;
    codes[k] = foldCode(c);
    map[k] = i;
    k++;
  }
  map[k] = n;
  return { text: codesToString(codes, k), map: map.subarray(0, k + 1), sourceLength: n };
}

/** Folds a short string (no map). */
export function fold(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isIgnorable(c)) out += String.fromCharCode(foldCode(c));
  }
  return out;
}

/** Length of fold(s), without building it. */
export function foldedLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (!isIgnorable(s.charCodeAt(i))) n++;
  return n;
}

/** Folded offset of the first kept character at or after original offset `pos`. */
export function toFolded(nt: NormText, pos: number): number {
  return normalizedOffset(nt.map, pos);
}

/** Original range of the folded range [s, e) (e > s). */
export function toOriginal(nt: NormText, s: number, e: number): { start: number; end: number } {
  return { start: nt.map[s], end: nt.map[e - 1] + 1 };
}

/**
 * Up to `want` folded characters of `text` just before `pos` (original offsets),
 * without folding the whole text. Stops after `want * 8 + 256` raw characters.
 */
export function foldedBefore(text: string, pos: number, want: number): string {
  let out = '';
  let got = 0;
  const limit = Math.max(0, pos - (want * 8 + 256));
  for (let i = pos - 1; i >= limit && got < want; i--) {
    const c = text.charCodeAt(i);
    if (isIgnorable(c)) continue;
    out = String.fromCharCode(foldCode(c)) + out;
    got++;
  }
  return out;
}

/** Up to `want` folded characters of `text` from `pos` on (original offsets). */
export function foldedAfter(text: string, pos: number, want: number): string {
  let out = '';
  let got = 0;
  const limit = Math.min(text.length, pos + want * 8 + 256);
  for (let i = pos; i < limit && got < want; i++) {
    const c = text.charCodeAt(i);
    if (isIgnorable(c)) continue;
    out += String.fromCharCode(foldCode(c));
    got++;
  }
  return out;
}
