// @vitest-environment node
/**
 * Two tabs of one notice (and the side panel) × 1,000 random operations (create,
 * recolour, note, status, delete to the trash, undo, restore from the trash) while the service worker is "killed" at
 * random points: between operations (a new handler and a new database connection:
 * everything the worker kept in memory is gone), in the middle of a write (its
 * transaction aborted before it commits, no reply), and after a commit whose reply
 * was lost. A caller that got no reply sends the same request again once the worker
 * is back, as it would after `unavailable`. The final store must equal the model of
 * the acknowledged operations: nothing acknowledged lost, nothing duplicated.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Annotation, Color, DirectiveStatus } from '../../utils/model';
import { lazyDb } from '../../utils/store/db';
import { createHandler } from '../../utils/store/handler';
import type { SenderLike } from '../../utils/store/callers';
import type { Result } from '../../utils/store/messages';
import { Repository } from '../../utils/store/repository';
import { PAGE_A, RUNTIME, SIDE_PANEL, contentScript, freshIndexedDB, makeClock, notice } from './store-helpers';

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

const TABS: SenderLike[] = [contentScript(PAGE_A), { ...contentScript(PAGE_A), tab: { id: 4, url: PAGE_A } }];
const COLORS: Color[] = ['yellow', 'green', 'blue', 'pink', 'purple'];
const STATUSES: DirectiveStatus[] = ['todo', 'doing', 'done'];

/** What the reader should find for one annotation. */
interface Expected {
  kind: 'highlight' | 'directive';
  color?: Color;
  status?: DirectiveStatus;
  note: string;
}

type Request = { type: string; [k: string]: unknown };
type Op = { id: string; sender: SenderLike; request: Request; apply: () => void };

const spies: ReturnType<typeof vi.spyOn>[] = [];
afterEach(() => {
  for (const s of spies.splice(0)) s.mockRestore();
});

