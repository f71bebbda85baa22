/**
 * utils/dom/text-extent.ts: where a body's text lies across the page, from the boxes the browser laid out. happy-dom
 * lays nothing out, so the boxes are given here as the browser gives them (tests/e2e/panel-dock.e2e.ts reads them
 * in Chromium); what is tested is which boxes count.
 */
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { textExtent } from '../../utils/dom/text-extent';

type Box = { left: number; right: number; width?: number; height?: number };

/** A document whose ranges report `boxes` (viewport px), scrolled `scrollX` sideways, `pageWidth` px wide. */
function laidOut(boxes: Box[], scrollX = 0, pageWidth = 1280) {
  const win = new Window({ url: 'https://gxj.xa.gov.cn/a.html' });
  const doc = win.document as unknown as Document;
  doc.body.innerHTML = '<div id="zoom"><p>一要坚决打好秦岭保卫战。</p><p>二要认真开展作风问题大排查。</p></div>';
  Object.defineProperty(doc.defaultView, 'scrollX', { value: scrollX });
  Object.defineProperty(doc.documentElement, 'scrollWidth', { value: pageWidth });
  const createRange = doc.createRange.bind(doc);
  doc.createRange = () => {
    const range = createRange();
    range.getClientRects = () =>
      boxes.map((b) => ({ left: b.left, right: b.right, width: b.width ?? b.right - b.left, height: b.height ?? 20, top: 0, bottom: 20 })) as unknown as DOMRectList;
    return range;
  };
  return doc.getElementById('zoom')!;
}

describe('textExtent', () => {
  it("spans the text's boxes, in page px when the page is scrolled sideways", () => {
    expect(textExtent(laidOut([{ left: 140, right: 1140 }, { left: 172, right: 900 }]))).toEqual({ left: 140, right: 1140 });
    expect(textExtent(laidOut([{ left: -70, right: 930 }], 100))).toEqual({ left: 30, right: 1030 });
  });

  it('leaves out boxes thrown off the page and empty ones, and gives null where no text shows', () => {
    // A screen-reader label at left: -9999px, an empty anchor, a zero-height spacer: no reader sees text there.
    const root = laidOut([{ left: 140, right: 1140 }, { left: -9999, right: -9900 }, { left: 600, right: 600 }, { left: 100, right: 1200, height: 0 }]);
    expect(textExtent(root)).toEqual({ left: 140, right: 1140 });
    // A box that starts off the page but reaches into it still counts: its text is cut, not hidden.
    expect(textExtent(laidOut([{ left: -40, right: 900 }]))).toEqual({ left: -40, right: 900 });
    expect(textExtent(laidOut([{ left: 1400, right: 1500 }], 0, 1280))).toBeNull();
    expect(textExtent(laidOut([]))).toBeNull();
  });
});
