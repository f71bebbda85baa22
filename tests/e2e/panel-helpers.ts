/**
 * Helpers for the side panel, library and popup tests: a control page in the
 * extension's origin (it may call chrome.* and the store's message API), tabs
 * opened from it (so the test knows their tab ids), and downloads read back.
 */
import type { BrowserContext, Download, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import type { Annotation, NoticeRecord } from '../../utils/model';
import type { ExtensionBrowser } from '../tools/browser';

// Code passed to page.evaluate on extension pages runs where `chrome` exists; type it for the compiler.
declare global {
  const chrome: typeof import('@wxt-dev/browser').browser;
}

/** An extension page to drive chrome.* and the message API from (note-frame.html is the lightest one). */
export async function controlPage(b: ExtensionBrowser): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/note-frame.html`);
  return page;
}

export function extUrl(b: ExtensionBrowser, path: string): string {
  return `chrome-extension://${b.extensionId}/${path.replace(/^\//, '')}`;
}

/** The toolbar popup, opened as a page pointed at a tab (`?tab=`), once it has asked the tab what it found. */
export async function popupFor(b: ExtensionBrowser, tab: number): Promise<Page> {
  const p = await b.context.newPage();
  await p.goto(extUrl(b, `popup.html?tab=${tab}`));
  await p.waitForSelector('main:not([data-nl-state="loading"])', { timeout: 15_000 });
  return p;
}

/** Opens `url` in a new tab through chrome.tabs.create, so its tab id is known; waits for the analysis when asked. */
export async function openTab(ctl: Page, context: BrowserContext, url: string, opts: { analyzed?: boolean; windowId?: number } = {}): Promise<{ tabId: number; page: Page }> {
  const [page, tabId] = await Promise.all([
    context.waitForEvent('page'),
    ctl.evaluate(async ({ url, windowId }) => (await chrome.tabs.create({ url, active: true, ...(windowId ? { windowId } : {}) })).id!, { url, windowId: opts.windowId }),
  ]);
  await page.waitForLoadState();
  if (opts.analyzed !== false) await page.waitForSelector('html[data-notice-lens]', { timeout: 15_000 });
  return { tabId, page };
}

/** Sends one store request from the control page; throws on an error reply. */
export async function send<T = unknown>(ctl: Page, request: Record<string, unknown>): Promise<T> {
  const reply = (await ctl.evaluate((r) => chrome.runtime.sendMessage(r), request)) as { ok: boolean; value?: T; error?: { message: string } };
  if (!reply?.ok) throw new Error(`store refused ${String(request.type)}: ${reply?.error?.message}`);
  return reply.value as T;
}

/** Everything in the store, sorted, to compare before/after. */
export async function snapshot(ctl: Page): Promise<{ notices: (NoticeRecord | null)[]; annotations: Annotation[] }> {
  const list = await send<{ page: string; notice: NoticeRecord | null }[]>(ctl, { type: 'library/list' });
  const annotations = await send<Annotation[]>(ctl, { type: 'library/annotations' });
  return {
    notices: list.map((e) => e.notice).sort((a, b) => (a?.page ?? '').localeCompare(b?.page ?? '')),
    annotations: [...annotations].sort((a, b) => a.id.localeCompare(b.id)),
  };
}

/** A highlight annotation input for the sample notice, anchored by its quote. */
export function highlightInput(p: { id: string; page: string; exact: string; color?: string; note?: string; tags?: string[]; directive?: { ordinal: string; index: number; lead: string } }) {
  return {
    id: p.id, page: p.page, kind: 'highlight', color: p.color ?? 'yellow', note: p.note ?? '', tags: p.tags ?? [],
    selectors: [{ type: 'TextQuoteSelector', exact: p.exact, prefix: '', suffix: '' }],
    ...(p.directive ? { directive: p.directive } : {}),
  };
}

/** Clicks, waits for the download it starts, and returns its name and bytes. */
export async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; data: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]) as [Download, void];
  const path = await d.path();
  return { name: d.suggestedFilename(), data: await readFile(path!) };
}

/** Polls `fn` until it returns something truthy (for set-up code, where expect.poll is not allowed). */
export async function until<T>(fn: () => Promise<T>, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v as NonNullable<T>;
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}
