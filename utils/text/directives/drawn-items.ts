/**
 * Items whose numbers only the browser draws (an `<ol>`'s items, found by utils/dom/drawn-lists.ts) put among the
 * directives the text parser found. The text holds no marker for them, so they are not parsed: the DOM says where
 * each item's text begins, its number, its list and the item its list is nested in; this module decides which lists
 * are directives, their levels among the written ones, and their leads. Pure: text and offsets in, offsets out.
 */
import type { Directive } from './find-directives';
import { drawnOrdinal } from './drawn-ordinal';
import { isDocFamily } from './families';
import { isReferenceLabel } from './reference-lists';

export interface DrawnItem {
  /** Offset in the text where the item's own text begins. */
  start: number;
  /** Offset just after the item's whole text, its nested lists included. */
  end: number;
  /** The item's number, as HTML counts it (start, value, reversed). */
  number: number;
  /** The list-style type it is drawn with (./drawn-ordinal.ts). */
  style: string;
  /** Items with the same list id are one `<ol>`. */
  list: number;
  /** Index (in the items) of the item whose nested list this item's list is; -1 when none. */
  parent: number;
}

/** A heading element of the page (h1–h6): where its text begins, and its rank (1 for h1). */
export interface PageHeading {
  start: number;
  rank: number;
}

/**
 * `written` as findDirectives returns them (ascending by start); `items` list by list, each list's in order;
 * `pageHeadings` the page's heading elements in order (an unnumbered one ends the numbered section above it).
 */
export function withDrawnItems(text: string, written: Directive[], items: DrawnItem[], pageHeadings: PageHeading[] = []): Directive[] {
  if (!items.length) return written;
  const kept = keptLists(text, written, items);
  if (!kept.size) return written;
  const headings = enclosing(written.filter((d) => isDocFamily(d.family) && startsBlock(text, d.start)), pageHeadings);
  const levels = new Map<number, number>();
  // One level per list, where its first item stands: the numbers written inside an item do not hold the next one.
  const listLevels = new Map<number, number>();
  const drawn: Directive[] = [];
  items.forEach((item, k) => {
    if (!kept.has(item.list)) return;
    let level = listLevels.get(item.list);
    if (level === undefined) {
      const parentLevel = levels.get(item.parent);
      level = parentLevel !== undefined ? parentLevel + 1 : (headings(item.start)?.level ?? 0) + 1;
      listLevels.set(item.list, level);
    }
    levels.set(k, level);
    drawn.push({
      start: item.start, markerEnd: item.start, leadEnd: item.start, ordinal: drawnOrdinal(item.style, item.number),
      family: `drawn-${item.style}`, number: item.number, level, drawn: true,
    });
  });
  const all = [...underItems(written, items, levels), ...drawn].sort((a, b) => a.start - b.start);
  all.forEach((d, k) => {
    if (d.drawn) d.leadEnd = leadEnd(text, d.start, all[k + 1]?.start);
  });
  return all;
}

/**
 * The lists that are directives: two items at least, or one that carries an earlier list on; not numbered in the
 * text as well (the written numbers are the items then); not the files named under a 附件： / Annexes: label.
 */
function keptLists(text: string, written: Directive[], items: DrawnItem[]): Set<number> {
  const writtenStarts = new Set(written.map((d) => d.start));
  const byList = new Map<number, DrawnItem[]>();
  for (const item of items) {
    const members = byList.get(item.list);
    if (members) members.push(item);
    else byList.set(item.list, [item]);
  }
  const kept = new Set<number>();
  // The last item of each kept list, by the item its list is nested in (-1: none) and style.
  const lastOf = new Map<string, DrawnItem>();
  for (const [list, members] of byList) {
    const first = members[0]!;
    const last = members[members.length - 1]!;
    const key = `${first.parent}\u0000${first.style}`;
    // A list of one item carries an earlier list on (<ol start="5"> after a paragraph): 5. after 4. is a list.
    const carriesOn = lastOf.get(key)?.number === first.number - 1;
    if (members.length < 2 && !carriesOn) continue;
    if (members.some((m) => writtenStarts.has(m.start))) continue;
    if (isReferenceLabel(lineBefore(text, first.start))) continue;
    kept.add(list);
    lastOf.set(key, last);
  }
  return kept;
}

/**
 * Written items inside a drawn item (an `<li>` holding its own (a), (b)) go under it, keeping their levels
 * relative to one another.
 */
