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
    // The count that found too little change doubled the quiet period: 40 ms now.
    await advance(39);
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

  it('on a huge page (text counted in slices), calls back for new content and not for wrapping', async () => {
    document.body.innerHTML = `<div id="stats">${'<span>·</span>'.repeat(25_000)}</div><div id="app"></div>`;
    let calls = 0;
    const stop = watchLateContent(document, () => calls++, { quietMs: 20, minChange: 100 });
    await advance(10);
    const dot = document.querySelector('#stats span')!;
    const wrapper = document.createElement('span');
    dot.before(wrapper);
    wrapper.appendChild(dot);
    await advance(60);
    expect(calls, 'wrapping keeps the text').toBe(0);
    document.getElementById('app')!.textContent = '正文'.repeat(100);
    await advance(60);
    expect(calls).toBe(1);
    stop();
  });

  /** A ticker that changes the page's text every 100 ms, faster than the quiet period, and keeps growing. */
  function startTicker(): () => void {
    document.body.innerHTML = '<div id="ticker"></div>';
    let tick = 0;
    const id = setInterval(() => {
      document.getElementById('ticker')!.textContent = '要闻'.repeat(++tick * 20);
    }, 100);
    return () => clearInterval(id);
  }

  it('a page whose text keeps changing a little is counted less and less often, and a body is still seen', async () => {
    document.body.innerHTML = '<div id="clock">00:00:00</div><div id="app"></div>';
    let calls = 0;
    // Each count of the page's text asks first how many elements the body has (a huge one is walked in slices).
    const spy = vi.spyOn(document.body, 'getElementsByTagName');
    const stop = watchLateContent(document, () => calls++, { quietMs: 50, maxDelayMs: 3_000, minChange: 100, maxWaitMs: 60_000 });
    await advance(1);
    const atStart = spy.mock.calls.length;
    // A clock ticking every 200 ms for 12 s: 60 changes of a few characters.
    let t = 0;
    const clock = setInterval(() => (document.getElementById('clock')!.textContent = `00:00:${String(++t % 60).padStart(2, '0')}`), 200);
    await advance(12_000);
    clearInterval(clock);
    // Quiet periods of 50, 100, 200 ms… then the 3 s maximum: a handful of counts, not one per tick.
    const counts = spy.mock.calls.length - atStart;
    expect(counts).toBeGreaterThan(2);
    expect(counts).toBeLessThan(10);
    expect(calls).toBe(0);
    // A body landing afterwards is still read, after the (now longer) quiet period.
    document.getElementById('app')!.textContent = '正文'.repeat(100);
    await advance(3_000);
    expect(calls).toBe(1);
    spy.mockRestore();
    stop();
  });

  it('a ticker faster than the quiet period starves a watcher without a maximum wait', async () => {
    const stopTicker = startTicker();
    let calls = 0;
    const stop = watchLateContent(document, () => calls++, { quietMs: 500, maxDelayMs: Number.POSITIVE_INFINITY, minChange: 100 });
    await advance(10_000);
    expect(calls, 'each change pushed the check back').toBe(0);
    stopTicker();
    await advance(600);
    expect(calls, 'the check runs once the ticker stops').toBe(1);
    stop();
  });

  it('a ticker faster than the quiet period: checks run at the maximum wait, and stay bounded', async () => {
    const stopTicker = startTicker();
    let calls = 0;
    const stop = watchLateContent(document, () => calls++, { quietMs: 500, maxDelayMs: 3_000, minChange: 100, maxRuns: 4, maxWaitMs: 60_000 });
    await advance(3_000);
    expect(calls, 'not before the maximum wait after the first change (at 100 ms)').toBe(0);
    await advance(200);
    expect(calls, 'the maximum wait is up, though the ticker never stopped').toBe(1);
    // The next change (at 3.2 s) starts the next maximum wait.
    await advance(3_100);
    expect(calls, 'and again after the next maximum wait').toBe(2);
    await advance(60_000);
    expect(calls, 'a minute of ticking: at most maxRuns call-backs').toBe(4);
    stopTicker();
    stop();
  });

  it('a ticker faster than the quiet period: the bound of time still ends the watch', async () => {
    const stopTicker = startTicker();
    let calls = 0;
    const stop = watchLateContent(document, () => calls++, { quietMs: 500, maxDelayMs: 1_000, minChange: 100, maxRuns: 100, maxWaitMs: 5_000 });
    await advance(60_000);
    // Checks at about 1.1, 2.1, 3.1 and 4.1 s; none after the 5 s bound.
    expect(calls).toBe(4);
    stopTicker();
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
