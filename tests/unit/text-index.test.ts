import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeIndexAt, splitAt, subIndex, type TextIndex } from '../../utils/dom/text-index';
import { buildTextIndex } from './helpers/run-steps';

/**
 * A DOM position for a text offset (the test's own reading of the index; the product reads ranges through
 * utils/dom/highlighter.ts). `end` affinity keeps an offset that falls on a
 * node boundary (or on a block separator) in the node before it, so a range never
 * swallows the following block.
 */
function positionAt(index: TextIndex, offset: number, affinity: 'start' | 'end'): { node: Text; offset: number } {
  let i = nodeIndexAt(index, offset);
  let node = index.nodes[i]!;
  let within = offset - index.starts[i]!;
  if (affinity === 'start' && within >= node.data.length && i + 1 < index.nodes.length) {
    i++;
    node = index.nodes[i]!;
    within = 0;
  }
  if (affinity === 'end' && within <= 0 && i > 0 && offset > 0) {
    node = index.nodes[i - 1]!;
    within = node.data.length;
  }
  return { node, offset: Math.max(0, Math.min(within, node.data.length)) };
}

/** The DOM range of index offsets [start, end), its ends placed as positionAt places them. */
function rangeAt(index: TextIndex, start: number, end: number): Range {
  const range = index.root.ownerDocument.createRange();
  const s = positionAt(index, start, 'start');
  const e = positionAt(index, end, 'end');
  range.setStart(s.node, s.offset);
  range.setEnd(e.node, e.offset);
  return range;
}
import { FIXTURES, loadFixture } from './helpers/load-page';
import { wrapRange, unwrap } from '../../utils/dom/wrap-range';
import { hideRange } from '../../utils/dom/hide-range';

function dom(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body.firstElementChild as HTMLElement;
}

describe('text index', () => {
  it('joins blocks with newlines and maps offsets back to nodes', () => {
    const root = dom('<div><p>\t一要坚决<b>打好</b>保卫战。</p><p>二要认真</p>第三行<br>第四行<script>x=1</script></div>');
    const index = buildTextIndex(root);
    expect(index.text).toBe('\t一要坚决打好保卫战。\n二要认真\n第三行\n第四行');
    const at = positionAt(index, index.text.indexOf('打好'), 'start');
    expect(at.node.data).toBe('打好');
    expect(at.offset).toBe(0);
    expect(rangeAt(index, index.text.indexOf('坚决'), index.text.indexOf('保卫')).toString()).toBe('坚决打好');
  });

  it('leaves out hidden elements, page UI and elements the caller skips', () => {
    const root = dom('<div><p>正文</p><p hidden>隐藏</p><p style="display: none">也隐藏</p><notice-lens-ui>界面</notice-lens-ui><p data-x>跳过</p></div>');
    expect(buildTextIndex(root, { skip: (el) => el.hasAttribute('data-x') }).text).toBe('正文');
  });

  it("leaves out a player's fallback text, which a browser that plays it never shows", () => {
    const root = dom('<div><video controls><source src="a.mp4" type="video/mp4"><p>您的浏览器不支持视频播放。</p></video><audio><p>不支持音频</p></audio><p>会议要求，一要压实责任。</p></div>');
    expect(buildTextIndex(root).text).toBe('会议要求，一要压实责任。');
  });

  it('walks very deep markup without overflowing the stack', () => {
    const root = dom(`<div>${'<span>'.repeat(3000)}深${'</span>'.repeat(3000)}</div>`);
    expect(buildTextIndex(root).text).toBe('深');
  });

  it('splits a text node at an offset and keeps the index consistent', () => {
    const root = dom('<p>甲乙丙丁</p>');
    const index = buildTextIndex(root);
    const i = splitAt(index, 2);
    expect(index.nodes.map((n) => n.data)).toEqual(['甲乙', '丙丁']);
    expect(index.starts).toEqual([0, 2]);
    expect(i).toBe(1);
  });
});

