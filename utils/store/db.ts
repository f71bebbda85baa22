/**
 * The IndexedDB schema, opened only in the background (the extension's origin,
 * never a website's). Versions are an ordered list of upgrade steps: step i
 * takes the database from version i to i + 1, so schema v2 is one more function
 * appended to UPGRADES, and a database at any older version runs exactly the
 * steps it is missing, inside the single `versionchange` transaction (all or
 * nothing: a failed upgrade leaves the old version intact).
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Annotation, NoticeRecord } from '../model';
import type { TrashedAnnotation } from '../trash';
import type { PackedVersion } from '../revisions/versions';

export const DB_NAME = 'notice-lens';

export interface NoticeLensSchema extends DBSchema {
  annotations: {
    key: string;
    value: Annotation;
    indexes: { 'by-page': string; 'by-modified': string; 'by-tag': string };
  };
  notices: {
    key: string;
    value: NoticeRecord;
    indexes: { 'by-lastSeen': string };
  };
  /** Deleted annotations, kept whole for 30 days (utils/trash.ts). An id is live or trashed, never both. */
  trash: {
    key: string;
    value: TrashedAnnotation;
    indexes: { 'by-page': string; 'by-deletedAt': string };
  };
  /** A notice's body as it was at each visit that changed it, deflated; the last 10 per page (issue 16). */
  versions: {
    key: [string, string];
    value: PackedVersion;
  };
}

export type NoticeLensDB = IDBPDatabase<NoticeLensSchema>;
export type UpgradeTx = IDBPTransaction<NoticeLensSchema, StoreNames<NoticeLensSchema>[], 'versionchange'>;
/** One schema step. It must only touch the database through `db` and `tx` (no other awaits). */
export type UpgradeStep = (db: NoticeLensDB, tx: UpgradeTx) => void;

/** v0 → v1: annotations (by page, by modified, by tag) and notice records (by lastSeen). */
const v1: UpgradeStep = (db) => {
  const annotations = db.createObjectStore('annotations', { keyPath: 'id' });
  annotations.createIndex('by-page', 'page');
  annotations.createIndex('by-modified', 'modified');
  annotations.createIndex('by-tag', 'tags', { multiEntry: true });
  const notices = db.createObjectStore('notices', { keyPath: 'page' });
  notices.createIndex('by-lastSeen', 'lastSeen');
};

/**
 * v1 → v2: no reading history. Until v2 every notice merely opened was stored; now a notice is
 * stored with its first annotation (repository.saveNotice). Deletes the notice records of pages
 * that have no annotation and keeps every other record as it is.
 */
const v2: UpgradeStep = (_db, tx) => {
  const work = async () => {
    const annotated = new Set<string>();
    let pages = await tx.objectStore('annotations').index('by-page').openKeyCursor(null, 'nextunique');
    while (pages) {
      annotated.add(pages.key);
      pages = await pages.continue();
    }
    let notices = await tx.objectStore('notices').openCursor();
    while (notices) {
      if (!annotated.has(notices.primaryKey)) await notices.delete();
      notices = await notices.continue();
    }
  };
  // Only this transaction's requests are awaited, so it stays open until the work is done; a
  // failure aborts it, and the database stays at v1 with everything in it.
  work().catch(() => {
    tx.done.catch(() => {}); // the open request reports the failure; keep the abort from being unhandled
    try {
      tx.abort();
    } catch {
      // Already finished or aborted.
    }
  });
};

/**
 * v2 → v3: the trash. Deleting moved nothing anywhere before (the record was gone), so the step
 * only adds the empty store; every annotation and notice stays as it is.
 */
const v3: UpgradeStep = (db) => {
  const trash = db.createObjectStore('trash', { keyPath: 'id' });
  trash.createIndex('by-page', 'page');
  trash.createIndex('by-deletedAt', 'deletedAt');
};

/**
 * v3 → v4: versions of a notice's body (issue 16), keyed [page, savedAt] so that one notice's versions are
 * one key range in time order. Nothing existed to convert: the step only adds the empty store.
 */
const v4: UpgradeStep = (db) => {
  db.createObjectStore('versions', { keyPath: ['page', 'savedAt'] });
};

export const UPGRADES: readonly UpgradeStep[] = [v1, v2, v3, v4];
export const VERSION = UPGRADES.length;

/** Runs the steps from `oldVersion` up to `newVersion` in order. */
export function runUpgrades(
  steps: readonly UpgradeStep[],
  db: NoticeLensDB,
  oldVersion: number,
  newVersion: number,
  tx: UpgradeTx,
): void {
  for (let v = oldVersion; v < newVersion; v++) {
    const step = steps[v];
    if (!step) throw new Error(`No upgrade step from version ${v}`);
    step(db, tx);
  }
}

export interface OpenOptions {
  name?: string;
  /** For tests of future versions; defaults to UPGRADES. */
  upgrades?: readonly UpgradeStep[];
  /** Called when this connection closes itself (another version wants the database, or the browser closed it). */
  onClose?: () => void;
}

export function openNoticeLensDb(options: OpenOptions = {}): Promise<NoticeLensDB> {
  const steps = options.upgrades ?? UPGRADES;
  const version = steps.length;
  let db: NoticeLensDB | undefined;
  const promise = openDB<NoticeLensSchema>(options.name ?? DB_NAME, version, {
    upgrade(database, oldVersion, newVersion, tx) {
      runUpgrades(steps, database, oldVersion, newVersion ?? version, tx);
    },
    blocking() {
      // A newer version (after an extension update) is waiting for us: let it go.
      db?.close();
      options.onClose?.();
    },
    terminated() {
      options.onClose?.();
    },
  });
  return promise.then((d) => (db = d));
}

/**
 * A lazily opened, shared connection that reopens after it was closed. Nothing
 * is opened until the first request, so the background's top level stays free
 * of async work.
 */
export function lazyDb(options: Omit<OpenOptions, 'onClose'> = {}): () => Promise<NoticeLensDB> {
  let current: Promise<NoticeLensDB> | undefined;
  return () => {
    if (!current) {
      const opening = openNoticeLensDb({
        ...options,
        onClose: () => {
          if (current === opening) current = undefined;
        },
      });
      current = opening;
      // A failed open is not cached: the next request tries again.
      opening.catch(() => {
        if (current === opening) current = undefined;
      });
    }
    return current;
  };
}