describe('two tabs, the side panel and a worker that keeps being killed', () => {
  it('1,000 operations: the store ends equal to the model of what was acknowledged', async () => {
    freshIndexedDB();
    const clock = makeClock();
    const r = prng(0xc0ffee);

    // The "service worker": a handler over its own connection. Killing it drops its memory and connection.
    let closeDb: (() => void) | undefined;
    const start = () => {
      const getDb = lazyDb();
      closeDb = () => void getDb().then((db) => db.close());
      return createHandler({ repo: new Repository(getDb, clock.now), runtime: RUNTIME, clock: clock.ms });
    };
    let handle = start();
    let kills = 0;
    const kill = () => {
      closeDb?.();
      handle = start();
      kills++;
    };

    // A write dies before it commits: its transaction is aborted and the caller gets no reply.
    const dieInWrite = new Set<string>(); // annotation ids whose next write dies
    for (const method of ['put', 'delete'] as const) {
      const original = IDBObjectStore.prototype[method] as (...a: unknown[]) => IDBRequest;
      spies.push(
        vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore, ...args: unknown[]) {
          const req = original.apply(this, args);
          const id = method === 'put' ? (args[0] as { id?: unknown }).id : args[0];
          if (typeof id === 'string' && dieInWrite.delete(id)) this.transaction.abort();
          return req;
        }),
      );
    }

    const model = new Map<string, Expected>();
    const deleted = new Map<string, Annotation>(); // the full records, as the side panel's undo holds them
    let nextId = 0;
    const directiveIndex = new Map<string, number>();

    const input = (id: string, e: Expected, withNote: boolean) => ({
      id,
      page: PAGE_A,
      kind: e.kind,
      selectors: e.kind === 'highlight' ? [{ type: 'TextQuoteSelector', exact: `第${id}句`, prefix: '', suffix: '' }] : [],
      tags: [],
      ...(e.color ? { color: e.color } : {}),
      ...(e.status ? { status: e.status } : {}),
      ...(e.kind === 'directive' ? { directive: { ordinal: '一是', index: directiveIndex.get(id)!, lead: '加强安全生产' } } : {}),
      ...(withNote ? { note: e.note } : {}),
    });

    /** A random operation on ids not used by the other operations of its batch. */
    const randomOp = (busy: Set<string>): Op | null => {
      const live = [...model.keys()].filter((id) => !busy.has(id));
      const gone = [...deleted.keys()].filter((id) => !busy.has(id));
      const tab = r.pick(TABS);
      const kind = r.pick(['create', 'create', 'recolour', 'note', 'status', 'delete', 'undo'] as const);
      if (kind === 'create' || (!live.length && kind !== 'undo')) {
        const id = `op-${++nextId}`;
        const directive = r.next() < 0.3;
        if (directive) directiveIndex.set(id, nextId);
        const e: Expected = directive ? { kind: 'directive', status: r.pick(STATUSES), note: '' } : { kind: 'highlight', color: r.pick(COLORS), note: '' };
        busy.add(id);
        // A tab's first annotation carries the notice's facts, as the page does.
        return { id, sender: tab, request: { type: 'annotation/put', annotation: input(id, e, false), notice: notice() }, apply: () => model.set(id, e) };
      }
      if (kind === 'undo') {
        if (!gone.length) return null;
        const id = r.pick(gone);
        busy.add(id);
        const full = deleted.get(id)!;
        const { created: _c, modified: _m, ...back } = full;
        const apply = () => {
          deleted.delete(id);
          model.set(id, { kind: full.kind as Expected['kind'], note: full.note, ...(full.color ? { color: full.color } : {}), ...(full.status ? { status: full.status } : {}) });
        };
        // Restore from the trash (a tab's panel, which never saw the note), or the side panel saving the record again.
        if (r.next() < 0.5) return { id, sender: tab, request: { type: 'trash/restore', id }, apply };
        return { id, sender: SIDE_PANEL, request: { type: 'annotation/put', annotation: back }, apply };
      }
      const id = r.pick(live);
      busy.add(id);
      const e = model.get(id)!;
      if (kind === 'delete')
        return { id, sender: tab, request: { type: 'annotation/delete', id }, apply: () => {
          model.delete(id);
          deleted.set(id, { ...(input(id, e, true) as unknown as Annotation) });
        } };
      if (kind === 'note') {
        const next = { ...e, note: `批注 ${r.int(1e6)}` };
        return { id, sender: SIDE_PANEL, request: { type: 'annotation/put', annotation: input(id, next, true) }, apply: () => model.set(id, next) };
      }
      // recolour a highlight, or set a directive's status; from a tab, which never sends (or sees) the note
      const next: Expected = e.kind === 'highlight' ? { ...e, color: r.pick(COLORS) } : { ...e, status: r.pick(STATUSES) };
      return { id, sender: tab, request: { type: 'annotation/put', annotation: input(id, next, false) }, apply: () => model.set(id, next) };
    };

    /** Sends until acknowledged; a worker that died in between is restarted first. */
    let lostReplies = 0;
    let diedInWrite = 0;
    const run = async (op: Op) => {
      for (let attempt = 0; ; attempt++) {
        expect(attempt).toBeLessThan(5);
        const dies = r.next() < 0.03;
        const loseReply = !dies && r.next() < 0.03;
        if (dies) dieInWrite.add(op.id);
        const reply = (await handle(op.request, op.sender)) as Result<unknown>;
        dieInWrite.delete(op.id);
        if (dies && !reply.ok) {
          diedInWrite++;
          kill();
          continue;
        }
        // A retried delete whose first attempt did commit finds nothing: the delete is done all the same.
        const moves = op.request.type === 'annotation/delete' || op.request.type === 'trash/restore';
        const done = reply.ok || (moves && reply.error.code === 'not-found' && attempt > 0);
        if (!done) throw new Error(`refused: ${JSON.stringify(reply)}`);
        if (loseReply) {
          lostReplies++;
          kill();
          continue; // the caller never heard; it sends again
        }
        op.apply();
        return;
      }
    };

    let ops = 0;
    while (ops < 1000) {
      const busy = new Set<string>();
      const batch: Op[] = [];
      for (let n = 1 + r.int(3); n > 0 && ops + batch.length < 1000; n--) {
        const op = randomOp(busy);
        if (op) batch.push(op);
      }
      await Promise.all(batch.map(run));
      ops += batch.length;
      clock.advance(1 + r.int(5000));
      if (r.next() < 0.05) kill();
    }
    expect(ops).toBe(1000);
    // The kills happened, of each kind, many times.
    expect(kills).toBeGreaterThan(50);
    expect(diedInWrite).toBeGreaterThan(10);
    expect(lostReplies).toBeGreaterThan(10);

    const reply = (await handle({ type: 'library/annotations' }, SIDE_PANEL)) as Result<Annotation[]>;
    if (!reply.ok) throw new Error(reply.error.message);
    const stored = reply.value;
    expect(stored.length).toBe(model.size);
    expect(new Set(stored.map((a) => a.id)).size).toBe(stored.length);
    for (const a of stored) {
      const e = model.get(a.id);
      expect(e, a.id).toBeDefined();
      expect({ kind: a.kind, color: a.color, status: a.status, note: a.note }, a.id).toEqual({ color: undefined, status: undefined, ...e });
    }
    // Everything deleted and not restored is in the trash, once.
    const trash = (await handle({ type: 'trash/list' }, SIDE_PANEL)) as Result<Annotation[]>;
    if (!trash.ok) throw new Error(trash.error.message);
    expect(deleted.size).toBeGreaterThan(0);
    expect(trash.value.map((a) => a.id).sort()).toEqual([...deleted.keys()].sort());
    for (const a of trash.value) expect(a.note, a.id).toBe(deleted.get(a.id)!.note);
    // The notice was stored once, with the first annotation, from the facts the tabs sent.
    const list = (await handle({ type: 'library/list' }, SIDE_PANEL)) as Result<{ page: string; notice: { title: string } | null; count: number }[]>;
    if (!list.ok) throw new Error(list.error.message);
    expect(list.value.map((e) => [e.page, e.notice?.title, e.count])).toEqual([[PAGE_A, '关于加强安全生产工作的通知', model.size]]);
  }, 60_000);
});
