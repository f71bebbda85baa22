/**
 * The typed message API between the background (which alone opens IndexedDB, in
 * the extension's origin) and its callers: content scripts and extension pages
 * (side panel, library, popup, note frame). Types only, plus the few constants
 * both sides need; no `browser`, no `idb`.
 *
 * Replies are always `Result`s: the background never throws across the message
 * boundary. A content script receives `RedactedAnnotation`s (no note text) and is
 * limited to its own page; see handler.ts for the rules.
 */
import type { Annotation, NoticeRecord } from '../model';
import type { TrashedAnnotation } from '../trash';

/** What a content script sees of an annotation: everything but the note text. */
export type RedactedAnnotation = Omit<Annotation, 'note'> & { hasNote: boolean };

/** Who a reply is for: extension pages see notes, content scripts do not. */
export type Audience = 'extension' | 'content';
/** `Annotation` for extension pages, `RedactedAnnotation` for content scripts (both for `Audience`). */
export type AnnotationFor<A extends Audience> = A extends 'content' ? RedactedAnnotation : Annotation;

/** What a content script sees of a trashed annotation (no note text). */
export type RedactedTrashed = RedactedAnnotation & { deletedAt: string };
/** A trashed annotation as each audience sees it. */
export type TrashedFor<A extends Audience> = A extends 'content' ? RedactedTrashed : TrashedAnnotation;

/** A notice as the content script describes it; the store sets firstSeen/lastSeen. */
export type NoticeInput = Omit<NoticeRecord, 'firstSeen' | 'lastSeen'>;

/**
 * An annotation to create or update. The store sets `modified` (now) and keeps
 * `created` (now for a new one). `note` left out keeps the stored note (so a
 * content script, which never sees notes, cannot erase one); saving an id that
 * is in the trash takes it out of the trash with its note.
 */
export type AnnotationInput = Omit<Annotation, 'created' | 'modified' | 'note'> & { note?: string };

export interface LibraryEntry {
  page: string;
  /** Null when annotations exist for a page the store has no notice record of. */
  notice: NoticeRecord | null;
  count: number;
}

export interface MergeCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export interface ImportResult {
  notices: MergeCounts;
  annotations: MergeCounts;
  /** Trashed annotations (a backup keeps the trash). */
  trash: MergeCounts;
}

export interface WipeResult {
  notices: number;
  annotations: number;
  /** Trashed annotations deleted with everything else. */
  trash: number;
}

export type Request =
  /**
   * A visit's facts. Updates the notice's record (keeps firstSeen, sets lastSeen to now); creates one
   * only when the reader's option "remember the notices I open" is on (no reading history by default).
   * Replies null when nothing was stored.
   */
  | { type: 'notice/save'; notice: NoticeInput }
  /** The stored record, else what the open notice's visit said (not stored), else null. */
  | { type: 'notice/get'; page: string }
  /** The annotations of one page, oldest first. */
  | { type: 'annotations/list'; page: string }
  /** One annotation of `page`, or null when that page has none with this id. */
  | { type: 'annotation/get'; page: string; id: string }
  /**
   * `notice`: the page's facts (what its visit sent), so that the page's first annotation creates its
   * notice record in the same transaction; ignored when the record exists.
   */
  | { type: 'annotation/put'; annotation: AnnotationInput; notice?: NoticeInput }
  /** Moves the annotation (with its note) to the trash for 30 days; replies with it as trashed. */
  | { type: 'annotation/delete'; id: string }
  /**
   * The trash, most recently deleted first: everything (extension pages) or one page's (a content
   * script: its own page only, redacted). Entries older than 30 days are purged first.
   */
  | { type: 'trash/list'; page?: string }
  /** Puts a trashed annotation back as it was (content scripts: of their own page). Replies with it. */
  | { type: 'trash/restore'; id: string }
  /** Deletes everything in the trash for good. Extension pages only. Replies with how many. */
  | { type: 'trash/empty' }
  /** Every notice (and every page with annotations), most recently seen first. Extension pages only. */
  | { type: 'library/list' }
  /** All annotations, or those of the given pages; newest `modified` first. Extension pages only. */
  | { type: 'library/annotations'; pages?: string[] }
  /**
   * Merge by id (notices by page) in one transaction: all or nothing; the later version wins (see
   * import-merge.ts). `trash`: the backup's trashed annotations. Extension pages only.
   */
  | { type: 'backup/import-items'; notices: NoticeRecord[]; annotations: Annotation[]; trash?: TrashedAnnotation[] }
  /** Delete everything. Extension pages only. */
  | { type: 'store/wipe' };

