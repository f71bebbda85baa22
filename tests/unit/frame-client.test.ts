// @vitest-environment node
/**
 * utils/frames/frame-client.ts: a content script learns where its document is and claims the tab's one
 * panel. The background is faked: runtime.sendMessage answers FRAME_WHERE, runtime.connect gives a port
 * the test drives (the background's replies, the worker stopping). The reconnect delay runs on fake timers.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { claimPanel, frameWhere } from '../../utils/frames/frame-client';

/** The little of a Window the client reads. */
function fakeWindow(href: string, top: boolean, size = { innerWidth: 800, innerHeight: 600 }): Window {
  const u = new URL(href);
  const win: Record<string, unknown> = { location: { href, hash: u.hash }, ...size };
  win.top = top ? win : {};
  return win as unknown as Window;
}

type Listener = (m: unknown) => void;
function fakePort() {
  const onMessage: Listener[] = [];
  const onDisconnect: (() => void)[] = [];
  return {
    posted: [] as unknown[],
    disconnected: false,
    postMessage(m: unknown) {
      this.posted.push(m);
    },
    disconnect() {
      this.disconnected = true;
    },
    onMessage: { addListener: (cb: Listener) => void onMessage.push(cb) },
    onDisconnect: { addListener: (cb: () => void) => void onDisconnect.push(cb) },
    reply: (m: unknown) => onMessage.forEach((cb) => cb(m)),
    drop: () => onDisconnect.forEach((cb) => cb()),
  };
}

const runtime = fakeBrowser.runtime as unknown as Record<string, unknown>;
let ports: ReturnType<typeof fakePort>[];

beforeEach(() => {
  fakeBrowser.reset();
  ports = [];
  runtime.connect = vi.fn((o: { name: string }) => {
    expect(o.name).toBe('notice-lens:panel');
    const p = fakePort();
    ports.push(p);
    return p;
  });
});
afterEach(() => {
  delete runtime.connect;
  vi.restoreAllMocks();
  vi.useRealTimers();
});

function backgroundSays(answer: unknown) {
  const asked: unknown[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: unknown) => {
    asked.push(m);
    if (answer instanceof Error) throw answer;
    return answer;
  }) as never);
  return asked;
}

describe('frameWhere', () => {
  it('the top document knows by itself: its own key and the library link in its address', async () => {
    const asked = backgroundSays(null);
    const where = await frameWhere(fakeWindow('https://www.gov.cn/a.htm#notice-lens=abc-1', true));
    expect(where).toEqual({ page: 'https://www.gov.cn/a.htm', shell: null, lensId: 'abc-1' });
    expect(asked).toEqual([]);
  });

  it('the top document refuses a link id that is not a store id', async () => {
    backgroundSays(null);
    const where = await frameWhere(fakeWindow('https://www.gov.cn/a.htm#notice-lens=%22x%22', true));
    expect(where.lensId).toBeNull();
  });

  it('a frame asks the background, which knows the shell around it', async () => {
    const asked = backgroundSays({ page: 'https://www.gov.cn/body.htm', shell: 'https://www.gov.cn/shell.htm', lensId: 'n-1' });
    const where = await frameWhere(fakeWindow('https://www.gov.cn/body.htm', false));
    expect(asked).toEqual([{ type: 'frame/where' }]);
    expect(where).toEqual({ page: 'https://www.gov.cn/body.htm', shell: 'https://www.gov.cn/shell.htm', lensId: 'n-1' });
  });

  it('a frame keys to its own address when the background cannot answer or answers nonsense', async () => {
    for (const answer of [new Error('no worker'), null, { page: '' }, 'x']) {
      backgroundSays(answer);
      expect(await frameWhere(fakeWindow('https://www.gov.cn/body.htm#x', false)), String(answer)).toEqual({
        page: 'https://www.gov.cn/body.htm', shell: null, lensId: null,
      });
    }
  });
});

describe('claimPanel', () => {
  it('the top document shows its panel at once and claims with its area', () => {
    const seen: boolean[] = [];
    const stop = claimPanel(fakeWindow('https://www.gov.cn/a.htm', true, { innerWidth: 1000, innerHeight: 700 }), (own) => seen.push(own));
    expect(seen).toEqual([true]);
    expect(ports).toHaveLength(1);
    expect(ports[0]!.posted).toEqual([{ type: 'claim', area: 700_000 }]);
    stop();
    expect(ports[0]!.disconnected).toBe(true);
  });

  it('a frame shows its panel only when the background gives it, and hides it when taken back', () => {
    const seen: boolean[] = [];
    claimPanel(fakeWindow('https://www.gov.cn/body.htm', false), (own) => seen.push(own));
    expect(seen).toEqual([]);
    ports[0]!.reply({ type: 'panel', own: true });
    ports[0]!.reply({ type: 'panel', own: true }); // no change, no call
    ports[0]!.reply({ type: 'something else', own: false });
    ports[0]!.reply({ type: 'panel', own: 'yes' });
    expect(seen).toEqual([true]);
    ports[0]!.reply({ type: 'panel', own: false });
    expect(seen).toEqual([true, false]);
  });

  it('claims again a second after the worker stopped, keeping the panel meanwhile', () => {
    vi.useFakeTimers();
    const seen: boolean[] = [];
    claimPanel(fakeWindow('https://www.gov.cn/body.htm', false), (own) => seen.push(own));
    ports[0]!.reply({ type: 'panel', own: true });
    ports[0]!.drop();
    vi.advanceTimersByTime(999);
    expect(ports).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(ports).toHaveLength(2);
    expect(ports[1]!.posted).toEqual([{ type: 'claim', area: 480_000 }]);
    expect(seen).toEqual([true]);
  });

  it('does not claim again once given up', () => {
    vi.useFakeTimers();
    const stop = claimPanel(fakeWindow('https://www.gov.cn/body.htm', false), () => {});
    stop();
    ports[0]!.drop();
    vi.advanceTimersByTime(5000);
    expect(ports).toHaveLength(1);
  });

  it('does nothing more when the extension was reloaded (connect throws)', () => {
    runtime.connect = vi.fn(() => {
      throw new Error('Extension context invalidated.');
    });
    const seen: boolean[] = [];
    const stop = claimPanel(fakeWindow('https://www.gov.cn/a.htm', true), (own) => seen.push(own));
    expect(seen).toEqual([true]);
    expect(() => stop()).not.toThrow();
  });
});
