/**
 * The raw-text checks at a position hint (utils/anchoring/at-hint.ts, issue 14): an edited page's annotations
 * placed without folding the page or searching it approximately, and the cases where those checks must step
 * aside for the full search (a near copy of the passage around the hint).
 */
import { describe, expect, it } from 'vitest';
import { anchorMany, describeRange } from '../../utils/anchoring';
import type { Selector } from '../../utils/model';

// A notice's paragraphs, as a CMS prints them (full-width punctuation, blank lines between paragraphs).
const P1 = '各区县人民政府，市人民政府各工作部门，各直属机构：\n\n';
const P2 = '为深入贯彻落实全省安全生产电视电话会议精神，切实做好岁末年初安全生产工作，现就有关事项通知如下。\n\n';
const P3 = '一要压实安全生产责任。各级各部门要严格落实党政同责、一岗双责，主要负责同志要亲自研究部署。\n\n';
const P4 = '二要深入开展隐患排查。聚焦道路交通、建筑施工、危险化学品、燃气等重点行业领域，开展拉网式排查。\n\n';
const P5 = '三要强化应急值守。严格执行领导带班和24小时值班制度，确保信息畅通、反应迅速、处置有力。\n\n';
const TEXT = P1 + P2 + P3 + P4 + P5;
const INSERTED = '市应急管理局要会同有关部门加强督导检查，对工作不力的单位予以通报。\n\n';

const annotate = (text: string, needle: string): Selector[] => {
  const s = text.indexOf(needle);
  if (s < 0) throw new Error(`not in the text: ${needle}`);
  return describeRange(text, s, s + needle.length);
};

describe('anchoring at the position hint, in the raw text', () => {
  it('places a quote edited in place after a paragraph was inserted above it, though its exact words stand elsewhere', () => {
    // The quote also stands, unedited, in a closing paragraph far below: the old search found that copy first
    // and needed the approximate search to prefer the edited place; the hint check takes it at once.
    const copy = '\n\n附：重点行业领域包括道路交通、建筑施工、危险化学品、燃气等重点行业领域。' + '（此处为附件说明文字。）'.repeat(60);
    const original = TEXT + copy;
    const before = annotate(original, '压实安全生产责任');
    const quote = annotate(original, '道路交通、建筑施工、危险化学品、燃气');
    const edited = (P1 + INSERTED + P2 + P3 + P4 + P5).replace('道路交通、建筑施工、危险化学品、燃气', '道路交通、建筑工地、危险化学品、燃气') + copy;
    const [r0, r1] = anchorMany(edited, [before, quote]);
    expect(r0).toMatchObject({ status: 'anchored', method: 'quote' });
    expect(edited.slice((r0 as { start: number }).start, (r0 as { end: number }).end)).toBe('压实安全生产责任');
    const at = edited.indexOf('道路交通、建筑工地');
    expect(r1).toEqual({ status: 'anchored', start: at, end: at + '道路交通、建筑工地、危险化学品、燃气'.length, method: 'fuzzy', score: expect.any(Number) });
  });

  it('places a quote whose context lost a character nearby, shifted like its neighbour', () => {
    const first = annotate(TEXT, '切实做好岁末年初安全生产工作');
    const second = annotate(TEXT, '深入开展隐患排查');
    const edited = (P1 + INSERTED + P2 + P3 + P4 + P5).replace('开展拉网式排查', '开展拉网排查');
    const results = anchorMany(edited, [first, second]);
    expect(results.map((r) => r.status)).toEqual(['anchored', 'anchored']);
    const r = results[1] as { start: number; end: number };
    expect(edited.slice(r.start, r.end)).toBe('深入开展隐患排查');
  });

  it('a paragraph printed twice, the annotated copy edited: the annotated place, not the twin that kept the words', () => {
    // The same paragraph twice, close together (a CMS template repeating a block), the annotated (first) one edited.
    // Around the hint a near copy of the passage stands: the hint check steps aside, the full search decides.
    const original = P1 + P4 + P4 + P5;
    const quote = annotate(original, '道路交通、建筑施工、危险化学品');
    const edited = P1 + P4.replace('建筑施工', '建筑工地') + P4 + P5;
    const [r] = anchorMany(edited, [quote]);
    const at = edited.indexOf('道路交通、建筑工地');
    expect(r).toMatchObject({ status: 'anchored', start: at, end: at + '道路交通、建筑工地、危险化学品'.length });
    // The trap beside it: the twin keeps the exact words, one paragraph further on.
    expect(edited.indexOf('道路交通、建筑施工、危险化学品')).toBe(at + P4.length);
  });
});