export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

export const REQUEST_TYPES = [
  'notice/save',
  'notice/get',
  'annotations/list',
  'annotation/get',
  'annotation/put',
  'annotation/delete',
  'trash/list',
  'trash/restore',
  'trash/empty',
  'library/list',
  'library/annotations',
  'backup/import-items',
  'store/wipe',
] as const satisfies readonly RequestType[];

/** The requests a content script may send (always about its own page). */
export const CONTENT_REQUEST_TYPES = [
  'notice/save',
  'notice/get',
  'annotations/list',
  'annotation/get',
  'annotation/put',
  'annotation/delete',
  'trash/list',
  'trash/restore',
] as const satisfies readonly RequestType[];
export type ContentRequestType = (typeof CONTENT_REQUEST_TYPES)[number];

/** The value of a successful reply, per request type and audience. */
export interface ReplyValues<A extends Audience = Audience> {
  'notice/save': NoticeRecord | null;
  'notice/get': NoticeRecord | null;
  'annotations/list': AnnotationFor<A>[];
  'annotation/get': AnnotationFor<A> | null;
  'annotation/put': AnnotationFor<A>;
  'annotation/delete': TrashedFor<A>;
  'trash/list': TrashedFor<A>[];
  'trash/restore': AnnotationFor<A>;
  'trash/empty': number;
  'library/list': LibraryEntry[];
  'library/annotations': Annotation[];
  'backup/import-items': ImportResult;
  'store/wipe': WipeResult;
}
export type ReplyValue<T extends RequestType, A extends Audience = Audience> = ReplyValues<A>[T];

export type StoreErrorCode =
  /** Not a well-formed request (unknown type, missing fields). */
  | 'bad-request'
  /** A field failed validation; `path` names it. */
  | 'invalid'
  /** The caller may not make this request (wrong context, another page). */
  | 'forbidden'
  | 'not-found'
  /** The disk or the browser's storage quota is full; nothing was written. */
  | 'quota'
  /** The transaction was aborted; nothing was written. */
  | 'aborted'
  /** The background or the database could not be reached. */
  | 'unavailable'
  | 'internal';

export interface StoreErrorInfo {
  code: StoreErrorCode;
  message: string;
  /** For `invalid`: the field, e.g. `annotation.selectors[0].exact`. */
  path?: string;
}

export type Result<V> = { ok: true; value: V } | { ok: false; error: StoreErrorInfo };
export type Reply<T extends RequestType, A extends Audience = Audience> = Result<ReplyValue<T, A>>;

// ---- Change notifications (runtime.connect ports) ----

export const PORT_NAME = 'notice-lens';

/**
 * Sent by an extension page on its port: which pages to hear about ('*' = all).
 * Replaces the previous subscription. A content script's port always hears about
 * its own page only, whatever it asks for.
 */
export interface SubscribeMessage {
  type: 'subscribe';
  pages: string[] | '*';
}

/**
 * Posted after a committed write that touched `page`: the ids of annotations
 * added, changed or deleted (empty when only the notice record changed). It
 * carries no data: receivers fetch what they need through the message API.
 */
export interface ChangeMessage {
  type: 'changed';
  page: string;
  ids: string[];
}
