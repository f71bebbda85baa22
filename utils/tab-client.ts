/**
 * The extension pages' side of utils/tab-protocol.ts: asking a tab's content
 * script. Never throws; a tab without our content script answers null.
 */
import { browser } from 'wxt/browser';
import { readJumped, readOrphanIds, readTabStatus, type PanelTabRequest, type TabStatus } from './tab-protocol';
import { PANEL_FRAME } from './frames/protocol';

/**
 * The frame that holds the tab's notice (the one showing its panel; utils/frames/), or undefined when the
 * background knows of none: then the message goes to every frame, and only the top document and notice
 * frames answer.
 */
async function noticeFrame(tabId: number): Promise<number | undefined> {
  try {
    const frameId: unknown = await browser.runtime.sendMessage({ type: PANEL_FRAME, tabId });
    return typeof frameId === 'number' && Number.isInteger(frameId) && frameId >= 0 ? frameId : undefined;
  } catch {
    return undefined;
  }
}

async function ask(tabId: number, request: PanelTabRequest): Promise<unknown> {
  try {
    const frameId = await noticeFrame(tabId);
    return await (frameId === undefined ? browser.tabs.sendMessage(tabId, request) : browser.tabs.sendMessage(tabId, request, { frameId }));
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

/**
 * Asks the tab's top document to read its page as a notice (the reader's answer where detection said no:
 * utils/read-as-notice.ts). True once the page is read as one, its panel answering for it; false when the page has
 * no body to read (or no content script).
 */
export async function readTabAsNotice(tabId: number): Promise<boolean> {
  let reply: unknown;
  try {
    reply = await browser.tabs.sendMessage(tabId, { type: 'read-as-notice' }, { frameId: 0 });
  } catch {
    return false;
  }
  if ((reply as { ok?: unknown } | null)?.ok !== true) return false;
  // The analysis runs on after the answer: its panel answers for the page once it is done (a second on a long page).
  for (let tries = 0; tries < 20 && !(await tabStatus(tabId))?.notice; tries++) await sleep(150);
  return true;
}
