/**
 * The one way into the store for everything outside the background: extension
 * pages hold a `StoreApi`, a notice page's content script a `PageStoreApi` bound
 * to its page. Each operation exists here once (get one annotation, make sure a
 * directive has its annotation, gather a notice for export …), named for what it
 * does; nobody else builds store messages.
 *
 * Both are built over a `StoreTransport`: `messageTransport` (utils/store/client.ts,
 * runtime messages and a port) in the extension, the real handler in memory in
 * tests (tests/unit/helpers/memory-store.ts). Failures throw a `StoreApiError`
 * carrying the store's `{ code, message, path }`.
 */
import { newId as randomId } from '../id';
import type { ExportItem } from '../export';
import { placeholderRecord } from '../library';
import type { Annotation, DirectiveRef, DirectiveStatus, NoticeRecord, Selector } from '../model';
import type { TrashedAnnotation } from '../trash';
import type { NoticeVersion } from '../revisions/model';
import { send, subscribe, type SubscribeOptions } from './client';
import { sharedSubscriptions } from './shared-subscriptions';
import type {
  AnnotationInput,
  ChangeMessage,
  ImportResult,
  LibraryEntry,
  NoticeInput,
  RedactedAnnotation,
  ReplyValue,
  RequestOf,
  RequestType,
  StoreErrorInfo,
  WipeResult,
  RedactedTrashed,
} from './messages';

export type { SubscribeOptions };

/** How requests reach the store and how its change notifications come back. */
export interface StoreTransport {
  /** One request; never rejects (an unreachable store is an `unavailable` reply). */
  send: typeof send;
  subscribe: typeof subscribe;
}

/** The background over runtime messages: what the extension's pages and content scripts use. */
export const messageTransport: StoreTransport = { send, subscribe };

/** A refused or failed store request. `message` is the store's (English); `info.code` is what a reader is told. */
export class StoreApiError extends Error {
  constructor(readonly info: StoreErrorInfo) {
    super(info.message);
    this.name = 'StoreApiError';
  }
}

/**
 * How a directive's annotation is to be written. `status` present sets it (undefined clears it); left
 * out, the annotation is only made to exist (a note about to be opened on it).
 */
export interface DirectiveWrite<A> {
  /** The directive's annotation, when it has one. */
  existing?: A;
  status?: DirectiveStatus;
  /** `task` present sets the reader's correction of the due date and lead unit (null clears it; issue 15). */
  task?: { due?: string; lead?: string } | null;
  /** The lead's selectors, when the caller can see the page text (the side panel cannot: the reference places it). */
  selectors?: Selector[];
  newId?: () => string;
}

/** The store as an extension page (side panel, library, popup, note frame) sees it: notes included. */
export interface StoreApi {
  /** The stored notice, else what its open visit said, else null. */
  getNotice(page: string): Promise<NoticeRecord | null>;
  /** A page's annotations, oldest first. */
  listPage(page: string): Promise<Annotation[]>;
  /** One annotation of `page`, or null. */
  getAnnotation(page: string, id: string): Promise<Annotation | null>;
  saveAnnotation(input: AnnotationInput): Promise<Annotation>;
  /** The directive's annotation with the write applied, created when there is none; null when there is nothing to do. */
  ensureDirectiveAnnotation(page: string, ref: DirectiveRef, write: DirectiveWrite<Annotation>): Promise<Annotation | null>;
  /** Resolves with the deleted annotation (for undo). */
  deleteAnnotation(id: string): Promise<Annotation>;
  /** The trash (of one page, with `page`), most recently deleted first; kept 30 days. */
  listTrash(page?: string): Promise<TrashedAnnotation[]>;
  /** Puts a trashed annotation back as it was; resolves with it. */
  restoreFromTrash(id: string): Promise<Annotation>;
  /** Deletes everything in the trash for good (after the reader confirmed); resolves with how many. */
  emptyTrash(): Promise<number>;
  /** Moves every annotation of `page` to the trash in one request and transaction (all or none); resolves with them. */
  deleteNoticeAnnotations(page: string): Promise<Annotation[]>;
  /** Puts trashed annotations back in one request and transaction, all or none (the undo of `deleteNoticeAnnotations`). */
  restoreManyFromTrash(ids: string[]): Promise<Annotation[]>;
  /**
   * Deletes a note and only the note: a highlight, or a directive with a status, keeps its record
   * (`cleared`: undo saves `before` again); a page note, or a directive that was only its note,
   * goes to the trash (`trashed`: undo restores it).
   */
  deleteNote(annotation: Annotation): Promise<NoteDeletion>;
  /** Undoes a `deleteNote`: the note back on its record, or the record back from the trash. */
  undoDeleteNote(done: NoteDeletion): Promise<Annotation>;
  /** A notice and all its annotations, as an export takes them (a placeholder record when none is stored). */
  exportNotice(page: string): Promise<ExportItem>;
  /** Every notice and page with annotations, most recently seen first. */
  library(): Promise<LibraryEntry[]>;
  /** All annotations (or those of `pages`), newest first. */
  libraryAnnotations(pages?: string[]): Promise<Annotation[]>;
  /** Merges a checked backup's items (and its versions of notices' bodies), all or nothing. */
  restore(notices: NoticeRecord[], annotations: Annotation[], trash?: TrashedAnnotation[], versions?: NoticeVersion[]): Promise<ImportResult>;
  /** The stored versions of a notice's body (of every notice, without `page`: a backup), newest first. */
  listVersions(page?: string): Promise<NoticeVersion[]>;
  /** How many versions each notice with any has (keyed by page; 2 or more: revised). */
  versionCounts(): Promise<Record<string, number>>;
  /** Deletes everything. */
  wipe(): Promise<WipeResult>;
  /** Hears about committed writes to `pages` ('*': all); returns the function that stops. */
  subscribe(pages: string[] | '*', onChange: (change: ChangeMessage) => void, options?: SubscribeOptions): () => void;
}

