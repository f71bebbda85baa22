/**
 * Lists that number references, not directives: the 附件说明 closing a 公文, the notes under a table or a 公报's figures,
 * and the footnotes of a European act. The reader carries out none of them, so their numbers are left out of the outline.
 */
import type { Candidate, Scan } from './scan';

/** 附件：, 附件: or 附件 alone (the label, white space allowed inside); in English Annex(es): / Attachment(s): / Enclosure(s):. */
const LABEL = /^[\s\u3000]*(?:附[\s\u3000]*件|(?:Annex|Attachment|Enclosure)(?:e?s)?)[\s\u3000]*[：:]?[\s\u3000]*$/;

/**
 * 注：, 注释： (the colon required) and English Note(s): / Notes to editors: — the notes under a table or closing a
 * 公报 (注：1.本表数据为快报数… 2.…): they explain the figures, the reader carries out nothing. Not 说明： or 备注：,
 * which as often head the notice's own requirements (说明：1.以上项目年底前完工; a 函's 說明：一、…), nor 注意事项：.
 */
const NOTE_LABEL = /^[\s\u3000]*(?:注(?:[\s\u3000]*释)?|Notes?(?:\s+to\s+editors)?)[\s\u3000]*[：:][\s\u3000]*$/;

/** A line that only labels the attachments below it (附件：, Annexes:): a list right after it names files, not items. */
export function isReferenceLabel(line: string): boolean {
  return LABEL.test(line) && /[：:]/.test(line);
}

export function dropReferenceLists(text: string, scan: Scan, candidates: Candidate[]): Candidate[] {
  const dropped = new Set<Candidate>();
  if (text.includes('OJ ')) for (const c of candidates) if (isOfficialJournalNote(text, scan, c)) dropped.add(c);
  if ((text.includes('附') && /附[\s\u3000]*件/.test(text)) || /\b(?:Annex|Attachment|Enclosure|Note)/.test(text) || text.includes('注')) {
    dropAttachmentLists(text, scan, candidates, dropped);
  }
  return dropped.size ? candidates.filter((c) => !dropped.has(c)) : candidates;
}

/**
 * A footnote of a European act: (1) at the start of its own line, citing the Official Journal — 「(1) OJ L 135,
 * 23.5.2023, p. 1.」 or 「(2) Regulation (EU) 2016/679 … (OJ L 119, 4.5.2016, p. 1).」 — as every note of an act
 * does. A recital or a paragraph of an article states something; it does not end in such a citation.
 */
function isOfficialJournalNote(text: string, scan: Scan, c: Candidate): boolean {
  if (c.family !== 'arabic-paren' || c.kind !== 'block') return false;
  const block = scan.blocks[c.block]!;
  if (block.end - c.markerEnd > 400) return false;
  return OJ_CITATION.test(text.slice(c.markerEnd, block.end));
}

/** The note is the citation (OJ L 135, 23.5.2023, p. 1.; OJ C, C/2024/1234), or ends with it in brackets. */
const OJ_CITATION = /^\s*OJ [LC]\b|\(OJ [LC]\b[^()]*\)\.?\s*$/;

/**
 * The 附件说明 that closes a 公文 (附件：1.申报表 / 2.汇总表) lists the files sent with the notice. The list begins
 * with a number right after 附件：, on the label's line or on the line after a 附件： line of its own, and goes on
 * as long as the next numbers of that family follow (on the same line or at the start of the next lines). Notes
 * (注：1.… 2.…) are read the same way after their label.
 */
function dropAttachmentLists(text: string, scan: Scan, candidates: Candidate[], dropped: Set<Candidate>): void {
  for (let k = 0; k < candidates.length; k++) {
    const first = candidates[k]!;
    if (first.number !== 1 || dropped.has(first) || !opensAttachmentList(text, scan, first)) continue;
    dropped.add(first);
    let last = first;
    for (let j = k + 1; j < candidates.length; j++) {
      const c = candidates[j]!;
      if (c.family !== first.family) continue;
      if (c.number !== last.number + 1 || !follows(text, scan, last, c)) break;
      dropped.add(c);
      last = c;
    }
  }
}

/** The number stands right after 附件： on its line, or starts the line after a 附件： line of its own. */
function opensAttachmentList(text: string, scan: Scan, c: Candidate): boolean {
  const block = scan.blocks[c.block]!;
  const before = text.slice(block.start, c.start);
  if (before.trim()) return (LABEL.test(before) && /[：:]/.test(before)) || NOTE_LABEL.test(before);
  const previous = previousBlock(scan, c.block);
  if (previous === null) return false;
  const label = text.slice(previous.start, previous.end);
  return LABEL.test(label) || NOTE_LABEL.test(label);
}

/** `next` is the next entry of the list `last` belongs to: later on the same line, or at the start of a line right after. */
function follows(text: string, scan: Scan, last: Candidate, next: Candidate): boolean {
  if (next.block === last.block) return true;
  const block = scan.blocks[next.block]!;
  const previous = previousBlock(scan, next.block);
  return previous === scan.blocks[last.block] && !text.slice(block.start, next.start).trim();
}

/** The non-blank block before block `b`, or null. */
function previousBlock(scan: Scan, b: number) {
  for (let k = b - 1; k >= 0; k--) if (scan.blocks[k]!.seq >= 0) return scan.blocks[k]!;
  return null;
}
