import { describe, expect, it } from 'vitest';
import { anchorMany, type AnchorResult, describeRange } from '../../utils/anchoring';
import { anchor } from './helpers/anchor-one';
import { foldForAnchoring as fold } from '../../utils/text/fold';
import { foldWithMapForAnchoring } from './helpers/fold-oracle';
import type { Selector } from '../../utils/model';
import { at, ENGLISH, Page, SEED, SPEECH, span, TONGZHI } from '../fixtures/anchoring/corpus';

/** Selectors for the nth occurrence of `needle` in `text`. */
function annotate(text: string, needle: string, nth = 0): Selector[] {
  const [s, e] = span(text, needle, nth);
  return describeRange(text, s, e);
}

function expectAnchored(r: AnchorResult, start: number, end: number, method?: string) {
  expect(r).toMatchObject({ status: 'anchored', start, end });
  if (method) expect(r).toMatchObject({ method });
}

/** Annotates `needle` (nth) in the original, edits the page, and expects it where the edits moved it. */
function roundTrip(page: Page, needle: string, nth = 0, sels?: Selector[]) {
  const [s, e] = span(page.original, needle, nth);
  const selectors = sels ?? describeRange(page.original, s, e);
  const want = page.map(s, e);
  if (!want) throw new Error('range was edited away');
  const r = anchor(page.text, selectors);
  expectAnchored(r, want.start, want.end);
  return r;
}

describe('describeRange', () => {
  it('returns the quote with about 32 characters of context each side', () => {
    const [q, p] = describeRange(SEED, ...span(SEED, '一要坚决打好秦岭保卫战'));
    expect(q.exact).toBe('一要坚决打好秦岭保卫战');
    expect(fold(q.prefix).length).toBe(32);
    expect(fold(q.suffix).length).toBe(32);
    expect(SEED.slice(p.start - q.prefix.length, p.start)).toBe(q.prefix);
    expect(SEED.slice(p.end, p.end + q.suffix.length)).toBe(q.suffix);
    // Blank lines do not count towards the 32 characters.
    expect(q.prefix).toContain('\n');
  });

  it('trims white space off the range, clamps and orders offsets, and keeps short contexts at the edges', () => {
    const text = '  一要落实。\n二要落实。  ';
    const [q, p] = describeRange(text, 0, 8);
    expect(q.exact).toBe('一要落实。');
    expect(p).toEqual({ type: 'TextPositionSelector', start: 2, end: 7 });
    expect(q.prefix).toBe('  ');
    const [q2, p2] = describeRange(text, 999, 8);
    expect(q2.exact).toBe('二要落实。');
    expect(p2.end).toBe(13);
    expect(q2.suffix).toBe('  ');
  });

  it('never cuts a surrogate pair', () => {
    const text = '前文😀后文';
    const [q] = describeRange(text, 3, 5);
    expect(q.exact).toBe('😀后');
  });
});

describe('normalization', () => {
  it('drops white space and folds punctuation width, mapping back to original offsets', () => {
    const text = 'Ａ\u00a0b，“散乱污”\u3000企业。';
    const nt = foldWithMapForAnchoring(text);
    expect(nt.text).toBe('ab,"散乱污"企业.');
    expect(nt.map[2]).toBe(3); // ，
    expect(nt.map[nt.text.length]).toBe(text.length);
  });
});

describe('anchor: unchanged page', () => {
  it('anchors by position at the exact offsets', () => {
    for (const needle of ['一要坚决打好秦岭保卫战', '全力抓好任务落实', '“散乱污”']) {
      const [s, e] = span(SEED, needle);
      expectAnchored(anchor(SEED, describeRange(SEED, s, e)), s, e, 'position');
    }
  });

  it('anchors without a position selector when the quote is unique', () => {
    const [q] = describeRange(TONGZHI, ...span(TONGZHI, '“两客一危”车辆动态监控'));
    const [s, e] = span(TONGZHI, '“两客一危”车辆动态监控');
    expectAnchored(anchor(TONGZHI, [q]), s, e, 'quote');
  });

  it('anchorMany gives the same answers as anchor, in input order', () => {
    const sels = ['三要抓好省市考指标进度', '落实', '五是加快推进企业搬迁'].map((n) => annotate(SEED, n));
    expect(anchorMany(SEED, sels)).toEqual(sels.map((s) => anchor(SEED, s)));
  });
});