function underItems(written: Directive[], items: DrawnItem[], levels: Map<number, number>): Directive[] {
  // One sweep in text order with the kept items open at the current place, innermost on top.
  const open: number[] = [];
  const inside = new Map<number, Directive[]>();
  let next = 0;
  // By where they start: the DOM gives a list's items before those of the lists nested in them.
  const keptOrder = [...levels.keys()].sort((a, b) => items[a]!.start - items[b]!.start);
  for (const d of written) {
    for (; next < keptOrder.length && items[keptOrder[next]!]!.start <= d.start; next++) {
      const k = keptOrder[next]!;
      while (open.length && items[open[open.length - 1]!]!.end <= items[k]!.start) open.pop();
      open.push(k);
    }
    while (open.length && items[open[open.length - 1]!]!.end <= d.start) open.pop();
    const owner = open[open.length - 1];
    if (owner === undefined) continue;
    const list = inside.get(owner);
    if (list) list.push(d);
    else inside.set(owner, [d]);
  }
  if (!inside.size) return written;
  const moved = new Map<Directive, number>();
  for (const [owner, list] of inside) {
    const top = list.reduce((min, d) => Math.min(min, d.level), Infinity);
    for (const d of list) moved.set(d, levels.get(owner)! + 1 + d.level - top);
  }
  return written.map((d) => (moved.has(d) ? { ...d, level: moved.get(d)! } : d));
}

/**
 * The written heading whose section holds a place: the last one before it, unless an unnumbered heading element of
 * the page stands between them at its rank or above (「6. You must not…」, then 「<h2>Reporting on your project</h2>」:
 * the list under that h2 is in no numbered section). A written heading in a heading element of its own keeps the
 * unnumbered ones of lower rank inside its section (an h3 under 「<h2>III. How to Apply</h2>」).
 */
function enclosing(written: Directive[], pageHeadings: PageHeading[]): (pos: number) => Directive | undefined {
  const rankAt = new Map(pageHeadings.map((h) => [h.start, h.rank]));
  const writtenStarts = new Set(written.map((d) => d.start));
  const plain = pageHeadings.filter((h) => !writtenStarts.has(h.start));
  return (pos) => {
    const last = lastBefore(written, pos);
    if (!last) return undefined;
    // Unnumbered heading elements between the written heading and the place, highest rank first.
    let top = Infinity;
    for (const h of plain) if (h.start > last.start && h.start < pos) top = Math.min(top, h.rank);
    if (top === Infinity) return last;
    // The nearest written heading before it that sits in a heading element ranked above the unnumbered one.
    for (let k = written.indexOf(last); k >= 0; k--) {
      const rank = rankAt.get(written[k]!.start);
      if (rank !== undefined && rank < top) return written[k];
    }
    return undefined;
  };
}

/** The last of `sorted` that starts before `pos`. */
function lastBefore(sorted: Directive[], pos: number): Directive | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo - 1];
}

/** A heading written at the start of its line encloses what follows; one inside a sentence does not. */
function startsBlock(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u3000' || text[i] === '\t' || text[i] === '\u00a0')) i--;
  return i < 0 || text[i] === '\n';
}

/** The line before the one that starts at or contains `pos`. */
function lineBefore(text: string, pos: number): string {
  const lineStart = text.lastIndexOf('\n', pos - 1);
  if (lineStart < 0) return '';
  let end = lineStart;
  // Blank lines between blocks are not the label's line.
  while (end > 0 && !text.slice(text.lastIndexOf('\n', end - 1) + 1, end).trim()) end = text.lastIndexOf('\n', end - 1);
  return end <= 0 ? '' : text.slice(text.lastIndexOf('\n', end - 1) + 1, end);
}

// 。！？；!?; end a sentence; so does a '.' before white space, unless it closes an abbreviation (U.S., e.g., No.).
const SENTENCE_END = /[。！？；!?;]|\.(?=\s|$)/g;
const ABBREVIATION = /(?:^|[\s(（])(?:[A-Za-z](?:\.[A-Za-z])*|e\.g|i\.e|etc|No|Nos|Mr|Mrs|Ms|Dr|St|Art|Sec|Reg|para|cf|vs)$/;

/** The first sentence of the item's first line, cut at the next directive; the terminator included. */
function leadEnd(text: string, start: number, next: number | undefined): number {
  let limit = text.indexOf('\n', start);
  if (limit < 0) limit = text.length;
  if (next !== undefined && next > start && next < limit) limit = next;
  SENTENCE_END.lastIndex = start;
  for (let m = SENTENCE_END.exec(text); m && m.index < limit; m = SENTENCE_END.exec(text)) {
    if (m[0] === '.' && ABBREVIATION.test(text.slice(Math.max(start, m.index - 12), m.index))) continue;
    return m.index + 1;
  }
  let end = limit;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}
