/**
 * Re-anchoring stored selectors in the page's visible text.
 *
 * Order: (1) the stored position, if the text there is still the quote and the
 * context agrees; then, in the raw text with no fold and no search of the page
 * (at-hint.ts): the quote at the position shifted like the previous annotation,
 * near the stored position, or edited in place between its intact context; (2) exact occurrences of the (folded) quote, scored on context
 * and distance to the position hint (near the hint first, then anywhere);
 * (3) approximate matches (approx-string-match) near the hint, then anywhere
 * for quotes of ≥ 8 characters. Wrong highlights are worse than orphans:
 * - 'ambiguous': another candidate is as good on quote and context and the
 *   position does not clearly tell them apart, or the hints disagree, or the
 *   best candidate is far from the hint while the annotated place seems to be
 *   still there, edited (site.ts);
 * - 'weak': candidates exist but their context or similarity is too low
 *   (short quotes need their context; far ones need more of it);
 * - 'not-found': nothing like the quote.
 */
import type { Selector } from '../model';
import { foldedLength, foldedOffsetOf, foldSparseForAnchoring, isDroppedCode, rawOffsetOf, type SparseFoldedText } from '../text/fold';
import { editedBetweenContext, intactCopyElsewhere } from './edited-in-place';
import { fuzzyCandidates, substitutedAt } from './fuzzy';
import { editedAtHint, nearQuote, shiftedQuote } from './at-hint';
import { lookAlike } from './look-alike';
import { foldMapOnly, foldWindows, rawOccurrences } from './fold-windows';
import {
  type Candidate,
  type Choice,
  combine,
  exactCandidates,
  FUZZY_WINDOW,
  isFar,
  MIN_GLOBAL_FUZZY,
  pickBest,
} from './match-quote';
import { contextAt, findSelectors, LazyFoldedQuote, positionOk } from './position';

export type AnchorResult =
  | { status: 'anchored'; start: number; end: number; method: 'position' | 'quote' | 'fuzzy'; score: number }
  | { status: 'orphan'; reason: 'not-found' | 'ambiguous' | 'weak' };

/** Context agreement of an exact match that needs no look at approximate ones. */
const SETTLED_CONTEXT = 0.95;
/** Global fuzzy search is skipped for quotes longer than this (folded), too costly. */
const MAX_GLOBAL_FUZZY = 2000;

/** The page text, folded lazily (only when the stored positions fail). */
interface Doc {
  text: string;
  folded?: SparseFoldedText;
}

/**
 * The last page text folded: a visit re-anchors its highlights on every store
 * change (and the side panel's list on the same text), so one fold serves them all.
 */
let lastFold: SparseFoldedText | undefined;
let lastFoldOf: string | undefined;

function folded(doc: Doc): SparseFoldedText {
  if (!doc.folded) {
    if (lastFoldOf !== doc.text || !lastFold) {
      lastFold = foldSparseForAnchoring(doc.text);
      lastFoldOf = doc.text;
    }
    doc.folded = lastFold;
  }
  return doc.folded;
}

/** The last page's dropped runs (fold-windows.ts), for the short quotes' windowed folds. */
let lastMap: SparseFoldedText | undefined;
let lastMapOf: string | undefined;

/**
 * The page folded only around the hints and the quote's exact occurrences,
 * for a quote too short for the global approximate search (whose searches read
 * nowhere else), while the whole page has not been folded yet; else null.
 */
function foldedAround(doc: Doc, q: { exact: string; prefix: string; suffix: string }, raw: number[]): SparseFoldedText | null {
  const len = q.exact.length;
  if (doc.folded || lastFoldOf === doc.text || len >= MIN_GLOBAL_FUZZY || q.exact.includes('\u0000')) return null;
  if (lastMapOf !== doc.text || !lastMap) {
    lastMap = foldMapOnly(doc.text);
    lastMapOf = doc.text;
  }
  const map = lastMap;
  // Margins wider than every read: the hint's window and the context (with its slack) beyond it.
  const context = 2 * (q.prefix.length + q.suffix.length) + 64;
  const windows: [number, number][] = raw.map((r) => {
    const h = foldedOffsetOf(map, r);
    return [h - FUZZY_WINDOW - len - context, h + FUZZY_WINDOW + 2 * len + context];
  });
  for (const r of rawOccurrences(doc.text, q.exact)) {
    const a = foldedOffsetOf(map, r);
    windows.push([a - context, a + len + context]);
  }
  return foldWindows(doc.text, map, windows);
}

function anchored(start: number, end: number, method: 'position' | 'quote' | 'fuzzy', score: number): AnchorResult {
  return { status: 'anchored', start, end, method, score: Math.round(score * 1000) / 1000 };
}

/** The raw range of a candidate's folded range [start, end) (end > start). */
function fromCandidate(nt: SparseFoldedText, c: Candidate): AnchorResult {
  return anchored(rawOffsetOf(nt, c.start), rawOffsetOf(nt, c.end - 1) + 1, c.kind, c.score);
}

