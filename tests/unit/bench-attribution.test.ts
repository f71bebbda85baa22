import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { selfTimes } from '../bench/main-thread';
import { floorTaskOf, longTaskRow, tasksOf, type LongTaskRun, type TraceEvent } from '../bench/long-tasks';
import { FLOOR_MARK, floorPage, oddPages, type OddPage } from '../bench/odd-pages';
import { sinceDomContentLoaded, type PageTimes } from '../bench/first-marks';

// How the bench's rows 1.nc and section 7 attribute what they read from a page
// (tests/bench/first-marks.ts, tests/bench/main-thread.ts), on made-up readings.
// No timing here: the inputs are fixed numbers.

const ev = (name: string, ms: number, durMs: number): TraceEvent => ({ name, ph: 'X', pid: 1, tid: 1, ts: ms * 1000, dur: durMs * 1000 });

describe('section 7: main-thread time by kind', () => {
  // A task whose script forces a layout and calls into V8, then runs promise continuations; a rendering task.
  const thread = [
    ev('RunTask', 0, 100),
    ev('FunctionCall', 10, 50),
    ev('Layout', 20, 10),
    ev('v8.run', 30, 20),
    ev('RunMicrotasks', 60, 20),
    ev('UserTiming::Measure', 150, 1),
    ev('RunTask', 200, 10),
    ev('Paint', 201, 4),
  ];

  it('counts every millisecond of the tasks once, and nothing outside them', () => {
    const t = selfTimes(thread);
    expect(t.script + t.render + t.other).toBeCloseTo(110);
  });

  it('puts a layout the script forces under rendering, and an unnamed V8 call under the script that made it', () => {
    expect(selfTimes(thread)).toEqual({ script: 20 + 20 + 20, render: 10 + 4, other: 30 + 6 });
  });
});

describe('rows 1.nc: the way from DOMContentLoaded to the first mark', () => {
  const page = (loads: PageTimes['loads']): PageTimes => ({
    dcl: 100,
    mark: 190,
    painted: 200,
    detect: { start: 110, end: 130 },
    loads,
    highlight: { start: 185, end: 189 },
    verdict: 'notice',
    directives: 6,
    isolated: true,
  });

  it('counts a load that ends before the mark on the way to it, and the rest from its end', () => {
    const r = sinceDomContentLoaded(page({ 'load-marks': { start: 130, end: 170 }, 'load-app': null }));
    expect(r).toMatchObject({ mark: 90, painted: 100, toScript: 10, detect: 20, 'load-marks': 40, rest: 20, highlightEnd: 89 });
    expect(r['load-app']).toBeNaN();
  });

  it('sets apart a load that ends after the mark, and measures the rest from detection', () => {
    const r = sinceDomContentLoaded(page({ 'load-marks': { start: 130, end: 160 }, 'load-app': { start: 160, end: 260 } }));
    expect(r).toMatchObject({ 'load-marks': 30, 'load-app after': 100, rest: 30 });
    expect(r['load-app']).toBeNaN();
  });

  it('leaves the figure open when no mark was seen', () => {
    expect(sinceDomContentLoaded({ ...page({ 'load-marks': null, 'load-app': null }), mark: null }).mark).toBeNaN();
  });
});

describe('section 6: which tasks Notice Lens caused', () => {
  const EXT = 'chrome-extension://abc/';
  const PAGE = 'https://www.example.gov.cn/notice.html';
  const withStack = (e: TraceEvent, url: string): TraceEvent => ({ ...e, args: { data: { stackTrace: [{ url }] } } });
  const thread: TraceEvent[] = [
    { ...ev('ParseHTML', 0, 5), args: { beginData: { url: PAGE } } },
    // The page's own script changes its DOM; the frame after it is the page's.
    ev('RunTask', 10, 6),
    withStack(ev('ScheduleStyleRecalculation', 11, 0.1), 'https://www.example.gov.cn/app.js'),
    ev('RunTask', 20, 30),
    ev('UpdateLayoutTree', 21, 10),
    ev('Layout', 32, 15),
    // Our content script marks the page: it runs in its task and invalidates style.
    ev('RunTask', 60, 12),
    { ...ev('FunctionCall', 61, 10), args: { data: { url: `${EXT}notice-marks.js` } } },
    withStack(ev('ScheduleStyleRecalculation', 65, 0.1), `${EXT}notice-marks.js`),
    // The frame that follows runs none of our script, but renders what we changed.
    ev('RunTask', 80, 70),
    ev('UpdateLayoutTree', 81, 20),
    ev('PrePaint', 102, 45),
    // A later frame with nothing of ours invalidated since.
    ev('RunTask', 200, 8),
    ev('Paint', 201, 4),
  ];

  it('counts the frame our changes caused, and neither the page\'s own frames nor later ones', () => {
    const tasks = tasksOf(thread, PAGE, EXT);
    expect(tasks.map((t) => [t.dur, t.ours, t.oursRendering])).toEqual([
      [6, false, false],
      [30, false, false],
      [12, true, false],
      [70, false, true],
      [8, false, false],
    ]);
  });
});

