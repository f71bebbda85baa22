// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { pageStoreApi, storeApi, StoreApiError } from '../../utils/store/api';
import { send, subscribe } from '../../utils/store/client';
import type { ChangeMessage } from '../../utils/store/messages';
import { PAGE_A, annotation, contentScript, freshIndexedDB, setup, value } from './store-helpers';

type Listener = (m: unknown) => void;

/** A fake runtime.Port for the client side of `subscribe`. */
function fakePort() {
  const onMessage: Listener[] = [];
  const onDisconnect: (() => void)[] = [];
  return {
    name: '',
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
    deliver: (m: unknown) => onMessage.forEach((cb) => cb(m)),
    drop: () => onDisconnect.forEach((cb) => cb()),
  };
}

const runtime = fakeBrowser.runtime as unknown as Record<string, unknown>;

beforeEach(() => {
  fakeBrowser.reset();
  freshIndexedDB();
});
afterEach(() => {
  delete runtime.connect;
  delete runtime.onConnect;
  vi.useRealTimers();
});

describe('client send', () => {
  it('delivers a typed reply from the handler', async () => {
    const { handle } = setup();
    const sender = contentScript(PAGE_A);
    fakeBrowser.runtime.onMessage.addListener(((m: unknown, _s: unknown, sendResponse: (r: unknown) => void) => {
      void handle(m, sender).then(sendResponse);
      return true;
    }) as never);
    const a = annotation({ note: '不给内容脚本看' });
    const put = await send({ type: 'annotation/put', annotation: a });
    expect(value(put)).toMatchObject({ id: a.id, hasNote: true });
    const list = await send({ type: 'annotations/list', page: PAGE_A });
    expect(value(list)).toHaveLength(1);
    // The page's API over the same messages: the one annotation, redacted.
    expect(await pageStoreApi(PAGE_A).listPage()).toEqual([expect.objectContaining({ id: a.id, hasNote: true })]);
    expect(await storeApi().getAnnotation(PAGE_A, a.id)).toMatchObject({ id: a.id, hasNote: true });
  });

  it('is typed per request (checked by tsc)', () => {
    // Never called: these lines exist for the type checker.
    const typed = async () => {
      const full = await storeApi().listPage(PAGE_A);
      full[0]?.note.toUpperCase();
      const redacted = await pageStoreApi(PAGE_A).listPage();
      void redacted[0]?.hasNote;
      // @ts-expect-error content scripts get no note text
      void redacted[0]?.note;
      // @ts-expect-error content scripts may not wipe the store
      await pageStoreApi(PAGE_A).wipe();
      // @ts-expect-error a request's fields are required
      await send({ type: 'notice/get' });
      const counts = await send({ type: 'backup/import-items', notices: [], annotations: [] });
      if (counts.ok) void counts.value.annotations.added;
      if (!counts.ok) void counts.error.code;
    };
    expect(typeof typed).toBe('function');
  });

  it('never throws when the background cannot be reached or does not answer', async () => {
    const r = await send({ type: 'notice/get', page: PAGE_A });
    expect(r).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    fakeBrowser.runtime.onMessage.addListener((() => undefined) as never);
    const silent = await send({ type: 'notice/get', page: PAGE_A });
    expect(silent).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    // The API turns it into an error the caller can word.
    const thrown = await storeApi().getNotice(PAGE_A).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(StoreApiError);
    expect((thrown as StoreApiError).info.code).toBe('unavailable');
  });
});

describe('background wiring', () => {
  it('registers its listeners synchronously and answers store messages from our contexts', async () => {
    const connects: unknown[] = [];
    runtime.onConnect = { addListener: (cb: unknown) => connects.push(cb) };
    // fakeBrowser has no commands API; the keyboard-shortcut relay is covered end to end.
    const commands: unknown[] = [];
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((cb) => void commands.push(cb));
    const result = background.main();
    expect(commands).toHaveLength(1);
    expect(result).toBeUndefined(); // no async work at the top level
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
    expect(connects).toHaveLength(1);

    const ask = (message: unknown, sender: unknown) =>
      new Promise<unknown>((resolve) => {
        void fakeBrowser.runtime.onMessage.trigger(message, sender as never, resolve);
      });
    const sender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') };
    const a = annotation();
    expect(await ask({ type: 'annotation/put', annotation: a }, sender)).toMatchObject({ ok: true, value: { id: a.id } });
    expect(await ask({ type: 'library/list' }, { id: 'someone-else' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // fakeBrowser's own sendMessage passes an empty sender: refused, but answered.
    expect(await send({ type: 'library/list' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // Messages that are not for the store get no answer from us.
    const results = await fakeBrowser.runtime.onMessage.trigger({ type: 'ui/ping' }, sender as never, () => {});
    expect(results).toEqual([false]);
  });
});

describe('client subscribe', () => {
  it('subscribes, delivers changes, reconnects after the worker restarts, and stops', async () => {
    vi.useFakeTimers();
    const ports: ReturnType<typeof fakePort>[] = [];
    runtime.connect = vi.fn((info: { name: string }) => {
      const p = fakePort();
      p.name = info.name;
      ports.push(p);
      return p;
    });
    const changes: ChangeMessage[] = [];
    const onReconnect = vi.fn();
    const stop = subscribe([PAGE_A], (c) => changes.push(c), { onReconnect, retryMs: 500 });
    expect(ports[0]!.name).toBe('notice-lens');
    expect(ports[0]!.posted).toEqual([{ type: 'subscribe', pages: [PAGE_A] }]);

    ports[0]!.deliver({ type: 'changed', page: PAGE_A, ids: ['x'] });
    ports[0]!.deliver({ type: 'something-else' });
    expect(changes).toEqual([{ type: 'changed', page: PAGE_A, ids: ['x'] }]);

    ports[0]!.drop(); // the worker was stopped
    vi.advanceTimersByTime(500);
    expect(ports).toHaveLength(2);
    expect(ports[1]!.posted).toEqual([{ type: 'subscribe', pages: [PAGE_A] }]);
    expect(onReconnect).toHaveBeenCalledTimes(1);

    stop();
    expect(ports[1]!.disconnected).toBe(true);
    ports[1]!.drop();
    vi.advanceTimersByTime(5000);
    expect(ports).toHaveLength(2);
  });
});
