/**
 * Bilingual documents: Macao's 公報 prints each paragraph of a 批示 in Chinese and then in Portuguese (Hong Kong's
 * ordinances in Chinese and English), so 一、 and 1. follow each other as translations, not as a heading and its
 * sub-item. Where the text alternates between a CJK and a Latin-script language, block by block, each language's
 * items are placed as a document of their own (find-directives.ts); a Chinese notice quoting an English title, or an
 * English abstract after it, does not alternate and is read whole.
 */
import type { Candidate, Scan } from './scan';

/** Blocks, items and switches of language a text needs to be read as two parallel documents. */
const MIN_BLOCKS_EACH = 3;
const MIN_SWITCHES = 4;
const MIN_ITEMS_EACH = 2;

/** Whether the block's text is mostly Latin letters (Portuguese, English) rather than CJK characters. */
function isLatinBlock(text: string, start: number, end: number): boolean {
  let latin = 0;
  let cjk = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) cjk++;
  }
  return latin > cjk * 2;
}

const LATIN_LETTERS = /[A-Za-z\u00c0-\u024f]+/g;

/** How many of the scan's text blocks hold a Latin letter (as isLatinBlock counts them), found by the regex engine. */
function blocksWithLatin(text: string, scan: Scan): number {
  const letters = new RegExp(LATIN_LETTERS);
  let count = 0;
  let b = 0;
  const blocks = scan.blocks;
  for (let m = letters.exec(text); m && b < blocks.length; m = letters.exec(text)) {
    // Blocks are in text order and do not overlap: move to the one that ends after this run of letters starts.
    while (b < blocks.length && blocks[b]!.end <= m.index) b++;
    if (b >= blocks.length) break;
    const block = blocks[b]!;
    if (block.seq >= 0 && block.start <= m.index) {
      count++;
      // On to the next block: one letter is enough for this one.
      letters.lastIndex = Math.max(letters.lastIndex, block.end);
      b++;
    }
  }
  return count;
}

/** The candidates as one document, or as two (the CJK blocks' and the Latin blocks') on a bilingual text. */
export function languageParts(text: string, scan: Scan, candidates: Candidate[]): Candidate[][] {
  // Only a block holding a Latin letter can be a Latin block: when too few do (a Chinese notice's "PM2.5", "APP"),
  // the text is one document, found without counting every character in script (cold on a first visit, issue 14).
  if (blocksWithLatin(text, scan) < MIN_BLOCKS_EACH) return [candidates];
  let latinBlocks = 0;
  let cjkBlocks = 0;
  let switches = 0;
  let last: boolean | null = null;
  const latin = new Set<number>();
  scan.blocks.forEach((b, i) => {
    if (b.seq < 0) return;
    const isLatin = isLatinBlock(text, b.start, b.end);
    if (isLatin) {
      latin.add(i);
      latinBlocks++;
    } else cjkBlocks++;
    if (last !== null && last !== isLatin) switches++;
    last = isLatin;
  });
  if (latinBlocks < MIN_BLOCKS_EACH || cjkBlocks < MIN_BLOCKS_EACH || switches < MIN_SWITCHES) return [candidates];
  const inLatin = candidates.filter((c) => latin.has(c.block));
  const inCjk = candidates.filter((c) => !latin.has(c.block));
  return inLatin.length >= MIN_ITEMS_EACH && inCjk.length >= MIN_ITEMS_EACH ? [inCjk, inLatin] : [candidates];
}
