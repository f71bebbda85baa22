/**
 * The typed message API between the background (which alone opens IndexedDB, in
 * the extension's origin) and its callers: content scripts and extension pages
 * (side panel, library, popup, note frame). Types only, plus the few constants
 * both sides need; no `browser`, no `idb`. What a request carries is stated once,
 * by its schema in validate.ts; the types here are read from those schemas.
 *
 * Replies are always `Result`s: the background never throws across the message
 * boundary. A content script receives `RedactedAnnotation`s (no note text) and is
 * limited to its own page; see handler.ts for the rules.
 */
import type * as v from 'valibot';
import type { Annotation, NoticeRecord } from '../model';
import type { ProblemWords } from '../export/backup-errors';
import type { TrashedAnnotation } from '../trash';
import type { NoticeVersion } from '../revisions/model';
import type { AnnotationInputSchema, NoticeInputSchema, RequestSchemas, RequestType } from './validate';

/** What a content script sees of an annotation: everything but the note text. */
export type RedactedAnnotation = Omit<Annotation, 'note'> & { hasNote: boolean };

/** Who a reply is for: extension pages see notes, content scripts do not. */
export type Audience = 'extension' | 'content';
/** `Annotation` for extension pages, `RedactedAnnotation` for content scripts (both for `Audience`). */
type AnnotationFor<A extends Audience> = A extends 'content' ? RedactedAnnotation : Annotation;

/** What a content script sees of a trashed annotation (no note text). */
export type RedactedTrashed = RedactedAnnotation & { deletedAt: string };
/** A trashed annotation as each audience sees it. */
type TrashedFor<A extends Audience> = A extends 'content' ? RedactedTrashed : TrashedAnnotation;

/** A notice as the content script describes it; the store sets firstSeen/lastSeen. */
export type NoticeInput = v.InferOutput<NoticeInputSchema>;

/** An annotation to create or update (what `annotation/put` carries; see its schema in validate.ts). */
export type AnnotationInput = v.InferOutput<AnnotationInputSchema>;

export interface LibraryEntry {
  page: string;
  /** Null when annotations exist for a page the store has no notice record of. */
  notice: NoticeRecord | null;
  count: number;
}

/** What recording a visit's body did (`version/record`, issue 16). */
export interface VisitRecorded {
  /** The stored version this body differs from (the page marks what changed since); null when none does. */
  previous: NoticeVersion | null;
  /** Whether the notice is stored, so its versions are kept (false: not annotated yet, nothing was kept). */
  kept: boolean;
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
  /** Versions of notices' bodies (issue 16); absent when the request carried none. */
  versions?: MergeCounts;
}

export interface WipeResult {
  notices: number;
  annotations: number;
  /** Trashed annotations deleted with everything else. */
  trash: number;
  /** Versions of notices' bodies deleted with everything else (issue 16). */
  versions?: number;
}

export type { RequestType };
/**
 * Every request the store answers: its type, and the fields its schema reads (utils/store/validate.ts states
 * each shape once, with what the request does).
 */
export type Request = { [T in RequestType]: { type: T } & v.InferOutput<RequestSchemas[T]> }[RequestType];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

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
  'version/record',
] as const satisfies readonly RequestType[];

/** The value of a successful reply, per request type and audience. */
interface ReplyValues<A extends Audience = Audience> {
  'notice/save': NoticeRecord | null;
  'notice/get': NoticeRecord | null;
  'annotations/list': AnnotationFor<A>[];
  'annotation/get': AnnotationFor<A> | null;
  'annotation/put': AnnotationFor<A>;
  'annotation/delete': TrashedFor<A>;
  'annotations/delete-page': TrashedAnnotation[];
  'trash/list': TrashedFor<A>[];
  'trash/restore': AnnotationFor<A>;
  'trash/restore-many': Annotation[];
  'trash/empty': number;
  'library/list': LibraryEntry[];
  'library/annotations': Annotation[];
  'backup/import-items': ImportResult;
  'store/wipe': WipeResult;
  'version/record': VisitRecorded;
  'versions/list': NoticeVersion[];
  'versions/counts': Record<string, number>;
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

/**
 * A refused or failed request, as data: utils/store/error-text.ts words it from `code` (and `problem`, `path`)
 * through the catalog, the one place a store error becomes words for a reader.
 */
export interface StoreErrorInfo {
  code: StoreErrorCode;
  /** For logs and bug reports, never worded for a reader: the rule that refused, or the exception's own text. */
  message: string;
  /** For `invalid`: the field, e.g. `annotation.selectors[0].exact`. */
  path?: string;
  /** For `invalid`: what is wrong with it (the catalog entry and its values, as for a refused backup). */
  problem?: Omit<ProblemWords, 'code'>;
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
