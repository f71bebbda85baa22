/**
 * Reaching Notice Lens's closed in-page UI in Firefox, as the reader's eyes and
 * mouse do. A page script cannot see into <notice-lens-ui> (its shadow root is
 * closed); WebDriver BiDi can: `browsingContext.locateNodes` with
 * `includeShadowTree: 'all'` hands back a reference to the closed root, and
 * `script.callFunction` measures a control's box through it. The click itself is
 * puppeteer's real (trusted) mouse at that box's centre.
 */
import type { Browser, Page } from 'puppeteer-core';
import { launchDownloadDir } from '../tools/firefox';

interface BidiConnection { send(method: string, params: object): Promise<{ result: Record<string, unknown> }> }
interface NodeValue { sharedId?: string; value?: { shadowRoot?: { sharedId?: string } | null } }

// puppeteer-core's BiDi objects expose their session and context id, though not in the typings.
const connection = (browser: Browser) => (browser as unknown as { connection: BidiConnection }).connection;
const contextId = (page: Page) => (page.mainFrame() as unknown as { browsingContext: { id: string } }).browsingContext.id;

async function uiRoot(page: Page): Promise<string | null> {
  const { result } = await connection(page.browser()).send('browsingContext.locateNodes', {
    context: contextId(page),
    locator: { type: 'css', value: 'notice-lens-ui' },
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  });
  return (result.nodes as NodeValue[])[0]?.value?.shadowRoot?.sharedId ?? null;
}

/** Runs `fn(root, arg)` in the page on the UI's closed root; `fn` returns a JSON-able value. */
async function onRoot<R>(page: Page, fn: string, arg: string | number): Promise<R | null> {
  const root = await uiRoot(page);
  if (!root) return null;
  const { result } = await connection(page.browser()).send('script.callFunction', {
    functionDeclaration: `function (root, arg) { return JSON.stringify((${fn})(root, arg)); }`,
    target: { context: contextId(page) },
    arguments: [{ sharedId: root }, typeof arg === 'number' ? { type: 'number', value: arg } : { type: 'string', value: arg }],
    awaitPromise: true,
    resultOwnership: 'none',
  });
  if (result.type === 'exception') throw new Error(`In <notice-lens-ui>: ${JSON.stringify(result.exceptionDetails).slice(0, 400)}`);
  const value = (result.result as { value?: string }).value;
  return value === undefined ? null : (JSON.parse(value) as R);
}

/** How many elements in the UI's root match `selector`. */
export async function uiCount(page: Page, selector: string): Promise<number> {
  return (await onRoot<number>(page, '(root, sel) => root.querySelectorAll(sel).length', selector)) ?? 0;
}

