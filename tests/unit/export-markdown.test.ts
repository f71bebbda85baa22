import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Node } from 'commonmark';
import { renderNoticeMarkdown, type MarkdownStyle } from '../../utils/export';
import type { Annotation, NoticeRecord } from '../../utils/model';
import * as F from '../fixtures/export/notices';
import { FIXTURES } from './helpers/load-page';
import { allNodes, checklist, children, ofType, parseMd, splitFrontMatter, textOf } from '../fixtures/export/md-helpers';

const render = (n: NoticeRecord, a: Annotation[], lang: 'zh' | 'en' = 'zh', style: MarkdownStyle = {}) =>
  renderNoticeMarkdown(n, a, { ...style, exportedAt: F.EXPORTED_AT, lang });

/** Node types that page text (and these notes, which use no Markdown) must never produce. */
const FORBIDDEN = ['image', 'html_inline', 'html_block', 'code', 'code_block', 'thematic_break', 'emph'] as const;

/**
 * The links are the source link, the citation's address and one link back per quote (the page at the
 * annotation, `#notice-lens=ID` and maybe a text fragment); nothing else links, and no HTML or image is made.
 */
function expectOwnLinks(root: Node, page: string, quoteIds: string[]) {
  const links = ofType(root, 'link').map((l) => decodeURI(l.destination ?? ''));
  expect(links.slice(0, 2)).toEqual([page, page]);
  expect(links.slice(2).map((l) => l.replace(/:~:text=.*$/, ''))).toEqual(quoteIds.map((id) => `${page}#notice-lens=${id}`));
  for (const t of FORBIDDEN) expect(ofType(root, t), t).toEqual([]);
}

/** The sample's highlights in the order they are exported. */
const SAMPLE_QUOTE_IDS = [1, 2, 5, 3].map((n) => `6f1c3b1e-8a55-4c1e-9b7e-00000000000${n}`);

function headings(root: Node) {
  return ofType(root, 'heading').map((h) => [h.level, textOf(h)] as const);
}

/**
 * The golden files are written and reviewed by hand: each is what a reader should get for its notice
 * (tests/fixtures/export/notices.ts). The test only reads them; nothing regenerates them, so a change
 * in the output is a failure to look at, and an intended change is made by editing the file.
 */
const golden = (name: string) => readFileSync(join(FIXTURES, 'export', name), 'utf8');

describe('golden files', () => {
  it('(a) the sample notice, Chinese', () => {
    expect(render(F.sampleNotice, F.sampleAnnotations)).toBe(golden('sample-zh.md'));
  });
  it('(a) the sample notice, English labels, colour meanings and every directive as a task', () => {
    expect(render(F.sampleNotice, F.sampleAnnotations, 'en', F.SAMPLE_EN_STYLE)).toBe(golden('sample-en.md'));
  });
  it('(b) the nested 一、（一）1. notice', () => {
    expect(render(F.nestedNotice, F.nestedAnnotations)).toBe(golden('nested-zh.md'));
  });
  it('(c) the hostile notice', () => {
    expect(render(F.hostileNotice, F.hostileAnnotations)).toBe(golden('hostile-zh.md'));
  });
});

