import { describe, expect, it } from 'vitest';
import { buildTextIndex } from './helpers/run-steps';
import { drawHighlight, eraseHighlight, highlightElements, recolorHighlight } from '../../utils/dom/highlighter';
import { rangeToOffsets } from '../../utils/dom/selection';

function setup(html: string) {
  document.body.innerHTML = html;
  const root = document.body.firstElementChild as HTMLElement;
  return { root, index: buildTextIndex(root) };
}

describe('highlighter', () => {
  it('draws a highlight across paragraphs and erases it without a trace', () => {
    const { root, index } = setup('<div><p>一要坚决打好秦岭保卫战。这是目前</p><p>二要认真开展作风问题大排查。</p></div>');
    const before = root.innerHTML;
    const start = index.text.indexOf('保卫战');
    const end = index.text.indexOf('作风') + 2;
    const els = drawHighlight(index, start, end, 'a1', 'yellow');
    expect(els.map((e) => e.textContent).join('|')).toBe('保卫战。这是目前|二要认真开展作风');
    expect(highlightElements(root, 'a1')).toHaveLength(2);
    recolorHighlight(root, 'a1', 'green');
    expect(els.every((e) => e.getAttribute('data-nl-color') === 'green')).toBe(true);
    eraseHighlight(root, 'a1');
    expect(root.innerHTML).toBe(before);
  });

  it('lets highlights overlap', () => {
    const { root, index } = setup('<p>甲乙丙丁戊己庚辛</p>');
    drawHighlight(index, 0, 5, 'a', 'yellow');
    drawHighlight(index, 3, 8, 'b', 'blue');
    expect(highlightElements(root, 'a').map((e) => e.textContent).join('')).toBe('甲乙丙丁戊');
    expect(highlightElements(root, 'b').map((e) => e.textContent).join('')).toBe('丁戊己庚辛');
    expect(root.textContent).toBe('甲乙丙丁戊己庚辛');
  });
});

describe('selection to offsets', () => {
  it('maps a text selection to index offsets', () => {
    const { index } = setup('<div><p>第一段文字。</p><p>第二<b>段</b>文字。</p></div>');
    const range = document.createRange();
    const b = document.querySelector('b')!.firstChild!;
    range.setStart(index.nodes[0]!, 2);
    range.setEnd(b, 1);
    const o = rangeToOffsets(index, range)!;
    expect(index.text.slice(o.start, o.end)).toBe('段文字。\n第二段');
  });

  it('maps element boundaries (a whole paragraph selected) to the text inside', () => {
    const { root, index } = setup('<div><p>第一段。</p><p>第二段。</p><p>第三段。</p></div>');
    const range = document.createRange();
    range.setStart(root, 1);
    range.setEnd(root, 2);
    const o = rangeToOffsets(index, range)!;
    expect(index.text.slice(o.start, o.end)).toBe('第二段。');
  });

  it('returns null for a selection outside the indexed text', () => {
    document.body.innerHTML = '<div id="a"><p>正文</p></div><div id="b">页脚</div>';
    const index = buildTextIndex(document.getElementById('a')!);
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('b')!);
    expect(rangeToOffsets(index, range)).toBeNull();
  });
});
