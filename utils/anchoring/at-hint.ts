/**
 * Checks at one position hint in the raw page text, before anything is folded
 * or searched approximately (issue 14: on an edited page most annotations are
 * still where the neighbour's shift says, their quote or context touched by
 * an edit nearby). Each check is O(quote + context) and answers only when the
 * evidence is overwhelming; otherwise the full search in anchor.ts decides.
 */
import { editDistance } from '../text/edit-distance';
import { foldForAnchoring, foldedLength } from '../text/fold';
import { FUZZY_WINDOW, MIN_GLOBAL_FUZZY, positionDecides, type FoldedQuote } from './match-quote';
import { contextAt } from './position';
import type { TextQuoteSelector } from '../model';

/** Context agreement (each side, blended) that settles an exact quote at the shifted position. */
const SETTLED_SIDE = 0.9;
/** And both sides together (as anchor.ts's SETTLED_CONTEXT). */
const SETTLED_BOTH = 0.95;
/** Most errors in an edited quote, as a share of its folded length (fuzzy.ts's MAX_ERROR_RATE). */
const MAX_ERROR_RATE = 0.2;
/** Stored context both sides together must have, so an edited quote never rests on a few common characters. */
const MIN_CONTEXT = 16;
/** Characters of the context next to the quote that must not occur twice around the hint. */
const TAIL = 8;
/** Longest quote whose edited span is compared by edit distance here. */
const MAX_EDITED = 400;

/** Context agreement found at a place (position.ts). */
type Context = NonNullable<ReturnType<typeof contextAt>>;

/**
 * Starts of `needle` in text[from, to), at most `max`. Searches a slice: a
 * plain indexOf from `from` would run on to the end of the page when the
 * window holds no occurrence.
 */
function startsIn(text: string, needle: string, from: number, to: number, max = Infinity): number[] {
  const window = text.slice(Math.max(0, from), Math.min(text.length, to));
  const out: number[] = [];
  for (let i = window.indexOf(needle); i >= 0 && out.length < max; i = window.indexOf(needle, i + 1)) out.push(from + i);
  return out;
}

/** Context weight in a candidate's score, and the margin within which two are look-alikes (match-quote.ts). */
const WEIGHT_CONTEXT = 0.4;
const AMBIGUITY_MARGIN = 0.05;

/** Distance of a raw offset to each hint. */
const distances = (hints: number[], at: number) => hints.map((h) => Math.abs(at - h));

/**
 * Another exact occurrence of the quote around the hints (raw window, as the
 * folded search's) that would make the full search hesitate over the one at
 * `s` (pickBest in match-quote.ts): its context nearly as good and the
 * position not deciding between them, or it sits much nearer one of the hints.
 * A repeated sentence with other context, or far enough away, is no rival.
 */
function rivalCopy(text: string, quote: TextQuoteSelector, fq: FoldedQuote, hints: number[], s: number, c: Context): boolean {
  const own = (x: Context) => (WEIGHT_CONTEXT * (x.prefixSim + x.suffixSim)) / 2;
  const bd = distances(hints, s);
  const best = Math.min(...bd);
  const from = Math.min(...hints) - FUZZY_WINDOW;
  for (const i of startsIn(text, quote.exact, Math.max(0, from), Math.max(...hints) + quote.exact.length + FUZZY_WINDOW)) {
    if (i === s) continue;
    const od = distances(hints, i);
    if (od.some((d, k) => d * 2 <= bd[k]!)) return true;
    // Farther from every hint and told apart by position: no need to weigh its context.
    if (positionDecides(best, Math.min(...od)) && od.every((d, k) => d >= bd[k]!)) continue;
    const o = contextAt(text, i, i + quote.exact.length, quote, fq);
    if (o && own(o) >= own(c) - AMBIGUITY_MARGIN) return true;
  }
  return false;
}

/**
 * The exact quote at `s` (the stored position shifted like the previous
 * annotation, or found near it), its context all but intact on both sides
 * (an edit nearby touched one side), and no rival copy of it around the hints.
 */
export function shiftedQuote(text: string, quote: TextQuoteSelector, fq: FoldedQuote, hints: number[], s: number): Context | null {
  const c = contextAt(text, s, s + quote.exact.length, quote, fq);
  if (!c || c.prefixSim < SETTLED_SIDE || c.suffixSim < SETTLED_SIDE || c.prefixSim + c.suffixSim < 2 * SETTLED_BOTH) return null;
  return rivalCopy(text, quote, fq, hints, s, c) ? null : c;
}

