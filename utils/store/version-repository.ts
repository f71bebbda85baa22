/**
 * The versions of notices' bodies (issue 16; the rules are utils/revisions/versions.ts): recording a visit's
 * body, listing, and the parts other transactions run inside their own (a first annotation stores its notice's
 * first version with it, an import merges versions, a wipe or a purged trash deletes them). A notice's
 * versions are the key range [page, …] of the `versions` store, oldest first.
 */
import type { NoticeVersion } from '../revisions/model';
import { beyondKept, packVersion, sameBody, unpackVersion, type PackedVersion } from '../revisions/versions';
import type { NoticeLensDB } from './db';
import { ChangeSet, time, type Change } from './merge';
import type { MergeCounts, VisitRecorded } from './messages';
import { track, write, type WriteTx } from './tx';

/** One notice's versions: every key [page, savedAt] (ISO times sort as text, and all sort below U+FFFF). */
export const versionRange = (page: string): IDBKeyRange => IDBKeyRange.bound([page, ''], [page, '\uffff']);

/** The notice's newest version, packed; undefined when it has none. */
async function newestIn(tx: WriteTx, page: string): Promise<PackedVersion | undefined> {
  const cursor = await tx.objectStore('versions').openCursor(versionRange(page), 'prev');
  return cursor?.value;
}

/** Deletes the notice's versions beyond the newest ten. */
async function trimIn(tx: WriteTx, page: string): Promise<void> {
  const store = tx.objectStore('versions');
  const keys = await store.getAllKeys(versionRange(page));
  await Promise.all(beyondKept(keys).map((k) => store.delete(k)));
}

/**
 * Stores `text` as the notice's newest version unless it says what the newest already says (sameBody).
 * Returns the version it followed when it stored one, else null. `savedAt` moves past the newest's, so two
 * visits in one millisecond do not share a key.
 */
export async function addVersionIn(tx: WriteTx, page: string, text: string, now: number): Promise<{ previous: NoticeVersion | null; stored: boolean }> {
  const newest = await newestIn(tx, page);
  const previous = newest ? unpackVersion(newest) : null;
  if (previous && sameBody(previous.text, text)) return { previous: null, stored: false };
  const savedAt = new Date(Math.max(now, newest ? time(newest.savedAt) + 1 : -Infinity)).toISOString();
  await tx.objectStore('versions').put(packVersion({ page, savedAt, text }));
  await trimIn(tx, page);
  return { previous, stored: true };
}

/** Deletes every version of `page` (its notice is gone: nothing of it is live or in the trash). */
export async function deleteVersionsIn(tx: WriteTx, page: string): Promise<void> {
  await tx.objectStore('versions').delete(versionRange(page));
}

/**
 * Deletes the versions of those of `pages` that have nothing left, live or in the trash: a notice's
 * versions go with the last of its data (a purged or emptied trash), not with a delete the reader can undo.
 */
export async function dropUnusedVersionsIn(tx: WriteTx, pages: Iterable<string>): Promise<void> {
  const annotations = tx.objectStore('annotations').index('by-page');
  const trash = tx.objectStore('trash').index('by-page');
  await Promise.all(
    [...new Set(pages)].map(async (page) => {
      const [live, trashed] = await Promise.all([annotations.count(page), trash.count(page)]);
      if (live === 0 && trashed === 0) await deleteVersionsIn(tx, page);
    }),
  );
}

/**
 * Merges a backup's versions: one whose page and time are stored already is unchanged (a version never
 * changes once saved), any other is added, and each page keeps its newest ten. Awaits only `tx`'s requests.
 */
export async function importVersionsIn(tx: WriteTx, versions: NoticeVersion[], counts: MergeCounts, changes: ChangeSet): Promise<void> {
  const store = tx.objectStore('versions');
  const pending: Promise<unknown>[] = [];
  const pages = new Set<string>();
  const seen = new Set<string>();
  const found = await Promise.all(versions.map((v) => track(pending, store.getKey([v.page, v.savedAt]))));
  versions.forEach((v, i) => {
    const key = JSON.stringify([v.page, v.savedAt]);
    if (found[i] !== undefined || seen.has(key)) return void counts.unchanged++;
    seen.add(key);
    counts.added++;
    pages.add(v.page);
    track(pending, store.put(packVersion(v)));
  });
  await Promise.all(pending);
  await Promise.all([...pages].map((p) => trimIn(tx, p)));
  for (const p of pages) changes.touch(p);
}

interface Written<T> {
  value: T;
  changes: Change[];
}

export class VersionRepository {
  constructor(
    private readonly db: () => Promise<NoticeLensDB>,
    private readonly clock: () => Date,
  ) {}

  /**
   * A visit's body. Kept only for a stored notice (no reading history: a notice merely opened leaves
   * nothing; its first annotation stores its first version, Repository.putAnnotation). `previous` is the
   * version this body differs from, for the page to mark what changed since.
   */
  async record(page: string, text: string): Promise<Written<VisitRecorded>> {
    const db = await this.db();
    const value = await write(db, async (tx) => {
      if (!(await tx.objectStore('notices').getKey(page))) return { previous: null, kept: false };
      const { previous, stored } = await addVersionIn(tx, page, text, this.clock().getTime());
      return { previous, kept: true, stored };
    });
    const stored = 'stored' in value && value.stored;
    return { value: { previous: value.previous, kept: value.kept }, changes: stored ? [{ page, ids: [] }] : [] };
  }

  /** How many versions each page with any has, from the keys alone (no body is read or inflated). */
  async counts(): Promise<Record<string, number>> {
    const db = await this.db();
    const out: Record<string, number> = {};
    for (const [page] of (await db.getAllKeys('versions')) as Array<[string, string]>) out[page] = (out[page] ?? 0) + 1;
    return out;
  }

  /** Every version (of one page, with `page`), newest first. */
  async list(page?: string): Promise<NoticeVersion[]> {
    const db = await this.db();
    const packed = await db.getAll('versions', page === undefined ? undefined : versionRange(page));
    return packed.map(unpackVersion).sort((a, b) => (a.page === b.page ? time(b.savedAt) - time(a.savedAt) : a.page < b.page ? -1 : 1));
  }
}