describe('anchor: edited page', () => {
  it('keeps a highlight whose words were corrected in place at the same place, also when text was inserted above', () => {
    const quote = '这是全委共同努力和市级相关部门大力配合的结果';
    const start = SEED.indexOf(quote);
    const selectors = describeRange(SEED, start, start + quote.length);
    const corrected = SEED.slice(0, start) + quote.replace('大力', '全力') + SEED.slice(start + quote.length);
    expect(anchor(corrected, selectors)).toMatchObject({ status: 'anchored', start, end: start + quote.length, method: 'fuzzy' });
    // Two corrections in a row, as anchorMany sees them after text inserted above.
    const shifted = `新增一段。\n${corrected}`;
    const [r] = anchorMany(shifted, [selectors]);
    expect(r).toMatchObject({ status: 'anchored', start: start + 6, end: start + 6 + quote.length });
  });

  it('finds the quote after a paragraph is inserted before its paragraph', () => {
    const page = new Page(SEED).insertBefore('李主任指出', '会议传达学习了全省工业经济运行调度会议精神，通报了上半年全市工业经济运行情况。\n\n');
    const r = roundTrip(page, '这是全委共同努力和市级相关部门大力配合的结果');
    expect(r).toMatchObject({ method: 'quote' });
  });

  it('finds the quote after text is inserted inside its paragraph, right before it', () => {
    const page = new Page(SEED).insertBefore('这是目前最大的政治任务', '这是市委市政府的明确要求。');
    roundTrip(page, '这是目前最大的政治任务');
    roundTrip(page, '必须切实扛起生态保护政治责任');
  });

  it('keeps the position when text is added after the quote’s paragraph', () => {
    const page = new Page(SEED).insertAfter('确保不出问题。', '\n\n（此段为新增内容）');
    const r = roundTrip(page, '机关纪委要不定期进行明察暗访');
    expect(r).toMatchObject({ method: 'position' });
  });

  it('finds quotes after other paragraphs are deleted', () => {
    const para = SEED.slice(SEED.indexOf('李主任指出'), SEED.indexOf('质量更高。') + 5);
    const page = new Page(SEED)
      .remove(para)
      .remove('三要抓好省市考指标进度。相关责任处室要采取有效措施，确保规上工业实现稳定增长。');
    roundTrip(page, '坚决不允许上班期间干与工作无关的事情');
    roundTrip(page, '全力加快企业搬迁进度');
  });

  it('re-attaches a quote with a changed character inside, at exact boundaries', () => {
    const page = new Page(SEED).replace('高能耗企业搬迁', '高耗能企业搬迁');
    const r = roundTrip(page, '全力抓好高能耗企业搬迁、“散乱污”企业整治、重点企业错峰生产等重点工作');
    expect(r).toMatchObject({ method: 'fuzzy' });
  });

  it('re-attaches when the first or last character of the quote changed', () => {
    const first = new Page(SEED).replace('要加强对各区县', '须加强对各区县');
    roundTrip(first, '要加强对各区县、开发区民营经济发展工作的督导');
    const last = new Page(SEED).replace('不能延误', '不得延误');
    roundTrip(last, '严格按照时间节点完成相关工作任务，抓紧抓好，不能延误');
  });

  it('re-attaches when a character was deleted at the start of the quote or inserted inside it', () => {
    const del = new Page(SEED).replace('主动协调各单位', '协调各单位');
    roundTrip(del, '主动协调各单位加快项目建设，严格按照时间节点完成');
    const ins = new Page(SEED).replace('每周至少集中协调一次', '每周至少集中协调一到两次');
    roundTrip(ins, '每周至少集中协调一次幸福路地区大企业搬迁工作');
  });

  it('ignores full/half width punctuation changes', () => {
    const page = new Page(SEED).replaceAllChars('，', ',').replaceAllChars('“', '"').replaceAllChars('”', '"');
    roundTrip(page, '要坚持标准，依法依规，在积极推进整治的同时');
    roundTrip(page, '“最多跑一次”改革项目建设');
  });

  it('ignores white space changes: extra spaces, NBSP, re-wrapped lines', () => {
    const page = new Page(TONGZHI)
      .replace('坚持人民至上', '坚持 人民至上')
      .replace('统筹发展和安全', '统筹发展\u00a0和安全');
    page.splice(at(page.text, '\n\n（二）工作目标'), 1, '');
    page.replace('\n\n', '\n \t\n', 0);
    const r = roundTrip(page, '坚持人民至上、生命至上，统筹发展和安全');
    expect(r).toMatchObject({ method: 'quote' });
    roundTrip(page, '（二）工作目标');
  });

  it('English: a changed word and white space changes', () => {
    const page = new Page(ENGLISH).replace('fallen by 12 per cent', 'fallen by 14 per cent').replace('improve air', 'improve  air');
    roundTrip(page, 'the number of mature trees in the city centre has fallen by 12 per cent');
    roundTrip(page, 'reduce flooding and improve air quality');
    roundTrip(page, 'Developers must submit a tree survey');
  });

  it('re-attaches a quote reworded in place, its context intact on both sides, after text was inserted above', () => {
    const quote = '这是全委共同努力和市级相关部门大力配合的结果';
    const start = SEED.indexOf(quote);
    const selectors = describeRange(SEED, start, start + quote.length);
    // Nine of 22 characters reworded (too many for an approximate match), the length kept.
    const reworded = '这是全委上下齐心协力和各区部门大力配合的结果';
    const edited = `会议前播放了宣传片。\n${SEED.slice(0, start)}${reworded}${SEED.slice(start + quote.length)}`;
    expect(reworded.length).toBe(quote.length);
    expectAnchored(anchor(edited, selectors), start + 11, start + 11 + quote.length, 'fuzzy');
  });

  it('does not take a reworded place when the same context stands around it twice (a repeated passage)', () => {
    const quote = '这是全委共同努力和市级相关部门大力配合的结果';
    const start = SEED.indexOf(quote);
    const selectors = describeRange(SEED, start, start + quote.length).filter((sel) => sel.type === 'TextQuoteSelector');
    const reworded = '这是全委上下齐心协力和各区部门大力配合的结果';
    const page = SEED.slice(0, start) + reworded + SEED.slice(start + quote.length);
    const twice = page + '\n' + page;
    expect(anchor(twice, selectors)).toMatchObject({ status: 'orphan' });
  });

  it('orphans a quote that was deleted', () => {
    const page = new Page(SEED).remove('机关纪委要不定期进行明察暗访，确保不出问题。');
    const [s, e] = span(SEED, '机关纪委要不定期进行明察暗访');
    expect(anchor(page.text, describeRange(SEED, s, e))).toEqual({ status: 'orphan', reason: 'not-found' });
  });

  it('orphans a quote whose paragraph was heavily rewritten', () => {
    const para = SEED.slice(span(SEED, '五是加快推进企业搬迁')[0], span(SEED, '全力加快企业搬迁进度。')[1]);
    const page = new Page(SEED).replace(para, '五是搬迁工作。幸福路地区企业搬迁由工作专班统筹推进，每月通报一次进展。');
    const [s, e] = span(SEED, '每周至少集中协调一次幸福路地区大企业搬迁工作');
    expect(anchor(page.text, describeRange(SEED, s, e))).toMatchObject({ status: 'orphan' });
  });
});

