/**
 * The directive parser: markers at list positions → runs of consecutive items
 * → levels → lead sentences. Pure text in, offsets out; linear in the text
 * apart from sorting the (few) candidates.
 */
import { dropReferenceLists } from './reference-lists';
import { documentStarts } from './document-parts';
import { listEnds } from './entries';
import { FAMILY_BY_ID, isDocFamily } from './families';
import { place, type Placed } from './hierarchy';
import { languageParts } from './bilingual';
import { isParagraphNumbering } from './paragraph-numbers';
import { anchorParagraphs } from './japanese-families';
import { withLoneHeadings } from './lone-headings';
import { isSpaceCode } from './numerals';
import { RunBuilder, resolveSharedStarts } from './runs';
import { type Candidate, scanText, sentenceEndIn } from './scan';
import { dropTableOfContents } from './toc';
import { toHans } from '../hant';

export interface Directive {
  /** Offset in `text` where the marker begins. */
  start: number;
  /** Offset just after the marker (after 一要, 五是, （二）, 3., 第一，). */
  markerEnd: number;
  /** Offset just after the lead sentence, its 。！？； included. */
  leadEnd: number;
  /** The marker as written, trimmed: 一要, 五是, 第一, （二）, 3., (a), First. */
  ordinal: string;
  /** Stable id of the numbering family: shi, yao, di, qiyi, seq, cn-top, cn-paren, arabic-dot, … */
  family: string;
  /** The item number, numerals read whole: 十一是 → 11. */
  number: number;
  /** 1 = outermost. */
  level: number;
  /**
   * The browser draws the number (an `<ol>`'s item: ./drawn-items.ts): the text holds none, so the marker is
   * empty (`markerEnd` = `start`) and `ordinal` is the number as drawn.
   */
  drawn?: true;
}

export function findDirectives(written: string): Directive[] {
  // Traditional characters read as the Simplified ones the families know (第 1 條, 說明：一、): same offsets.
  const text = toHans(written);
  const scan = scanText(text);
  const candidates = anchorParagraphs(dropReferenceLists(text, scan, dropTableOfContents(text, scan)));

  // A bilingual text (a Chinese paragraph, then its Portuguese) numbers each language as a document of its own.
  const placed = languageParts(text, scan, candidates).flatMap((part) => placeItems(text, scan, part)).sort((a, b) => a.item.start - b.item.start);
  return placed.map(({ item, level }, k) => {
    const block = scan.blocks[item.block];
    // The lead stops at the sentence end, the block end, or the next item of an
    // inline list written with commas (一是…，二是…).
    let limit = block.end;
    const next = placed[k + 1]?.item;
    if (next && next.start < limit) limit = next.start;
    const stop = sentenceEndIn(scan.sentenceEnds, item.markerEnd, limit);
    let leadEnd = stop < 0 ? limit : stop + 1;
    while (leadEnd > item.markerEnd && isSpaceCode(text.charCodeAt(leadEnd - 1))) leadEnd--;
    // An article's number alone on its line (第 1 條 above its text): the lead is the next line's first sentence.
    if (leadEnd <= item.markerEnd && FAMILY_BY_ID.get(item.family)?.ownLine) leadEnd = nextLineLead(text, scan, item.block, next?.start) ?? leadEnd;
    return {
      start: item.start,
      markerEnd: item.markerEnd,
      leadEnd,
      ordinal: asWritten(written, text, item.start, item.ordinal).trim(),
      family: item.family,
      number: item.number,
      level,
    };
  });
}

/** Items of one document: runs of document headings, lone headings, narrative lists, and their levels. */
function placeItems(text: string, scan: ReturnType<typeof scanText>, candidates: Candidate[]): Placed[] {
  const headingRuns = new RunBuilder();
  const narrative: Candidate[] = [];
  const standalone: Candidate[] = [];
  const docCandidates: Candidate[] = [];
  for (const c of candidates) {
    if (FAMILY_BY_ID.get(c.family)?.standalone) standalone.push(c);
    else if (isDocFamily(c.family)) {
      docCandidates.push(c);
      headingRuns.feed(c);
    } else narrative.push(c);
  }
  const resolved = resolveSharedStarts(headingRuns.finish());
  // A release's paragraph numbers are no list (./paragraph-numbers.ts); its lettered lists stay.
  const entryBlocks = new Set(resolved.flatMap((r) => r.items.filter((c) => c.kind === 'block').map((c) => c.block)));
  const runs = resolved.filter((r) => !isParagraphNumbering(text, scan, r, entryBlocks));
  const inRuns = runs.flatMap((r) => r.items);
  const headings = withLoneHeadings(
    [...inRuns, ...standalone].sort((a, b) => a.start - b.start),
    headingRuns.singles,
    docCandidates,
  );

  return place(headings, narrative, listEnds(text, scan, runs), documentStarts(text, scan));
}

/** An ordinal found in the folded text, as the page writes it (条 back to 條). */
function asWritten(written: string, text: string, start: number, ordinal: string): string {
  if (written === text) return ordinal;
  return text.startsWith(ordinal, start) ? written.slice(start, start + ordinal.length) : ordinal;
}

/** Where the first sentence of the first non-blank block after `block` ends; null when an item starts that block. */
function nextLineLead(text: string, scan: ReturnType<typeof scanText>, block: number, nextItem: number | undefined): number | null {
  for (let b = block + 1; b < scan.blocks.length; b++) {
    const { start, end, seq } = scan.blocks[b]!;
    if (seq < 0) continue;
    if (nextItem !== undefined && nextItem < end) return null;
    const stop = sentenceEndIn(scan.sentenceEnds, start, end);
    let leadEnd = stop < 0 ? end : stop + 1;
    while (leadEnd > start && isSpaceCode(text.charCodeAt(leadEnd - 1))) leadEnd--;
    return leadEnd;
  }
  return null;
}
