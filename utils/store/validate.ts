/**
 * Checks every value that arrives in a message before it reaches IndexedDB, with the model's schemas
 * (utils/schema/model.ts, the same the backup reader uses, so any backup that parses can be imported). This
 * file adds the store's own rules (ids, normalized page URLs, non-empty keys, request sizes) and words each
 * problem as an `invalid` StoreError naming the field (English, for logs and developers).
 */
import * as v from 'valibot';
import { isStoreId } from '../id';
import { annotationEntries, assembleAnnotation, marksEntries, noticeEntries, noticeSchema, selectorsSchema } from '../schema/model';
import { parseAt, typeName, type FieldProblem } from '../schema/problem';
import { isObj, type Obj } from '../schema/own';
import { list, pastTime, record, rule, text } from '../schema/rules';
import { isHttpUrl, normalizeNoticeUrl } from '../text/url';
import { invalid } from './errors';
import type { RequestOf, RequestType } from './messages';

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
    case 'empty': return 'must not be empty';
    case 'bad-id':
    case 'bad-urn': return 'not a valid id (letters, digits, _ . : - only)';
    case 'bad-url': return 'must be an http(s) URL';
    case 'future-date': return 'a time in the future (more than a day after now)';
    case 'wrong-format': return 'not the expected type';
  }
}

const fail = (p: FieldProblem) => invalid(p.path, english(p));

/**
 * Ids and pages are keys, so an empty one is refused with its own message. ('' is a string and never too
 * long, so checking it before the type and length gives the same answer as checking it after.)
 */
const nonEmpty = rule<unknown>('empty', (x) => x !== '');
const storeId = v.pipe(v.unknown(), nonEmpty, text(LIMITS.idChars), rule<string>('bad-id', isStoreId));
/** An http(s) URL, given back normalized (the form pages are stored under). */
const storePage = v.pipe(v.unknown(), nonEmpty, text(LIMITS.urlChars), rule<string>('bad-url', isHttpUrl), v.transform(normalizeNoticeUrl));

const annotationInput = record({
  id: storeId,
  page: storePage,
  selectors: selectorsSchema(LIMITS),
  ...marksEntries(LIMITS),
  note: v.optional(text(LIMITS.noteChars)),
});
const noticeInput = record(noticeEntries(LIMITS, storePage));

/** An import's lists: its times are checked against the clock of the request (one schema per clock reading). */
function importSchemas(now: number) {
  const time = pastTime(now);
  const entries = annotationEntries(LIMITS, storeId, storePage, time);
  return record({
    notices: v.nullish(list(noticeSchema(LIMITS, storePage, time), LIMITS.importNotices), () => []),
    annotations: v.nullish(list(record(entries), LIMITS.importAnnotations), () => []),
    trash: v.nullish(list(record({ ...entries, deletedAt: time }), LIMITS.importAnnotations), () => []),
  });
}
let imports: { now: number; schema: ReturnType<typeof importSchemas> } | undefined;
function importAt(now: number) {
  if (imports?.now !== now) imports = { now, schema: importSchemas(now) };
  return imports.schema;
}

/** A request's fields besides its type. */
export type RequestFields<T extends RequestType> = Omit<RequestOf<T>, 'type'>;

/** Every request's fields but an import's (whose times are checked against the clock). */
const REQUESTS = {
  'notice/save': record({ notice: noticeInput }),
  'notice/get': record({ page: storePage }),
  'annotations/list': record({ page: storePage }),
  'annotation/get': record({ page: storePage, id: storeId }),
  'annotation/put': record({ annotation: annotationInput, notice: v.optional(noticeInput) }),
  'annotation/delete': record({ id: storeId }),
  'trash/list': record({ page: v.optional(storePage) }),
  'trash/restore': record({ id: storeId }),
  'trash/empty': record({}),
  'library/list': record({}),
  'library/annotations': record({ pages: v.optional(list(storePage, LIMITS.pagesPerRequest)) }),
  'store/wipe': record({}),
} satisfies { [T in Exclude<RequestType, 'backup/import-items'>]: v.GenericSchema<unknown, RequestFields<T>> };

// The schemas give exactly the fields messages.ts declares (a request type added there must be added here).
importSchemas satisfies (now: number) => v.GenericSchema<unknown, RequestFields<'backup/import-items'>>;

/**
 * A request's fields, read whole before any permission is checked; paths are the request's own
 * (`annotation.selectors[0].exact`). `now` is the clock an import's times may not run ahead of.
 */
export function readRequest<T extends RequestType>(type: T, req: Obj, now: number): RequestFields<T> {
  const schema = type === 'backup/import-items' ? importAt(now) : REQUESTS[type as Exclude<RequestType, 'backup/import-items'>];
  return parseAt(schema, req, '', fail) as RequestFields<T>;
}

/** An object, given back as it is (its fields are read with `own`). */
export function readObject(x: unknown, path: string): Obj {
  parseAt(v.custom<Obj>(isObj), x, path, fail);
  return x as Obj;
}