/**
 * The exact quote near a hint (within a quote's length or 64 characters: not
 * "far"), its context all but intact and no rival copy: the first annotation
 * after an insertion or deletion, whose shift the previous ones could not
 * tell. `len`: the quote's folded length. The raw twin of the folded search's local step.
 */
export function nearQuote(text: string, quote: TextQuoteSelector, fq: FoldedQuote, len: number, hints: number[]): { start: number; context: Context } | null {
  const near = Math.max(64, len);
  for (const i of startsIn(text, quote.exact, Math.max(0, Math.min(...hints) - near), Math.max(...hints) + near + quote.exact.length)) {
    if (Math.min(...distances(hints, i)) > near) continue;
    const c = shiftedQuote(text, quote, fq, hints, i);
    if (c) return { start: i, context: c };
  }
  return null;
}

/** How often `needle` occurs in text[from, to) (stops at 2). */
const occurrences = (text: string, needle: string, from: number, to: number) => startsIn(text, needle, from, to, 2).length;

/**
 * Whether text[from, to) frames another span like the one at `s`: the
 * context's edge before the quote (`before`), then within `span` characters
 * its edge after it (`after`). A near copy of the passage (a repeated
 * paragraph) would compete with the one at `s` in the full search.
 */
function framedElsewhere(text: string, before: string, after: string, s: number, span: number, from: number, to: number): boolean {
  for (const o of startsIn(text, before, from, to)) {
    if (o + before.length === s) continue;
    if (text.slice(o + before.length, o + before.length + span + after.length).includes(after)) return true;
  }
  return false;
}

/**
 * The annotated place at `s`, its quote edited (a few characters replaced,
 * inserted or deleted inside it) while the stored prefix ends exactly at `s`
 * and the stored suffix follows exactly after: the raw span between them, or
 * null. Refused when the context's edges next to the quote occur again around
 * the hint (a near copy of the passage: the full search weighs the two), when
 * the exact quote is there too, or when the edit reaches the quote's edges
 * (where the boundary is a guess the approximate search aligns better).
 */
export function editedAtHint(text: string, quote: TextQuoteSelector, fq: FoldedQuote, s: number): { start: number; end: number; quoteSim: number } | null {
  const { prefix, suffix, exact } = quote;
  // The raw prefix first: at a hint where the context moved, nothing is folded.
  if (fq.noPrefix || fq.noSuffix || !prefix || !suffix) return null;
  if (s < prefix.length || !text.startsWith(prefix, s - prefix.length)) return null;
  const folded = { exact: fq.exact };
  const len = folded.exact.length;
  const maxErrors = Math.floor(len * MAX_ERROR_RATE);
  // Only the context's folded length is needed here: counted, not folded (cold regex passes, issue 14).
  if (maxErrors < 1 || len > MAX_EDITED || foldedLength(prefix) + foldedLength(suffix) < MIN_CONTEXT) return null;
  let end = -1;
  if (text.startsWith(suffix, s + exact.length)) end = s + exact.length;
  else if (len >= MIN_GLOBAL_FUZZY) {
    // Characters inserted or deleted: the one place the suffix starts within maxErrors of the quote's end.
    const ends = startsIn(text, suffix, s + Math.max(1, exact.length - maxErrors), s + exact.length + maxErrors + suffix.length, 2);
    if (ends.length !== 1) return null;
    end = ends[0]!;
  }
  if (end < 0) return null;
  const span = text.slice(s, end);
  if (span.length !== exact.length && (span[0] !== exact[0] || span[span.length - 1] !== exact[exact.length - 1])) return null;
  const found = foldForAnchoring(span);
  let errors = 0;
  if (found.length === len) {
    for (let i = 0; i < len && errors <= maxErrors; i++) if (found.charCodeAt(i) !== folded.exact.charCodeAt(i)) errors++;
  } else errors = editDistance(folded.exact, found);
  if (errors > maxErrors) return null;
  const from = Math.max(0, s - prefix.length - FUZZY_WINDOW);
  const to = Math.min(text.length, end + suffix.length + FUZZY_WINDOW);
  if (occurrences(text, exact, from, to) > 0) return null;
  if (framedElsewhere(text, prefix.slice(-TAIL), suffix.slice(0, TAIL), s, exact.length + 2 * maxErrors + 2, from, to)) return null;
  return { start: s, end, quoteSim: 1 - errors / len };
}
