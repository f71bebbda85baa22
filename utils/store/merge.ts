/**
 * Pure rules for merging imported records with stored ones, and the change lists
 * writes report. Import merges by id (notices by page): the newer `modified`
 * (notices: the later `lastSeen`) wins, ties keep what is stored, so importing
 * the same items twice changes nothing the second time.
 */
import type { Annotation, NoticeRecord } from '../model';
import type { MergeCounts } from './messages';

/** A write's effect on one page: annotation ids added/changed/deleted (empty: only the notice record). */
export interface Change {
  page: string;
  ids: string[];
}

export function time(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
}

/** JSON with object keys sorted, for comparing records whatever their key order. */
function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  if (typeof v === 'object' && v !== null) {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

export function sameRecord(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

/** The stored notice after merging `incoming`: metadata of the later-seen record, the earliest firstSeen and latest lastSeen. */
export function mergeNotice(existing: NoticeRecord | undefined, incoming: NoticeRecord): NoticeRecord {
  if (!existing) return incoming;
  const newer = time(incoming.lastSeen) > time(existing.lastSeen) ? incoming : existing;
  return {
    ...newer,
    firstSeen: time(incoming.firstSeen) < time(existing.firstSeen) ? incoming.firstSeen : existing.firstSeen,
    lastSeen: newer.lastSeen,
  };
}

/** One record per page (pages are normalized on validation, so two URLs may meet here). */
export function dedupeNotices(items: NoticeRecord[]): NoticeRecord[] {
  const byPage = new Map<string, NoticeRecord>();
  for (const n of items) byPage.set(n.page, mergeNotice(byPage.get(n.page), n));
  return [...byPage.values()];
}

export function emptyCounts(): MergeCounts {
  return { added: 0, updated: 0, unchanged: 0 };
}

/** Collects touched pages and ids into a Change list (one entry per page). */
export class ChangeSet {
  private pages = new Map<string, Set<string>>();

  touch(page: string, id?: string): this {
    let ids = this.pages.get(page);
    if (!ids) this.pages.set(page, (ids = new Set()));
    if (id !== undefined) ids.add(id);
    return this;
  }

  list(): Change[] {
    return [...this.pages].map(([page, ids]) => ({ page, ids: [...ids] }));
  }
}
