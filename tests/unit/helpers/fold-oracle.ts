/**
 * The folds with a dense map, written as the plainest loop over every code unit: the reference the
 * product's folds (regex replacements, maps built from the runs of dropped characters, sparse maps)
 * are checked against. Not product code: a loop like this runs cold on a page's first visit and was
 * the slowest way to fold (issue 14).
 */
import { DROPPED_CODE, foldCodeForCompare } from '../../../utils/text/fold-table';
import type { FoldedCodes } from '../../../utils/text/fold';

/** A folded text and where each of its code units came from: map[text.length] = the raw length. */
export interface FoldedText {
  text: string;
  map: Int32Array;
}

/** The compare fold of a whole text, with its map, one code unit at a time. */
export function foldCodesForCompare(raw: string): FoldedCodes {
  const n = raw.length;
  const codes: number[] = [];
  const map: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = foldCodeForCompare(raw.charCodeAt(i));
    if (c === DROPPED_CODE) continue;
    codes.push(c);
    map.push(i);
  }
  map.push(n);
  return { codes: Uint16Array.from(codes), map: Int32Array.from(map), base: 0, rawLength: n };
}

/** The anchoring fold of a whole text, with its map: the compare fold, then 。 → . and 、 → ,. */
export function foldWithMapForAnchoring(raw: string): FoldedText {
  const { codes, map } = foldCodesForCompare(raw);
  let text = '';
  for (const c of codes) text += c === 0x3002 ? '.' : c === 0x3001 ? ',' : String.fromCharCode(c);
  return { text, map };
}
