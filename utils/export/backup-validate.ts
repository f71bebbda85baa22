/**
 * Field-by-field reading of a parsed backup. The model's shapes are read by
 * utils/model-read.ts, with the same rules as messages to the store (so a
 * backup that parses can be imported); this file adds the backup's limits, its
 * URL and id rules, and words each failure as a bilingual BackupError naming
 * the path. Ids and times get their last checks in backup.ts (the store's id rule, no future times).
 */
import type { NoticeRecord, Selector } from '../model';
import { has, makeReaders, own, type AnnotationMarks, type ModelLimits } from '../model-read';
import { isHttpUrl } from '../text/url';
import { fieldError, preview, problemError } from './backup-errors';

export interface BackupLimits {
  /** Size of the file in UTF-8 bytes. */
  maxBytes: number;
  maxAnnotations: number;
  maxNotices: number;
  /** Characters in one note. */
  maxNoteChars: number;
  /** Characters in any other text (quotes, titles, leads). */
  maxTextChars: number;
  maxUrlChars: number;
  maxTags: number;
  maxTagChars: number;
  maxSelectors: number;
  maxDirectives: number;
  /** Nesting of arrays and objects in the file. */
  maxDepth: number;
}

export const DEFAULT_LIMITS: BackupLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxAnnotations: 200_000,
  maxNotices: 50_000,
  maxNoteChars: 100_000,
  maxTextChars: 100_000,
  maxUrlChars: 8_192,
  maxTags: 100,
  maxTagChars: 200,
  maxSelectors: 16,
  maxDirectives: 5_000,
  maxDepth: 32,
};

export const APP_KEY = 'noticeLens';

/** The backup's names for the store's limits; site, source and document number are not settable. */
function modelLimits(L: BackupLimits): ModelLimits {
  const { maxTextChars: textChars, maxTags: tags, maxTagChars: tagChars, maxSelectors: selectors, maxDirectives: directives } = L;
  return { textChars, shortTextChars: 1_000, tags, tagChars, selectors, directives };
}

const R = makeReaders(problemError);
export const { object: readObj, array: readArray, string: readString, date: readDate } = R;

/**
 * An http(s) URL, kept as written (the store normalizes it on import). The URL
 * parser ignores surrounding spaces but the text would keep them: refused.
 */
export function readUrl(v: unknown, path: string, L: BackupLimits): string {
  const s = readString(v, path, L.maxUrlChars);
  if (!isHttpUrl(s) || s.trim() !== s)
    throw fieldError('bad-url', path, `网址不是 http(s) 网址：${preview(s)}`, `Not an http(s) URL: ${preview(s)}`);
  return s;
}

/** A page note has no selectors, and other tools may leave the list out. */
export function readSelectors(v: unknown, path: string, L: BackupLimits): Selector[] {
  return v === undefined ? [] : R.selectors(v, path, modelLimits(L));
}

/** The app's own fields of an annotation (under the `noticeLens` key). */
export function readAppFields(v: unknown, path: string, L: BackupLimits): AnnotationMarks & { id?: string } {
  const o = readObj(v, path);
  const marks = R.marks(o, path, modelLimits(L));
  return has(o, 'id') ? { ...marks, id: readString(own(o, 'id'), `${path}.id`, 200) } : marks;
}

export function readNotice(v: unknown, path: string, L: BackupLimits): NoticeRecord {
  return R.notice(v, path, modelLimits(L), (page, p) => readUrl(page, p, L));
}
