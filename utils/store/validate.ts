/**
 * Checks every value that arrives in a message before it reaches IndexedDB.
 * Each reader returns a fresh object built only from checked own properties
 * (unknown keys are dropped) or throws an `invalid` StoreError naming the field.
 * Limits match the backup reader's (utils/export/backup-validate.ts), so any
 * backup that parses can be imported.
 */
import {
  COLORS,
  DIRECTIVE_STATUSES,
  type Annotation,
  type AnnotationKind,
  type DirectiveRef,
  type NoticeRecord,
  type Selector,
} from '../model';
import { isHttpUrl, normalizeNoticeUrl } from '../text/url';
import { invalid } from './errors';
import type { AnnotationInput, NoticeInput } from './messages';

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

const KINDS: readonly AnnotationKind[] = ['highlight', 'directive', 'page-note'];
/** Letters, digits and `_ . : -`, starting with a letter or digit (UUIDs and app ids). */
const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
/** Starts like ISO 8601 and parses (the backup reader's rule). */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

type Obj = Record<string, unknown>;

function own(o: Obj, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

function kindOf(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

export function readObject(v: unknown, path: string): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw invalid(path, `expected an object, got ${kindOf(v)}`);
  return v as Obj;
}

export function readArray(v: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(v)) throw invalid(path, `expected an array, got ${kindOf(v)}`);
  if (v.length > max) throw invalid(path, `too many entries (${v.length}; at most ${max})`);
  return v;
}

export function readString(v: unknown, path: string, max: number, min = 0): string {
  if (typeof v !== 'string') throw invalid(path, `expected a string, got ${kindOf(v)}`);
  if (v.length > max) throw invalid(path, `too long (${v.length} characters; at most ${max})`);
  if (v.length < min) throw invalid(path, min === 1 ? 'must not be empty' : `too short (at least ${min} characters)`);
  return v;
}

function readInt(v: unknown, path: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v)) throw invalid(path, `expected an integer, got ${kindOf(v)}`);
  if (v < min || v > max) throw invalid(path, `${v} is outside ${min}–${max}`);
  return v;
}

function readEnum<T extends string>(v: unknown, path: string, allowed: readonly T[]): T {
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v))
    throw invalid(path, `must be one of ${allowed.join(', ')}`);
  return v as T;
}

export function readId(v: unknown, path: string): string {
  const s = readString(v, path, LIMITS.idChars, 1);
  if (!ID.test(s)) throw invalid(path, 'not a valid id (letters, digits, _ . : - only)');
  return s;
}

/** An http(s) URL, returned normalized (the form pages are stored under). */
export function readPage(v: unknown, path: string): string {
  const s = readString(v, path, LIMITS.urlChars, 1);
  if (!isHttpUrl(s)) throw invalid(path, 'must be an http(s) URL');
  return normalizeNoticeUrl(s);
}

export function readDate(v: unknown, path: string): string {
  const s = readString(v, path, 64, 1);
  if (!ISO_DATE.test(s) || Number.isNaN(Date.parse(s))) throw invalid(path, 'not an ISO 8601 time');
  return s;
}

function readSelector(v: unknown, path: string): Selector {
  const o = readObject(v, path);
  const type = own(o, 'type');
  if (type === 'TextQuoteSelector') {
    const text = (key: string) => readString(own(o, key) ?? '', `${path}.${key}`, LIMITS.textChars);
    return { type, exact: readString(own(o, 'exact'), `${path}.exact`, LIMITS.textChars), prefix: text('prefix'), suffix: text('suffix') };
  }
  if (type === 'TextPositionSelector') {
    const start = readInt(own(o, 'start'), `${path}.start`, 0, 1e9);
    return { type, start, end: readInt(own(o, 'end'), `${path}.end`, start, 1e9) };
  }
  throw invalid(`${path}.type`, 'must be TextQuoteSelector or TextPositionSelector');
}