describe('anchor: repeated text', () => {
  const doubled = SEED + SEED;

  it('duplicated body: picks the first copy by position and context, also after an edit', () => {
    const needles = ['一要', '对大家的辛勤努力表示感谢', '落实', '确保“散乱污”企业整治工作顺利推进。'];
    for (const n of needles) {
      const [s, e] = span(doubled, n);
      const sels = describeRange(doubled, s, e);
      expectAnchored(anchor(doubled, sels), s, e, 'position');
      const page = new Page(doubled).insertBefore('9月4日上午', '【本站讯】');
      const want = page.map(s, e)!;
      expectAnchored(anchor(page.text, sels), want.start, want.end);
    }
  });

  it('duplicated body: an annotation made on the single body lands on the first copy', () => {
    const page = new Page(SEED).insertAfter('顺利推进。', SEED, 0);
    roundTrip(page, '继续发扬铁军精神');
    roundTrip(page, '二要认真开展作风问题大排查');
  });

  it('duplicated body without a position selector is ambiguous', () => {
    const [q] = describeRange(doubled, ...span(doubled, '继续发扬铁军精神'));
    expect(anchor(doubled, [q])).toEqual({ status: 'orphan', reason: 'ambiguous' });
  });

  it('boilerplate sentence repeated three times: the 2nd occurrence stays the 2nd', () => {
    const sentence = '各单位要高度重视，切实加强组织领导，确保各项工作落到实处。';
    const [s, e] = span(TONGZHI, sentence, 1);
    const sels = describeRange(TONGZHI, s, e);
    expectAnchored(anchor(TONGZHI, sels), s, e, 'position');
    const page = new Page(TONGZHI).insertBefore('一、总体要求', '根据《安全生产法》有关规定，');
    roundTrip(page, sentence, 1, sels);
    roundTrip(new Page(TONGZHI).remove(sentence, 0), sentence, 1, sels);
    // Without the position hint the contexts still tell the copies apart.
    expectAnchored(anchor(page.text, [sels[0]]), page.map(s, e)!.start, page.map(s, e)!.end, 'quote');
  });

  it('boilerplate sentence: the annotated copy deleted → orphan, never another copy', () => {
    const sentence = '各单位要高度重视，切实加强组织领导，确保各项工作落到实处。';
    const [s, e] = span(TONGZHI, sentence, 1);
    const page = new Page(TONGZHI).remove(sentence, 1);
    expect(anchor(page.text, describeRange(TONGZHI, s, e))).toMatchObject({ status: 'orphan' });
  });
});

