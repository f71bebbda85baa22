/**
 * The library's result list on a keystroke (issue 14): the count and a screenful of cards in the keystroke's
 * own frame (6 until the page has measured its cards, then as many as fill the window), the rest of the first 20
 * in idle time; the first render shows all 20 at once. On happy-dom with the
 * idle callback faked; the notices are 30 hand-made entries of one site, titled 通知1 … 通知30.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ResultList } from '../../components/library/ResultList';
import { translator } from '../../utils/i18n';
import { buildLibraryIndex, queryLibrary } from '../../utils/library';
import { annotationCounts } from '../../utils/library/counts';
import type { NoticeRecord } from '../../utils/model';

const t = translator('zh');
let root: HTMLElement;
let idle: (() => void)[] = [];

const record = (i: number): NoticeRecord => ({
  page: `http://gxj.xa.gov.cn/tzgg/${i}.html`, title: `关于做好第${i}批重点项目申报工作的通知${i}`, site: '西安市工业和信息化局', source: '', published: '',
  docNumber: '', directives: [], firstSeen: '2024-01-01T00:00:00.000Z', lastSeen: `2024-01-${String(i).padStart(2, '0')}T00:00:00.000Z`,
});
const index = buildLibraryIndex(Array.from({ length: 30 }, (_, i) => ({ page: record(i + 1).page, notice: record(i + 1), count: 0 })), []);
const counts = annotationCounts([]);

beforeEach(() => {
  idle = [];
  vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
  vi.stubGlobal('cancelIdleCallback', () => {});
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  act(() => render(null, root));
  root.remove();
  vi.unstubAllGlobals();
});

const list = (text: string) => (
  <ResultList results={queryLibrary(index, { text })} selected={new Set()} countsOf={() => counts} t={t}
    onSelect={() => {}} onDownload={() => {}} onCopy={() => {}} onDelete={() => {}} />
);
const cards = () => root.querySelectorAll('[data-nl-notice]').length;

describe('the library result list', () => {
  it('shows the first 20 cards at once on its first render', () => {
    act(() => render(list(''), root));
    expect(cards()).toBe(20);
    expect(root.querySelector('[data-nl-field="result-count"]')!.textContent).toBe('30 篇');
    // Idle time only measures the cards (for the next keystroke): nothing more is rendered.
    act(() => idle.splice(0).forEach((run) => run()));
    expect(cards()).toBe(20);
  });

  it('after a keystroke: the new count and 6 cards at once, the rest of the 20 in idle time', () => {
    act(() => render(list(''), root));
    act(() => render(list('通知'), root));
    expect(root.querySelector('[data-nl-field="result-count"]')!.textContent).toBe('30 篇');
    expect(cards()).toBe(6);
    act(() => idle.splice(0).forEach((run) => run()));
    expect(cards()).toBe(20);
    // A query with fewer matches than a screenful shows them all at once.
    act(() => render(list('通知1'), root));
    expect(cards()).toBe(6);
    act(() => idle.splice(0).forEach((run) => run()));
    expect(cards()).toBe(11);
  });

  it('once laid out, a keystroke renders the cards that fill the window, the rest of the 20 in idle time', () => {
    // A 900 px window whose list starts at 354 px, cards 280 px tall (happy-dom lays nothing out):
    // the first two cards show, so the keystroke's frame builds three, one to spare.
    vi.stubGlobal('innerHeight', 900);
    const rect = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      const i = [...root.querySelectorAll('[data-nl-notice]')].indexOf(this);
      const top = 354 + 280 * Math.max(0, i);
      return { top, bottom: top + 280, height: 280, left: 0, right: 900, width: 900, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
    });
    try {
      act(() => render(list(''), root));
      act(() => idle.splice(0).forEach((run) => run()));
      act(() => render(list('通知'), root));
      expect(root.querySelector('[data-nl-field="result-count"]')!.textContent).toBe('30 篇');
      expect(cards()).toBe(3);
      act(() => idle.splice(0).forEach((run) => run()));
      expect(cards()).toBe(20);
    } finally {
      rect.mockRestore();
    }
  });
});
