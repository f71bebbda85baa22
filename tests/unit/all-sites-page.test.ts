// @vitest-environment node
/** utils/all-sites-page.ts: the content script's side of "run on all sites". */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ALL_SITES_FLAG, onAllSites, requestNoticeApp } from '../../utils/all-sites-page';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('onAllSites', () => {
  it('is true only when all-sites-mode.js set its flag to true in this world', () => {
    expect(onAllSites({ [ALL_SITES_FLAG]: true })).toBe(true);
    expect(onAllSites({})).toBe(false);
    // A page cannot fake it with a truthy value of another kind.
    expect(onAllSites({ [ALL_SITES_FLAG]: 'true' })).toBe(false);
    expect(onAllSites({ [ALL_SITES_FLAG]: 1 })).toBe(false);
  });
});

describe('requestNoticeApp', () => {
  it('asks the background to inject notice-app.js and resolves when it did', async () => {
    const asked: unknown[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: unknown) => {
      asked.push(m);
      return { ok: true };
    }) as never);
    await expect(requestNoticeApp()).resolves.toBeUndefined();
    expect(asked).toEqual([{ type: 'all-sites/load-app', file: 'notice-app.js' }]);
  });

  it('asks for notice-marks.js, the marking analysis loaded before the app, by name', async () => {
    const asked: unknown[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: unknown) => {
      asked.push(m);
      return { ok: true };
    }) as never);
    await expect(requestNoticeApp('notice-marks.js')).resolves.toBeUndefined();
    expect(asked).toEqual([{ type: 'all-sites/load-app', file: 'notice-marks.js' }]);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async () => ({ ok: false })) as never);
    await expect(requestNoticeApp('notice-marks.js')).rejects.toThrow('notice-marks.js could not be injected');
  });

  it('fails when the background could not inject it or did not answer', async () => {
    for (const reply of [{ ok: false }, undefined, 'ok']) {
      vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async () => reply) as never);
      await expect(requestNoticeApp(), String(reply)).rejects.toThrow('notice-app.js could not be injected');
    }
  });
});