describe('anchor: short quotes', () => {
  const shorts = ['一要', '二要', '三要', '落实'];

  it('tells 2–4 character quotes apart by context in a page with many occurrences', () => {
    const page = new Page(SPEECH)
      .insertBefore('二、关于优环境', '（此处新增一段关于稳就业的内容，一要稳岗位，二要促创业。）\n\n')
      .insertBefore('同志们，做好', '另外，要落实好防汛工作。\n\n');
    for (const n of shorts) {
      const count = SPEECH.split(n).length - 1;
      expect(count).toBeGreaterThanOrEqual(4);
      for (let k = 0; k < count; k++) roundTrip(page, n, k);
    }
  });

  it('short quotes with only a quote selector are told apart by their context', () => {
    for (let k = 0; k < 4; k++) {
      const [s, e] = span(SPEECH, '二要', k);
      const [q] = describeRange(SPEECH, s, e);
      expectAnchored(anchor(SPEECH, [q]), s, e, 'quote');
    }
  });

  it('a short quote whose context changed on both sides becomes an orphan, not a guess', () => {
    const [s, e] = span(SPEECH, '三要', 2);
    const sels = describeRange(SPEECH, s, e);
    const page = new Page(SPEECH).replace('二要防范化解债务风险，严格控制新增隐性债务。', '二要守住不发生系统性风险的底线。').replace('维护社会稳定，及时化解矛盾纠纷，', '做好社会面风险防控工作，');
    expect(anchor(page.text, sels)).toMatchObject({ status: 'orphan' });
  });

  it('a short quote still exactly at its stored position stays there when the words around it were reworded', () => {
    const [s, e] = span(SPEECH, '三要', 2);
    const sels = describeRange(SPEECH, s, e);
    // Same length on both sides (so the position holds), other words: the context no longer agrees.
    const before = SPEECH.slice(s - 6, s);
    const after = SPEECH.slice(e, e + 6);
    const edited = SPEECH.slice(0, s - 6) + '甲乙丙丁戊己' + '三要' + '庚辛壬癸子丑' + SPEECH.slice(e + 6);
    expect(before).not.toBe('甲乙丙丁戊己');
    expect(after).not.toBe('庚辛壬癸子丑');
    expectAnchored(anchor(edited, sels), s, e, 'position');
  });

  it('a short quote is never fuzzy-matched: 一要 changed to 一是 is an orphan', () => {
    const [s, e] = span(SPEECH, '一要', 1);
    const sels = describeRange(SPEECH, s, e);
    const page = new Page(SPEECH).replace('一要', '一是', 1);
    expect(anchor(page.text, sels)).toMatchObject({ status: 'orphan' });
  });

  it('heading markers （一） in a 通知 with several levels', () => {
    const page = new Page(TONGZHI).insertBefore('二、检查内容', '（三）基本原则。坚持属地管理、分级负责。\n\n');
    for (let k = 0; k < 4; k++) roundTrip(page, '（一）', k);
    roundTrip(page, '1. 危险化学品');
  });
});

describe('anchor: odd input', () => {
  it('orphans selectors without a quote, or with an empty one', () => {
    expect(anchor(SEED, [{ type: 'TextPositionSelector', start: 0, end: 5 }])).toMatchObject({ status: 'orphan' });
    expect(anchor(SEED, [])).toMatchObject({ status: 'orphan' });
    expect(anchor(SEED, [{ type: 'TextQuoteSelector', exact: '  ', prefix: '', suffix: '' }])).toMatchObject({
      status: 'orphan',
      reason: 'not-found',
    });
  });

  it('tolerates partial stored selectors: missing context is unknown, not empty', () => {
    const [s, e] = span(SEED, '继续发扬铁军精神，围绕打赢秦岭保卫战');
    const partial = (exact: string) =>
      [
        { type: 'TextQuoteSelector', exact },
        { type: 'TextPositionSelector', start: Number.NaN, end: 3 },
      ] as unknown as Selector[];
    expectAnchored(anchor(SEED, partial('继续发扬铁军精神，围绕打赢秦岭保卫战')), s, e, 'quote');
    // A short quote without context cannot be verified.
    expect(anchor(SEED, partial('一要'))).toMatchObject({ status: 'orphan' });
  });

  it('survives a stale position outside the text', () => {
    const [q] = describeRange(SEED, ...span(SEED, '继续发扬铁军精神'));
    const [s, e] = span(SEED, '继续发扬铁军精神');
    expectAnchored(anchor(SEED, [q, { type: 'TextPositionSelector', start: 99999, end: 100010 }]), s, e, 'quote');
  });
});

