/**
 * The killed worker in a real browser: two tabs of one notice send random store operations
 * through the content script's own path (its isolated world's `chrome.runtime.sendMessage`, the
 * sender checked by the browser), and an extension page writes notes as the side panel does,
 * while the service worker is stopped at random points — between operations and while
 * operations are in flight — each stop confirmed by DevTools. A caller that got no answer sends
 * again, as Notice Lens's callers do after `unavailable`. At the end the store, read through the
 * library's own request, holds every acknowledged operation exactly once. The unit version
 * (tests/unit/store-concurrency.test.ts) runs 1,000 operations and kills inside transactions.
 */
import { describe, expect, it } from 'vitest';
import { useChromium } from './browser-setup';
import type { CDPSession, Page } from 'playwright-core';
import { openAnalyzed } from '../tools/browser';
import { normalizeNoticeUrl } from '../../utils/text/url';

const OPERATIONS = 200;
const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
const STATUSES = ['todo', 'doing', 'done'] as const;

const env = useChromium();

function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]! };
}

type Reply = { ok: true; value: unknown } | { ok: false; error: { code: string; message?: string } };
type Sender = (request: object) => Promise<Reply>;

/** The send function of the content script's world in `page` (found through DevTools: the extension's isolated world). */
async function contentScriptSender(page: Page, extensionId: string): Promise<Sender> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => void contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const world = () => contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`);
  await expect.poll(() => Boolean(world())).toBe(true);
  const contextId = world()!.id;
  return async (request) => {
    const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', {
      contextId,
      awaitPromise: true,
      returnByValue: true,
      expression: `chrome.runtime.sendMessage(${JSON.stringify(request)}).then((r) => r ?? { ok: false, error: { code: 'unavailable' } }, (e) => ({ ok: false, error: { code: 'unavailable', message: String(e) } }))`,
    })) as { result: { value: Reply }; exceptionDetails?: unknown };
    if (exceptionDetails) return { ok: false, error: { code: 'unavailable', message: JSON.stringify(exceptionDetails) } };
    return result.value;
  };
}

/** The same from an extension page (the side panel's path: it may write notes and list everything). */
function extensionPageSender(page: Page): Sender {
  return (request) =>
    page.evaluate(
      (req) =>
        (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<Reply | undefined> } } }).chrome.runtime
          .sendMessage(req)
          .then((r) => r ?? ({ ok: false, error: { code: 'unavailable' } } as Reply), (e: unknown) => ({ ok: false, error: { code: 'unavailable', message: String(e) } }) as Reply),
      request,
    );
}

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: 'stopped' | 'starting' | 'running' | 'stopping';
}

/** Stops the extension's service worker through DevTools (from an extension page's session) and waits until it reports it stopped. */
async function workerStopper(page: Page, extensionId: string): Promise<() => Promise<boolean>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  /** Every status DevTools reported for each of the extension's worker versions, in order. */
  const log: { versionId: string; status: WorkerVersion['runningStatus'] }[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: WorkerVersion[] }) => {
    for (const v of e.versions) if (v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) log.push({ versionId: v.versionId, status: v.runningStatus });
  });
  await cdp.send('ServiceWorker.enable');
  const latest = (versionId: string) => log.filter((e) => e.versionId === versionId).at(-1)?.status;
  return async () => {
    const running = [...new Set(log.map((e) => e.versionId))].find((v) => latest(v) === 'running');
    if (!running) return false; // not running now: nothing to stop
    const from = log.length;
    await cdp.send('ServiceWorker.stopWorker', { versionId: running });
    // Really stopped: DevTools reports that version stopped (it may start again at once for a message in flight).
    await expect.poll(() => log.slice(from).some((e) => e.versionId === running && e.status === 'stopped'), { timeout: 10_000 }).toBe(true);
    return true;
  };
}

interface Expected {
  kind: 'highlight' | 'directive';
  color?: string;
  status?: string;
  note: string;
}

describe('a worker stopped at random points', () => {
  it(`${OPERATIONS} operations from two tabs and an extension page: every acknowledged one is in the store exactly once`, async () => {
    const url = env.server.url('gxj.xa.gov.cn', 'pages/sample-notice.html');
    const page = normalizeNoticeUrl(url);
    const tabs = [await openAnalyzed(env.browser.context, url), await openAnalyzed(env.browser.context, url)];
    const senders = await Promise.all(tabs.map((t) => contentScriptSender(t, env.browser.extensionId)));
    const library = await env.browser.context.newPage();
    await library.goto(`chrome-extension://${env.browser.extensionId}/library.html`);
    const sidePanel = extensionPageSender(library);
    const stopWorker = await workerStopper(library, env.browser.extensionId);
    const r = prng(0x5eed);

    const model = new Map<string, Expected>();
    /** Deleted annotations and the state they had, for undo. */
    const deleted = new Map<string, Expected>();
    let nextId = 0;
    const annotation = (id: string, e: Expected, withNote: boolean) => ({
      id,
      page,
      kind: e.kind,
      selectors: e.kind === 'highlight' ? [{ type: 'TextQuoteSelector', exact: `第${id}句`, prefix: '', suffix: '' }] : [],
      tags: [],
      ...(e.color ? { color: e.color } : {}),
      ...(e.status ? { status: e.status } : {}),
      ...(e.kind === 'directive' ? { directive: { ordinal: '一要', index: Number(id.split('-')[1]), lead: '一要坚决打好秦岭保卫战' } } : {}),
      ...(withNote ? { note: e.note } : {}),
    });
    const notice = { page, title: '关于做好秦岭生态环境保护工作的通知', site: 'gxj.xa.gov.cn', source: '西安市工业和信息化局', published: '2018-09-05', docNumber: '', directives: [{ ordinal: '一要', level: 1, lead: '一要坚决打好秦岭保卫战' }] };

    let unanswered = 0;
    /** Sends until acknowledged; the op's effect enters the model only then. */
    const run = async (send: Sender, request: { type: string; [k: string]: unknown }, apply: () => void) => {
      for (let attempt = 0; ; attempt++) {
        expect(attempt, JSON.stringify(request)).toBeLessThan(8);
        const reply = await send(request);
        if (!reply.ok && reply.error.code === 'unavailable') {
          unanswered++;
          continue;
        }
        // A resent delete whose first attempt committed before the worker stopped finds nothing: it is done.
        const done = reply.ok || (request.type === 'annotation/delete' && reply.error.code === 'not-found' && attempt > 0);
        if (!done) throw new Error(`refused: ${JSON.stringify(request)} → ${JSON.stringify(reply)}`);
        apply();
        return;
      }
    };

    let ops = 0;
    let kills = 0;
    let killsInFlight = 0;
    while (ops < OPERATIONS) {
      const busy = new Set<string>();
      const batch: Promise<void>[] = [];
      for (let n = 1 + r.int(3); n > 0 && ops < OPERATIONS; n--) {
        const tab = r.pick(senders);
        const live = [...model.keys()].filter((id) => !busy.has(id));
        const gone = [...deleted.keys()].filter((id) => !busy.has(id));
        const kind = r.pick(['create', 'create', 'recolour', 'note', 'status', 'delete', 'undo'] as const);
        ops++;
        if (kind === 'create' || (!live.length && !(kind === 'undo' && gone.length))) {
          const id = `op-${++nextId}`;
          const e: Expected = r.next() < 0.3 ? { kind: 'directive', status: r.pick(STATUSES), note: '' } : { kind: 'highlight', color: r.pick(COLORS), note: '' };
          busy.add(id);
          batch.push(run(tab, { type: 'annotation/put', annotation: annotation(id, e, false), notice }, () => void model.set(id, e)));
        } else if (kind === 'undo' && gone.length) {
          const id = r.pick(gone);
          busy.add(id);
          const e = deleted.get(id)!;
          // The tab's undo saves the record again without the note it never saw; the store brings the note back.
          batch.push(run(tab, { type: 'annotation/put', annotation: annotation(id, e, false) }, () => {
            deleted.delete(id);
            model.set(id, e);
          }));
        } else {
          const id = r.pick(live);
          busy.add(id);
          const e = model.get(id)!;
          if (kind === 'delete') {
            batch.push(run(tab, { type: 'annotation/delete', id }, () => {
              model.delete(id);
              deleted.set(id, e);
            }));
          } else if (kind === 'note') {
            const next = { ...e, note: `批注 ${r.int(1e6)}` };
            batch.push(run(sidePanel, { type: 'annotation/put', annotation: annotation(id, next, true) }, () => void model.set(id, next)));
          } else {
            const next: Expected = e.kind === 'highlight' ? { ...e, color: r.pick(COLORS) } : { ...e, status: r.pick(STATUSES) };
            batch.push(run(tab, { type: 'annotation/put', annotation: annotation(id, next, false) }, () => void model.set(id, next)));
          }
        }
      }
      // Now and then the worker is stopped: while this batch is in flight, or between batches.
      const roll = r.next();
      if (roll < 0.06) {
        batch.push(stopWorker().then((stopped) => void (stopped && (kills++, killsInFlight++))));
      }
      await Promise.all(batch);
      if (roll >= 0.06 && roll < 0.12 && (await stopWorker())) kills++;
    }
    expect(ops).toBe(OPERATIONS);
    expect(kills, 'the worker was stopped many times').toBeGreaterThanOrEqual(10);
    expect(killsInFlight, 'some of them with operations in flight').toBeGreaterThanOrEqual(3);

    const stored = await sidePanel({ type: 'library/annotations' });
    expect(stored.ok).toBe(true);
    const rows = (stored as { value: { id: string; page: string; kind: string; color?: string; status?: string; note?: string }[] }).value.filter((a) => a.page === page);
    // Exactly once: no id twice, none missing, none extra.
    expect(rows.length).toBe(new Set(rows.map((a) => a.id)).size);
    expect(model.size).toBeGreaterThan(20);
    expect(rows.map((a) => a.id).sort()).toEqual([...model.keys()].sort());
    for (const a of rows) {
      const e = model.get(a.id)!;
      expect({ kind: a.kind, color: a.color, status: a.status, note: a.note ?? '' }, a.id).toEqual({ kind: e.kind, color: e.color, status: e.status, note: e.note });
    }
    console.log(`killed-worker: ${ops} operations, ${kills} stops (${killsInFlight} in flight), ${unanswered} unanswered sends resent, ${model.size} annotations at the end`);
    for (const t of [...tabs, library]) await t.close();
  }, 120_000);
});
