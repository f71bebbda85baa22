/**
 * Several documents on one page: a 征求意见 公告 followed by the draft and its 起草说明, a 印发 notice followed by the
 * plan it issues. Each is titled by a line of its own (the text holds no alignment, so a title is a short block
 * naming a kind of document, with no sentence in it) and numbers its parts from the start: a heading numbered 1
 * right under such a title opens a document of its own, so nothing before it encloses it (`place` in
 * ./hierarchy.ts starts from level 1 there). Without this, a 起草说明's 一、 nested under the draft's last 第十条.
 */
import type { Candidate, Scan } from './scan';

/** A document's own title: 《…办法（征求意见稿）》起草说明, 关于…的实施方案, …工作要点, Annex title lines. */
const DOCUMENT_KIND = /(?:说明|方案|办法|规定|细则|意见|通知|公告|通告|决定|规划|计划|要点|清单|措施|条例|制度|规则|指南|(?:征求意见稿|试行|草案|送审稿)[）)]?)[》」]?$/;
const SENTENCE = /[。；;！？!?：:，,]/;

export function isDocumentTitleLine(line: string): boolean {
  const t = line.trim();
  // A section's own heading (保障措施, 有关说明) is short: a document's title names its subject and issuer too; a
  // draft's 「（征求意见稿）」 line is its title's second line.
  return (t.length >= 8 || /^[（(].+[）)]$/.test(t)) && t.length <= 80 && !SENTENCE.test(t) && DOCUMENT_KIND.test(t);
}

/** Whether `h` (a heading numbered 1) stands right under a document title line of its own. */
export function documentStarts(text: string, scan: Scan): (h: Candidate) => boolean {
  // Built on the first heading numbered 1 asked about: most texts never need them.
  let bySeq: Map<number, number> | undefined;
  let numbered: Set<number> | undefined;
  return (h) => {
    if (h.number !== 1) return false;
    bySeq ??= new Map(scan.blocks.map((b, i) => [b.seq, i]));
    // A numbered heading (四、保障措施) names a part, not a document, however it ends.
    numbered ??= new Set(scan.candidates.filter((c) => c.start === firstNonSpace(text, scan.blocks[c.block]!.start, c.start + 1)).map((c) => c.block));
    const block = scan.blocks[h.block];
    if (!block || block.seq <= 0 || h.start !== firstNonSpace(text, block.start, block.end)) return false;
    const above = bySeq.get(block.seq - 1);
    if (above === undefined || numbered.has(above)) return false;
    return isDocumentTitleLine(text.slice(scan.blocks[above]!.start, scan.blocks[above]!.end));
  };
}

function firstNonSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && /\s/.test(text[i]!)) i++;
  return i;
}
