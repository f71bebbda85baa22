/**
 * Runs: a list is consecutive numbers of one family starting at 1. A gap or a
 * repeat ends the run, a 1 starts a new one, and a run of one item is not a list
 * (lone-headings.ts takes back the lone headings of a formal document).
 */
import { FAMILY_BY_ID } from './families';
import type { Candidate } from './scan';

export interface Run {
  items: Candidate[];
  /** Depth of the enclosing document heading when the run began (0: none). */
  depth: number;
}

const last = (r: Run) => r.items[r.items.length - 1];

export class RunBuilder {
  private open = new Map<string, Run>();
  private done: Run[] = [];
  /** Items whose run ended at one item, in order: candidates for a lone heading. */
  readonly singles: Candidate[] = [];

  feed(c: Candidate, depth = 0): void {
    const key = c.runKey;
    const own = this.open.get(key);
    if (c.wildcard) {
      // 最后 / Finally closes a list that is open, and is nothing on its own.
      if (own) {
        own.items.push({ ...c, number: last(own).number + 1 });
        this.close(key);
      }
      return;
    }
    // An abridged instrument skips regulations (1. … 5.—(1)): its own form carries the run on.
    if (own && (c.number === last(own).number + 1 || (c.anchor && c.number > last(own).number))) {
      own.items.push(c);
      return;
    }
    if (c.tentative) {
      // 2.3个工作日内… may carry a list on, or begin one at 1, but never breaks one.
      if (c.kind === 'block' && !own && c.number === 1) this.open.set(key, { items: [c], depth });
      return;
    }
    // A list may switch wording on the way (一要…四要, 五是, 六是) when the count carries on.
    const partner = FAMILY_BY_ID.get(c.family)?.partner;
    const other = partner ? this.open.get(partner) : undefined;
    if (partner && other && c.number === last(other).number + 1) {
      this.close(key);
      this.open.delete(partner);
      other.items.push(c);
      this.open.set(key, other);
      return;
    }
    if (c.soft && c.number !== 1) return;
    this.close(key);
    if (c.number === 1 || c.anchor) this.open.set(key, { items: [c], depth });
  }

  /** Ends the open runs that a new heading at this depth closes. */
  closeWhere(pred: (r: Run) => boolean): void {
    for (const [key, r] of [...this.open]) if (pred(r)) this.close(key);
  }

  finish(): Run[] {
    for (const key of [...this.open.keys()]) this.close(key);
    return this.done.sort((a, b) => a.items[0].start - b.items[0].start);
  }

  private close(key: string): void {
    const r = this.open.get(key);
    if (!r) return;
    this.open.delete(key);
    // A list needs a firm item: 1.5万人… 2.3万人… is a column of quantities.
    if ((r.items.length >= 2 || r.items[0].anchor) && r.items.some((c) => !c.tentative)) this.done.push(r);
    else if (r.items.length === 1 && !r.items[0].tentative) this.singles.push(r.items[0]);
  }
}

/**
 * (i) can be the ninth letter or Roman one; when both readings made it into a
 * run, keep the one whose list goes on past it (then Roman: (i) (ii) after (h)).
 */
export function resolveSharedStarts(runs: Run[]): Run[] {
  const byStart = new Map<number, { run: Run; at: number }[]>();
  for (const run of runs) {
    run.items.forEach((c, at) => {
      const list = byStart.get(c.start) ?? [];
      list.push({ run, at });
      byStart.set(c.start, list);
    });
  }
  const losers = new Set<Candidate>();
  for (const list of byStart.values()) {
    if (list.length < 2) continue;
    const score = (e: { run: Run; at: number }) =>
      (e.at < e.run.items.length - 1 ? 4 : 0) + (e.run.items[e.at].tentative ? 0 : 2) +
      (e.run.items[e.at].family === 'en-roman-paren' ? 1 : 0);
    list.sort((a, b) => score(b) - score(a));
    for (const e of list.slice(1)) losers.add(e.run.items[e.at]);
  }
  if (!losers.size) return runs;
  const kept: Run[] = [];
  for (const run of runs) {
    const items = run.items.filter((c) => !losers.has(c));
    if (items.length >= 2) kept.push({ ...run, items });
  }
  return kept;
}