/** Waits (up to 10 s) for the first match to be visible and still, then clicks its centre with the real mouse. */
export async function uiClick(page: Page, selector: string): Promise<void> {
  const end = Date.now() + 10_000;
  let last: { x: number; y: number } | null = null;
  for (;;) {
    const at = await onRoot<{ x: number; y: number } | null>(page, `(root, sel) => {
      const el = root.querySelector(sel);
      if (!el) return null;
      el.scrollIntoView({ block: 'nearest' });
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
    }`, selector);
    // Clicked once it stays put for two looks in a row (the page may still be settling around it).
    if (at && last && at.x === last.x && at.y === last.y) return page.mouse.click(at.x, at.y);
    last = at;
    if (Date.now() > end) throw new Error(`No visible ${selector} in <notice-lens-ui>`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Selects `needle` in the notice body (Selection API) and lifts a real arrow key over it. */
export async function selectText(page: Page, needle: string, rootSelector = '#zoom'): Promise<void> {
  const at = await page.evaluate((needle: string, rootSelector: string) => {
    const root = document.querySelector(rootSelector)!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const chars: { node: Text; offset: number }[] = [];
    let text = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if ((n.parentElement as Element).closest('[data-nl-duplicate]')) continue;
      const data = (n as Text).data;
      for (let i = 0; i < data.length; i++) {
        if (/\s/.test(data[i]!)) continue;
        chars.push({ node: n as Text, offset: i });
        text += data[i];
      }
    }
    const at = text.indexOf(needle.replace(/\s+/g, ''));
    if (at < 0) return null;
    const s = chars[at]!;
    const last = chars[at + needle.replace(/\s+/g, '').length - 1]!;
    s.node.parentElement!.scrollIntoView({ block: 'center', behavior: 'instant' });
    document.getSelection()!.removeAllRanges();
    const range = document.createRange();
    range.setStart(s.node, s.offset);
    range.setEnd(last.node, last.offset + 1);
    const sel = document.getSelection()!;
    sel.addRange(range);
    return true;
  }, needle, rootSelector);
  if (!at) throw new Error(`Text not found on the page: ${needle}`);
  // The selection is then announced by a real key, as a keyboard reader's Shift+Arrow ends a selection:
  // trusted input, which the extension requires (a page script's synthetic event is ignored).
  await page.keyboard.press('ArrowRight');
  const selected = await page.evaluate(() => String(document.getSelection()).replace(/\s+/g, ''));
  if (selected !== needle.replace(/\s+/g, '')) throw new Error(`Selected ${selected}, not ${needle}`);
}

/** Each highlight on the page (light DOM marks), by annotation id, in document order. */
export async function highlights(page: Page): Promise<{ text: string; color: string; hasNote: boolean }[]> {
  return page.evaluate(() => {
    const byId = new Map<string, { text: string; color: string; hasNote: boolean }>();
    for (const el of document.querySelectorAll('[data-nl-annotation]')) {
      const id = el.getAttribute('data-nl-annotation')!;
      const h = byId.get(id) ?? { text: '', color: el.getAttribute('data-nl-color') ?? '', hasNote: false };
      h.text += el.textContent ?? '';
      h.hasNote ||= el.hasAttribute('data-nl-has-note');
      byId.set(id, h);
    }
    return [...byId.values()];
  });
}

/** The note editor's frame (an extension page in the notice) as a BiDi context id, once it is there. */
export async function noteFrameContext(page: Page): Promise<string> {
  const end = Date.now() + 10_000;
  for (;;) {
    const { result } = await connection(page.browser()).send('browsingContext.getTree', { root: contextId(page) });
    type Ctx = { context: string; url: string; children?: Ctx[] };
    const all: Ctx[] = [];
    const walk = (c: Ctx) => { all.push(c); (c.children ?? []).forEach(walk); };
    (result.contexts as Ctx[]).forEach(walk);
    const f = all.find((c) => /^moz-extension:\/\/[^/]+\/note-frame\.html(\?|$)/.test(c.url));
    if (f) return f.context;
    if (Date.now() > end) throw new Error('The note frame did not open');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Evaluates `expression` (a JSON-able value, or a promise of one) in a frame given by its BiDi context id. */
export function evaluateIn<R>(page: Page, context: string, expression: string, opts: { userActivation?: boolean } = {}): Promise<R> {
  return evaluateInContext<R>(page.browser(), context, expression, opts);
}

/** The centre, in the page's viewport, of `selector` inside the note frame. */
export async function noteFrameCenter(page: Page, context: string, selector: string): Promise<{ x: number; y: number }> {
  const frame = await onRoot<{ x: number; y: number }>(page, `(root) => {
    const r = root.querySelector('iframe').getBoundingClientRect();
    return { x: r.left + (parseFloat(getComputedStyle(root.querySelector('iframe')).borderLeftWidth) || 0),
      y: r.top + (parseFloat(getComputedStyle(root.querySelector('iframe')).borderTopWidth) || 0) };
  }`, 0);
  const inner = await evaluateIn<{ x: number; y: number } | null>(page, context, `(() => {
    const el = document.querySelector(${JSON.stringify(selector)});
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  })()`);
  if (!frame || !inner) throw new Error(`No ${selector} in the note frame`);
  return { x: frame.x + inner.x, y: frame.y + inner.y };
}

/** A top-level tab showing an extension page (`path`, e.g. 'library.html'), as a BiDi context id. */
export async function extensionTabContext(browser: Browser, path: string): Promise<string> {
  const end = Date.now() + 10_000;
  for (;;) {
    const { result } = await connection(browser).send('browsingContext.getTree', { maxDepth: 0 });
    const tab = (result.contexts as { context: string; url: string }[]).find((c) => c.url.startsWith('moz-extension://') && new URL(c.url).pathname === `/${path}`);
    if (tab) return tab.context;
    if (Date.now() > end) throw new Error(`No tab shows ${path}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Clicks `selector` in a context puppeteer has no Page for, with the real (trusted) mouse of that context. */
export async function clickIn(browser: Browser, context: string, selector: string): Promise<void> {
  const at = await evaluateInContext<{ x: number; y: number } | null>(browser, context, `(() => {
    const el = document.querySelector(${JSON.stringify(selector)});
    if (!el) return null;
    el.scrollIntoView({ block: 'center', behavior: 'instant' });
    const r = el.getBoundingClientRect();
    return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };
  })()`);
  if (!at) throw new Error(`No ${selector} in context ${context}`);
  await connection(browser).send('input.performActions', {
    context,
    actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [
      { type: 'pointerMove', x: at.x, y: at.y }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 },
    ] }],
  });
}

/**
 * Lets downloads go to `dir` without asking (WebDriver BiDi browser.setDownloadBehavior) and returns where they land:
 * `dir`, or, in a Firefox without that command, the folder its prefs named at launch (tests/tools/firefox.ts).
 */
export async function allowDownloads(browser: Browser, dir: string): Promise<string> {
  try {
    await connection(browser).send('browser.setDownloadBehavior', { downloadBehavior: { type: 'allowed', destinationFolder: dir } });
    return dir;
  } catch (e) {
    const fallback = launchDownloadDir(browser);
    if (!fallback || !/unknown command/i.test(String(e))) throw e;
    return fallback;
  }
}

async function evaluateInContext<R>(browser: Browser, context: string, expression: string, opts: { userActivation?: boolean } = {}): Promise<R> {
  const { result } = await connection(browser).send('script.evaluate', {
    userActivation: opts.userActivation ?? false,
    expression: `(async () => JSON.stringify(await (${expression})))()`,
    target: { context },
    awaitPromise: true,
    resultOwnership: 'none',
  });
  if (result.type === 'exception') throw new Error(`In frame: ${(result.exceptionDetails as { text?: string }).text}`);
  const value = (result.result as { value?: string }).value;
  return (value === undefined ? undefined : JSON.parse(value)) as R;
}

/**
 * The focused control in the UI's closed root, named as the Chromium tests name it (`item:3`, a
 * `data-nl-action`, `frame`, a tag name), or null when the focus is not in the UI.
 */
export async function uiFocused(page: Page): Promise<string | null> {
  return onRoot<string | null>(page, `(root) => {
    const a = root.activeElement;
    if (!a) return null;
    const item = a.getAttribute('data-nl-outline-item');
    if (item !== null) return 'item:' + item;
    if (a.tagName === 'IFRAME') return 'frame';
    return a.getAttribute('data-nl-action') || a.getAttribute('data-nl-field') || a.tagName.toLowerCase();
  }`, 0);
}

/** The innerText of the first match in the UI's root (null when there is none). */
export async function uiText(page: Page, selector: string): Promise<string | null> {
  return onRoot<string | null>(page, '(root, sel) => root.querySelector(sel)?.innerText ?? null', selector);
}