/**
 * Anchors one annotation. `delta` is the shift observed on the previous
 * annotation (anchorMany): position + delta is a second position hint.
 */
function anchorIn(doc: Doc, found: ReturnType<typeof findSelectors>, delta: number, trust?: { clear: boolean }): AnchorResult {
  const { quote, position, noPrefix, noSuffix } = found;
  // Without a quote nothing can confirm a position: never guess.
  if (!quote) return { status: 'orphan', reason: 'weak' };
  const fq = new LazyFoldedQuote(quote, noPrefix, noSuffix);
  // The folded length when first needed: the quote at the shifted position (most annotations
  // on an edited page) never needs it. A quote whose first code unit is kept is not empty.
  let foldedLen = -1;
  const lenOf = () => (foldedLen < 0 ? (foldedLen = foldedLength(quote.exact)) : foldedLen);
  if (quote.exact.length === 0 || (isDroppedCode(quote.exact.charCodeAt(0)) && lenOf() === 0)) return { status: 'orphan', reason: 'not-found' };
  const text = doc.text;

  // (1) The stored position; then the position shifted like the previous
  // annotation (anchorMany), if the quote and its whole context are there
  // and no twin sits around the stored position.
  // The quote still stands exactly at its stored position (its context may have changed).
  let atPosition = false;
  if (position) {
    const c = contextAt(text, position.start, position.end, quote, fq);
    atPosition = c !== null;
    if (c && positionOk(c, lenOf())) {
      if (trust) trust.clear = true;
      return anchored(position.start, position.end, 'position', combine(1, c.prefixSim, c.suffixSim, 0));
    }
    if (delta !== 0) {
      const s = position.start + delta;
      const d = shiftedQuote(text, quote, fq, [position.start, s], s);
      if (d) {
        if (trust) trust.clear = true;
        return anchored(s, s + quote.exact.length, 'quote', combine(1, d.prefixSim, d.suffixSim, 0));
      }
    }
    const n = nearQuote(text, quote, fq, lenOf(), delta !== 0 ? [position.start, position.start + delta] : [position.start]);
    if (n) {
      if (trust) trust.clear = true;
      const { prefixSim, suffixSim } = n.context;
      return anchored(n.start, n.start + quote.exact.length, 'quote', combine(1, prefixSim, suffixSim, Math.abs(n.start - position.start)));
    }
    // The quote edited in place, its stored context intact on both sides, at
    // the stored position or shifted like the previous one: no fold, no search.
    for (const s of delta !== 0 ? [position.start, position.start + delta] : [position.start]) {
      const e = editedAtHint(text, quote, fq, s);
      if (!e) continue;
      if (trust) trust.clear = true;
      return anchored(e.start, e.end, e.quoteSim === 1 ? 'quote' : 'fuzzy', combine(e.quoteSim, 1, 1, 0));
    }
  }

  // (2) Exact occurrences of the folded quote. The folded quote as plain
  // fields from here on: the searches below read them in their loops.
  const len = lenOf();
  const q = { exact: fq.exact, prefix: fq.prefix, suffix: fq.suffix, noPrefix, noSuffix };
  const rawHints = position ? (delta !== 0 ? [position.start, position.start + delta] : [position.start]) : [];
  const nt = foldedAround(doc, q, rawHints) ?? folded(doc);
  const hints: number[] = [];
  if (position) {
    hints.push(foldedOffsetOf(nt, position.start));
    if (delta !== 0) hints.push(foldedOffsetOf(nt, position.start + delta));
  }
  // Settled: an exact copy near the hint with its context (all but) intact.
  // Else it may be a look-alike of the annotated text, edited near the hint,
  // so the approximate matches there are looked at too before deciding.
  const settled = (p: Choice): p is Extract<Choice, { status: 'ok' }> =>
    p.status === 'ok' && !isFar(p.best, len) && p.best.prefixSim + p.best.suffixSim >= 2 * SETTLED_CONTEXT;
  if (hints.length > 0) {
    // First only around the hints: an occurrence farther than FUZZY_WINDOW
    // could not beat a settled one there (the position decides between them).
    const from = Math.max(0, Math.min(...hints) - FUZZY_WINDOW);
    const local = pickBest(exactCandidates(nt.text, q, hints, from, Math.max(...hints) + len + FUZZY_WINDOW), len);
    if (settled(local)) {
      if (trust) trust.clear = true; // near a hint: cannot carry the shift far
      return fromCandidate(nt, local.best);
    }
  }
  const candidates = exactCandidates(nt.text, q, hints);
  let pick = pickBest(candidates, len);
  if (settled(pick)) {
    if (trust) trust.clear = pick.clear;
    return fromCandidate(nt, pick.best);
  }
  // A short quote exactly at its stored position stays there unless a copy elsewhere kept its whole context.
  if (atPosition && !intactCopyElsewhere(candidates, hints[0]!)) {
    if (trust) trust.clear = true;
    return anchored(position!.start, position!.end, 'position', combine(1, 0, 0, 0));
  }
  if (pick.status === 'ambiguous') return { status: 'orphan', reason: 'ambiguous' };

  // (3) The annotated place with a few characters replaced, when no exact copy
  // exists anywhere to be confused with it; then approximate matches near the
  // hint, then (long enough quotes) anywhere.
  if (candidates.length === 0) {
    for (const h of hints) {
      const edited = substitutedAt(nt.text, q, h, hints);
      const p = edited && pickBest([edited], len);
      if (p?.status !== 'ok') continue;
      if (trust) trust.clear = true; // at a hint: cannot carry the shift far
      return fromCandidate(nt, p.best);
    }
    // Far from a stored position it could as well be a copy of the passage elsewhere: not clear then.
    const edited = editedBetweenContext(nt.text, q, hints);
    if (edited && !isFar(edited, len)) return fromCandidate(nt, edited);
  }
  const decide = (): AnchorResult | null => {
    pick = pickBest(candidates, len);
    if (pick.status === 'ambiguous') return { status: 'orphan', reason: 'ambiguous' };
    if (pick.status !== 'ok') return null;
    if (lookAlike(nt.text, q, hints, candidates, pick.best)) return { status: 'orphan', reason: 'ambiguous' };
    if (trust) trust.clear = pick.clear;
    return fromCandidate(nt, pick.best);
  };
  const globalSearch = len >= MIN_GLOBAL_FUZZY && len <= MAX_GLOBAL_FUZZY;
  if (hints.length > 0 || !globalSearch) {
    if (hints.length > 0) candidates.push(...fuzzyCandidates(nt.text, q, hints, false));
    const r = decide();
    if (r) return r;
  }
  if (globalSearch) {
    candidates.push(...fuzzyCandidates(nt.text, q, hints, true));
    const r = decide();
    if (r) return r;
  }
  return { status: 'orphan', reason: pick.status === 'weak' ? 'weak' : 'not-found' };
}

