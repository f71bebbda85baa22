// @vitest-environment node
/**
 * utils/tab-client.ts: how the side panel and the popup ask a tab's content script. The browser is WXT's
 * fake; `tabs.sendMessage` and `runtime.sendMessage` are replaced by the answers a page would give.
 * The retry backoff runs on fake timers: the test moves the clock and counts the requests.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { jumpInTab, readTabAsNotice, tabOrphanIds, tabStatus } from '../../utils/tab-client';

const STATUS = { notice: true, page: 'https://www.gov.cn/a.htm', directives: 6, highlights: 2, orphans: 1, duplicateChars: 1033 };

type Sent = { tabId: number; request: unknown; options?: unknown };

/** Replaces tabs.sendMessage with `answer`; returns the list of what was sent. */
function tabAnswers(answer: (request: unknown, n: number) => unknown): Sent[] {
  const sent: Sent[] = [];
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, request: unknown, options?: unknown) => {
    sent.push(options === undefined ? { tabId, request } : { tabId, request, options });
    const a = answer(request, sent.length);
    if (a instanceof Error) throw a;
    return a;
  }) as never);
  return sent;
}

/** What the background says about the tab's notice frame (utils/frames/protocol.ts PANEL_FRAME). */
function backgroundFrame(frameId: unknown) {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async () => {
    if (frameId instanceof Error) throw frameId;
    return frameId;
  }) as never);
}

const noListener = () => new Error('Could not establish connection. Receiving end does not exist.');

beforeEach(() => {
  fakeBrowser.reset();
  backgroundFrame(null);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('tabStatus', () => {
  it('returns the status the page gives, checked', async () => {
    const sent = tabAnswers(() => STATUS);
    expect(await tabStatus(7)).toEqual(STATUS);
    expect(sent).toEqual([{ tabId: 7, request: { type: 'status' } }]);
  });

  it('returns null for a tab without the content script, asking once when no retry is asked for', async () => {
    const sent = tabAnswers(() => noListener());
    expect(await tabStatus(7)).toBeNull();
    expect(sent).toHaveLength(1);
  });

  it('returns null for a reply that is not a status', async () => {
    tabAnswers(() => ({ notice: 'yes' }));
    expect(await tabStatus(7)).toBeNull();
  });

  it('retries a loading page, backing off 150, 300, 600 ms, and returns the first status', async () => {
    vi.useFakeTimers();
    const sent = tabAnswers((_r, n) => (n < 4 ? noListener() : STATUS));
    let result: unknown = 'pending';
    void tabStatus(7, 5).then((s) => (result = s));
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(149);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(299);
    expect(sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(599);
    expect(sent).toHaveLength(3);
    expect(result).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toHaveLength(4);
    expect(result).toEqual(STATUS);
    // Answered: no further request however long one waits.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sent).toHaveLength(4);
  });

  it('gives up after its retries, the waits capped at 2 s', async () => {
    vi.useFakeTimers();
    const sent = tabAnswers(() => noListener());
    let result: unknown = 'pending';
    void tabStatus(7, 6).then((s) => (result = s));
    // Waits of 150, 300, 600, 1200, then 2000 and 2000 (not 2400, 4800): 6250 ms before the 7th request.
    await vi.advanceTimersByTimeAsync(6249);
    expect(sent).toHaveLength(6);
    expect(result).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toHaveLength(7);
    expect(result).toBeNull();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sent).toHaveLength(7);
  });
});

describe('the frame a request goes to', () => {
  it('goes to the notice frame the background names', async () => {
    backgroundFrame(3);
    const sent = tabAnswers(() => STATUS);
    await tabStatus(7);
    expect(sent).toEqual([{ tabId: 7, request: { type: 'status' }, options: { frameId: 3 } }]);
  });

  it('goes to the whole tab when the background names no frame, a bad one, or fails', async () => {
    for (const frame of [null, -1, 1.5, '3', new Error('no background')]) {
      backgroundFrame(frame);
      const sent = tabAnswers(() => STATUS);
      expect(await tabStatus(7)).toEqual(STATUS);
      expect(sent, String(frame)).toEqual([{ tabId: 7, request: { type: 'status' } }]);
    }
  });
});

describe('tabOrphanIds', () => {
  it('reads the ids a page gives, bare or as { ids }, dropping what is not a string', async () => {
    const sent = tabAnswers(() => ['a', 2, 'b']);
    expect(await tabOrphanIds(7)).toEqual(['a', 'b']);
    expect(sent).toEqual([{ tabId: 7, request: { type: 'orphans' } }]);
    tabAnswers(() => ({ ids: ['c'] }));
    expect(await tabOrphanIds(7)).toEqual(['c']);
  });

  it('is empty for a tab without the content script', async () => {
    tabAnswers(() => noListener());
    expect(await tabOrphanIds(7)).toEqual([]);
  });
});

describe('jumpInTab', () => {
  it('asks for a directive by index and for an annotation by id', async () => {
    const sent = tabAnswers((r) => ((r as { type: string }).type === 'jump' ? true : { ok: true }));
    expect(await jumpInTab(7, { index: 2 })).toBe(true);
    expect(await jumpInTab(7, { annotation: 'id-1' })).toBe(true);
    expect(sent.map((s) => s.request)).toEqual([
      { type: 'jump', index: 2 },
      { type: 'jump-annotation', id: 'id-1' },
    ]);
  });

  it('is false when the page could not jump or does not answer', async () => {
    tabAnswers(() => false);
    expect(await jumpInTab(7, { index: 2 })).toBe(false);
    tabAnswers(() => ({ ok: false }));
    expect(await jumpInTab(7, { index: 2 })).toBe(false);
    tabAnswers(() => noListener());
    expect(await jumpInTab(7, { annotation: 'id-1' })).toBe(false);
  });
});

describe('readTabAsNotice', () => {
  it('asks the top document, then waits until the tab answers for a notice', async () => {
    const sent = tabAnswers((request, n) => ((request as { type: string }).type === 'read-as-notice' ? { ok: true } : n < 3 ? { ...STATUS, notice: false } : STATUS));
    expect(await readTabAsNotice(7)).toBe(true);
    expect(sent[0]).toEqual({ tabId: 7, request: { type: 'read-as-notice' }, options: { frameId: 0 } });
    expect(sent.map((s) => (s.request as { type: string }).type)).toEqual(['read-as-notice', 'status', 'status']);
  });

  it('is false when the page has no body to read, or no content script', async () => {
    tabAnswers(() => ({ ok: false }));
    expect(await readTabAsNotice(7)).toBe(false);
    vi.restoreAllMocks();
    backgroundFrame(null);
    tabAnswers(() => noListener());
    expect(await readTabAsNotice(7)).toBe(false);
  });
});
