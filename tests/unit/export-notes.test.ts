/**
 * The reader's notes in the Markdown export: exported as the Markdown they wrote (wiki links, bold, URLs,
 * lists, #tags), indented under their item, and unable to break the file (no HTML, heading, rule, front
 * matter or open code fence). Read back with commonmark; expected text written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { noteMarkdownLines, renderNoticeMarkdown } from '../../utils/export';
import type { Annotation, NoticeRecord } from '../../utils/model';
import * as F from '../fixtures/export/notices';
import { children, checklist, listDepth, ofType, parseMd, splitFrontMatter, textOf } from '../fixtures/export/md-helpers';

const PAGE = 'https://www.gov.cn/zhengce/content/2024-01/15/content_0000001.htm';
const notice: NoticeRecord = {
  page: PAGE, title: '关于开展专项督查的通知', site: '', source: '', published: '', docNumber: '',
  directives: [{ ordinal: '一、', level: 1, lead: '一、全面排查' }, { ordinal: '二、', level: 1, lead: '二、按期报送' }],
  firstSeen: F.EXPORTED_AT, lastSeen: F.EXPORTED_AT,
};
const base = { page: PAGE, selectors: [], tags: [], created: F.EXPORTED_AT, modified: F.EXPORTED_AT };
const directiveNote = (note: string, index = 0): Annotation => ({
  ...base, id: `d-${index}`, kind: 'directive', note, directive: { ...notice.directives[index]!, index },
});
const pageNote = (note: string, id = 'p-1'): Annotation => ({ ...base, id, kind: 'page-note', note });
const bodyOf = (annotations: Annotation[]) =>
  splitFrontMatter(renderNoticeMarkdown(notice, annotations, { exportedAt: F.EXPORTED_AT, lang: 'zh' })).body;

const RICH_NOTE = '见[[台账]]，**重点**：https://www.gov.cn/zhengce/x.htm\n- 第一项 #督办\n- 第二项\n  1. 子项';

describe('a note keeps the Markdown the reader wrote', () => {
  const body = bodyOf([directiveNote(RICH_NOTE)]);
  const root = parseMd(body);

  it('comes out as the same text, indented under its directive', () => {
    expect(body).toContain(
      '- [ ] **一、** 全面排查\n\n  笔记：见[[台账]]，**重点**：https://www.gov.cn/zhengce/x.htm\n  - 第一项 #督办\n  - 第二项\n    1. 子项\n\n- **二、** 按期报送\n',
    );
  });

  it('parses as the reader meant: bold, a nested list inside the item, wiki link, URL and #tag as text', () => {
    const item = ofType(root, 'item')[0]!;
    const note = children(item)[1]!;
    expect(note.type).toBe('paragraph');
    expect(textOf(note)).toBe('笔记：见[[台账]]，重点：https://www.gov.cn/zhengce/x.htm');
    expect(ofType(note, 'strong').map(textOf)).toEqual(['重点']);
    const list = children(item)[2]!;
    expect([list.type, list.listType, listDepth(list)]).toEqual(['list', 'bullet', 1]);
    expect(children(list).map((i) => textOf(children(i)[0]!))).toEqual(['第一项 #督办', '第二项']);
    const sub = ofType(list, 'list')[1]!;
    expect([sub.listType, textOf(sub)]).toEqual(['ordered', '子项']);
    // The next directive is still a directive of the outline, not swallowed by the note's list.
    expect(checklist(root).filter((i) => i.depth === 0).map((i) => i.text)).toEqual(['[ ] 一、 全面排查', '二、 按期报送']);
  });

  it('reads back as the note itself once the label and the indentation are taken off', () => {
    const lines = body.split('\n');
    const from = lines.findIndex((l) => l.startsWith('  笔记：'));
    const to = lines.indexOf('', from);
    const text = lines.slice(from, to).map((l) => l.slice(2)).join('\n').replace(/^笔记：/, '');
    expect(text).toBe(RICH_NOTE);
  });

  it('puts the label on its own line when the note starts with a list, so the list stays a list', () => {
    const b = bodyOf([directiveNote('- 甲\n- 乙')]);
    expect(b).toContain('- [ ] **一、** 全面排查\n\n  笔记：\n\n  - 甲\n  - 乙\n');
    const item = ofType(parseMd(b), 'item')[0]!;
    expect(children(item).map((n) => n.type)).toEqual(['paragraph', 'paragraph', 'list']);
  });

  it('turns leading tabs into spaces, so a nested list stays nested when indented', () => {
    expect(noteMarkdownLines('- a\n\t- b\n \t- c')).toEqual(['- a', '    - b', '    - c']);
    const item = ofType(parseMd(bodyOf([directiveNote('- a\n\t- b')])), 'item')[0]!;
    expect(ofType(item, 'list').map((l) => listDepth(l))).toEqual([1, 2]);
  });
});

describe('a note cannot break the file', () => {
  it('escapes every < that could open HTML, in code spans too; fenced code and web autolinks stay', () => {
    expect(noteMarkdownLines('<div>x</div> <b>y</b> <!-- c --> <?x <!X')).toEqual(['\\<div>x\\</div> \\<b>y\\</b> \\<!-- c --> \\<?x \\<!X']);
    expect(noteMarkdownLines('a `<b>` ``x ` <i>``')).toEqual(['a `\\<b>` ``x ` \\<i>``']);
    // The reader's own escapes stay; an escaped backslash does not protect the < after it.
    expect(noteMarkdownLines('\\<b> \\\\<i>')).toEqual(['\\<b> \\\\\\<i>']);
    expect(noteMarkdownLines('1 < 2，<3，<<，< b')).toEqual(['1 < 2，<3，<<，< b']);
    expect(noteMarkdownLines('<https://www.gov.cn/x> <mailto:a@b.cn> <javascript:alert(1)>')).toEqual([
      '<https://www.gov.cn/x> <mailto:a@b.cn> \\<javascript:alert(1)>',
    ]);
    expect(noteMarkdownLines('```html\n<div>\n---\n```\n<p>')).toEqual(['```html', '<div>', '---', '```', '\\<p>']);
  });

  it('escapes rules, setext underlines and headings, also inside lists and quotes, but not #tags or list dashes', () => {
    expect(noteMarkdownLines('---\n***\n - - -\n___\n===\n# 标题\n  ## 小节\n#标签\n- 条目\n--- 不是线')).toEqual([
      '\\---', '\\***', ' \\- - -', '\\___', '\\===', '\\# 标题', '  \\## 小节', '#标签', '- 条目', '--- 不是线',
    ]);
    // (`- ---` is a rule of four dashes, not a list item.)
    expect(noteMarkdownLines('> # 引用里的标题\n* ---\n- ---\n1. # 一\n> > ***\n- #标签')).toEqual([
      '> \\# 引用里的标题', '* \\---', '\\- ---', '1. \\# 一', '> > \\***', '- #标签',
    ]);
  });

  it('closes a code fence the reader left open', () => {
    expect(noteMarkdownLines('~~~~\n<b>\n~~~')).toEqual(['~~~~', '<b>', '~~~', '~~~~']);
    expect(noteMarkdownLines('``` a`b\n<b>')).toEqual(['``` a`b', '\\<b>']);
    // A closer may be indented; a fence line indented 1–3 spaces outside a fence is escaped (a list may hold it).
    expect(noteMarkdownLines('```\ncode\n  ```\n<b>')).toEqual(['```', 'code', '  ```', '\\<b>']);
    expect(noteMarkdownLines('- a\n  ```\n  <b>')).toEqual(['- a', '  \\```', '  \\<b>']);
    const b = bodyOf([pageNote('```\ncode\n---'), { ...pageNote('second', 'p-2'), tags: ['后'] }]);
    const top = children(parseMd(b));
    expect(top.map((n) => n.type)).toEqual([
      'heading', 'paragraph', 'paragraph', 'heading', 'list', 'heading', 'code_block', 'thematic_break', 'paragraph', 'paragraph',
    ]);
    expect(top.slice(-2).map(textOf)).toEqual(['second', '标签：后']);
  });

  it('keeps two page notes apart: an indented line of the second does not join the first one\u2019s list', () => {
    const b = bodyOf([pageNote('- 甲', 'p-1'), pageNote('  乙', 'p-2')]);
    expect(b.endsWith('## 页面笔记\n\n- 甲\n\n* * *\n\n  乙\n')).toBe(true);
    const top = children(parseMd(b));
    expect(top.slice(-3).map((n) => [n.type, textOf(n)])).toEqual([['list', '甲'], ['thematic_break', ''], ['paragraph', '乙']]);
  });
});

/** Deterministic pseudo-random numbers (mulberry32), so failures reproduce. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const PIECES = [
  '---', '***', '===', '#', '# ', '## ', '<', '<div>', '</div>', '<!--', '-->', '<script>', '<https://a.cn>', '`', '``',
  '```', '~~~', '\\', '- ', '1. ', '> ', '|', '[[台账]]', '**', '#tag', '    ', '\t', '\n', '\n\n', ' ', '文字', 'a',
];

describe('random notes full of Markdown', () => {
  it('never make HTML, a heading, a rule or front matter, nor move the sections, in 1000 tries', () => {
    const next = rng(7);
    let tries = 0;
    for (let i = 0; i < 1000; i++) {
      let note = '';
      const len = 1 + Math.floor(next() * 14);
      for (let k = 0; k < len; k++) note += PIECES[Math.floor(next() * PIECES.length)];
      const md = renderNoticeMarkdown(notice, [directiveNote(note), pageNote(note)], { exportedAt: F.EXPORTED_AT, lang: 'zh' });
      const { data, body } = splitFrontMatter(md);
      expect(data.title, JSON.stringify(note)).toBe(notice.title);
      const root = parseMd(body);
      const sections = note.trim() ? ['部署事项', '页面笔记'] : ['部署事项'];
      expect(ofType(root, 'heading').map(textOf), JSON.stringify(note)).toEqual([notice.title, ...sections]);
      for (const t of ['html_inline', 'html_block', 'thematic_break'] as const) expect(ofType(root, t), JSON.stringify(note)).toEqual([]);
      // Both directives stay the outline's two top-level items.
      expect(children(children(root).find((n) => n.type === 'list')!).length, JSON.stringify(note)).toBe(2);
      tries++;
    }
    expect(tries).toBe(1000);
  });
});