/** Shift changes up to this size between neighbours are taken at once; larger ones need confirming. */
const JUMP = 64;

/**
 * Indices of `starts` in ascending order, ties (and Infinity: no position) in
 * index order, as a stable sort with a comparator. Sorted natively as one
 * number per annotation (start × n + index): the comparator's thousands of
 * calls ran cold on every visit (issue 14).
 */
function positionOrder(starts: number[]): number[] {
  const n = starts.length;
  const keys = new Float64Array(n);
  const unplaced: number[] = [];
  let k = 0;
  for (let i = 0; i < n; i++) {
    const s = starts[i]!;
    // Exact (key and key / n) for text offsets below 2^31 and fewer than 2^20 annotations; else the comparator.
    if (!Number.isFinite(s)) unplaced.push(i);
    else if (Math.abs(s) >= 2 ** 31 || n >= 2 ** 20) return starts.map((_, j) => j).sort((a, b) => starts[a]! - starts[b]!);
    else keys[k++] = s * n + i;
  }
  const sorted = keys.subarray(0, k).sort();
  const order: number[] = new Array(n);
  for (let j = 0; j < k; j++) order[j] = sorted[j]! - Math.floor(sorted[j]! / n) * n;
  for (let j = 0; j < unplaced.length; j++) order[k + j] = unplaced[j]!;
  return order;
}

/**
 * Anchors many annotations on one page. The text is folded at most once (and
 * only if some stored position fails), and annotations are visited in
 * position order so that the shift seen on one (text inserted or deleted
 * before it) serves as a second position hint for the next. On an unchanged
 * page each annotation costs O(quote + context length).
 */
export function anchorMany(text: string, selectorsList: Selector[][]): AnchorResult[] {
  const doc: Doc = { text };
  const found = selectorsList.map(findSelectors);
  const starts = found.map((f) => f.position?.start ?? Infinity);
  const order = positionOrder(starts);
  const results: AnchorResult[] = new Array(selectorsList.length);
  let delta = 0;
  let pending: number | undefined;
  for (const i of order) {
    const trust = { clear: false };
    const r = anchorIn(doc, found[i]!, Number.isFinite(starts[i]) ? delta : 0, trust);
    results[i] = r;
    // Only a shift the quote and its context vouch for is passed on (one that
    // rests on the position hint could carry a wrong guess down the page),
    // and a jump only once a second annotation has shown it independently
    // (one annotation may have found a copy elsewhere).
    if (r.status !== 'anchored' || !trust.clear || !Number.isFinite(starts[i])) continue;
    const d = r.start - starts[i];
    if (Math.abs(d - delta) <= JUMP || (pending !== undefined && Math.abs(d - pending) <= JUMP)) {
      delta = d;
      pending = undefined;
    } else {
      pending = d;
    }
  }
  return results;
}