/** What `deleteNote` did, so that its undo can put it back. */
export type NoteDeletion = { kind: 'cleared'; before: Annotation } | { kind: 'trashed'; annotation: Annotation };

/** Whether deleting `a`'s note leaves a record worth keeping (the highlight, the directive's status). */
export const noteDeletionKeeps = (a: Annotation): boolean => a.kind === 'highlight' || (a.kind === 'directive' && Boolean(a.status));

/** The store as a notice page's content script sees it: its own page only, notes redacted. */
export interface PageStoreApi {
  readonly page: string;
  listPage(): Promise<RedactedAnnotation[]>;
  saveAnnotation(input: AnnotationInput): Promise<RedactedAnnotation>;
  ensureDirectiveAnnotation(ref: DirectiveRef, write: DirectiveWrite<RedactedAnnotation>): Promise<RedactedAnnotation | null>;
  deleteAnnotation(id: string): Promise<RedactedAnnotation>;
  /** This page's trash, most recently deleted first, without note text. */
  listTrash(): Promise<RedactedTrashed[]>;
  /** Puts one of this page's trashed annotations back as it was. */
  restoreFromTrash(id: string): Promise<RedactedAnnotation>;
  /** The visit's facts (see docs/decisions.md: no reading history). */
  saveNotice(notice: NoticeInput): Promise<void>;
  /**
   * The visit's deduplicated body text (issue 16): kept as the notice's newest version if it is stored and the
   * body changed. Resolves with the stored version it differs from (null: not revised, or nothing stored yet).
   */
  recordVisit(text: string): Promise<NoticeVersion | null>;
  /** Calls back with the ids any context changed on this page ([] after a reconnect: refetch). */
  subscribe(listener: (ids: string[]) => void): () => void;
}

/** Input that re-saves a stored annotation with `changes`; the stored note is kept unless `changes` gives one. */
export function toInput(a: Annotation | RedactedAnnotation, changes: Partial<AnnotationInput> = {}): AnnotationInput {
  const { created: _c, modified: _m, ...rest } = a as Annotation & RedactedAnnotation;
  const { note: _n, hasNote: _h, ...fields } = rest;
  return { ...fields, ...changes };
}

/** The one rule for a directive's annotation, for both the page and the side panel. */
async function writeDirective<A extends Annotation | RedactedAnnotation>(
  save: (input: AnnotationInput) => Promise<A>,
  page: string,
  ref: DirectiveRef,
  write: DirectiveWrite<A>,
): Promise<A | null> {
  const setsStatus = 'status' in write;
  const setsTask = 'task' in write;
  if (write.existing) {
    if (!setsStatus && !setsTask) return write.existing;
    const input = toInput(write.existing, setsStatus ? { status: write.status } : {});
    // A correction replaces the previous one whole (null: back to what the notice says).
    if (setsTask) {
      delete input.due;
      delete input.lead;
      Object.assign(input, write.task ?? {});
    }
    return save(input);
  }
  // Clearing the status, or the correction, of a directive that has no annotation: nothing to store.
  if (setsStatus && !write.status) return null;
  if (setsTask && !write.task) return null;
  const id = (write.newId ?? randomId)();
  return save({ id, page, kind: 'directive', selectors: write.selectors ?? [], directive: ref, tags: [], ...(write.status ? { status: write.status } : {}), ...(write.task ?? {}) });
}

/** The reply's value, or a thrown StoreApiError (worded by `describe` when given). */
function valueOf<V>(reply: { ok: true; value: V } | { ok: false; error: StoreErrorInfo }, describe?: (e: StoreErrorInfo) => string): V {
  if (reply.ok) return reply.value;
  throw new StoreApiError(describe ? { ...reply.error, message: describe(reply.error) } : reply.error);
}

