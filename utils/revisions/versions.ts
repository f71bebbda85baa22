/**
 * The rules of a notice's stored versions (no storage here; utils/store/version-repository.ts keeps them):
 * which body counts as new, how many are kept, and how a version is packed for IndexedDB. Pure: the text
 * fold and fflate, no browser.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { foldForCompare } from '../text/fold';
import type { NoticeVersion } from './model';

/** Versions kept per notice: the newest ten (the first one stored goes when an eleventh comes). */
export const MAX_VERSIONS = 10;

/** A version as IndexedDB holds it: the body deflated (a notice's Chinese text shrinks to about half). */
export interface PackedVersion {
  page: string;
  savedAt: string;
  /** The body, UTF-8, raw DEFLATE. */
  body: Uint8Array;
  /** Characters of the body unpacked (for listings that do not need the text). */
  chars: number;
}

/**
 * Whether two bodies say the same thing: white space, invisibles and full/half width do not count (a CMS
 * re-saving a page re-flows its paragraphs and turns ２０２６ into 2026 without anyone revising it).
 */
export function sameBody(a: string, b: string): boolean {
  return a === b || foldForCompare(a) === foldForCompare(b);
}

export function packVersion(v: NoticeVersion): PackedVersion {
  // Level 6: fflate's default; 9 saves under 1% more on notices and costs twice the time.
  return { page: v.page, savedAt: v.savedAt, body: deflateSync(strToU8(v.text), { level: 6 }), chars: v.text.length };
}

export function unpackVersion(p: PackedVersion): NoticeVersion {
  return { page: p.page, savedAt: p.savedAt, text: strFromU8(inflateSync(p.body)) };
}

/**
 * Given a notice's versions oldest first, those to delete so that the newest MAX_VERSIONS stay (the list
 * may be longer than one over: an import merges many at once).
 */
export function beyondKept<T>(oldestFirst: readonly T[], max = MAX_VERSIONS): T[] {
  return oldestFirst.slice(0, Math.max(0, oldestFirst.length - max));
}
