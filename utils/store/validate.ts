/**
 * Checks every value that arrives in a message before it reaches IndexedDB, with the model's schemas
 * (utils/schema/model.ts, the same the backup reader uses, so any backup that parses can be imported). This
 * file adds the store's own rules (ids, normalized page URLs, non-empty keys, request sizes) and refuses a
 * request with an `invalid` StoreError naming the field, its problem as data (worded by error-text.ts).
 */
import * as v from 'valibot';
import { isStoreId } from '../id';
import { annotationEntries, assembleAnnotation, marksEntries, noticeEntries, noticeSchema, selectorsSchema } from '../schema/model';
import { parseAt } from '../schema/problem';
import { isObj, type Obj } from '../schema/own';
import { list, pastTime, record, rule, text } from '../schema/rules';
import { isHttpUrl, normalizeNoticeUrl } from '../text/url';
import { invalid } from './errors';
import { versionSchema } from '../revisions/schema';

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
  /** A notice body (a version, issue 16): the bench's longest notice has 200,000 characters. */
  bodyChars: 2_000_000,
  /** Versions in one import: ten for each of the notices an import may carry. */
  importVersions: 500_000,
} as const;

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
/* @__NO_SIDE_EFFECTS__ */
function importSchema(now: number) {
  const time = pastTime(now);
  const entries = annotationEntries(LIMITS, storeId, storePage, time);
  return record({
    notices: v.nullish(list(noticeSchema(LIMITS, storePage, time), LIMITS.importNotices), () => []),
    annotations: v.nullish(list(record(entries), LIMITS.importAnnotations), () => []),
    /** The backup's trashed annotations, when it has any. */
    trash: v.optional(list(record({ ...entries, deletedAt: time }), LIMITS.importAnnotations)),
    /** The backup's versions of notices' bodies (issue 16), when it has any. */
    versions: v.optional(list(versionSchema(storePage, time, LIMITS.bodyChars), LIMITS.importVersions)),
  });
}
let imports: { now: number; schema: ReturnType<typeof importSchema> } | undefined;
function importAt(now: number) {
  if (imports?.now !== now) imports = { now, schema: importSchema(now) };
  return imports.schema;
}

/**
 * Every request the store answers, by type: the one statement of what each carries besides its type
 * (messages.ts derives `Request`, `NoticeInput` and `AnnotationInput` from these; what handler.ts does with
 * each is written there).
 */
const REQUESTS = {
  /**
   * A visit's facts. Updates the notice's record (keeps firstSeen, sets lastSeen to now); creates one only
   * when the reader's option "remember the notices I open" is on (no reading history by default). Replies
   * null when nothing was stored.
   */
  'notice/save': record({ notice: noticeInput }),
  /** The stored record, else what the open notice's visit said (not stored), else null. */
  'notice/get': record({ page: storePage }),
  /** The annotations of one page, oldest first. */
  'annotations/list': record({ page: storePage }),
  /** One annotation of `page`, or null when that page has none with this id. */
  'annotation/get': record({ page: storePage, id: storeId }),
  /**
   * The store sets `modified` (now) and keeps `created` (now for a new one). `note` left out keeps the
   * stored note (so a content script, which never sees notes, cannot erase one); saving an id that is in the
   * trash takes it out of the trash with its note. `notice`: the page's facts (what its visit sent), so that
   * the page's first annotation creates its notice record in the same transaction; ignored when it exists.
   */
  'annotation/put': record({ annotation: annotationInput, notice: v.optional(noticeInput) }),
  /** Moves the annotation (with its note) to the trash for 30 days; replies with it as trashed. */
  'annotation/delete': record({ id: storeId }),
  /** Moves every annotation of the page to the trash in one transaction (all or none); replies with them. Extension pages only. */
  'annotations/delete-page': record({ page: storePage }),
  /**
   * The trash, most recently deleted first: everything (extension pages) or one page's (a content script:
   * its own page only, redacted). Entries older than 30 days are purged first.
   */
  'trash/list': record({ page: v.optional(storePage) }),
  /** Puts a trashed annotation back as it was (content scripts: of their own page). Replies with it. */
  'trash/restore': record({ id: storeId }),
  /** Puts trashed annotations back, all or none (the undo of `annotations/delete-page`). Extension pages only. */
  'trash/restore-many': record({ ids: list(storeId, LIMITS.importAnnotations) }),
  /** Deletes everything in the trash for good. Extension pages only. Replies with how many. */
  'trash/empty': record({}),
  /** Every notice (and every page with annotations), most recently seen first. Extension pages only. */
  'library/list': record({}),
  /** All annotations, or those of the given pages; newest `modified` first. Extension pages only. */
  'library/annotations': record({ pages: v.optional(list(storePage, LIMITS.pagesPerRequest)) }),
  /** Delete everything. Extension pages only. */
  'store/wipe': record({}),
  /**
   * A visit's deduplicated body text (issue 16): stored as the notice's newest version when the notice is
   * stored and the text differs from the newest one (white space and width aside). Replies with the version
   * it differs from (`VisitRecorded`). Content scripts: their own page only.
   */
  'version/record': record({ page: storePage, text: text(LIMITS.bodyChars) }),
  /** The stored versions of one page (or of all), newest first. Extension pages only. */
  'versions/list': record({ page: v.optional(storePage) }),
  /** How many versions each notice with any has (the library marks revised notices). Extension pages only. */
  'versions/counts': record({}),
};

/**
 * The schemas messages.ts derives its types from (types only: the page's bundles import no valibot for them).
 * `backup/import-items`: merge by id (notices by page) in one transaction, all or nothing, the later version
 * wins (import-merge.ts); its times may not run ahead of the store's clock, so its schema is made per clock
 * reading (`importAt`). Extension pages only.
 */
export type RequestSchemas = typeof REQUESTS & { 'backup/import-items': ReturnType<typeof importSchema> };
export type NoticeInputSchema = typeof noticeInput;
export type AnnotationInputSchema = typeof annotationInput;
export type RequestType = keyof RequestSchemas;
/** A request's fields besides its type. */
export type RequestFields<T extends RequestType> = v.InferOutput<RequestSchemas[T]>;

/** Whether the store answers requests of this type. */
export function isRequestType(type: unknown): type is RequestType {
  return type === 'backup/import-items' || (typeof type === 'string' && Object.prototype.hasOwnProperty.call(REQUESTS, type));
}

/**
 * A request's fields, read whole before any permission is checked; paths are the request's own
 * (`annotation.selectors[0].exact`). `now` is the clock an import's times may not run ahead of.
 */
export function readRequest<T extends RequestType>(type: T, req: Obj, now: number): RequestFields<T> {
  const schema: v.GenericSchema<unknown, unknown> = type === 'backup/import-items' ? importAt(now) : REQUESTS[type as keyof typeof REQUESTS];
  return parseAt(schema, req, '', invalid) as RequestFields<T>;
}

/** An object, given back as it is (its fields are read with `own`). */
export function readObject(x: unknown, path: string): Obj {
  parseAt(v.custom<Obj>(isObj), x, path, invalid);
  return x as Obj;
}
