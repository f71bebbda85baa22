import { describe, expect, it } from 'vitest';
import { selfTimes } from '../bench/main-thread';
import type { TraceEvent } from '../bench/long-tasks';
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
