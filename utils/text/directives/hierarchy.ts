/**
 * Levels. Document headings nest in GB/T 9704 order (一、 > （一） > 1. > （1） > ①),
 * counted only over the levels the notice actually opens, so a notice that
 * starts at （一） has （一） at level 1. Narrative lists (一是, 一要, 第一, 其一,
 * 首先, First) sit one level under the heading they occur in.
 */
import type { ListEnded } from './entries';
import { documentRanks } from './ranks';
import { RunBuilder, type Run } from './runs';
import type { Candidate } from './scan';

export interface Placed {
  item: Candidate;
  level: number;
}

/**
 * `headings` are the accepted document items in order; `narrative` the narrative
 * candidates in order, whose runs are built here because a new heading at or
 * above the one a list began under ends that list. `startsDocument` says where a
 * second document on the page (a draft's 起草说明) begins its own numbering.
 */
export function place(headings: Candidate[], narrative: Candidate[], ended: ListEnded = () => false, startsDocument: (h: Candidate) => boolean = () => false): Placed[] {
  const out: Placed[] = [];
  // An item written inline ("…：（1）…；（2）…") only encloses the rest of its own block,
  // and the last entry of an English list nothing after the list's end.
  const stack: { rank: number; inlineIn: number; item: Candidate }[] = [];
  const top = () => stack[stack.length - 1];
  const closed = (open: { inlineIn: number; item: Candidate }, next: Candidate) =>
    (open.inlineIn >= 0 && open.inlineIn < next.block) || ended(open.item, next);
  const prune = (next: Candidate) => {
    while (stack.length && closed(top(), next)) stack.pop();
  };
  const rankOf = documentRanks(headings);
  const builder = new RunBuilder();
  let j = 0;
  const feedUntil = (pos: number) => {
    for (; j < narrative.length && narrative[j].start < pos; j++) {
      prune(narrative[j]);
      builder.feed(narrative[j], stack.length);
    }
  };
  for (const h of headings) {
    feedUntil(h.start);
    prune(h);
    // A document of its own begins (./document-parts.ts): nothing before it encloses its headings.
    if (stack.length && startsDocument(h)) stack.length = 0;
    const rank = rankOf(h.family);
    while (stack.length && top().rank >= rank) stack.pop();
    stack.push({ rank, inlineIn: h.kind === 'block' ? -1 : h.block, item: h });
    const level = stack.length;
    out.push({ item: h, level });
    builder.closeWhere((r) => r.depth >= level);
  }
  feedUntil(Infinity);
  for (const p of placeNarrative(builder.finish())) out.push(p);
  return out.sort((a, b) => a.item.start - b.item.start);
}

const lastStart = (run: Run) => run.items[run.items.length - 1].start;

/**
 * A narrative list that falls wholly between two items of another list under
 * the same heading ("一是…。一要…；二要…。二是…") is a sub-list of that item.
 * So is 首先…其次…最后 written inside the paragraph of an item, even the last
 * one; other lists sharing a paragraph are siblings ("会议要求：一要…。会议强调：一是…").
 */
function placeNarrative(runs: Run[]): Placed[] {
  const out: Placed[] = [];
  const open: { run: Run; level: number }[] = [];
  for (const run of runs) {
    const first = run.items[0].start;
    const ended = (o: { run: Run }) => lastStart(o.run) < first && !isSequenceInLastItem(o.run, run);
    while (open.length && ended(open[open.length - 1])) open.pop();
    const top = open[open.length - 1];
    const inside = top && top.run.depth === run.depth &&
      (nextItemAfter(top.run, first) > lastStart(run) || isSequenceInLastItem(top.run, run));
    const level = inside ? top.level + 1 : run.depth + 1;
    open.push({ run, level });
    for (const item of run.items) out.push({ item, level });
  }
  return out;
}

function isSequenceInLastItem(outer: Run, inner: Run): boolean {
  if (inner.items[0].family !== 'seq' || outer.items[0].family === 'seq') return false;
  const item = outer.items[outer.items.length - 1];
  return item.start < inner.items[0].start && inner.items.every((c) => c.block === item.block);
}

/** Start of the first item of `run` after `pos`, or -1 when none (binary search: runs can be long). */
function nextItemAfter(run: Run, pos: number): number {
  let lo = 0;
  let hi = run.items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (run.items[mid].start <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < run.items.length ? run.items[lo].start : -1;
}
