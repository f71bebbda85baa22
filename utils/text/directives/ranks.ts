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
  if (seen.length < 2) return familyRank;
  const slots = seen.map(familyRank).sort((a, b) => a - b);
  const ranks = new Map(seen.map((f, k) => [f, slots[k]]));
  return (family) => ranks.get(family) ?? familyRank(family);
}