describe('sample notice structure', () => {
  const md = render(F.sampleNotice, F.sampleAnnotations);
  const { data, body } = splitFrontMatter(md);
  const root = parseMd(body);

  it('front matter parses back with the notice metadata and sorted tag union', () => {
    expect(data).toEqual({
      title: F.sampleNotice.title,
      source: F.sampleNotice.page,
      site: F.sampleNotice.site,
      issuer: F.sampleNotice.source,
      published: '2018-09-05',
      tags: ['作风', '报送', '搬迁', '秦岭'],
      exported: F.EXPORTED_AT,
    });
  });

  it('has one title heading and the three sections', () => {
    expect(headings(root)).toEqual([
      [1, F.sampleNotice.title],
      [2, '部署事项'],
      [2, '其他划线'],
      [2, '页面笔记'],
    ]);
  });

  it('lists the six directives, the four the reader touched as tasks with their states', () => {
    const items = checklist(root);
    expect(items.map((i) => i.depth)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(items.map((i) => i.text)).toEqual([
      '[ ] 一要 坚决打好秦岭保卫战。（进行中）',
      '[x] 二要 认真开展作风问题大排查。',
      '[ ] 三要 抓好省市考指标进度。',
      '四要 加快推进“最多跑一次”改革项目建设。',
      '[x] 五是 加快推进企业搬迁。',
      '六是 切实抓好“散乱污”企业整治攻坚工作。',
    ]);
    expect(ofType(root, 'strong').map(textOf)).toEqual(['一要', '二要', '三要', '四要', '五是', '六是']);
  });

  it('puts highlights under their directive in document order, a multi-line quote as one blockquote', () => {
    const first = ofType(root, 'item')[0]!;
    const quotes = ofType(first, 'block_quote');
    expect(quotes).toHaveLength(2);
    // Each quote ends with its link back (↗).
    expect(textOf(quotes[0]!)).toBe('这是目前最大的政治任务。 ↗');
    expect(children(quotes[1]!).map((p) => [p.type, textOf(p)])).toEqual([
      ['paragraph', '如实上报相关情况，绝不允许出现漏报、瞒报情况。'],
      ['paragraph', '二要认真开展作风问题大排查。 ↗'],
    ]);
    // No colour line: no colour has a meaning here. The note's own line breaks are the reader's (soft breaks).
    const paras = children(first).filter((n) => n.type === 'paragraph').map(textOf);
    expect(paras).toEqual([
      '[ ] 一要 坚决打好秦岭保卫战。（进行中）',
      '笔记：本周内完成秦岭北麓房屋填报。',
      '笔记：全委首要任务',
      '标签：秦岭',
      '笔记：跨两段的划线： 第一行写报送要求 第二行写排查',
      '标签：报送、秦岭',
    ]);
    const fifth = ofType(root, 'item')[4]!;
    expect(ofType(fifth, 'block_quote').map(textOf)).toEqual(['每周至少集中协调一次幸福路地区大企业搬迁工作。 ↗']);
  });

  it('keeps highlights outside directives and the page note in their own sections', () => {
    const top = children(root);
    const other = top.findIndex((n) => n.type === 'heading' && textOf(n) === '其他划线');
    expect(top[other + 1]!.type).toBe('block_quote');
    expect(textOf(top[other + 1]!)).toBe('继续发扬铁军精神 ↗');
    expect(textOf(top[top.length - 1]!)).toBe('会议纪要：六项重点工作，其中一、二项最紧。 下周一前向办公室汇报进度。');
  });

  it('has a source line and a GB/T 7714 citation, and no other link, image or HTML but the links back', () => {
    expectOwnLinks(root, F.sampleNotice.page, SAMPLE_QUOTE_IDS);
    expect(textOf(children(root)[1]!)).toBe('原文：西安市工业和信息化局 · 来源：市工信委办公室 · 发布日期：2018-09-05');
    expect(textOf(children(root)[2]!)).toBe(
      '引用：市工信委办公室. 市工信委召开全体干部大会安排部署下阶段重点工作[EB/OL]. (2018-09-05)[2024-05-06]. http://gxj.xa.gov.cn/xwzx/gzdt/5bc6b6a6f8fd1c1b7d9a5b1e.html',
    );
  });

  it('does not depend on the order the annotations come in', () => {
    const reversed = [...F.sampleAnnotations].reverse();
    expect(render(F.sampleNotice, reversed)).toBe(md);
  });

  it('uses English labels when asked', () => {
    const en = parseMd(splitFrontMatter(render(F.sampleNotice, F.sampleAnnotations, 'en')).body);
    expect(headings(en).map(([, t]) => t)).toEqual([F.sampleNotice.title, 'Directives', 'Other highlights', 'Page note']);
    expect(checklist(en)[0]!.text).toBe('[ ] 一要 坚决打好秦岭保卫战。 (in progress)');
    expect(textOf(children(en)[2]!)).toMatch(/^Cite as: 市工信委办公室\. /);
  });
});

describe('nested notice structure', () => {
  const { data, body } = splitFrontMatter(render(F.nestedNotice, F.nestedAnnotations));
  const root = parseMd(body);

  it('nests the outline by level, tasks only where the reader touched a directive', () => {
    expect(checklist(root)).toEqual([
      { depth: 0, text: '[ ] 一、 总体要求（进行中）' },
      { depth: 1, text: '（一） 指导思想。' },
      { depth: 1, text: '（二） 工作目标。' },
      { depth: 2, text: '[x] 1. 到2025年，基本建成统一规范的政务服务体系。' },
      { depth: 2, text: '[ ] 2. 到2027年，全面实现“一网通办”。' },
      { depth: 0, text: '二、 重点任务' },
      { depth: 1, text: '[ ] （一） 优化营商环境。（进行中）' },
      { depth: 0, text: '三、 保障措施' },
    ]);
    // Every list is a bullet list made by the exporter: none from "1." ordinals.
    expect(ofType(root, 'list').every((l) => l.listType === 'bullet')).toBe(true);
    // Full-width ordinals are still bold (CJK punctuation next to ** is a classic trap).
    expect(ofType(root, 'strong').map(textOf)).toEqual(['一、', '（一）', '（二）', '1.', '2.', '二、', '（一）', '三、']);
  });

  it('puts a highlight under its nested directive and an orphan under other highlights', () => {
    const item = ofType(root, 'item')[4]!;
    expect(ofType(item, 'block_quote').map(textOf)).toEqual(['全面实现“一网通办” ↗']);
    const top = children(root);
    const other = top.findIndex((n) => n.type === 'heading' && textOf(n) === '其他划线');
    expect(textOf(top[other + 1]!)).toBe('各地区各部门要结合实际抓好落实 ↗');
    // A yellow highlight whose colour means nothing to the reader: no line after it.
    expect(top).toHaveLength(other + 2);
  });

  it('puts the document number in the front matter and the source line', () => {
    expect(data.doc_number).toBe('国办发〔2024〕3号');
    expect(textOf(children(root)[1]!)).toContain('文号：国办发〔2024〕3号');
    expect(textOf(children(root)[2]!)).toContain('国务院办公厅关于进一步优化政务服务的指导意见: 国办发〔2024〕3号[EB/OL]. (2024-01-15)');
    expectOwnLinks(root, F.nestedNotice.page, ['n-h1', 'n-h2']);
  });

  it("writes the notice's own 发文机关 and 成文日期; `issuer` stays the 来源", () => {
    expect(data).toMatchObject({ issuer: '国务院办公厅', authority: '国务院办公厅', written: '2024-01-12', published: '2024-01-15' });
    // A 来源 that is the 发文机关 itself is said once.
    expect(textOf(children(root)[1]!)).toContain('发文机关：国务院办公厅 · 成文日期：2024-01-12 · 发布日期：2024-01-15');
    expect(textOf(children(root)[1]!)).not.toContain('来源');
  });

  it('shows 发文机关 beside a different 来源 and cites the 发文机关', () => {
    const n: NoticeRecord = { ...F.nestedNotice, source: '中国政府网', issuer: '国务院', written: '' };
    const { data: d, body: b } = splitFrontMatter(render(n, []));
    expect(d).toMatchObject({ issuer: '中国政府网', authority: '国务院' });
    expect(Object.keys(d)).not.toContain('written');
    const r = parseMd(b);
    expect(textOf(children(r)[1]!)).toContain('发文机关：国务院 · 来源：中国政府网 · 发布日期：2024-01-15');
    expect(textOf(children(r)[2]!)).toMatch(/^引用：国务院\. 国务院办公厅关于进一步优化政务服务的指导意见: /);
    const en = parseMd(splitFrontMatter(render(n, [], 'en')).body);
    expect(textOf(children(en)[1]!)).toContain('Issuing authority: 国务院 · Issuer: 中国政府网');
  });

  it('nests directives whose levels skip (1 → 3) one step deeper, and starts deep lists at the top', () => {
    const n: NoticeRecord = {
      ...F.nestedNotice,
      directives: [
        { ordinal: '（一）', level: 2, lead: 'a' },
        { ordinal: '1.', level: 3, lead: 'b' },
        { ordinal: '一、', level: 1, lead: 'c' },
        { ordinal: '1.', level: 3, lead: 'd' },
      ],
    };
    const r = parseMd(splitFrontMatter(render(n, [])).body);
    expect(checklist(r).map((i) => i.depth)).toEqual([0, 1, 0, 1]);
    // Nothing touched: an outline, no tasks; with "all as tasks", every one is an open task.
    expect(checklist(r).map((i) => i.text)).toEqual(['（一） a', '1. b', '一、 c', '1. d']);
    const all = parseMd(splitFrontMatter(render(n, [], 'zh', { allAsTasks: true })).body);
    expect(checklist(all).map((i) => i.text)).toEqual(['[ ] （一） a', '[ ] 1. b', '[ ] 一、 c', '[ ] 1. d']);
  });
});

describe('edge cases', () => {
  const bare: NoticeRecord = {
    page: 'https://www.gov.cn/x.htm',
    title: '',
    site: '',
    source: '',
    published: '',
    docNumber: '',
    directives: [],
    firstSeen: F.EXPORTED_AT,
    lastSeen: F.EXPORTED_AT,
  };

  it('a notice without title, directives or annotations still exports, its empty fields left out', () => {
    const { data, yaml, body } = splitFrontMatter(render(bare, []));
    expect(data).toEqual({ source: bare.page, exported: F.EXPORTED_AT });
    expect(yaml).not.toMatch(/""|\[\]/);
    const root = parseMd(body);
    expect(headings(root)).toEqual([[1, '无标题']]);
    // No title, no citation: the source line is the last paragraph.
    expect(children(root).map(textOf)).toEqual(['无标题', '原文：www.gov.cn']);
  });

  it('exports an orphaned directive annotation with its note and marks it', () => {
    const a: Annotation = {
      id: 'x',
      page: bare.page,
      kind: 'directive',
      selectors: [],
      directive: { ordinal: '七是', index: 6, lead: '七是加强督查。' },
      status: 'done',
      note: '已督查',
      tags: [],
      created: F.EXPORTED_AT,
      modified: F.EXPORTED_AT,
    };
    const root = parseMd(splitFrontMatter(render(bare, [a])).body);
    expect(checklist(root)).toEqual([{ depth: 0, text: '[x] 七是 加强督查。（页面上已找不到）' }]);
  });

  it('finds a directive by its lead when the index moved', () => {
    const moved = F.sampleAnnotations.map((a) =>
      a.directive && a.directive.index === 4 ? { ...a, directive: { ...a.directive, index: 0 } } : a,
    );
    expect(render(F.sampleNotice, moved)).toBe(render(F.sampleNotice, F.sampleAnnotations));
  });

  it('sorts highlights by position, then id; highlights without a position last', () => {
    const h = (id: string, start?: number): Annotation => ({
      id,
      page: bare.page,
      kind: 'highlight',
      selectors: [
        { type: 'TextQuoteSelector', exact: `q-${id}`, prefix: '', suffix: '' },
        ...(start === undefined ? [] : [{ type: 'TextPositionSelector' as const, start, end: start + 1 }]),
      ],
      note: '',
      tags: [],
      created: F.EXPORTED_AT,
      modified: F.EXPORTED_AT,
    });
    const root = parseMd(splitFrontMatter(render(bare, [h('c'), h('b', 5), h('a', 5), h('z', 1)])).body);
    expect(ofType(root, 'block_quote').map(textOf)).toEqual(['q-z ↗', 'q-a ↗', 'q-b ↗', 'q-c ↗']);
  });
});
