/**
 * Checks every value that arrives in a message before it reaches IndexedDB.
 * The model's shapes are read by utils/model-read.ts, the same rules the backup
 * reader uses (so any backup that parses can be imported); this file adds the
 * store's own rules (ids, normalized page URLs, non-empty keys, request sizes)
 * and words each failure as an `invalid` StoreError naming the field.
 */
import { isStoreId } from '../id';
import type { Annotation, NoticeRecord } from '../model';
import { assembleAnnotation, has, isFutureTime, makeReaders, own, typeName, type FieldProblem } from '../model-read';
import { isHttpUrl, normalizeNoticeUrl } from '../text/url';
import { invalid } from './errors';
import type { AnnotationInput, NoticeInput } from './messages';

// The repository builds stored records with it.
export { assembleAnnotation };

export const LIMITS = {
  idChars: 200,
  noteChars: 100_000,
  textChars: 100_000,
  shortTextChars: 1_000,
  urlChars: 8_192,
  tags: 100,
  tagChars: 200,
  selectors: 16,
  directives: 5_000,
  importAnnotations: 200_000,
  importNotices: 50_000,
  pagesPerRequest: 10_000,
} as const;


/** The English message after `path: ` (for logs and developers; the UI words `code` itself). */
function english(p: FieldProblem): string {
  switch (p.code) {
    case 'wrong-type': return `expected ${p.expected === 'string' ? 'a' : 'an'} ${p.expected}, got ${typeName(p.got)}`;
    case 'too-many': return `too many entries (${p.count}; at most ${p.max})`;
    case 'too-long': return `too long (${p.length} characters; at most ${p.max})`;
    case 'out-of-range': return `${p.value} is outside ${p.min}–${p.max}`;
    case 'bad-kind':
    case 'bad-color':
    case 'bad-status': return `must be one of ${p.allowed.join(', ')}`;
    // A time is required wherever one is read, so an empty one says so.
    case 'bad-date': return p.value === '' ? 'must not be empty' : 'not an ISO 8601 time';
    case 'bad-selector': return 'must be TextQuoteSelector or TextPositionSelector';
  }
}

const R = makeReaders((p) => invalid(p.path, english(p)));
export const readObject = R.object;
export const readArray = R.array;

/**
 * Ids and pages are keys, so an empty one is refused with its own message. ('' is
 * a string and never too long, so checking it before the type and length gives
 * the same answer as checking it after.)
 */
function nonEmpty(v: unknown, path: string): unknown {
  if (v === '') throw invalid(path, 'must not be empty');
  return v;
}

export function readId(v: unknown, path: string): string {
  const s = R.string(nonEmpty(v, path), path, LIMITS.idChars);
  if (!isStoreId(s)) throw invalid(path, 'not a valid id (letters, digits, _ . : - only)');
  return s;
}

/** An http(s) URL, returned normalized (the form pages are stored under). */
export function readPage(v: unknown, path: string): string {
  const s = R.string(nonEmpty(v, path), path, LIMITS.urlChars);
  if (!isHttpUrl(s)) throw invalid(path, 'must be an http(s) URL');
  return normalizeNoticeUrl(s);
}

/** The fields of an annotation a caller may set (see AnnotationInput). */
export function readAnnotationInput(v: unknown, path: string): AnnotationInput {
  const o = R.object(v, path);
  const id = readId(own(o, 'id'), `${path}.id`);
  const page = readPage(own(o, 'page'), `${path}.page`);
  const selectors = R.selectors(own(o, 'selectors'), `${path}.selectors`, LIMITS);
  const { kind, tags, ...marks } = R.marks(o, path, LIMITS);
  const out: AnnotationInput = { id, page, kind, selectors, tags, ...marks };
  if (has(o, 'note')) out.note = R.string(own(o, 'note'), `${path}.note`, LIMITS.noteChars);
  return out;
}

/** An imported time: refused when it is more than a day ahead of `now` (see isFutureTime). */
function pastDate(v: unknown, path: string, now: number): string {
  const s = R.date(v, path);
  if (isFutureTime(s, now)) throw invalid(path, 'a time in the future (more than a day after now)');
  return s;
}

/** A complete stored annotation (for imports): note and both times required, neither in the future. */
export function readAnnotation(v: unknown, path: string, now: number = Date.now()): Annotation {
  const o = R.object(v, path);
  const input = readAnnotationInput(o, path);
  const created = pastDate(own(o, 'created'), `${path}.created`, now);
  const modified = pastDate(own(o, 'modified'), `${path}.modified`, now);
  return assembleAnnotation(input, R.string(own(o, 'note'), `${path}.note`, LIMITS.noteChars), created, modified);
}

export function readNoticeInput(v: unknown, path: string): NoticeInput {
  return R.noticeFields(v, path, LIMITS, readPage);
}

/** A complete notice record (for imports), its times not in the future. */
export function readNotice(v: unknown, path: string, now: number = Date.now()): NoticeRecord {
  const n = R.notice(v, path, LIMITS, readPage);
  pastDate(n.firstSeen, `${path}.firstSeen`, now);
  pastDate(n.lastSeen, `${path}.lastSeen`, now);
  return n;
}
