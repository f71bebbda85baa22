/**
 * Describing a range of the page text as selectors (W3C TextQuoteSelector +
 * TextPositionSelector). Pure: works on the visible text as one string.
 */
import type { TextPositionSelector, TextQuoteSelector } from '../model';
import { isDroppedCode } from '../text/fold';

/** Characters of context kept on each side, counted without white space. */
const CONTEXT_CHARS = 32;
/** Hard limit on the raw length of a context (runs of blank lines). */
const CONTEXT_RAW_LIMIT = CONTEXT_CHARS + 224;

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Moves `pos` off the middle of a surrogate pair (towards `dir`). */
function snap(text: string, pos: number, dir: -1 | 1): number {
  if (pos > 0 && pos < text.length && isLowSurrogate(text.charCodeAt(pos)) && isHighSurrogate(text.charCodeAt(pos - 1))) {
    return dir < 0 ? pos - 1 : pos + 1;
  }
  return pos;
}

/** Start offset of the context ending at `pos`: CONTEXT_CHARS non-blank characters. */
function contextStart(text: string, pos: number, chars = CONTEXT_CHARS): number {
  let i = pos;
  let got = 0;
  const limit = Math.max(0, pos - CONTEXT_RAW_LIMIT);
  while (i > limit && got < chars) {
    i--;
    if (!isDroppedCode(text.charCodeAt(i))) got++;
  }
  return snap(text, i, -1);
}

/** End offset of the context starting at `pos`. */
function contextEnd(text: string, pos: number, chars = CONTEXT_CHARS): number {
  let i = pos;
  let got = 0;
  const limit = Math.min(text.length, pos + CONTEXT_RAW_LIMIT);
  while (i < limit && got < chars) {
    if (!isDroppedCode(text.charCodeAt(i))) got++;
    i++;
  }
  return snap(text, i, 1);
}

/**
 * Selectors for text[start, end). Offsets are clamped and ordered; leading and
 * trailing white space is trimmed off the range (it is invisible and would
 * make re-anchoring ambiguous), unless the range is only white space. A range
 * cutting a surrogate pair is widened to the whole character.
 */
export function describeRange(text: string, start: number, end: number): [TextQuoteSelector, TextPositionSelector] {
  let s = Math.max(0, Math.min(text.length, Math.floor(Math.min(start, end)) || 0));
  let e = Math.max(0, Math.min(text.length, Math.floor(Math.max(start, end)) || 0));
  let ts = s;
  let te = e;
  while (ts < te && isDroppedCode(text.charCodeAt(ts))) ts++;
  while (te > ts && isDroppedCode(text.charCodeAt(te - 1))) te--;
  if (ts < te) {
    s = ts;
    e = te;
  }
  s = snap(text, s, -1);
  e = snap(text, e, 1);
  const quote: TextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact: text.slice(s, e),
    prefix: text.slice(contextStart(text, s), s),
    suffix: text.slice(e, contextEnd(text, e)),
  };
  const position: TextPositionSelector = { type: 'TextPositionSelector', start: s, end: e };
  return [quote, position];
}
