/**
 * The hostile notice (tests/fixtures/export/notices.ts (c)): page text that tries every Markdown trick renders
 * as its literal text; the reader's notes keep their Markdown but make no HTML, heading, rule or front matter.
 */
import { describe, expect, it } from 'vitest';
import { renderNoticeMarkdown } from '../../utils/export';
import type { Annotation, NoticeRecord } from '../../utils/model';
import * as F from '../fixtures/export/notices';
import { children, ofType, parseMd, splitFrontMatter, textOf } from '../fixtures/export/md-helpers';

const render = (n: NoticeRecord, a: Annotation[]) => renderNoticeMarkdown(n, a, { exportedAt: F.EXPORTED_AT, lang: 'zh' });

describe('hostile notice structure', () => {
  const md = render(F.hostileNotice, F.hostileAnnotations);
  const { data, body } = splitFrontMatter(md);
  const root = parseMd(body);

  it('front matter reads back every hostile string exactly', () => {
    expect(data).toEqual({
      title: F.HOSTILE_TITLE,
      source: F.hostileNotice.page,
      site: F.hostileNotice.site,
      issuer: F.hostileNotice.source,
      published: F.hostileNotice.published,
      doc_number: F.hostileNotice.docNumber,
      tags: ['#tag', '---', '<b>', '[x]', 'a: b'],
      exported: F.EXPORTED_AT,
    });
  });

  it('has exactly the headings the exporter made; the title is one line of text', () => {
    const expectedTitle = F.HOSTILE_TITLE.replace(/\s*[\n\u2028]\s*/g, ' ').trim();
    expect(ofType(root, 'heading').map((h) => [h.level, textOf(h)])).toEqual([
      [1, expectedTitle],
      [2, '部署事项'],
      [2, '页面笔记'],
    ]);
  });

  it('makes no HTML, code, rule or emphasis at all, and links only what the exporter or the reader wrote', () => {
    const page = F.hostileNotice.page;
    const links = ofType(root, 'link').map((l) => decodeURI(l.destination ?? '').replace(/:~:text=.*$/, ''));
    // Source link, citation, the quote's link back; the reader's own [ref] and mailto autolink in the notes.
    expect(links).toEqual([page, page, page.replace(/#.*$/, '#notice-lens=h-1'), 'http://evil.example', 'mailto:foo@example.com']);
    expect(ofType(root, 'image').map((i) => i.destination)).toEqual(['http://evil.example/x.png']);
    for (const t of ['html_inline', 'html_block', 'code', 'code_block', 'thematic_break', 'emph'] as const) {
      expect(ofType(root, t), t).toEqual([]);
    }
    expect(ofType(root, 'strong').map(textOf)).toEqual(['1.', '-']);
    // The directive outline, the nested directive's list, and the page note's own list.
    expect(ofType(root, 'list')).toHaveLength(3);
    expect(ofType(root, 'block_quote')).toHaveLength(1);
  });

  it('shows the hostile quote as its literal text, followed by its link back', () => {
    const quote = ofType(root, 'block_quote')[0]!;
    const exact = (F.hostileAnnotations[0]!.selectors[0] as { exact: string }).exact;
    expect(children(quote).map((n) => n.type)).toEqual(['paragraph']);
    expect(textOf(quote)).toBe(`${exact.replace(/^ +/gm, '')} ↗`);
    // Every quote line, once its `> ` is off, starts with an escape or plain text.
    const quoteLines = body.split('\n').filter((l) => l.startsWith('  > ')).map((l) => l.slice(4));
    expect(quoteLines).toHaveLength(12);
    for (const l of quoteLines) expect(l, l).toMatch(/^(\\[^\s]|[a-z])/);
  });

  it('shows HTML in notes as text and keeps what else the reader wrote', () => {
    const item = ofType(root, 'item')[0]!;
    const paras = children(item).filter((n) => n.type === 'paragraph').map(textOf);
    expect(paras).toEqual([
      '[x] 1. [click](javascript:alert(1)) **bold**',
      // &lt; and &amp; are entities the reader wrote; the <script> tag is text.
      '笔记：img <script> & <script>alert(1)</script>',
      '笔记：',
      // [ref]: … is the reader's link definition, [ref] their link; the comment, *** and === are text.
      // The lone backslash is a hard break after the soft one that ends the === line.
      'ref <!-- comment --> *** === \n2) also not a list',
      '标签：#tag、<b>、[x]',
    ]);
  });

  it('keeps a page note from writing front matter or a heading: its --- lines are text', () => {
    const top = children(root);
    const notes = top.findIndex((n) => n.type === 'heading' && textOf(n) === '页面笔记');
    expect(top.slice(notes + 1).map((n) => [n.type, textOf(n)])).toEqual([
      ['paragraph', '--- title: injected ---'],
      ['list', '[ ] fake task foo@example.com mailto:foo@example.com'],
      ['paragraph', '标签：---、a: b'],
    ]);
    expect(body).toContain('\n\\---\ntitle: injected\n\\---\n');
  });

  it('does not link a javascript: page and shows it as text', () => {
    const n = { ...F.sampleNotice, page: 'javascript:alert(1)//', site: 'x' };
    const r = parseMd(splitFrontMatter(render(n, [])).body);
    expect(ofType(r, 'link')).toEqual([]);
    expect(textOf(children(r)[1]!)).toMatch(/^原文：x \(javascript:alert\(1\)\/\/\) · /);
    // The citation leaves the address out rather than write it as a link.
    expect(textOf(children(r)[2]!)).toBe('引用：市工信委办公室. 市工信委召开全体干部大会安排部署下阶段重点工作[EB/OL]. (2018-09-05)[2024-05-06].');
  });

  it('encodes a link destination so the href is the page URL, in the source link and the citation', () => {
    const page = 'https://example.gov.cn/p (1)/q?a=1&copy;=2&b=`x`\\y';
    const r = parseMd(splitFrontMatter(render({ ...F.sampleNotice, page }, [])).body);
    expect(ofType(r, 'link').map((l) => decodeURI(l.destination!))).toEqual([page, page]);
  });
});
