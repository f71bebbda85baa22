/**
 * English list entries end with their list. "The effect of the Order will be
 * to: 1. …; 2. …; 4. …." then a paragraph, then "Objections must: (a) …": the
 * second list has its own lead-in, so it is a list beside the first, not a
 * sub-list of entry 4. Headings (（一）加强领导, then paragraphs, then 1. …) enclose
 * what follows them whatever comes between, so this holds only for runs of
 * entries written one after another in Latin script. An entry is one paragraph: a list that begins inside a later
 * paragraph of prose is beside the entries too.
 */
import type { Run } from './runs';
import type { Candidate, Scan } from './scan';

const ENTRY_FAMILIES = new Set([
  'arabic-dot', 'arabic-rparen', 'en-alpha-dot', 'arabic-paren', 'en-alpha-paren', 'en-upper-paren', 'en-roman-paren',
]);
const LATIN_AFTER_MARKER = /^[ \u00a0]*[A-Za-z“"‘]/;
const LEAD_IN_END = /[:：][ \u00a0]*$/;

/** Whether `entry`, the last item of its list, no longer encloses `next`. */
export type ListEnded = (entry: Candidate, next: Candidate) => boolean;

export function listEnds(text: string, scan: Scan, runs: Run[]): ListEnded {
  const seqOf = (c: Candidate) => scan.blocks[c.block].seq;
  const lastEntries = new Set<Candidate>();
  // Paragraphs that are entries themselves: the sub-list between "2. …:" and "3." keeps 2. and 3. adjacent.
  const entrySeqs = new Set<number>();
  for (const run of runs) for (const c of run.items) if (c.kind === 'block') entrySeqs.add(seqOf(c));
  const onlyEntriesBetween = (a: number, b: number) => {
    for (let s = a + 1; s < b; s++) if (!entrySeqs.has(s)) return false;
    return true;
  };
  for (const run of runs) {
    const items = run.items;
    if (!ENTRY_FAMILIES.has(items[0].family)) continue;
    const adjacent = items.every((c, k) => k === 0 || onlyEntriesBetween(seqOf(items[k - 1]), seqOf(c)));
    const latin = items.every((c) => LATIN_AFTER_MARKER.test(text.slice(c.markerEnd, c.markerEnd + 3)));
    if (adjacent && latin) lastEntries.add(items[items.length - 1]);
  }
  if (!lastEntries.size) return () => false;
  return (entry, next) => {
    if (!lastEntries.has(entry)) return false;
    // An entry is its paragraph: a list begun inside a later paragraph that is no entry (「The spokesman said … First,
    // … Second, …」 after (a)–(e)) stands beside the list, not under its last entry.
    if (next.kind !== 'block') return seqOf(next) > seqOf(entry) && !entrySeqs.has(seqOf(next));
    if (seqOf(next) - seqOf(entry) < 2) return false;
    let k = next.block - 1;
    while (k >= 0 && scan.blocks[k].seq < 0) k--;
    return k >= 0 && LEAD_IN_END.test(text.slice(scan.blocks[k].start, scan.blocks[k].end));
  };
}
