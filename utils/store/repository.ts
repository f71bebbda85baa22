/**
 * The store's operations on an open database. Inputs are already validated
 * (validate.ts); scoping to a content script's page is passed in as `scope`.
 * Every write is ONE readwrite transaction, and resolves only once it has
 * committed (see `write` in tx.ts). Write operations return the changes to publish.
 */
import type { Annotation, NoticeRecord } from '../model';
import { toTrash, type TrashedAnnotation } from '../trash';
import type { NoticeLensDB } from './db';
import { StoreError } from './errors';
import {
  ChangeSet,
  dedupeNotices,
  emptyCounts,
  mergeNotice,
  sameRecord,
  time,
  type Change,
} from './merge';
import type { AnnotationInput, ImportResult, LibraryEntry, NoticeInput, WipeResult } from './messages';
import { importVersions } from './import-merge';
import { TrashRepository } from './trash-repository';
import { addVersionIn, importVersionsIn, VersionRepository } from './version-repository';
import type { NoticeVersion } from '../revisions/model';
import { ALL, track, write } from './tx';
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
  /** Listing, restoring, purging and emptying the trash. */
  readonly trash: TrashRepository;
  /** Versions of notices' bodies (issue 16). */
  readonly versions: VersionRepository;

  constructor(
    private readonly db: () => Promise<NoticeLensDB>,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.trash = new TrashRepository(db, clock);
    this.versions = new VersionRepository(db, clock);
  }

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
   * Saving an id that is in the trash takes it out (an id is never live and trashed
   * at once), keeping its note when the input has none: a stale tab's edit of a
   * deleted highlight brings it back whole rather than without its note. `body`: the visit's body text, stored
   * as the notice's first version when this annotation creates the notice record (issue 16).
   */
  async putAnnotation(input: AnnotationInput, options: { scope?: string; notice?: NoticeInput; body?: string } = {}): Promise<Written<Annotation>> {
    const db = await this.db();
    const changes = new ChangeSet();
    const value = await write(db, async (tx) => {
      const annotations = tx.objectStore('annotations');
      const trash = tx.objectStore('trash');
      const [live, trashed] = await Promise.all([annotations.get(input.id), trash.get(input.id)]);
      const existing = live ?? trashed;
      if (options.scope !== undefined && existing && existing.page !== options.scope)
        throw new StoreError('forbidden', 'This annotation belongs to another page.');
      const note = input.note ?? existing?.note ?? '';
      const previous = live ? live.modified : trashed?.deletedAt;
      const record = assembleAnnotation(input, note, existing?.created ?? this.now(), this.after(previous));
      await annotations.put(record);
      if (trashed) await trash.delete(input.id);
      const notices = tx.objectStore('notices');
      const notice = await notices.get(record.page);
      if (notice) await notices.put({ ...notice, lastSeen: this.now() });
      else if (options.notice?.page === record.page) {
        await notices.put({ ...options.notice, firstSeen: this.now(), lastSeen: this.now() });
        if (options.body !== undefined) await addVersionIn(tx, record.page, options.body, this.clock().getTime());
      }
      if (existing && existing.page !== record.page) changes.touch(existing.page, record.id);
      changes.touch(record.page, record.id);
      return record;
    });
    return { value, changes: changes.list() };
  }

  /**
   * Moves an annotation (with its note) to the trash and returns it as trashed; with `scope`, one
   * of another page counts as not found. Restore with `trash.restore`.
   */
  async deleteAnnotation(id: string, options: { scope?: string } = {}): Promise<Written<TrashedAnnotation>> {
    const db = await this.db();
    const value = await write(db, async (tx) => {
      const annotations = tx.objectStore('annotations');
      const existing = await annotations.get(id);
      if (!existing || (options.scope !== undefined && existing.page !== options.scope))
        throw new StoreError('not-found', `No annotation ${id} on this page.`);
      // deletedAt after `modified`, so a merge (import) knows the delete came after the last edit.
      const trashed = toTrash(existing, this.after(existing.modified));
      await tx.objectStore('trash').put(trashed);
      await annotations.delete(id);
      return trashed;
    });
    return { value, changes: [{ page: value.page, ids: [value.id] }] };
  }

  /**
   * Moves every annotation of `page` to the trash in one transaction: all of them or, if anything fails
   * (a full disk), none. Oldest first, as the page lists them.
   */
  async deletePageAnnotations(page: string): Promise<Written<TrashedAnnotation[]>> {
    const db = await this.db();
    const value = await write(db, async (tx) => {
      const annotations = tx.objectStore('annotations');
      const trashed = (await annotations.index('by-page').getAll(page)).sort(byCreated).map((a) => toTrash(a, this.after(a.modified)));
      // Each request's failure observed (track): the first one aborts the transaction, and the rest with it.
      const pending: Promise<unknown>[] = [];
      for (const t of trashed) {
        track(pending, tx.objectStore('trash').put(t));
        track(pending, annotations.delete(t.id));
      }
      await Promise.all(pending);
      return trashed;
    });
    return { value, changes: value.length ? [{ page, ids: value.map((a) => a.id) }] : [] };
  }

  /** Every notice, most recently seen first, then pages that have annotations but no notice record. */
  async libraryList(): Promise<LibraryEntry[]> {
    const db = await this.db();
    const tx = db.transaction(['annotations', 'notices'], 'readonly');
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

  /**
   * Merges validated items in one transaction: all or nothing. `trash` holds a backup's trashed
   * annotations; an id is merged across both stores (see import-merge.ts).
   */
  async importItems(notices: NoticeRecord[], annotations: Annotation[], trash: TrashedAnnotation[] = [], versions?: NoticeVersion[]): Promise<Written<ImportResult>> {
    const db = await this.db();
    const incomingNotices = dedupeNotices(notices);
    const changes = new ChangeSet();
    const value = await write(db, async (tx) => {
      const nStore = tx.objectStore('notices');
      const result: ImportResult = { notices: emptyCounts(), annotations: emptyCounts(), trash: emptyCounts(), ...(versions ? { versions: emptyCounts() } : {}) };
      const oldNotices = await Promise.all(incomingNotices.map((n) => nStore.get(n.page)));
      const pending: Promise<unknown>[] = [];
      incomingNotices.forEach((n, i) => {
        const old = oldNotices[i];
        const merged = mergeNotice(old, n);
        if (old && sameRecord(old, merged)) return void result.notices.unchanged++;
        result.notices[old ? 'updated' : 'added']++;
        pending.push(nStore.put(merged));
        changes.touch(merged.page);
      });
      await Promise.all([...pending, importVersions(tx, annotations, trash, result, changes), versions && importVersionsIn(tx, versions, result.versions!, changes)]);
      return result;
    });
    return { value, changes: changes.list() };
  }

  /** Deletes every annotation, notice record, trashed annotation and version. */
  async wipe(): Promise<Written<WipeResult>> {
    const db = await this.db();
    const changes = new ChangeSet();
    const value = await write(db, async (tx) => {
      const aStore = tx.objectStore('annotations');
      const nStore = tx.objectStore('notices');
      const tStore = tx.objectStore('trash');
      const vStore = tx.objectStore('versions');
      let annotations = 0;
      let trash = 0;
      for (let c = await aStore.index('by-page').openKeyCursor(); c; c = await c.continue(), annotations++) changes.touch(c.key, c.primaryKey);
      for (let c = await tStore.index('by-page').openKeyCursor(); c; c = await c.continue(), trash++) changes.touch(c.key, c.primaryKey);
      const pages = await nStore.getAllKeys();
      for (const page of pages) changes.touch(page);
      const versions = await vStore.count();
      await Promise.all([aStore.clear(), nStore.clear(), tStore.clear(), vStore.clear()]);
      return { annotations, notices: pages.length, trash, versions };
    });
    return { value, changes: changes.list() };
  }
}
