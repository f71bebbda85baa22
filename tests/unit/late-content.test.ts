import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchLateContent } from '../../utils/page/late-content';
import { resetPage } from '../../utils/page/reset';
import { analyzePage } from '../../utils/page/analyze';
import { loadFixture } from './helpers/load-page';

// The watcher's quiet period and bound run on the page's timers, faked here: time only moves when a
// test advances it, so "nothing happened" means the quiet period passed, not that a sleep was long enough.
describe('late content', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Lets the MutationObserver deliver its records, then moves the clock on. */
  async function advance(ms: number) {
    await vi.advanceTimersByTimeAsync(ms);
  }

  it('calls back once when a script fills in the body, not for small changes', async () => {
    document.body.innerHTML = '<div id="app">加载中…</div>';
    let calls = 0;
    const stop = watchLateContent(document, () => calls++, { quietMs: 20, minChange: 100 });
    document.getElementById('app')!.textContent = '加载完成';
    await advance(60);
    expect(calls).toBe(0);
    document.getElementById('app')!.textContent = '正文'.repeat(200);
    await advance(19);
    expect(calls, 'still inside the quiet period').toBe(0);
    await advance(1);
    expect(calls).toBe(1);
    await advance(1000);
    expect(calls, 'once, not again while the page stays quiet').toBe(1);
    stop();
  });

  it('waits for the page to stay quiet: each change restarts the quiet period', async () => {
    document.body.innerHTML = '<div id="app"></div>';
    let calls = 0;
    const stop = watchLateContent(document, () => calls++, { quietMs: 20, minChange: 10 });
    for (let i = 0; i < 5; i++) {
      document.getElementById('app')!.textContent += '新内容'.repeat(10);
      await advance(15);
    }
    expect(calls).toBe(0);
    await advance(5);
    expect(calls).toBe(1);
    stop();
  });

  it('is not woken by wrapping that keeps the text', async () => {
    document.body.innerHTML = `<p>${'通知正文。'.repeat(100)}</p>`;
    let calls = 0;
    const stop = watchLateContent(document, () => calls++, { quietMs: 20, minChange: 10 });
    const text = document.querySelector('p')!.firstChild as Text;
    const tail = text.splitText(20);
    const span = document.createElement('span');
    span.setAttribute('data-nl-annotation', 'x');
    tail.before(span);
    span.appendChild(tail);
    await advance(60);
    expect(calls).toBe(0);
    // The same watcher still wakes for new text.
    document.querySelector('p')!.append('新增正文'.repeat(10));
    await advance(60);
    expect(calls).toBe(1);
    stop();
  });

  it('gives up after its bound of runs', async () => {
    document.body.innerHTML = '<div id="app"></div>';
    let calls = 0;
    const stop = watchLateContent(document, () => calls++, { quietMs: 5, minChange: 1, maxRuns: 2 });
    for (let i = 0; i < 5; i++) {
      document.getElementById('app')!.textContent += '新内容'.repeat(10);
      await advance(25);
    }
    expect(calls).toBe(2);
    stop();
  });

  it('gives up after its bound of time', async () => {
    document.body.innerHTML = '<div id="app"></div>';
    let calls = 0;
    const stop = watchLateContent(document, () => calls++, { quietMs: 5, minChange: 1, maxWaitMs: 1000 });
    document.getElementById('app')!.textContent = '新内容'.repeat(10);
    await advance(10);
    expect(calls).toBe(1);
    await advance(1000);
    document.getElementById('app')!.textContent += '更多内容'.repeat(10);
    await advance(10);
    expect(calls).toBe(1);
    stop();
  });
});

describe('resetPage', () => {
  it('takes back every mark of an analysis, leaving the original text in place', () => {
    const doc = loadFixture('pages/sample-notice.html');
    const before = doc.body.textContent;
    const analysis = analyzePage(doc);
    expect(analysis.directives).toHaveLength(6);
    resetPage(doc);
    expect(doc.querySelectorAll('[data-nl-directive],[data-nl-duplicate],[data-nl-marker]')).toHaveLength(0);
    expect(doc.body.textContent).toBe(before);
    expect(doc.documentElement.hasAttribute('data-notice-lens')).toBe(false);
    // And the page can be analysed again with the same result.
    expect(analyzePage(doc).directives.map((d) => d.ordinal)).toEqual(['一要', '二要', '三要', '四要', '五是', '六是']);
  });
});
