/**
 * Importing annotations into a store that has a trash. An id lives in exactly one of the two
 * object stores (annotations or trash), so an incoming record, live or trashed, is merged with
 * whichever one holds it: the later version wins (a live record's version is its `modified`, a
 * trashed one's its `deletedAt`; a delete is always dated after the last edit, a restore after the
 * delete), ties keep what is stored. The winner is written to its store and removed from the other.
 */
import type { Annotation } from '../model';
import type { TrashedAnnotation } from '../trash';
import { ChangeSet, sameRecord, time } from './merge';
import type { ImportResult } from './messages';
import { track, type WriteTx } from './tx';

type Version = { record: Annotation | TrashedAnnotation; trashed: boolean };

function versionTime(v: Version): number {
  return time(v.trashed ? (v.record as TrashedAnnotation).deletedAt : v.record.modified);
}

/** One version per id: the latest (the first on a tie). */
export function latestVersions(annotations: Annotation[], trash: TrashedAnnotation[]): Version[] {
  const byId = new Map<string, Version>();
  const offer = (v: Version) => {
    const prev = byId.get(v.record.id);
    if (!prev || versionTime(v) > versionTime(prev)) byId.set(v.record.id, v);
  };
  for (const record of annotations) offer({ record, trashed: false });
  for (const record of trash) offer({ record, trashed: true });
  return [...byId.values()];
}

/** Merges the annotations and trashed annotations of an import; awaits only `tx`'s requests. */
export async function importVersions(
  tx: WriteTx,
  annotations: Annotation[],
  trash: TrashedAnnotation[],
  result: ImportResult,
  changes: ChangeSet,
): Promise<void> {
  const aStore = tx.objectStore('annotations');
  const tStore = tx.objectStore('trash');
  const incoming = latestVersions(annotations, trash);
  const pending: Promise<unknown>[] = [];
  const stored = await Promise.all(
    incoming.map(async ({ record }) => {
      const [live, trashed] = await Promise.all([track(pending, aStore.get(record.id)), track(pending, tStore.get(record.id))]);
      return live ? { record: live, trashed: false } : trashed ? { record: trashed, trashed: true } : undefined;
    }),
  );
  incoming.forEach((v, i) => {
    const old = stored[i];
    const counts = v.trashed ? result.trash : result.annotations;
    const same = old && old.trashed === v.trashed && sameRecord(old.record, v.record);
    if (old && (same || versionTime(v) <= versionTime(old))) return void counts.unchanged++;
    counts[old ? 'updated' : 'added']++;
    if (v.trashed) track(pending, tStore.put(v.record as TrashedAnnotation));
    else track(pending, aStore.put(v.record));
    if (old?.trashed === !v.trashed) track(pending, (v.trashed ? aStore : tStore).delete(v.record.id));
    if (old && old.record.page !== v.record.page) changes.touch(old.record.page, v.record.id);
    changes.touch(v.record.page, v.record.id);
  });
  await Promise.all(pending);
}