describe('wrapRange', () => {
  it('wraps a range that crosses inline elements, one wrapper per text node', () => {
    const root = dom('<p class="MsoNormal"><span>一要坚决</span><span lang="EN-US">打好秦岭</span>保卫战。这是</p>');
    const index = buildTextIndex(root);
    const start = 0;
    const end = index.text.indexOf('这是');
    const wrappers = wrapRange(index, start, end, () => document.createElement('mark'));
    expect(wrappers.map((w) => w.textContent)).toEqual(['一要坚决', '打好秦岭', '保卫战。']);
    expect(root.textContent).toBe('一要坚决打好秦岭保卫战。这是');
    // The index still describes the same text after splitting.
    expect(buildTextIndex(root).text).toBe(index.text);
    expect(rangeAt(index, index.text.indexOf('秦岭'), end).toString()).toBe('秦岭保卫战。');
    unwrap(wrappers);
    expect(root.querySelectorAll('mark').length).toBe(0);
    expect(root.textContent).toBe('一要坚决打好秦岭保卫战。这是');
  });
});

describe('hideRange', () => {
  it('hides from the middle of a paragraph to the end, marking whole elements where it can', () => {
    const root = dom('<div><p>第一段。</p><p><br></p><p>第二段顺利推进。第一段。</p><p><br></p><p>第二段顺利推进。</p></div>');
    const index = buildTextIndex(root);
    const start = index.text.indexOf('第一段。', 1);
    const marked = hideRange(index, start, index.text.length);
    expect(root.textContent).toBe('第一段。第二段顺利推进。第一段。第二段顺利推进。');
    expect(marked[0]!.tagName).toBe('SPAN');
    expect(marked[0]!.textContent).toBe('第一段。');
    expect(marked.slice(1).map((m) => m.tagName)).toEqual(['P', 'P']);
    const visible = buildTextIndex(root, { skip: (el) => el.hasAttribute('data-nl-duplicate') }).text;
    expect(visible.replace(/\n/g, '')).toBe('第一段。第二段顺利推进。');
  });
});

describe('subIndex: a block\'s index taken from its ancestor\'s', () => {
  const pages = [
    ...readdirSync(join(FIXTURES, 'corpus/pages')).map((f) => `corpus/pages/${f}`),
    ...readdirSync(join(FIXTURES, 'pages')).filter((f) => f.endsWith('.html')).map((f) => `pages/${f}`),
  ];

  it('equals a fresh walk of every block of every fixture page (text, nodes and offsets)', () => {
    let compared = 0;
    for (const page of pages) {
      const doc = loadFixture(page);
      const ancestor = buildTextIndex(doc.body);
      const indexed = new Set(ancestor.nodes);
      for (const el of Array.from(doc.body.querySelectorAll('div, p, td, li, section, article, table'))) {
        const derived = subIndex(ancestor, el);
        const fresh = buildTextIndex(el);
        if (!derived) {
          expect(fresh.nodes.filter((n) => indexed.has(n))).toEqual([]);
          continue;
        }
        expect(derived.text, page).toBe(fresh.text);
        // The same nodes, compared by identity (a deep comparison of DOM nodes costs seconds per page).
        expect(derived.nodes.length, page).toBe(fresh.nodes.length);
        expect(derived.nodes.findIndex((n, i) => n !== fresh.nodes[i]), page).toBe(-1);
        expect(derived.starts).toEqual(fresh.starts);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
    // Every block of every page of a growing corpus: seconds, not the default five.
  }, 60_000);

  it('declines an inline element, whose text a pending line break may precede', () => {
    const root = dom('<div><p>甲</p><span>  <b>乙</b></span></div>');
    const span = root.querySelector('span')!;
    expect(buildTextIndex(span).text).toBe('  乙');
    expect(subIndex(buildTextIndex(root), span)).toBeNull();
  });
});
