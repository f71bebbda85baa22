/**
 * Ranks as the document uses them. The GB/T 9704 families keep their fixed order
 * (一、 > （一） > 1. > （1） > ①); the paren families of English numbering do not
 * have one: a UK statutory instrument nests (1) > (a) > (i), a U.S. statute
 * (a) > (1) > (A) > (i). Their order is the order in which the document first uses
 * them, outermost first, placed in the slots their fixed ranks occupy.
 */
import { familyRank } from './families';
import type { Candidate } from './scan';

const PAREN_FAMILIES = new Set(['arabic-paren', 'en-alpha-paren', 'en-upper-paren', 'en-roman-paren', 'en-roman-upper-paren']);

export function documentRanks(headings: Candidate[]): (family: string) => number {
  const seen: string[] = [];
  for (const h of headings) if (PAREN_FAMILIES.has(h.family) && !seen.includes(h.family)) seen.push(h.family);
  const base = lettersInsideNumbers(headings) ? (family: string) => (family === 'upper-dot' ? LETTERS_UNDER_NUMBERS : familyRank(family)) : familyRank;
  if (seen.length < 2) return base;
  const slots = seen.map(familyRank).sort((a, b) => a - b);
  const ranks = new Map(seen.map((f, k) => [f, slots[k]]));
  return (family) => ranks.get(family) ?? base(family);
}

/** Between 1. (2) and 1.1 (3): where 「A.」 parts go when they stand inside a document's 1. 2. sections. */
const LETTERS_UNDER_NUMBERS = 2.4;

/**
 * 「A.」 parts sit above 1. in the U.S. federal outline (I. > A. > 1.) and in a French circulaire, but an agency memo
 * may number 1. > A.: when the document's first 1. comes before its first A., the letters are inside the numbers.
 */
function lettersInsideNumbers(headings: Candidate[]): boolean {
  let letters = -1;
  let numbers = -1;
  for (const h of headings) {
    if (h.family === 'upper-dot' && letters < 0) letters = h.start;
    else if (h.family === 'arabic-dot' && numbers < 0) numbers = h.start;
  }
  return letters >= 0 && numbers >= 0 && numbers < letters;
}
