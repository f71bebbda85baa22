/**
 * The store's trash (utils/trash.ts has its rules): listing, restoring, purging what has been
 * kept 30 days, emptying. Deleting (moving into the trash) is Repository.deleteAnnotation. Every
 * write is one transaction that resolves once committed (tx.ts), and returns the changes to publish.
 */
import type { Annotation } from '../model';
import { fromTrash, trashCutoff, type TrashedAnnotation } from '../trash';
import type { NoticeLensDB } from './db';
import { StoreError } from './errors';
import { ChangeSet, time } from './merge';
import { track, write } from './tx';
import { dropUnusedVersionsIn } from './version-repository';

interface Written<T> {
  value: T;
  changes: ReturnType<ChangeSet['list']>;
}

/** Most recently deleted first (ties by id, for a stable order). */
function byDeletedDesc(a: TrashedAnnotation, b: TrashedAnnotation): number {
  return time(b.deletedAt) - time(a.deletedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export class TrashRepository {
  constructor(
    private readonly db: () => Promise<NoticeLensDB>,
    private readonly clock: () => Date,
  ) {}

  /** The trash (of one page, with `page`), most recently deleted first. */
  async list(page?: string): Promise<TrashedAnnotation[]> {
    const db = await this.db();
    const list = page === undefined ? await db.getAll('trash') : await db.getAllFromIndex('trash', 'by-page', page);
    return list.sort(byDeletedDesc);
  }

  /**
   * Puts a trashed annotation back as it was (id, note, colour, selectors, status, created), its
   * `modified` moved past the delete so that a merge knows the restore came last. With `scope`,
   * an entry of another page counts as not found.
   */
  async restore(id: string, options: { scope?: string } = {}): Promise<Written<Annotation>> {
    const { value, changes } = await this.restoreMany([id], options);
    return { value: value[0]!, changes };
  }

  /**
   * Puts several trashed annotations back, as `restore` does each, in one transaction: all of them, or none
   * when one is not in the trash (restored meanwhile, emptied) or a write fails. The undo of a notice's delete.
   */
  async restoreMany(ids: string[], options: { scope?: string } = {}): Promise<Written<Annotation[]>> {
    const db = await this.db();
    const changes = new ChangeSet();
    const value = await write(db, async (tx) => {
      const trash = tx.objectStore('trash');
      const now = this.clock().getTime();
      const found = await Promise.all(ids.map((id) => trash.get(id)));
      // Every one checked before the first write.
      const records = found.map((trashed, i) => {
        if (!trashed || (options.scope !== undefined && trashed.page !== options.scope))
          throw new StoreError('not-found', `No annotation ${ids[i]} in this page's trash.`);
        const after = Math.max(time(trashed.deletedAt), time(trashed.modified)) + 1;
        const record: Annotation = { ...fromTrash(trashed), modified: new Date(Math.max(now, after)).toISOString() };
        changes.touch(record.page, record.id);
        return record;
      });
      const pending: Promise<unknown>[] = [];
      for (const r of records) {
        track(pending, tx.objectStore('annotations').put(r));
        track(pending, trash.delete(r.id));
      }
      await Promise.all(pending);
      return records;
    });
    return { value, changes: changes.list() };
  }

  /** Deletes for good what was deleted more than 30 days ago; returns how many. */
  async purge(): Promise<Written<number>> {
    const db = await this.db();
    const cutoff = trashCutoff(this.clock());
    // Most calls find nothing to purge: look first, without a readwrite transaction.
    if ((await db.countFromIndex('trash', 'by-deletedAt', IDBKeyRange.upperBound(cutoff, true))) === 0) return { value: 0, changes: [] };
    const changes = new ChangeSet();
    const value = await write(db, async (tx) => {
      let n = 0;
      let cursor = await tx.objectStore('trash').index('by-deletedAt').openCursor(IDBKeyRange.upperBound(cutoff, true));
      const pages = new Set<string>();
      for (; cursor; cursor = await cursor.continue(), n++) {
        changes.touch(cursor.value.page, cursor.value.id);
        pages.add(cursor.value.page);
        await cursor.delete();
      }
      await dropUnusedVersionsIn(tx, pages);
      return n;
    });
    return { value, changes: changes.list() };
  }

  /** Deletes everything in the trash for good (the reader confirmed it); returns how many. */
  async empty(): Promise<Written<number>> {
    const db = await this.db();
    const changes = new ChangeSet();
    const value = await write(db, async (tx) => {
      const trash = tx.objectStore('trash');
      let n = 0;
      const pages = new Set<string>();
      for (let c = await trash.index('by-page').openKeyCursor(); c; c = await c.continue(), n++) {
        changes.touch(c.key, c.primaryKey);
        pages.add(c.key);
      }
      await trash.clear();
      await dropUnusedVersionsIn(tx, pages);
      return n;
    });
    return { value, changes: changes.list() };
  }
}
