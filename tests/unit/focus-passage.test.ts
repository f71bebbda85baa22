/**
 * Keyboard focus on a passage of the page (a directive mark, a highlight) after a jump or a closed note, and
 * kept on the same annotation when a save redraws the marks. On happy-dom, with a notice body as a CMS prints it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { focusPassage, keepingPassageFocus } from '../../utils/dom/focus-passage';

const BODY = `
<div class="TRS_Editor"><p style="text-indent:2em">各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p>
<p style="text-indent:2em"><span style="font-family:仿宋_GB2312">一是<mark data-nl-annotation="hl_1">加强安全生产</mark>监管。</span></p>
<p style="text-indent:2em"><a href="#fj">附件</a>：1. 重点任务分工表</p></div>
<button id="panel-button">批注</button>`;

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '';
  root = document.createElement('main');
  root.append(document.createRange().createContextualFragment(BODY));
  document.body.append(root);
});
const mark = () => root.querySelector<HTMLElement>('mark')!;

describe('focusPassage', () => {
  it('focuses a passage that is not focusable by itself, without making it a Tab stop, and gives the markup back on blur', () => {
    focusPassage(mark());
    expect(document.activeElement).toBe(mark());
    expect(mark().getAttribute('tabindex')).toBe('-1');
    document.getElementById('panel-button')!.focus();
    expect(document.activeElement?.id).toBe('panel-button');
    expect(mark().hasAttribute('tabindex')).toBe(false);
  });

  it('leaves a tabindex the page set itself as it was', () => {
    const link = root.querySelector('a')!;
    link.setAttribute('tabindex', '0');
    focusPassage(link);
    expect(document.activeElement).toBe(link);
    document.getElementById('panel-button')!.focus();
    expect(link.getAttribute('tabindex')).toBe('0');
  });

  it('keeps tabindex when the blur left the focus on the passage (the window lost focus)', () => {
    focusPassage(mark());
    // The window's own blur: the element stays the document's active element.
    mark().dispatchEvent(new FocusEvent('blur'));
    expect(mark().getAttribute('tabindex')).toBe('-1');
  });

  it('does nothing for a node that cannot take focus', () => {
    const text = { ownerDocument: document } as unknown as Element;
    expect(() => focusPassage(text)).not.toThrow();
    expect(document.activeElement).toBe(document.body);
  });
});

describe('keepingPassageFocus', () => {
  /** A save's redraw: the marks are replaced by new ones of the same annotations. */
  const redraw = () => {
    const old = mark();
    const fresh = document.createElement('mark');
    fresh.setAttribute('data-nl-annotation', 'hl_1');
    fresh.textContent = old.textContent;
    old.replaceWith(fresh);
    return 'redrawn';
  };

  it('moves the focus to the new mark of the annotation that had it, and returns what the redraw returned', () => {
    focusPassage(mark());
    const before = mark();
    expect(keepingPassageFocus(root, redraw)).toBe('redrawn');
    expect(mark()).not.toBe(before);
    expect(document.activeElement).toBe(mark());
  });

  it('leaves the focus where it is when it was not on a mark', () => {
    document.getElementById('panel-button')!.focus();
    keepingPassageFocus(root, redraw);
    expect(document.activeElement?.id).toBe('panel-button');
    expect(mark().hasAttribute('tabindex')).toBe(false);
  });
});
