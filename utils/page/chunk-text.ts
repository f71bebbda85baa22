/**
 * Whole-page text steps cut into pieces, for work in slices (./chunk.ts). Each
 * gives exactly what the one-piece call gives: the pure functions it cuts up
 * map text character by character, so they can be run on pieces and joined.
 */
import { countVisible } from '../dom/content-root';
import { foldCodesFromFoldedSteps, foldedLength, foldForCompare, type FoldedCodes } from '../text/fold';
import type { Steps } from './chunk';

/** Characters per piece: a few milliseconds of work each. */
const PIECE = 16_384;
const NODES_PER_STEP = 1024;

/** Elements under a root up to which its textContent is read in one native piece (a few ms at most). */
const READ_WHOLE_BELOW_ELEMENTS = 10_000;

/**
 * countVisible(root.textContent): read at once where the root is of ordinary size (native and cheap, where a
 * walk runs cold in script: issue 14), counted text node by text node, in slices, under a huge one.
 */
export function* visibleCharsSteps(root: Element): Steps<number> {
  if (root.getElementsByTagName('*').length < READ_WHOLE_BELOW_ELEMENTS) return countVisible(root.textContent ?? '');
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

/** foldCodesFromFolded of a long text, piece by piece, given its compare fold (foldForCompareSteps' text). */
export function foldCodesForCompareSteps(raw: string, folded: string): Steps<FoldedCodes> {
  return foldCodesFromFoldedSteps(raw, folded, PIECE);
}
