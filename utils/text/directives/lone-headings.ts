/**
 * Lone headings. A formal document numbered 一、→（一）→1.→（1） (GB/T 9704) may
 * give a level a single item under its parent: 三、 with only （一）, 二、 with only
 * 1.. Such an item is a heading although its run has one item. Narrative lists
 * (一是, 一要, 第一, 首先) keep the two-item rule: there a lone 一是 is a phrase.
 */
import { familyRank } from './families';
import type { Candidate } from './scan';

const GBT_HEADINGS = new Set(['cn-top', 'cn-paren', 'arabic-dot', 'arabic-paren']);
const DECIMALS = new Set(['decimal', 'decimal3']);

interface Open {
  item: Candidate;
  rank: number;
  /** Where the parent's scope ends (its next heading at or above its rank), found once. */
  end?: number;
}

/**
 * `headings`: the accepted heading items in order; `singles`: items whose run
 * ended at one; `all`: every heading candidate, so a second item of the family
 * under the same parent (a 1. that a gap cut off) disqualifies the lone one.
 */
export function withLoneHeadings(headings: Candidate[], singles: Candidate[], all: Candidate[]): Candidate[] {
  const lone = singles.filter((s) => (GBT_HEADINGS.has(s.family) || DECIMALS.has(s.family)) && s.kind === 'block' && s.number === 1 && !s.soft);
  if (!lone.length) return headings;
  lone.sort((a, b) => a.start - b.start);
  const startsOf = new Map<string, number[]>();
  for (const c of all) {
    const list = startsOf.get(c.family) ?? [];
    if (list[list.length - 1] !== c.start) list.push(c.start);
    startsOf.set(c.family, list);
  }

  const out: Candidate[] = [];
  const stack: Open[] = [];
  let h = 0;
  const push = (item: Candidate) => {
    const rank = familyRank(item.family);
    while (stack.length && stack[stack.length - 1].rank >= rank) stack.pop();
    stack.push({ item, rank });
    out.push(item);
  };
  for (const s of lone) {
    for (; h < headings.length && headings[h].start < s.start; h++) push(headings[h]);
    const rank = familyRank(s.family);
    let p = stack.length - 1;
    while (p >= 0 && stack[p].rank >= rank) p--;
    const parent = p >= 0 ? stack[p] : undefined;
    if (!parent || parent.item.kind !== 'block') continue;
    if (DECIMALS.has(s.family) ? !numbersParent(s, parent.item) : !GBT_HEADINGS.has(parent.item.family)) continue;
    parent.end ??= scopeEnd(parent, headings, h);
    const starts = startsOf.get(s.family) ?? [];
    if (countIn(starts, parent.item.start + 1, parent.end) === 1) push(s);
  }
  for (; h < headings.length; h++) push(headings[h]);
  return out;
}

/**
 * A decimal item names its parent in its own number: 6.1 stands under 6., 6.1.1 under 6.1. So a lone 1.1
 * (a section with one subsection, as a Canadian directive's "1.1 This directive takes effect…") is a heading
 * exactly when the heading above it is the one it names.
 */
function numbersParent(s: Candidate, parent: Candidate): boolean {
  const named = s.runKey.slice(s.runKey.indexOf(':') + 1);
  if (s.family === 'decimal') return parent.family === 'arabic-dot' && String(parent.number) === named;
  return parent.family === 'decimal' && parent.runKey === `decimal:${named.split('.')[0]}` && String(parent.number) === named.split('.')[1];
}

function scopeEnd(parent: Open, headings: Candidate[], from: number): number {
  for (let k = from; k < headings.length; k++) if (familyRank(headings[k].family) <= parent.rank) return headings[k].start;
  return Infinity;
}

/** How many of the ascending `starts` lie in [from, to). */
function countIn(starts: number[], from: number, to: number): number {
  return lowerBound(starts, to) - lowerBound(starts, from);
}

function lowerBound(a: number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
