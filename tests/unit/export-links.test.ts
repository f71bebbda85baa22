/**
 * What the Markdown export links and cites: each quote's link back to its passage (`#notice-lens=ID` plus a
 * text fragment), the GB/T 7714 citation line, colour meanings and the access date. Expected values by hand.
 */
import { describe, expect, it } from 'vitest';
import { noticeFile } from '../../utils/app/notice-file';
import { citationMarkdown, passageUrl, renderNoticeMarkdown, textDirective, type MarkdownStyle } from '../../utils/export';
import type { Annotation, NoticeRecord } from '../../utils/model';
import { lensFragmentId } from '../../utils/tab-protocol';
import * as F from '../fixtures/export/notices';
import { children, ofType, parseMd, splitFrontMatter, textOf } from '../fixtures/export/md-helpers';

const PAGE = 'https://www.gov.cn/zhengce/x.htm';
const bare: NoticeRecord = {
  page: PAGE, title: '关于开展专项督查的通知', site: '', source: '', published: '', docNumber: '', directives: [],
  firstSeen: F.EXPORTED_AT, lastSeen: F.EXPORTED_AT,
};
const highlight = (id: string, exact: string, p: Partial<Annotation> = {}): Annotation => ({
  id, page: PAGE, kind: 'highlight', note: '', tags: [], created: F.EXPORTED_AT, modified: F.EXPORTED_AT,
  selectors: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }], ...p,
});
const body = (n: NoticeRecord, a: Annotation[], style: MarkdownStyle = {}) =>
  splitFrontMatter(renderNoticeMarkdown(n, a, { ...style, exportedAt: F.EXPORTED_AT, lang: 'zh' })).body;

describe('text fragments', () => {
  it('are left out where they would not find the passage again: no quote, or one too short to be unique', () => {
    expect(textDirective('')).toBe('');
    expect(textDirective('落实')).toBe('');
    expect(textDirective('  加强\n  督查 ')).toBe('');
  });

  it('match a short quote whole, percent-encoded, with the directive syntax (- , &) and ( ) encoded too', () => {
    expect(textDirective('继续发扬铁军精神')).toBe('text=%E7%BB%A7%E7%BB%AD%E5%8F%91%E6%89%AC%E9%93%81%E5%86%9B%E7%B2%BE%E7%A5%9E');
    expect(textDirective('flood  plans\tnow')).toBe('text=flood%20plans%20now');
    expect(textDirective('A-1, B&C (x)!')).toBe('text=A%2D1%2C%20B%26C%20%28x%29%21');
  });

  it('match a longer quote by its two ends, in whole words, and a quote over blocks from its first to its last', () => {
    expect(textDirective('Local authorities should publish')).toBe('text=Local%20authorities,should%20publish');
    expect(textDirective('First para here.\n\nSecond one ends here.')).toBe('text=First%20para,ends%20here.');
    expect(textDirective('每周至少集中协调一次幸福路地区大企业搬迁工作。')).toBe(
      'text=%E6%AF%8F%E5%91%A8%E8%87%B3%E5%B0%91%E9%9B%86%E4%B8%AD%E5%8D%8F%E8%B0%83%E4%B8%80%E6%AC%A1,%E5%9C%B0%E5%8C%BA%E5%A4%A7%E4%BC%81%E4%B8%9A%E6%90%AC%E8%BF%81%E5%B7%A5%E4%BD%9C%E3%80%82',
    );
  });
});