describe('anchor: more page changes', () => {
  it('finds a moved paragraph at its new place', () => {
    const para = SEED.slice(at(SEED, '五是加快推进'), at(SEED, '企业搬迁进度。') + 7);
    const moved = SEED.replace(para, '').replace('在安排部署下阶段重点工作时', `${para}\n\n在安排部署下阶段重点工作时`);
    for (const needle of ['每周至少集中协调一次幸福路地区大企业搬迁工作', '进驻工作专班']) {
      const sels = annotate(SEED, needle);
      expectAnchored(anchor(moved, sels), ...span(moved, needle));
    }
  });

  it('re-attaches a whole-paragraph quote with several edits inside', () => {
    const para = SEED.slice(at(SEED, '二要认真开展'), at(SEED, '确保不出问题。') + 7);
    const page = new Page(SEED).replace('四风隐形变异', '“四风”隐形变异').replace('请销假等制度', '请休假等制度').replace('明察暗访', '明查暗访');
    const r = roundTrip(page, para);
    expect(r).toMatchObject({ method: 'fuzzy' });
  });

  it('ignores CRLF line endings and removed indentation', () => {
    const crlf = SEED.replace(/\n/g, '\r\n').replace(/\t/g, '');
    for (const needle of ['李主任强调：\n\n\n\t一要坚决打好秦岭保卫战', '四要', '对大家的辛勤努力表示感谢']) {
      const [s, e] = span(SEED, needle);
      const r = anchor(crlf, describeRange(SEED, s, e));
      expect(r.status).toBe('anchored');
      if (r.status === 'anchored') expect(fold(crlf.slice(r.start, r.end))).toBe(fold(needle));
    }
  });

  it('English: a short word with many occurrences is told apart by its context', () => {
    const page = new Page(ENGLISH).insertBefore('2. Main provisions', 'The Department has also published a summary of the evidence.\n\n');
    for (let k = 0; k < 5; k++) roundTrip(page, 'the', k);
  });

  it('an annotation on the second copy of a duplicated body stays there when the first copy changes', () => {
    const doubled = SEED + SEED;
    const page = new Page(doubled).replace('对大家的辛勤努力表示感谢', '向大家的辛勤付出表示衷心感谢', 0);
    roundTrip(page, '对大家的辛勤努力表示感谢', 1);
  });

  it('the annotated copy edited beyond recognition while an intact copy exists elsewhere → orphan, not the copy', () => {
    const doubled = SEED + SEED;
    const [s, e] = span(doubled, '对大家的辛勤努力表示感谢', 1);
    const page = new Page(doubled).replace('对大家的辛勤努力表示感谢', '向全体同志表示衷心感谢', 1);
    expect(anchor(page.text, describeRange(doubled, s, e))).toMatchObject({ status: 'orphan' });
  });

  it('a similar sentence in an unrelated place does not catch a deleted quote', () => {
    const [s, e] = span(SEED, '确保规上工业实现稳定增长');
    const page = new Page(SEED)
      .remove('相关责任处室要采取有效措施，确保规上工业实现稳定增长。')
      .insertBefore('9月4日上午', '会议指出，今年以来我市确保规上工业实现平稳增长，成效明显。\n\n');
    expect(anchor(page.text, describeRange(SEED, s, e))).toMatchObject({ status: 'orphan' });
  });

  it('identical short quote and context twice, without position → ambiguous', () => {
    const doubled = SEED + SEED;
    const [q] = describeRange(doubled, ...span(doubled, '一要', 1));
    expect(anchor(doubled, [q])).toEqual({ status: 'orphan', reason: 'ambiguous' });
  });

  it('anchorMany keeps input order, with and without positions', () => {
    const needles = ['六是切实抓好', '一要', '9月4日上午', '落实'];
    const sels = needles.map((n) => annotate(SEED, n));
    sels[1] = [sels[1][0]]; // quote only
    const page = new Page(SEED).insertBefore('9月4日上午', '【通知】');
    const results = anchorMany(page.text, sels);
    needles.forEach((n, i) => {
      const want = page.map(...span(SEED, n))!;
      expectAnchored(results[i], want.start, want.end);
    });
  });
});

