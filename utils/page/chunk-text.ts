/**
 * Whole-page text steps cut into pieces, for work in slices (./chunk.ts). Each
 * gives exactly what the one-piece call gives: the pure functions it cuts up
 * map text character by character, so they can be run on pieces and joined.
 */
import { countVisible } from '../dom/content-root';
import { foldCodesForCompare, foldedLength, foldForCompare, type FoldedCodes } from '../text/fold';
import type { Steps } from './chunk';

/** Characters per piece: a few milliseconds of work each. */
const PIECE = 16_384;
const NODES_PER_STEP = 1024;

/** countVisible(root.textContent), counted text node by text node. */
export function* visibleCharsSteps(root: Node): Steps<number> {
  let count = 0;
  let visited = 0;
  let n: Node | null = root.firstChild;
  while (n) {
    if (++visited % NODES_PER_STEP === 0) yield;
    // textContent is the text of every Text and CDATA node below, in scripts and styles too.
    if (n.nodeType === 3 || n.nodeType === 4) count += countVisible((n as CharacterData).data);
    else if (n.firstChild) {
      n = n.firstChild;
      continue;
    }
    while (n && n !== root && !n.nextSibling) n = n.parentNode;
    n = n && n !== root ? n.nextSibling : null;
  }
  return count;
}

interface FoldedPieces {
  /** foldForCompare(text). */
  text: string;
  /** foldedLength(text.slice(0, at)). */
  lengthAt: (at: number) => number;
}

/** foldForCompare of a long text, piece by piece, and the folded length at any offset of it. */
export function* foldForCompareSteps(raw: string): Steps<FoldedPieces> {
  const parts: string[] = [];
  /** before[p]: folded length of the pieces before piece p. */
  const before: number[] = [0];
  for (let from = 0; from < raw.length; from += PIECE) {
    if (from > 0) yield;
    const part = foldForCompare(raw.slice(from, from + PIECE));
    parts.push(part);
    before.push(before[before.length - 1]! + part.length);
  }
  return {
    text: parts.join(''),
    lengthAt(at) {
      const p = Math.min(Math.floor(at / PIECE), parts.length);
      return (before[p] ?? 0) + foldedLength(raw.slice(p * PIECE, at));
    },
  };
}

/** foldCodesForCompare of a long text, piece by piece. */
export function* foldCodesForCompareSteps(raw: string): Steps<FoldedCodes> {
  const n = raw.length;
  if (n <= PIECE) return foldCodesForCompare(raw);
  const codes = new Uint16Array(n);
  const map = new Int32Array(n + 1);
  let j = 0;
  for (let from = 0; from < n; from += PIECE) {
    if (from > 0) yield;
    const piece = foldCodesForCompare(raw.slice(from, from + PIECE));
    const len = piece.codes.length;
    codes.set(piece.codes, j);
    for (let k = 0; k < len; k++) map[j + k] = piece.map[k]! + from;
    j += len;
  }
  map[j] = n;
  return j === n ? { codes, map } : { codes: codes.subarray(0, j), map: map.slice(0, j + 1) };
}
