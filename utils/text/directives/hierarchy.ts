/**
 * Levels. Document headings nest in GB/T 9704 order (一、 > （一） > 1. > （1） > ①),
 * counted only over the levels the notice actually opens, so a notice that
 * starts at （一） has （一） at level 1. Narrative lists (一是, 一要, 第一, 其一,
 * 首先, First) sit one level under the heading they occur in.
 */
import { familyRank } from './families';
import { RunBuilder, type Run } from './runs';
import type { Candidate } from './scan';

export interface Placed {
  item: Candidate;
  level: number;
}

/**
 * `headings` are the accepted document items in order; `narrative` the narrative
 * candidates in order, whose runs are built here because a new heading at or
 * above the one a list began under ends that list.
 */
export function place(headings: Candidate[], narrative: Candidate[]): Placed[] {
  const out: Placed[] = [];
  // An item written inline ("…：（1）…；（2）…") only encloses the rest of its own block.
  const stack: { rank: number; inlineIn: number }[] = [];
  const top = () => stack[stack.length - 1];
  const prune = (block: number) => {
    while (stack.length && top().inlineIn >= 0 && top().inlineIn < block) stack.pop();
  };
  const builder = new RunBuilder();
  let j = 0;
  const feedUntil = (pos: number) => {
    for (; j < narrative.length && narrative[j].start < pos; j++) {
      prune(narrative[j].block);
      builder.feed(narrative[j], stack.length);
    }
  };
  for (const h of headings) {
    feedUntil(h.start);
    prune(h.block);
    const rank = familyRank(h.family);
    while (stack.length && top().rank >= rank) stack.pop();
    stack.push({ rank, inlineIn: h.kind === 'block' ? -1 : h.block });
    const level = stack.length;
    out.push({ item: h, level });
    builder.closeWhere((r) => r.depth >= level);
  }
  feedUntil(Infinity);
  for (const p of placeNarrative(builder.finish())) out.push(p);
  return out.sort((a, b) => a.item.start - b.item.start);
}

/**
 * A narrative list that falls wholly between two items of another list under
 * the same heading ("一是…。一要…；二要…。二是…") is a sub-list of that item.
 */
function placeNarrative(runs: Run[]): Placed[] {
  const out: Placed[] = [];
  const open: { run: Run; level: number }[] = [];
  const lastStart = (run: Run) => run.items[run.items.length - 1].start;
  for (const run of runs) {
    const first = run.items[0].start;
    while (open.length && lastStart(open[open.length - 1].run) < first) open.pop();
    const top = open[open.length - 1];
    const inside = top && top.run.depth === run.depth && nextItemAfter(top.run, first) > lastStart(run);
    const level = inside ? top.level + 1 : run.depth + 1;
    open.push({ run, level });
    for (const item of run.items) out.push({ item, level });
  }
  return out;
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
