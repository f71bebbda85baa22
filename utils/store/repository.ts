/**
 * The store's operations on an open database. Inputs are already validated
 * (validate.ts); scoping to a content script's page is passed in as `scope`.
 * Every write is ONE readwrite transaction, and resolves only once it has
 * committed (see `write` in tx.ts). Write operations return the changes to publish.
 */
import type { Annotation, NoticeRecord } from '../model';
import type { NoticeLensDB } from './db';
import { StoreError } from './errors';
import {
  ChangeSet,
  dedupeAnnotations,
  dedupeNotices,
  emptyCounts,
  incomingWins,
  mergeNotice,
  sameRecord,
  time,
  type Change,
} from './merge';
import type { AnnotationInput, ImportResult, LibraryEntry, NoticeInput, WipeResult } from './messages';
import { BOTH, track, write } from './tx';
import { assembleAnnotation } from './validate';

export interface Written<T> {
  value: T;
  changes: Change[];
}

function byCreated(a: Annotation, b: Annotation): number {
  return time(a.created) - time(b.created) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function byModifiedDesc(a: Annotation, b: Annotation): number {
  return time(b.modified) - time(a.modified) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export class Repository {
  constructor(
    private readonly db: () => Promise<NoticeLensDB>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private now(): string {
    return this.clock().toISOString();
  }

  /** Now, or just after `previous` when the clock has not moved past it: `modified` always increases. */
  private after(previous: string | undefined): string {
    const now = this.clock().getTime();
    const prev = previous === undefined ? -Infinity : time(previous);
    return new Date(now > prev ? now : prev + 1).toISOString();
  }

  /**
   * A visit's facts: updates the notice's stored record, and creates one only with
   * `create` (the reader's option "remember the notices I open"). Otherwise a
   * notice is first stored with its first annotation (putAnnotation's `notice`),
   * so merely opening a page leaves no reading history. Null: nothing was stored.
   */
  async saveNotice(input: NoticeInput, options: { create?: boolean } = {}): Promise<Written<NoticeRecord | null>> {
    const db = await this.db();
    const value = await write(db, async (tx) => {
      const store = tx.objectStore('notices');
      const existing = await store.get(input.page);
      if (!existing && !options.create) return null;
      const now = this.now();
      const record: NoticeRecord = { ...input, firstSeen: existing?.firstSeen ?? now, lastSeen: now };
      await store.put(record);
      return record;
    });
    return { value, changes: value ? [{ page: value.page, ids: [] }] : [] };
  }

  async getNotice(page: string): Promise<NoticeRecord | null> {
    return (await (await this.db()).get('notices', page)) ?? null;
  }

  async getAnnotation(id: string): Promise<Annotation | null> {
    return (await (await this.db()).get('annotations', id)) ?? null;
  }

  /** A page's annotations, oldest first. */
  async listAnnotations(page: string): Promise<Annotation[]> {
    const list = await (await this.db()).getAllFromIndex('annotations', 'by-page', page);
    return list.sort(byCreated);
  }

  /**
   * Creates or updates an annotation, and moves its notice's lastSeen in the
   * same transaction. With `scope`, an existing annotation of another page is
   * refused (a content script cannot take over another site's note). A page's
   * first annotation creates its notice record from `notice` (the facts the visit
   * sent), in the same transaction: the annotation and its notice, or neither.
   */
  async putAnnotation(
    input: AnnotationInput,
    options: { scope?: string; rememberedNote?: string; notice?: NoticeInput } = {},
  ): Promise<Written<Annotation>> {
    const db = await this.db();
    const changes = new ChangeSet();
    const value = await write(db, async (tx) => {
      const annotations = tx.objectStore('annotations');
      const existing = await annotations.get(input.id);
      if (options.scope !== undefined && existing && existing.page !== options.scope)
        throw new StoreError('forbidden', 'This annotation belongs to another page.');
      const note = input.note ?? existing?.note ?? options.rememberedNote ?? '';
      const record = assembleAnnotation(input, note, existing?.created ?? this.now(), this.after(existing?.modified));
      await annotations.put(record);
      const notices = tx.objectStore('notices');
      const notice = await notices.get(record.page);
      if (notice) await notices.put({ ...notice, lastSeen: this.now() });
      else if (options.notice?.page === record.page) await notices.put({ ...options.notice, firstSeen: this.now(), lastSeen: this.now() });
      if (existing && existing.page !== record.page) changes.touch(existing.page, record.id);
      changes.touch(record.page, record.id);
      return record;
    });
    return { value, changes: changes.list() };
  }

  /** Deletes and returns an annotation; with `scope`, one of another page counts as not found. */
  async deleteAnnotation(id: string, options: { scope?: string } = {}): Promise<Written<Annotation>> {
    const db = await this.db();
    const value = await write(db, async (tx) => {
      const annotations = tx.objectStore('annotations');
      const existing = await annotations.get(id);
      if (!existing || (options.scope !== undefined && existing.page !== options.scope))
        throw new StoreError('not-found', `No annotation ${id} on this page.`);
      await annotations.delete(id);
      return existing;
    });
    return { value, changes: [{ page: value.page, ids: [value.id] }] };
  }

  /** Every notice, most recently seen first, then pages that have annotations but no notice record. */
  async libraryList(): Promise<LibraryEntry[]> {
    const db = await this.db();
    const tx = db.transaction(BOTH, 'readonly');
    const notices = (await tx.objectStore('notices').index('by-lastSeen').getAll()).sort(
      (a, b) => time(b.lastSeen) - time(a.lastSeen),
    );
    const annotations = tx.objectStore('annotations');
    const byPage = annotations.index('by-page');
    // All counts requested at once (not one awaited round trip after another):
    // with thousands of notices this is the difference between ~50 ms and ~1 s.
    const [perNotice, total] = await Promise.all([Promise.all(notices.map((n) => byPage.count(n.page))), annotations.count()]);
    const counts = new Map<string, number>(notices.map((n, i) => [n.page, perNotice[i]!]));
    // Pages with annotations but no notice record are rare; look for them only when the sums disagree.
    if (perNotice.reduce((a, b) => a + b, 0) !== total) {
      let cursor = await byPage.openKeyCursor();
      while (cursor) {
        const page = cursor.key;
        if (!counts.has(page)) counts.set(page, await byPage.count(page));
        cursor = await cursor.continue(`${page}\u0000`);
      }
    }
    await tx.done;
    const entries: LibraryEntry[] = notices.map((n) => ({ page: n.page, notice: n, count: counts.get(n.page) ?? 0 }));
    const known = new Set(notices.map((n) => n.page));
    for (const [page, count] of counts) if (!known.has(page)) entries.push({ page, notice: null, count });
    return entries;
  }

  /** All annotations (or those of `pages`), newest `modified` first. */
  async libraryAnnotations(pages?: string[]): Promise<Annotation[]> {
    const db = await this.db();
    if (!pages) return (await db.getAll('annotations')).sort(byModifiedDesc);
    const tx = db.transaction('annotations', 'readonly');
    const index = tx.store.index('by-page');
    const lists = await Promise.all([...new Set(pages)].map((p) => index.getAll(p)));
    await tx.done;
    return lists.flat().sort(byModifiedDesc);
  }

  /** Merges validated items in one transaction: all or nothing. */
  async importItems(notices: NoticeRecord[], annotations: Annotation[]): Promise<Written<ImportResult>> {
    const db = await this.db();
    const incomingNotices = dedupeNotices(notices);
    const incomingAnnotations = dedupeAnnotations(annotations);
    const changes = new ChangeSet();
    const value = await write(db, async (tx) => {
      const nStore = tx.objectStore('notices');
      const aStore = tx.objectStore('annotations');
      const result: ImportResult = { notices: emptyCounts(), annotations: emptyCounts() };
      const pending: Promise<unknown>[] = [];
      const [oldNotices, oldAnnotations] = await Promise.all([
        Promise.all(incomingNotices.map((n) => track(pending, nStore.get(n.page)))),
        Promise.all(incomingAnnotations.map((a) => track(pending, aStore.get(a.id)))),
      ]);
      incomingNotices.forEach((n, i) => {
        const old = oldNotices[i];
        const merged = mergeNotice(old, n);
        if (old && sameRecord(old, merged)) return void result.notices.unchanged++;
        result.notices[old ? 'updated' : 'added']++;
        track(pending, nStore.put(merged));
        changes.touch(merged.page);
      });
      incomingAnnotations.forEach((a, i) => {
        const old = oldAnnotations[i];
        if (!incomingWins(old, a) || (old && sameRecord(old, a))) return void result.annotations.unchanged++;
        result.annotations[old ? 'updated' : 'added']++;
        track(pending, aStore.put(a));
        if (old && old.page !== a.page) changes.touch(old.page, a.id);
        changes.touch(a.page, a.id);
      });
      await Promise.all(pending);
      return result;
    });
    return { value, changes: changes.list() };
  }

  /** Deletes every annotation and notice record. */
  async wipe(): Promise<Written<WipeResult>> {
    const db = await this.db();
    const changes = new ChangeSet();
    const value = await write(db, async (tx) => {
      const aStore = tx.objectStore('annotations');
      const nStore = tx.objectStore('notices');
      let cursor = await aStore.index('by-page').openKeyCursor();
      let annotations = 0;
      while (cursor) {
        changes.touch(cursor.key, cursor.primaryKey);
        annotations++;
        cursor = await cursor.continue();
      }
      const pages = await nStore.getAllKeys();
      for (const page of pages) changes.touch(page);
      await Promise.all([aStore.clear(), nStore.clear()]);
      return { annotations, notices: pages.length };
    });
    return { value, changes: changes.list() };
  }
}
