/**
 * The one way the store writes: a single readwrite transaction over all stores
 * that resolves only after it has committed, and is rolled back whole on error.
 */
import type { IDBPTransaction } from 'idb';
import type { NoticeLensDB, NoticeLensSchema } from './db';

export type Stores = ('annotations' | 'notices' | 'trash' | 'versions')[];
export type WriteTx = IDBPTransaction<NoticeLensSchema, Stores, 'readwrite'>;
/**
 * Every store: a delete moves a record from annotations to trash, and a restore back, in one transaction; a
 * page's first annotation stores its notice and its first version with it.
 */
export const ALL: Stores = ['annotations', 'notices', 'trash', 'versions'];

/**
 * Runs `work` in one readwrite transaction over every store and resolves only after it has
 * COMMITTED.
 *
 * Why, for a service worker that can be killed at any moment (idle timeout,
 * browser shutdown, crash): IndexedDB commits a transaction atomically, and a
 * transaction that had not committed when its context died is discarded whole.
 * So a killed worker loses at most the one write in flight, never leaves half
 * of it (an annotation without its notice's lastSeen, half an import). We reply
 * only after `tx.done`, so `ok: true` means the write is on disk; a caller whose
 * worker died gets no reply and may retry (puts are idempotent by id).
 *
 * `work` must await nothing but requests of this transaction: a transaction
 * auto-commits when it has no pending request at the end of a task, and a
 * foreign await there would commit part of the work before the rest ran.
 * If `work` throws (validation, QuotaExceededError from a put), the
 * transaction is aborted and everything it wrote is rolled back.
 */
export async function write<R>(db: NoticeLensDB, work: (tx: WriteTx) => Promise<R>): Promise<R> {
  // 'strict': committed means flushed to disk, not only handed to the OS.
  const tx = db.transaction(ALL, 'readwrite', { durability: 'strict' });
  const done = tx.done;
  done.catch(() => {}); // observed below; keep an abort from being an unhandled rejection
  try {
    const value = await work(tx);
    await done;
    return value;
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // Already aborted (a failed request aborts it) or finished.
    }
    await done.catch(() => {}); // the rollback has completed before we reply
    // When the browser aborted the transaction (QuotaExceededError at commit, for
    // one), pending requests fail with a bare AbortError: report the real reason.
    const reason = tx.error;
    throw reason && (e as { name?: unknown } | null)?.name === 'AbortError' ? reason : e;
  }
}

/** Starts a request now, returning a promise whose rejection is always observed by someone. */
export function track<T>(pending: Promise<unknown>[], p: Promise<T>): Promise<T> {
  pending.push(p);
  p.catch(() => {});
  return p;
}
