/**
 * What changed between two versions of a notice's body (issue 16). Pure string code, no DOM.
 *
 * jsdiff's `diffArrays` (Myers, maintained, no dependencies) does the alignment, twice: over paragraphs first,
 * then over the words (Intl.Segmenter) of each run of paragraphs that changed. Unchanged paragraphs, most of a
 * revised notice, are never segmented, and each pass gives up past a bounded number of edits (then the run counts
 * as replaced), so a 100k-character notice costs milliseconds whatever the edit.
 *
 * Units are compared by their compare fold (tokens.ts), and a run whose two sides fold to the same text is
 * dropped, so white space, line breaks and full/half width never count as changes.
 */
// The array diff alone: the package's index keeps every other diff (words, lines, CSS, JSON) in the bundle.
import { diffArrays } from 'diff/lib/diff/array.js';
import { foldForCompare } from '../text/fold';
import type { BodyChanges } from './model';
import { paragraphUnits, wordUnits, type TextUnit } from './tokens';

/** One contiguous change: older[oldStart, oldEnd) became newer[newStart, newEnd) (either side may be empty). */
export interface DiffHunk {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

/** One piece of a word-level diff for display: text kept, added or removed, in reading order. */
export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** Edits separated by at most this many kept characters are one change (a date: 11月20日 → 12月5日). */
const MERGE_GAP = 3;
/**
 * Myers costs about (units on both sides) × (edits) steps: each pass gives up past the number of edits that keeps
 * it near this many steps (a run it gives up on counts as replaced as a whole).
 */
const STEP_BUDGET = 4_000_000;
/** Fewer allowed edits than this would give up on ordinary revisions; a pass always allows this many. */
const MIN_EDITS = 64;

/** The most edits a pass over these units may look for. */
function maxEdits(olds: TextUnit[], news: TextUnit[]): number {
  return Math.max(MIN_EDITS, Math.floor(STEP_BUDGET / (olds.length + news.length + 1)));
}

type Step =
  | { op: 'equal'; old: TextUnit; new: TextUnit }
  | { op: 'delete'; old: TextUnit }
  | { op: 'insert'; new: TextUnit };

const sameKey = (a: TextUnit, b: TextUnit) => a.key === b.key;

/**
 * The fewest edits two unit lists can differ by: their common subsequence is at most the units they share,
 * counted with repeats. Cheap, so a pass bound to give up (every paragraph touched) is not started.
 */
function leastEdits(olds: TextUnit[], news: TextUnit[]): number {
  const left = new Map<string, number>();
  for (const u of olds) left.set(u.key, (left.get(u.key) ?? 0) + 1);
  let shared = 0;
  for (const u of news) {
    const n = left.get(u.key);
    if (n) {
      shared++;
      left.set(u.key, n - 1);
    }
  }
  return olds.length + news.length - 2 * shared;
}

/** Aligns two unit lists with jsdiff; undefined when they differ by more than `maxEdits`. */
function align(olds: TextUnit[], news: TextUnit[]): Step[] | undefined {
  const limit = maxEdits(olds, news);
  if (leastEdits(olds, news) > limit) return undefined;
  const changes = diffArrays(olds, news, { comparator: sameKey, maxEditLength: limit });
  if (!changes) return undefined;
  const steps: Step[] = [];
  let oi = 0;
  let ni = 0;
  for (const c of changes) {
    for (let k = 0; k < c.count; k++) {
      if (c.removed) steps.push({ op: 'delete', old: olds[oi++]! });
      else if (c.added) steps.push({ op: 'insert', new: news[ni++]! });
      else steps.push({ op: 'equal', old: olds[oi++]!, new: news[ni++]! });
    }
  }
  return steps;
}

/** Every unit of `olds` removed, then every unit of `news` added: a run replaced as a whole. */
function replaced(olds: TextUnit[], news: TextUnit[]): Step[] {
  return [
    ...olds.map((u): Step => ({ op: 'delete', old: u })),
    ...news.map((u): Step => ({ op: 'insert', new: u })),
  ];
}

/** Punctuation and line breaks: no word runs across one, so a common start or end may be cut there. */
const BOUNDARY = /[，。；：、！？,.;:!?\n]/;

/**
 * How much of a[aFrom, aTo) and b[bFrom, bTo) is the same at the start and at the end, each cut just after a
 * boundary (so the words either side of the cut segment as they would in the whole sentence, and a removed
 * sentence keeps its own full stop).
 */
function commonEnds(a: string, aFrom: number, aTo: number, b: string, bFrom: number, bTo: number): [number, number] {
  const max = Math.min(aTo - aFrom, bTo - bFrom);
  let p = 0;
  while (p < max && a.charCodeAt(aFrom + p) === b.charCodeAt(bFrom + p)) p++;
  while (p > 0 && !BOUNDARY.test(a[aFrom + p - 1]!)) p--;
  let s = 0;
  while (s < max - p && a.charCodeAt(aTo - 1 - s) === b.charCodeAt(bTo - 1 - s)) s++;
  while (s > 0 && !BOUNDARY.test(a[aTo - s - 1]!)) s--;
  return [p, s];
}

/** One kept stretch as a single step (its key's length is what the merge of close edits counts). */
function keptStep(older: string, oStart: number, newer: string, nStart: number, length: number): Step[] {
  if (length === 0) return [];
  const key = foldForCompare(newer.slice(nStart, nStart + length));
  return [{ op: 'equal', old: { key, start: oStart, end: oStart + length }, new: { key, start: nStart, end: nStart + length } }];
}

/**
 * The word-level steps of one run of paragraphs against another. Only the part between their common start and
 * end (cut at punctuation) is segmented and aligned: a sentence edited in a long paragraph costs that sentence.
 */
function wordRun(older: string, newer: string, olds: TextUnit[], news: TextUnit[]): Step[] {
  const oFrom = olds[0]!.start;
  const oTo = olds[olds.length - 1]!.end;
  const nFrom = news[0]!.start;
  const nTo = news[news.length - 1]!.end;
  const [p, s] = commonEnds(older, oFrom, oTo, newer, nFrom, nTo);
  const ow = wordUnits(older, oFrom + p, oTo - s);
  const nw = wordUnits(newer, nFrom + p, nTo - s);
  return [
    ...keptStep(older, oFrom, newer, nFrom, p),
    ...(align(ow, nw) ?? replaced(ow, nw)),
    ...keptStep(older, oTo - s, newer, nTo - s, s),
  ];
}

/**
 * The word-level steps of a run of paragraphs that changed on both sides. As many paragraphs on each side (every
 * paragraph of a run touched, the common case when a site re-edits a notice) are compared one to one, so a
 * notice edited everywhere costs as many small diffs, not one huge one.
 */
function wordSteps(older: string, newer: string, olds: TextUnit[], news: TextUnit[]): Step[] {
  if (olds.length !== news.length) return wordRun(older, newer, olds, news);
  return olds.flatMap((o, i) => wordRun(older, newer, [o], [news[i]!]));
}

/** Paragraph steps, with each run of paragraphs changed on both sides replaced by its word steps. */
function allSteps(older: string, newer: string): Step[] {
  const op = paragraphUnits(older);
  const np = paragraphUnits(newer);
  const paragraphs = align(op, np) ?? replaced(op, np);
  const out: Step[] = [];
  let olds: TextUnit[] = [];
  let news: TextUnit[] = [];
  const flush = () => {
    if (olds.length && news.length) out.push(...wordSteps(older, newer, olds, news));
    else out.push(...replaced(olds, news));
    olds = [];
    news = [];
  };
  for (const s of paragraphs) {
    if (s.op === 'delete') olds.push(s.old);
    else if (s.op === 'insert') news.push(s.new);
    else {
      flush();
      out.push(s);
    }
  }
  flush();
  return out;
}

/** Gathers steps into hunks, absorbing short kept runs between edits. */
function hunksOf(steps: Step[], older: string, newer: string): DiffHunk[] {
  const hunks: DiffHunk[] = [];
  let open: Step[] = [];
  let gap: Step[] = [];
  let gapChars = 0;
  let newCursor = 0; // end of the last kept or added unit in the newer text
  let hunkAt = 0;
  const close = () => {
    if (open.length) {
      const h = spanOf(open, hunkAt);
      if (foldForCompare(older.slice(h.oldStart, h.oldEnd)) !== foldForCompare(newer.slice(h.newStart, h.newEnd))) {
        hunks.push(h);
      }
    }
    open = [];
  };
  for (const s of steps) {
    if (s.op === 'equal') {
      if (open.length) {
        gap.push(s);
        gapChars += s.new.key.length;
        if (gapChars > MERGE_GAP) {
          close();
          gap = [];
        }
      }
    } else {
      if (!open.length) hunkAt = newCursor;
      open.push(...gap, s);
      gap = [];
      gapChars = 0;
    }
    if (s.op !== 'delete') newCursor = s.new.end;
  }
  close();
  return hunks;
}

/** The old and new extent of a hunk's steps; a hunk with nothing new sits at `at`. */
function spanOf(steps: Step[], at: number): DiffHunk {
  let oldStart = Infinity;
  let oldEnd = -1;
  let newStart = Infinity;
  let newEnd = -1;
  for (const s of steps) {
    if (s.op !== 'insert') {
      oldStart = Math.min(oldStart, s.old.start);
      oldEnd = Math.max(oldEnd, s.old.end);
    }
    if (s.op !== 'delete') {
      newStart = Math.min(newStart, s.new.start);
      newEnd = Math.max(newEnd, s.new.end);
    }
  }
  if (oldEnd < 0) oldStart = oldEnd = 0;
  if (newEnd < 0) newStart = newEnd = at;
  return { oldStart, oldEnd, newStart, newEnd };
}

/** The changes from `older` to `newer`, each a contiguous hunk, in reading order. */
export function diffHunks(older: string, newer: string): DiffHunk[] {
  if (older === newer) return [];
  return hunksOf(allSteps(older, newer), older, newer);
}

/**
 * What changed from `older` to `newer`, in the newer text's offsets: a replaced run is `changed` (with the text
 * it replaced), a pure addition `inserted`, a pure removal `deleted` (with its text and where it was).
 */
export function bodyChanges(older: string, newer: string): BodyChanges {
  const out: BodyChanges = { inserted: [], changed: [], deleted: [] };
  for (const h of diffHunks(older, newer)) {
    const hasOld = h.oldEnd > h.oldStart;
    const hasNew = h.newEnd > h.newStart;
    if (hasOld && hasNew) {
      out.changed.push({ start: h.newStart, end: h.newEnd, before: older.slice(h.oldStart, h.oldEnd) });
    } else if (hasNew) out.inserted.push({ start: h.newStart, end: h.newEnd });
    else out.deleted.push({ at: h.newStart, text: older.slice(h.oldStart, h.oldEnd) });
  }
  return out;
}

/**
 * A word-level diff for display: the newer text in order, with each removed passage (from `older`) placed
 * before the text that replaced it. Joining the `equal` and `insert` parts gives back `newer` exactly.
 */
export function wordDiff(older: string, newer: string): DiffPart[] {
  const parts: DiffPart[] = [];
  const push = (op: DiffPart['op'], text: string) => {
    if (text) parts.push({ op, text });
  };
  let cursor = 0;
  for (const h of diffHunks(older, newer)) {
    push('equal', newer.slice(cursor, h.newStart));
    push('delete', older.slice(h.oldStart, h.oldEnd));
    push('insert', newer.slice(h.newStart, h.newEnd));
    cursor = h.newEnd;
  }
  push('equal', newer.slice(cursor));
  return parts;
}