export function storeApi(transport: StoreTransport = messageTransport): StoreApi {
  const ask = async <T extends RequestType>(req: RequestOf<T> & { type: T }) =>
    valueOf(await transport.send<T>(req)) as ReplyValue<T, 'extension'>;
  const saveAnnotation = (annotation: AnnotationInput) => ask({ type: 'annotation/put', annotation });
  const listPage = (page: string) => ask({ type: 'annotations/list', page });
  const getNotice = (page: string) => ask({ type: 'notice/get', page });
  // Parts of one page that hear about the same pages share one port (the side panel's notice and its trash).
  const subscribe = sharedSubscriptions(transport.subscribe);
  return {
    getNotice,
    listPage,
    getAnnotation: (page, id) => ask({ type: 'annotation/get', page, id }),
    saveAnnotation,
    ensureDirectiveAnnotation: (page, ref, write) => writeDirective(saveAnnotation, page, ref, write),
    deleteAnnotation: (id) => ask({ type: 'annotation/delete', id }),
    listTrash: (page) => ask({ type: 'trash/list', ...(page !== undefined ? { page } : {}) }),
    restoreFromTrash: (id) => ask({ type: 'trash/restore', id }),
    emptyTrash: () => ask({ type: 'trash/empty' }),
    deleteNoticeAnnotations: (page) => ask({ type: 'annotations/delete-page', page }),
    restoreManyFromTrash: (ids) => ask({ type: 'trash/restore-many', ids }),
    deleteNote: async (a) =>
      noteDeletionKeeps(a)
        ? (await saveAnnotation(toInput(a, { note: '' })), { kind: 'cleared' as const, before: a })
        : { kind: 'trashed' as const, annotation: await ask({ type: 'annotation/delete', id: a.id }) },
    undoDeleteNote: (done) =>
      done.kind === 'cleared'
        ? saveAnnotation(toInput(done.before, { note: done.before.note }))
        : ask({ type: 'trash/restore', id: done.annotation.id }),
    exportNotice: async (page) => {
      const [notice, annotations] = await Promise.all([getNotice(page), listPage(page)]);
      return { notice: notice ?? placeholderRecord(page, annotations), annotations };
    },
    library: () => ask({ type: 'library/list' }),
    libraryAnnotations: (pages) => ask({ type: 'library/annotations', ...(pages ? { pages } : {}) }),
    restore: (notices, annotations, trash, versions) =>
      ask({ type: 'backup/import-items', notices, annotations, ...(trash?.length ? { trash } : {}), ...(versions?.length ? { versions } : {}) }),
    listVersions: (page) => ask({ type: 'versions/list', ...(page !== undefined ? { page } : {}) }),
    versionCounts: () => ask({ type: 'versions/counts' }),
    wipe: () => ask({ type: 'store/wipe' }),
    subscribe,
  };
}

/**
 * The content script's store for one page. `describe` words a failure for the reader (the panel shows
 * the thrown message in its error toast).
 */
export function pageStoreApi(page: string, transport: StoreTransport = messageTransport, describe?: (e: StoreErrorInfo) => string): PageStoreApi {
  const ask = async <T extends RequestType>(req: RequestOf<T> & { type: T }) =>
    valueOf(await transport.send<T>(req), describe) as ReplyValue<T, 'content'>;
  // The visit's facts, sent again with annotations until one is stored: a notice is stored with its
  // first annotation (no reading history), and the background's memory of the visit does not
  // survive its service worker being stopped in between.
  let facts: NoticeInput | undefined;
  // The visit's body while its notice is not stored: sent again after this page's first annotation, in case
  // the background forgot it (a stopped worker) before that annotation stored the notice and its first version.
  let body: string | undefined;
  const recordVisit = async (text: string) => {
    const { previous, kept } = await ask({ type: 'version/record', page, text });
    body = kept ? undefined : text;
    return previous;
  };
  const saveAnnotation = async (annotation: AnnotationInput) => {
    const sent = facts;
    const stored = await ask({ type: 'annotation/put', annotation, ...(sent ? { notice: sent } : {}) });
    if (facts === sent) facts = undefined;
    if (body !== undefined) await recordVisit(body).catch(() => null);
    return stored;
  };
  return {
    page,
    listPage: () => ask({ type: 'annotations/list', page }),
    saveAnnotation,
    ensureDirectiveAnnotation: (ref, write) => writeDirective(saveAnnotation, page, ref, write),
    deleteAnnotation: (id) => ask({ type: 'annotation/delete', id }),
    listTrash: () => ask({ type: 'trash/list', page }),
    restoreFromTrash: (id) => ask({ type: 'trash/restore', id }),
    saveNotice: async (notice) => {
      facts = notice;
      await ask({ type: 'notice/save', notice });
    },
    recordVisit,
    subscribe: (listener) =>
      transport.subscribe([page], (c) => listener(c.ids), {
        onReconnect: () => {
          // The worker restarted and forgot the visit: tell it again, so that a first annotation made
          // by another context (a page note typed in the note frame) still stores the notice's facts.
          if (facts) void transport.send({ type: 'notice/save', notice: facts });
          listener([]);
        },
      }),
  };
}

/** What went wrong, as the store says it: a StoreApiError's info, anything else as `internal`. */
export function errorInfo(e: unknown): StoreErrorInfo {
  if (e instanceof StoreApiError) return e.info;
  return { code: 'internal', message: e instanceof Error ? e.message : String(e) };
}
