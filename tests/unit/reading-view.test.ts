/**
 * The reading view's marks on the page (utils/dom/reading-view.ts), its look's steps (utils/page/reading-look.ts)
 * and its remembered settings, on a CMS page laid out with a table (县政府 templates still are), with a
 * Word-pasted body: spans with their own sizes, `<p>&nbsp;</p>` spacers, an image paragraph.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { applyReadingView, removeReadingView } from '../../utils/dom/reading-view';
import { resetPage } from '../../utils/page/reset';
import { stepFont, type ReadingLook } from '../../utils/page/reading-look';
import { parseReaderSettings } from '../../utils/reader-settings';
import { READING_STYLE_ID } from '../../utils/page/reading-style';
import { installPageStyle } from '../../utils/page/page-stylesheet';
import { PAGE_STYLE_ID } from '../../utils/page/page-style';

const PAGE = `
<div class="head"><img alt="XX县人民政府" src="logo.png"><ul class="menu"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li></ul></div>
<table class="layout" width="1002" align="center"><tbody>
  <tr><td colspan="2" class="crumb">您的位置：<a href="/">首页</a> &gt; 通知公告</td></tr>
  <tr>
    <td class="left" width="240"><div class="column">栏目导航</div></td>
    <td class="right">
      <div class="title">XX县人民政府办公室关于做好2024年春季森林防火工作的通知</div>
      <div class="info">发布时间：2024-03-05　来源：县政府办</div>
      <div id="zoom" class="TRS_Editor">
        <p class="MsoNormal"><span style="font-size:16pt;font-family:仿宋_GB2312">各乡镇人民政府，县政府各部门：</span></p>
        <p>&nbsp;</p>
        <p><br></p>
        <p class="MsoNormal"><span style="font-size:16pt">一、提高思想认识。</span>各地要切实加强领导。<br></p>
        <p style="text-align:center"><img src="fire.jpg" alt="防火宣传"></p>
        <p class="MsoNormal">二、加强火源管理。</p>
      </div>
      <div class="share">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
    </td>
  </tr>
</tbody></table>
<div class="foot">主办：XX县人民政府办公室　网站标识码：1234000001</div>`;

const HEAD = { title: 'XX县人民政府办公室关于做好2024年春季森林防火工作的通知', facts: '来源：县政府办 · 日期：2024-03-05' };
const ON: ReadingLook = { on: true, fontPx: 20, width: 'narrow' };
let root: Element;

beforeEach(() => {
  for (const el of [document.documentElement, document.body]) for (const a of el.getAttributeNames()) el.removeAttribute(a);
  document.body.innerHTML = PAGE;
  root = document.getElementById('zoom')!;
});

const marked = (attr: string) => Array.from(document.querySelectorAll(`[${attr}]`)).map((el) => el.tagName.toLowerCase() + (el.className ? `.${el.className}` : ''));

describe("the reading view's stylesheet", () => {
  it('is added when the reader first turns the view on, once, and not with the marks\' sheet', () => {
    document.getElementById(READING_STYLE_ID)?.remove();
    installPageStyle(document);
    // The marks' sheet carries none of the view's rules (most visits never turn it on), but still keeps the
    // panel's margin and the highlights' colours for print.
    const marksSheet = document.getElementById(PAGE_STYLE_ID)!.textContent!;
    expect(marksSheet).not.toContain('data-nl-reading');
    expect(marksSheet).toMatch(/@media print \{\s*html\[data-nl-panel\] \{ margin: 0 !important/);
    expect(document.getElementById(READING_STYLE_ID)).toBeNull();
    applyReadingView(root, ON, HEAD);
    applyReadingView(root, { ...ON, fontPx: 22 }, HEAD);
    expect(document.querySelectorAll(`style#${READING_STYLE_ID}`)).toHaveLength(1);
    expect(document.getElementById(READING_STYLE_ID)!.textContent).toContain('html[data-nl-reading-size="22"]');
    // The page analysed again starts clean; the view is put back from the reader's settings then.
    resetPage(document);
    expect(document.getElementById(READING_STYLE_ID)).toBeNull();
    expect(document.getElementById(PAGE_STYLE_ID)).toBeNull();
  });
});

describe('applyReadingView', () => {
  it('marks the body, its ancestors up to <body>, a head before it and the empty paragraphs; sets the look on <html>', () => {
    applyReadingView(root, ON, HEAD);
    const html = document.documentElement;
    expect([html.hasAttribute('data-nl-reading'), html.getAttribute('data-nl-reading-size'), html.getAttribute('data-nl-reading-width')]).toEqual([true, '20', 'narrow']);
    expect(marked('data-nl-reading-root')).toEqual(['div.TRS_Editor']);
    expect(marked('data-nl-reading-path')).toEqual(['body', 'table.layout', 'tbody', 'tr', 'td.right']);
    // The empty spacers only: not the paragraph that ends in <br>, not the image's.
    expect(Array.from(root.querySelectorAll('[data-nl-reading-blank]')).map((p) => p.outerHTML)).toEqual(['<p data-nl-reading-blank="">&nbsp;</p>', '<p data-nl-reading-blank=""><br></p>']);
    const head = root.previousElementSibling!;
    expect(head.hasAttribute('data-nl-reading-head')).toBe(true);
    expect(Array.from(head.children).map((el) => [el.tagName, el.getAttribute('data-nl-reading-text'), el.textContent])).toEqual([
      ['H1', HEAD.title, ''],
      ['P', HEAD.facts, ''],
    ]);
  });

  it('adds no text to the page: the head is generated content', () => {
    const before = document.body.textContent;
    applyReadingView(root, ON, HEAD);
    expect(document.body.textContent).toBe(before);
  });

  it('leaves the title out when the body begins with it', () => {
    root.insertAdjacentHTML('afterbegin', '<p style="text-align:center"><b>XX县人民政府办公室关于做好2024年春季 森林防火工作的通知</b></p>');
    applyReadingView(root, ON, HEAD);
    expect(Array.from(document.querySelector('[data-nl-reading-head]')!.children).map((el) => el.tagName)).toEqual(['P']);
  });

  it('changes only the look when called again, and takes every mark away when turned off', () => {
    const original = document.documentElement.outerHTML;
    applyReadingView(root, ON, HEAD);
    applyReadingView(root, { on: true, fontPx: 24, width: 'wide' }, HEAD);
    expect(document.querySelectorAll('[data-nl-reading-head]').length).toBe(1);
    expect(document.documentElement.getAttribute('data-nl-reading-size')).toBe('24');
    expect(document.documentElement.getAttribute('data-nl-reading-width')).toBe('wide');
    applyReadingView(root, { ...ON, on: false }, HEAD);
    expect(document.documentElement.outerHTML).toBe(original);
  });

  it('is taken away by removeReadingView and by resetPage (before the page is analysed again)', () => {
    const original = document.body.innerHTML;
    applyReadingView(root, ON, HEAD);
    removeReadingView(document);
    expect(document.body.innerHTML).toBe(original);
    applyReadingView(root, ON, HEAD);
    resetPage(document);
    expect(document.body.innerHTML).toBe(original);
    expect(document.documentElement.hasAttribute('data-nl-reading')).toBe(false);
  });
});

describe('the look', () => {
  it('steps the font through the sizes and stops at the ends', () => {
    expect([stepFont(18, 1), stepFont(18, -1), stepFont(14, -1), stepFont(32, 1), stepFont(28, 1)]).toEqual([20, 16, 14, 32, 32]);
  });

  it('is remembered as read back, and anything malformed is the default (off, 18 px, medium)', () => {
    expect(parseReaderSettings({ reading: { on: true, fontPx: 24, width: 'wide' } }).reading).toEqual({ on: true, fontPx: 24, width: 'wide' });
    for (const bad of [undefined, null, 'on', { on: 'yes', fontPx: 19, width: 'huge' }, { fontPx: '20', width: 1 }]) {
      expect(parseReaderSettings({ reading: bad }).reading, JSON.stringify(bad)).toEqual({ on: false, fontPx: 18, width: 'medium' });
    }
  });
});