describe('section 6: a row and its first visit in a fresh browser', () => {
  const page = { file: 'odd-5mb.html', label: 'notice with 5 MB of text', html: '', act: 'none' as const };
  const run = (oursMax: number, over = 0): LongTaskRun => ({
    oursMax, oursScriptMax: oursMax, oursRenderingMax: 0, oursOver: over, oursTotal: 400, pageMax: 200, verdict: 'notice', analyses: 1, total: 500,
  });
  const ours = [run(60, 1), run(70, 1), run(65, 1)];
  const empty = [{ ...run(0), verdict: null }, { ...run(0), verdict: null }, { ...run(0), verdict: null }];

  it('judges the medians and names the first visit beside them', () => {
    const row = longTaskRow('6.1', page, 5_000_000, ours, empty, run(88.4, 2));
    expect(row.result).toBe('FAIL');
    expect(row.measured.value).toBe(65);
    expect(row.notes).toContain('first visit in a fresh browser: longest Notice Lens task 88.4 ms');
    expect(row.notes).toContain('2 over 50 ms');
  });

  it('says so when the first visit failed, and says nothing of one not made', () => {
    expect(longTaskRow('6.1', page, 5_000_000, ours, empty, null).notes).toContain('first visit in a fresh browser: failed');
    expect(longTaskRow('6.1', page, 5_000_000, ours, empty).notes).not.toContain('first visit');
  });

  it('gives the floor beside the figure on a probed page, and says when no probe was read', () => {
    const probed = { ...page, floor: { what: 'one <span>', change: '' } };
    const floor = [{ task: 52, rendering: 49 }, null, { task: 48, rendering: 45 }, { task: 50, rendering: 47 }];
    expect(longTaskRow('6.1', probed, 5_000_000, ours, empty, undefined, floor).notes).toContain(
      "the same change by the page's own script, empty script (one <span>): its task 50.0 ms, style, layout and paint 47.0 ms (median of 3 of 4)",
    );
    expect(longTaskRow('6.1', probed, 5_000_000, ours, empty, undefined, [null]).notes).toContain('(one <span>): not read');
    expect(longTaskRow('6.1', page, 5_000_000, ours, empty, undefined, floor).notes).not.toContain('page\'s own script');
  });
});

describe('section 6: the same change made by the page itself (the floor)', () => {
  const PAGE = 'https://www.example.gov.cn/floor-odd-5mb.html';
  const mark: TraceEvent = { name: FLOOR_MARK, ph: 'I', pid: 1, tid: 1, ts: 100_000 };
  const thread: TraceEvent[] = [
    { ...ev('ParseHTML', 0, 5), args: { beginData: { url: PAGE } } },
    ev('RunTask', 50, 20),
    ev('Layout', 55, 10),
    // The animation frame in which the page's script changed itself, then rendered the change.
    ev('RunTask', 99, 60),
    ev('FunctionCall', 99.5, 2),
    mark,
    ev('UpdateLayoutTree', 102, 8),
    ev('Layout', 104, 5), // forced inside the style update: counted once, with it
    ev('Layout', 111, 25),
    ev('PrePaint', 137, 12),
    ev('Paint', 150, 6),
    ev('RunTask', 300, 9),
    ev('Paint', 301, 7),
  ];

  it('reads the task that holds the mark, and its style, layout and paint counted once', () => {
    expect(floorTaskOf(thread, PAGE)).toEqual({ task: 60, rendering: 8 + 25 + 12 + 6 });
  });

  it('reads nothing when the page never made its change', () => {
    expect(floorTaskOf(thread.filter((e) => e !== mark), PAGE)).toBeNull();
  });

  // The probes run on the odd pages, which begin as the sample notice; run here on the sample itself.
  const sample = readFileSync(join(import.meta.dirname, '../fixtures/pages/sample-notice.html'), 'utf8');
  const pages = oddPages(sample);
  const probed = pages.filter((p) => floorPage(p) !== null);
  const change = (page: OddPage): Document => {
    const doc = new DOMParser().parseFromString(sample, 'text/html');
    new Function('document', 'NodeFilter', page.floor!.change)(doc, NodeFilter);
    return doc;
  };

  it('probes the two pages whose longest task is the page rendering our change, and no other', () => {
    expect(probed.map((p) => p.file)).toEqual(['odd-5mb.html', 'odd-200k-elements.html']);
    expect(floorPage(probed[0]!)!.html).toContain(`performance.mark('${FLOOR_MARK}')`);
  });

  it('puts one span around the first directive\'s text on the 5 MB page', () => {
    const doc = change(probed[0]!);
    const spans = [...doc.querySelectorAll('#zoom span')];
    expect(spans).toHaveLength(1);
    expect(spans[0]!.textContent).toMatch(/^\s*一要/);
  });

  it('hides the printed second copy, from the middle of the paragraph where the first ends, beside 200,000 elements', () => {
    const doc = change(probed[1]!);
    const hidden = [...doc.querySelectorAll<HTMLElement>('#zoom *')].filter((el) => el.style.display === 'none');
    expect(hidden[0]!.textContent).toMatch(/^9月4日上午/);
    const shown = [...doc.querySelectorAll('#zoom > p')].filter((p) => !hidden.includes(p as HTMLElement)).map((p) => p.textContent).join('');
    expect(shown.split('顺利推进。')).toHaveLength(2);
    expect(shown).toContain('一要');
  });
});
