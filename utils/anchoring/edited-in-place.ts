/**
 * Two places that are the annotated text beyond reasonable doubt, even when the
 * scoring in match-quote.ts would call them weak:
 * - the stored context on both sides is still there, exactly, with a span of the
 *   quote's length between them (only once in the page) that keeps at least half of
 *   the quote's characters: the quote was edited in place;
 * - a short quote still stands exactly at its stored position, and no other copy of
 *   it has its whole context: the text around it was edited, the quote was not.
 * Folded offsets throughout (normalize.ts).
 */
import type { Candidate, FoldedQuote } from './match-quote';
import { MIN_GLOBAL_FUZZY, score } from './match-quote';

/** Context the first case needs on both sides together, so that it never rests on a few common characters. */
const MIN_CONTEXT = 16;
/** Share of the quote's characters still in place: below it the words were replaced, not edited. */
const MIN_KEPT = 0.5;

/** The one span of the quote's length between the exact stored prefix and suffix, or null. */
export function editedBetweenContext(t: string, q: FoldedQuote, hints: number[]): Candidate | null {
  const { prefix, suffix, exact } = q;
  if (q.noPrefix || q.noSuffix || !prefix || !suffix || prefix.length + suffix.length < MIN_CONTEXT) return null;
  const len = exact.length;
  // A short quote with a character changed is another word (一要 → 一是), never the annotated one edited.
  if (len < MIN_GLOBAL_FUZZY) return null;
  let found = -1;
  for (let i = t.indexOf(prefix); i >= 0; i = t.indexOf(prefix, i + 1)) {
    const at = i + prefix.length;
    if (!t.startsWith(suffix, at + len)) continue;
    if (found >= 0) return null; // twice: nothing tells the places apart
    found = at;
  }
  if (found < 0) return null;
  let same = 0;
  for (let i = 0; i < len; i++) if (t.charCodeAt(found + i) === exact.charCodeAt(i)) same++;
  if (!len || same / len < MIN_KEPT) return null;
  return score(t, q, found, found + len, same / len, hints, 'fuzzy');
}

/** Whether a copy of the quote other than the one at `at` keeps its whole stored context. */
export function intactCopyElsewhere(candidates: Candidate[], at: number): boolean {
  return candidates.some((c) => c.start !== at && c.prefixSim === 1 && c.suffixSim === 1);
}
