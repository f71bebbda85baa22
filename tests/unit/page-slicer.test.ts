import { describe, expect, it, vi } from 'vitest';
import { drainSliced, pageSlicer, type Steps } from '../../utils/page/chunk';
import { versionTime } from '../../utils/revisions/version-time';

/** Ten steps of work; `log` records each step so the test sees where the pauses fell. */
function* tenSteps(log: string[]): Steps<number> {
  for (let i = 0; i < 10; i++) {
    log.push(`step ${i}`);
    yield;
  }
  return 10;
}

/** A window whose clock the test moves: each read advances it by `tick` ms. */
function clockedWindow(tick: number, scheduler?: { yield: () => Promise<void> }) {
  let t = 0;
  return {
    performance: { now: () => (t += tick) },
    MessageChannel,
    ...(scheduler ? { scheduler } : {}),
  } as unknown as Window & typeof globalThis;
}

describe('pageSlicer: big pages are worked in slices that give the page a turn', () => {
  it('pauses with scheduler.yield() where the browser has it, once a slice used its budget', async () => {
    const yieldTurn = vi.fn(() => Promise.resolve());
    // Each clock read moves 5 ms; the budget is 12 ms: a slice is due after a few steps.
    const slicer = pageSlicer(clockedWindow(5, { yield: yieldTurn }), 12);
    const log: string[] = [];
    const result = await drainSliced(tenSteps(log), slicer);
    expect(result).toBe(10);
    expect(log).toHaveLength(10);
    expect(slicer.pauses).toBeGreaterThan(0);
    expect(yieldTurn).toHaveBeenCalledTimes(slicer.pauses);
  });

  it('without scheduler.yield, takes its turn through a MessageChannel message and still finishes', async () => {
    const slicer = pageSlicer(clockedWindow(20), 12);
    const log: string[] = [];
    expect(await drainSliced(tenSteps(log), slicer)).toBe(10);
    expect(log).toHaveLength(10);
    // Every clock read is past the budget: it pauses after each of the ten steps but the last one's return.
    expect(slicer.pauses).toBe(10);
  });

  it('a small job within its budget never pauses', async () => {
    const slicer = pageSlicer(clockedWindow(0.001), 12);
    expect(await drainSliced(tenSteps([]), slicer)).toBe(10);
    expect(slicer.pauses).toBe(0);
  });
});

describe('versionTime: a version named by its local date and minute', () => {
  it('names two versions of one day apart by their minutes, and keeps an unreadable time as written', () => {
    const morning = new Date(2026, 10, 20, 9, 5).toISOString();
    const evening = new Date(2026, 10, 20, 18, 30).toISOString();
    expect(versionTime(morning)).toBe('2026-11-20 09:05');
    expect(versionTime(evening)).toBe('2026-11-20 18:30');
    expect(versionTime('not a time')).toBe('not a time');
  });
});