function readDirectiveRef(v: unknown, path: string): DirectiveRef {
  const o = readObject(v, path);
  return {
    ordinal: readString(own(o, 'ordinal'), `${path}.ordinal`, 200),
    index: readInt(own(o, 'index'), `${path}.index`, 0, 1e6),
    lead: readString(own(o, 'lead'), `${path}.lead`, LIMITS.textChars),
  };
}

/** The fields of an annotation a caller may set (see AnnotationInput). */
export function readAnnotationInput(v: unknown, path: string): AnnotationInput {
  const o = readObject(v, path);
  const out: AnnotationInput = {
    id: readId(own(o, 'id'), `${path}.id`),
    page: readPage(own(o, 'page'), `${path}.page`),
    kind: readEnum(own(o, 'kind'), `${path}.kind`, KINDS),
    selectors: readArray(own(o, 'selectors'), `${path}.selectors`, LIMITS.selectors).map((s, i) =>
      readSelector(s, `${path}.selectors[${i}]`),
    ),
    tags: readArray(own(o, 'tags') ?? [], `${path}.tags`, LIMITS.tags).map((t, i) =>
      readString(t, `${path}.tags[${i}]`, LIMITS.tagChars),
    ),
  };
  if (own(o, 'directive') !== undefined) out.directive = readDirectiveRef(own(o, 'directive'), `${path}.directive`);
  if (own(o, 'color') !== undefined) out.color = readEnum(own(o, 'color'), `${path}.color`, COLORS);
  if (own(o, 'status') !== undefined) out.status = readEnum(own(o, 'status'), `${path}.status`, DIRECTIVE_STATUSES);
  if (own(o, 'note') !== undefined) out.note = readString(own(o, 'note'), `${path}.note`, LIMITS.noteChars);
  return out;
}

/** A complete stored annotation (for imports): note and both times required. */
export function readAnnotation(v: unknown, path: string): Annotation {
  const o = readObject(v, path);
  const input = readAnnotationInput(o, path);
  const created = readDate(own(o, 'created'), `${path}.created`);
  const modified = readDate(own(o, 'modified'), `${path}.modified`);
  return assembleAnnotation(input, readString(own(o, 'note'), `${path}.note`, LIMITS.noteChars), created, modified);
}

/** An Annotation with its keys in one fixed order (so stored records compare by JSON). */
export function assembleAnnotation(input: AnnotationInput, note: string, created: string, modified: string): Annotation {
  const a: Annotation = { id: input.id, page: input.page, kind: input.kind, selectors: input.selectors, note, tags: input.tags, created, modified };
  if (input.directive) a.directive = input.directive;
  if (input.color) a.color = input.color;
  if (input.status) a.status = input.status;
  return a;
}

export function readNoticeInput(v: unknown, path: string): NoticeInput {
  const o = readObject(v, path);
  const text = (key: string, max: number = LIMITS.shortTextChars) => readString(own(o, key), `${path}.${key}`, max);
  const directives = readArray(own(o, 'directives') ?? [], `${path}.directives`, LIMITS.directives).map((d, i) => {
    const p = `${path}.directives[${i}]`;
    const dir = readObject(d, p);
    return {
      ordinal: readString(own(dir, 'ordinal'), `${p}.ordinal`, 200),
      level: readInt(own(dir, 'level'), `${p}.level`, 1, 20),
      lead: readString(own(dir, 'lead'), `${p}.lead`, LIMITS.textChars),
    };
  });
  return {
    page: readPage(own(o, 'page'), `${path}.page`),
    title: text('title', LIMITS.textChars),
    site: text('site'),
    source: text('source'),
    published: text('published', 200),
    docNumber: text('docNumber'),
    directives,
  };
}

/** A complete notice record (for imports). */
export function readNotice(v: unknown, path: string): NoticeRecord {
  const o = readObject(v, path);
  return {
    ...readNoticeInput(o, path),
    firstSeen: readDate(own(o, 'firstSeen'), `${path}.firstSeen`),
    lastSeen: readDate(own(o, 'lastSeen'), `${path}.lastSeen`),
  };
}