describe('the link back to a passage', () => {
  it('is the page at the annotation, the page\u2019s own fragment replaced, with the text fragment after :~:', () => {
    expect(passageUrl(`${PAGE}#top`, 'h-1', 'flood plans now')).toBe(`${PAGE}#notice-lens=h-1:~:text=flood%20plans%20now`);
    expect(passageUrl(PAGE, 'h-1', '落实')).toBe(`${PAGE}#notice-lens=h-1`);
  });

  it('opens a framed notice in its shell page, without a text fragment (it would not look inside the frame)', () => {
    expect(passageUrl(PAGE, 'h-1', 'flood plans now', 'https://www.gov.cn/shell.htm')).toBe('https://www.gov.cn/shell.htm#notice-lens=h-1');
  });

  it('is not made for a page that is not a web address', () => {
    expect(passageUrl('javascript:alert(1)', 'h-1', 'flood plans now')).toBeNull();
    const r = parseMd(body({ ...bare, page: 'file:///c/x.htm' }, [highlight('h-1', 'flood plans now')]));
    expect(ofType(r, 'link')).toEqual([]);
  });

  it('still names the annotation when the tab\u2019s URL keeps the text fragment, and when the browser took it off', () => {
    const url = passageUrl(PAGE, 'ab:c-1', '继续发扬铁军精神')!;
    expect(lensFragmentId(new URL(url).hash)).toBe('ab:c-1');
    expect(lensFragmentId(new URL(url.replace(/:~:.*$/, '')).hash)).toBe('ab:c-1');
  });

  it('reads back from the Markdown as that URL, for an address with spaces, parentheses and &', () => {
    const page = 'https://www.gov.cn/a (1)/b_(c).htm?x=1&y=2';
    const r = parseMd(body({ ...bare, page }, [highlight('h-9', 'flood plans now')]));
    const back = ofType(r, 'link').filter((l) => textOf(l) === '↗');
    expect(back.map((l) => [l.destination, l.title])).toEqual([
      ['https://www.gov.cn/a%20(1)/b_(c).htm?x=1&y=2#notice-lens=h-9:~:text=flood%20plans%20now', '在原文中打开这段'],
    ]);
  });
});

describe('the citation line', () => {
  it('leaves out the parts that are not known', () => {
    expect(citationMarkdown(bare, '2024-05-06')).toBe('关于开展专项督查的通知\\[EB/OL\\]. \\[2024-05-06\\]. <https://www.gov.cn/zhengce/x.htm>');
    expect(citationMarkdown({ ...bare, source: '国务院', published: '2024-01-15', page: 'x' }, '2024-05-06')).toBe(
      '国务院. 关于开展专项督查的通知\\[EB/OL\\]. (2024-01-15)\\[2024-05-06\\].',
    );
    expect(citationMarkdown({ ...bare, docNumber: '国发〔2024〕1号' }, '')).toBe(
      '关于开展专项督查的通知: 国发〔2024〕1号\\[EB/OL\\]. <https://www.gov.cn/zhengce/x.htm>',
    );
    expect(citationMarkdown({ ...bare, title: ' ' }, '2024-05-06')).toBe('');
  });

  it('is dated the day the reader exported, in their own time zone, when exported alone', () => {
    const at = new Date(2024, 4, 7, 0, 30);
    const { markdown } = noticeFile({ notice: bare, annotations: [] }, 'zh', at);
    expect(markdown).toContain('\\[2024-05-07\\]. <https://www.gov.cn/zhengce/x.htm>');
    expect(textOf(children(parseMd(body(bare, [], { accessed: '2025-01-02' })))[2]!)).toBe(
      '引用：关于开展专项督查的通知[EB/OL]. [2025-01-02]. https://www.gov.cn/zhengce/x.htm',
    );
  });
});

describe('colour meanings', () => {
  const annotations = [
    highlight('h-1', '必须切实扛起生态保护政治责任', { color: 'yellow', tags: ['秦岭'] }),
    highlight('h-2', '如实上报相关情况', { color: 'pink' }),
    highlight('h-3', '加快推进企业搬迁', { color: 'blue', tags: ['搬迁'] }),
  ];
  const metaLines = (style: MarkdownStyle) => children(parseMd(body(bare, annotations, style))).filter((n) => n.type === 'paragraph').map(textOf).slice(2);

  it('are exported where the reader named one; a colour without a meaning writes nothing', () => {
    expect(metaLines({ colorMeanings: { yellow: '重点', blue: '  ' } })).toEqual(['标记：重点 · 标签：秦岭', '标签：搬迁']);
    expect(metaLines({})).toEqual(['标签：秦岭', '标签：搬迁']);
  });

  it('are the reader\u2019s words as text, never Markdown', () => {
    const r = parseMd(body(bare, annotations.slice(1, 2), { colorMeanings: { pink: '**疑问** <b>' } }));
    expect(children(r).map(textOf).at(-1)).toBe('标记：**疑问** <b>');
    expect(ofType(r, 'strong')).toEqual([]);
  });
});
