/**
 * Paragraph numbers, not a list: Singapore's (and some Commonwealth) press releases number every paragraph of the
 * release for citation (「under paragraph 3(a)」): 1. From 1 January 2026, platform operators will…, 2. There are
 * about 70,000…, up to 8. More information is available at…, with only section headings between them. A reader
 * does not expect the whole release outlined; the lettered lists inside it are its lists. A run is read so when it
 * is written in Latin script, numbers the text's first paragraph (or its second, after an unnumbered lede), has five
 * numbers or more, every one of them opens a full sentence (no 「Purpose.」 or 「In these Regulations—」 heading), and
 * nothing stands between them but its own sub-lists and short headings.
 */
import type { Run } from './runs';
import type { Scan } from './scan';

const MIN_ITEMS = 5;
const SENTENCE_WORDS = 8;

export function isParagraphNumbering(text: string, scan: Scan, run: Run, entryBlocks: Set<number>): boolean {
  const items = run.items;
  if (items.length < MIN_ITEMS || items[0]!.family !== 'arabic-dot' || items.some((c) => c.kind !== 'block')) return false;
  // A release numbers its paragraphs from its first (or from its second, the lede left unnumbered): a list under a
  // lead-in or a heading (「Conditions of grant」, then 1. You must…) is the document's list, however it is written.
  let before = 0;
  for (let b = 0; b < items[0]!.block; b++) if (scan.blocks[b]!.seq >= 0) before++;
  if (before !== items[0]!.number - 1 || before > 1) return false;
  const itemBlocks = new Set(items.map((c) => c.block));
  for (const c of items) {
    const block = scan.blocks[c.block]!;
    const after = text.slice(c.markerEnd, block.end);
    if (!/^[ \u00a0]*[A-Z0-9“"]/.test(after)) return false;
    const firstSentence = /^[^.!?;:—]*[.!?;:—]?/.exec(after.trim())![0];
    if (firstSentence.split(/\s+/).length < SENTENCE_WORDS) return false;
  }
  for (let b = items[0]!.block + 1; b < items[items.length - 1]!.block; b++) {
    const block = scan.blocks[b]!;
    if (block.seq < 0 || itemBlocks.has(b) || entryBlocks.has(b)) continue;
    const line = text.slice(block.start, block.end).trim();
    if (line.length > 80 || /[.!?;:]$/.test(line)) return false;
  }
  return true;
}
