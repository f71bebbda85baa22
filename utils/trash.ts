/**
 * The trash's rules (no storage here): a deleted annotation is kept whole, with the time it was
 * deleted, for TRASH_DAYS days, so a note deleted by mistake (or by a reload that lost the undo)
 * can be restored exactly. The store keeps trashed records in their own object store
 * (utils/store/db.ts, schema v3), so nothing that reads annotations can count, anchor or export them.
 */
import type { Annotation } from './model';

const TRASH_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** An annotation in the trash: the record as it was, plus when it was deleted (ISO 8601). */
export type TrashedAnnotation = Annotation & { deletedAt: string };

export function toTrash(a: Annotation, deletedAt: string): TrashedAnnotation {
  return { ...a, deletedAt };
}

/** The annotation as it was before it was deleted. */
export function fromTrash(t: TrashedAnnotation): Annotation {
  const { deletedAt: _deletedAt, ...a } = t;
  return a;
}

/** Entries deleted before this time (ISO 8601) have been kept their 30 days and are purged. */
export function trashCutoff(now: Date): string {
  return new Date(now.getTime() - TRASH_DAYS * DAY_MS).toISOString();
}

/** What a trash list shows of an entry: its quote, else a directive's lead ('' for a page note). */
export function trashQuote(a: Pick<Annotation, 'selectors' | 'kind' | 'directive'>): string {
  for (const s of a.selectors) if (s.type === 'TextQuoteSelector') return s.exact;
  return a.directive?.lead ?? '';
}

/** A deletion time as the reader's clock shows it: "2025-03-01 16:05". */
export function deletedLabel(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
