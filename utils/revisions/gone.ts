/**
 * Whether an annotation that no longer anchors lost its text to a revision (issue 16): its quote is inside a
 * passage the newest change deleted, or one it replaced. Pure: the orphan lists (in the page and in the side
 * panel) say so beside the quote, so the reader knows the site removed it rather than that anchoring failed.
 */
import { foldForCompare } from '../text/fold';
import { bodyChanges } from './diff';
import type { NoticeVersion, RevisionSummary } from './model';

/** The passages the newest change took out, and when it was seen (ISO time). */
export interface GonePassages {
  deleted: string[];
  /** The text that changed passages replaced. */
  changed: string[];
  on: string;
}

/** What the newest change of a notice (versions newest first) took out; null with fewer than two versions. */
export function gonePassages(newestFirst: NoticeVersion[]): GonePassages | null {
  const [newer, older] = newestFirst;
  if (!newer || !older) return null;
  const c = bodyChanges(older.text, newer.text);
  return { deleted: c.deleted.map((d) => d.text), changed: c.changed.map((x) => x.before), on: newer.savedAt };
}

/** What a revised visit's change took out (the page's panel); the newer version is this visit's, seen `now`. */
export function goneFromSummary(summary: RevisionSummary, now: Date = new Date()): GonePassages {
  return { deleted: summary.deleted, changed: summary.replaced ?? [], on: now.toISOString() };
}

/** A quote shorter than this (folded) is not matched inside a passage: 的 or 。 is inside everything. */
const MIN_QUOTE = 2;

/**
 * 'deleted' or 'changed' when the quote's text lies inside a deleted or replaced passage (or such a passage of a
 * few characters lies inside the quote: a highlight over a corrected date), else null. White space and width aside.
 */
export function howGone(quote: string, gone: GonePassages | null): 'deleted' | 'changed' | null {
  const q = foldForCompare(quote);
  if (!gone || q.length < MIN_QUOTE) return null;
  const within = (passage: string) => {
    const p = foldForCompare(passage);
    return p.length > 0 && (p.includes(q) || (p.length >= MIN_QUOTE && q.includes(p)));
  };
  if (gone.deleted.some(within)) return 'deleted';
  if (gone.changed.some(within)) return 'changed';
  return null;
}
