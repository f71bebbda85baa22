/**
 * The extension pages' side of utils/tab-protocol.ts: asking a tab's content
 * script. Never throws; a tab without our content script answers null.
 */
import { browser } from 'wxt/browser';
import { readJumped, readOrphanIds, readTabStatus, type PanelTabRequest, type TabStatus } from './tab-protocol';

async function ask(tabId: number, request: PanelTabRequest): Promise<unknown> {
  try {
    return await browser.tabs.sendMessage(tabId, request);
  } catch {
    return undefined; // no content script (not a matching site, still loading, or a browser page)
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The tab's status. A page that is still loading has no listener yet, so the
 * request is retried `retries` times, backing off (150 ms, 300 ms, … up to 2 s).
 */
export async function tabStatus(tabId: number, retries = 0): Promise<TabStatus | null> {
  for (let attempt = 0; ; attempt++) {
    const s = readTabStatus(await ask(tabId, { type: 'status' }));
    if (s || attempt >= retries) return s;
    await sleep(Math.min(2000, 150 * 2 ** attempt));
  }
}

export async function tabOrphanIds(tabId: number): Promise<string[]> {
  return readOrphanIds(await ask(tabId, { type: 'orphans' }));
}

export async function jumpInTab(tabId: number, target: { index: number } | { annotation: string }): Promise<boolean> {
  const request: PanelTabRequest = 'index' in target ? { type: 'jump', index: target.index } : { type: 'jump-annotation', id: target.annotation };
  return readJumped(await ask(tabId, request));
}
