/**
 * The in-page UI lives in a CLOSED shadow root: neither page scripts nor
 * Playwright's CSS locators (which pierce open roots only) can reach into it.
 * The DevTools protocol can: `DOM.getDocument({ pierce: true })` returns closed
 * roots too. This helper finds a control there, scrolls it into view, and clicks
 * it with Playwright's mouse (trusted input, as a reader's click is); it also
 * reads a control's text and attributes for assertions.
 *
 *   const ui = closedUi(page);
 *   await ui.click('[data-nl-action="highlight"][data-nl-color="green"]');
 *   expect(await ui.count('[data-nl-outline-item]')).toBe(6);
 */
import type { CDPSession, Frame, Page } from 'playwright-core';

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

export const UI_HOST = 'NOTICE-LENS-UI';

export interface ClosedUi {
  /** How many elements inside the UI's root match `selector` (0 when there is no UI). */
  count(selector: string): Promise<number>;
  /** Waits until at least one element matches (or, with `state: 'detached'`, none does). */
  waitFor(selector: string, opts?: { state?: 'attached' | 'detached'; timeout?: number }): Promise<void>;
  /** Scrolls the `nth` match into view and clicks its centre with the real mouse. */
  click(selector: string, nth?: number): Promise<void>;
  /** Moves keyboard focus to the `nth` match (no input event is dispatched). */
  focus(selector: string, nth?: number): Promise<void>;
  /** innerText of the `nth` match. */
  text(selector: string, nth?: number): Promise<string>;
  attr(selector: string, name: string, nth?: number): Promise<string | null>;
  /** Chooses `value` in the `nth` matching <select> with the keyboard (arrow keys), as a reader can. */
  select(selector: string, value: string, nth?: number): Promise<void>;
  /** The `value` property (inputs, selects). */
  value(selector: string, nth?: number): Promise<string>;
  /** Runs `fn` on the `nth` match, in the page's world, and returns its JSON-able result. */
  evaluate<R, A = undefined>(selector: string, fn: (el: Element, arg: A) => R, arg?: A, nth?: number): Promise<R>;
  /** The centre of the `nth` match in the viewport, after scrolling it into view. */
  center(selector: string, nth?: number): Promise<{ x: number; y: number }>;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function cdp(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

/** Every UI host's shadow root in the page (frames included), each as a DevTools node id. */
async function uiRoots(session: CDPSession): Promise<number[]> {
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const found: number[] = [];
  const walk = (n: DomNode) => {
    if (n.nodeName === UI_HOST && n.shadowRoots?.length) found.push(n.shadowRoots[0]!.nodeId);
    for (const c of n.children ?? []) walk(c);
    for (const s of n.shadowRoots ?? []) walk(s);
    if (n.contentDocument) walk(n.contentDocument);
  };
  walk(root);
  return found;
}

// DOM.getDocument renumbers the nodes, so one page's look-ups run one at a time.
const queues = new WeakMap<CDPSession, Promise<unknown>>();

function serial<T>(session: CDPSession, work: () => Promise<T>): Promise<T> {
  const next = (queues.get(session) ?? Promise.resolve()).then(work, work);
  queues.set(session, next.catch(() => {}));
  return next;
}

async function matches(session: CDPSession, selector: string): Promise<number[]> {
  const out: number[] = [];
  for (const root of await uiRoots(session)) {
    const { nodeIds } = (await session.send('DOM.querySelectorAll', { nodeId: root, selector })) as { nodeIds: number[] };
    out.push(...nodeIds);
  }
  return out;
}

export function closedUi(page: Page): ClosedUi {
  const countNow = async (selector: string) => {
    const session = await cdp(page);
    return (await serial(session, () => matches(session, selector))).length;
  };
  // Like Playwright's locators, an action waits (up to 10 s) for its element to be there; finding the
  // node and using its id happen in one turn of the page's queue.
  const withNode = async <T>(selector: string, n: number, use: (session: CDPSession, nodeId: number) => Promise<T>): Promise<T> => {
    const session = await cdp(page);
    const end = Date.now() + 10_000;
    for (;;) {
      const r = await serial(session, async () => {
        const nodeId = (await matches(session, selector))[n];
        return nodeId === undefined ? null : { value: await use(session, nodeId) };
      });
      if (r) return r.value;
      if (Date.now() > end) throw new Error(`No element ${selector} (#${n}) in <notice-lens-ui>`);
      await new Promise((res) => setTimeout(res, 100));
    }
  };
  const call = <R>(selector: string, fnSource: string, args: unknown[], n = 0): Promise<R> =>
    withNode(selector, n, async (session, nodeId) => {
      const { object } = (await session.send('DOM.resolveNode', { nodeId, objectGroup: 'closed-ui' })) as { object: { objectId: string } };
      const r = (await session.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: fnSource,
        arguments: args.map((value) => ({ value })),
        returnByValue: true,
        awaitPromise: true,
      })) as { result: { value: R }; exceptionDetails?: { text: string } };
      await session.send('Runtime.releaseObjectGroup', { objectGroup: 'closed-ui' });
      if (r.exceptionDetails) throw new Error(`In <notice-lens-ui> ${selector}: ${r.exceptionDetails.text}`);
      return r.result.value;
    });
  const center = (selector: string, n = 0) =>
    withNode(selector, n, async (session, nodeId) => {
      await session.send('DOM.scrollIntoViewIfNeeded', { nodeId });
      const { model } = (await session.send('DOM.getBoxModel', { nodeId })) as { model: { border: number[] } };
      const q = model.border;
      return { x: (q[0]! + q[2]! + q[4]! + q[6]!) / 4, y: (q[1]! + q[3]! + q[5]! + q[7]!) / 4 };
    });
  const focus = (selector: string, n = 0) =>
    withNode(selector, n, async (session, nodeId) => {
      await session.send('DOM.focus', { nodeId });
    });
  return {
    count: countNow,
    waitFor: async (selector, opts = {}) => {
      const end = Date.now() + (opts.timeout ?? 10_000);
      const detached = opts.state === 'detached';
      for (;;) {
        const n = await countNow(selector);
        if (detached ? n === 0 : n > 0) return;
        if (Date.now() > end) throw new Error(`Timed out waiting for ${selector} to be ${detached ? 'gone from' : 'in'} <notice-lens-ui>`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    click: async (selector, n = 0) => {
      const at = await center(selector, n);
      await page.mouse.click(at.x, at.y);
    },
    focus,
    select: async (selector, value, n = 0) => {
      const { options, current } = await call<{ options: string[]; current: number }>(selector,
        'function () { return { options: Array.from(this.options, (o) => o.value), current: this.selectedIndex }; }', [], n);
      const target = options.indexOf(value);
      if (target < 0) throw new Error(`No option ${value} in ${selector}: ${options.join(', ')}`);
      await focus(selector, n);
      // One change event where a single key does it (Home/End): each arrow press is a change of its own.
      if (target === current) return;
      if (target === options.length - 1) return page.keyboard.press('End');
      if (target === 0) return page.keyboard.press('Home');
      for (let i = current; i !== target; i += target > current ? 1 : -1) await page.keyboard.press(target > current ? 'ArrowDown' : 'ArrowUp');
    },
    text: (selector, n = 0) => call<string>(selector, 'function () { return this.innerText; }', [], n),
    attr: (selector, name, n = 0) => call<string | null>(selector, 'function (name) { return this.getAttribute(name); }', [name], n),
    value: (selector, n = 0) => call<string>(selector, 'function () { return String(this.value); }', [], n),
    evaluate: (selector, fn, arg, n = 0) => call(selector, `function (arg) { return (${fn.toString()})(this, arg); }`, [arg], n),
    center,
  };
}

/** The note editor's frame (an extension page framed into the notice), once it has loaded. */
export async function noteFrame(page: Page, timeout = 10_000): Promise<Frame> {
  const end = Date.now() + timeout;
  for (;;) {
    const f = page.frames().find((x) => /^[a-z-]+:\/\/[^/]+\/note-frame\.html(\?|$)/.test(x.url()));
    if (f) {
      await f.waitForLoadState();
      return f;
    }
    if (Date.now() > end) throw new Error('The note frame did not open');
    await new Promise((r) => setTimeout(r, 100));
  }
}
