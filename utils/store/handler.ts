/**
 * The background's request handler: who is asking, is the request well formed,
 * may they make it, then one repository call. Never throws: every outcome is a
 * `Result`. Plain function of (message, sender), so tests call it directly.
 *
 * Security rules:
 * - Only our own contexts: `sender.id` must be this extension's id, and the
 *   sender is either an extension page (`sender.url` under our own origin,
 *   `runtime.getURL('')`) or a content script (`sender.tab` present). The
 *   manifest has no `externally_connectable`, so web pages cannot message us.
 * - A content script is limited to its own page: the normalized URL of
 *   `sender.url` (else `sender.tab.url`). It may save/get that page's notice
 *   and list/put/delete that page's annotations; anything about another page,
 *   `library/*`, `backup/*` and `store/wipe` are refused.
 * - A content script never receives note text: annotations come back as
 *   `RedactedAnnotation` (`hasNote` instead of `note`). Notes are shown only on
 *   extension-origin surfaces (side panel, note frame).
 * - An extension page framed into a web page (the note frame; `sender.tab` is
 *   the web page's tab) is not trusted like the side panel: any page could frame
 *   it with any address. It may list, get and save only the one annotation its
 *   address names (`?id=`), and only when that annotation's page is the tab's
 *   page or a notice framed into it (its `shell` is the tab's page).
 */
import type { Annotation } from '../model';
import { isStoreId } from '../id';
import { own } from '../schema/own';
import { isHttpUrl, normalizeNoticeUrl } from '../text/url';
import { invalid, StoreError, toErrorInfo } from './errors';
import type { Change } from './merge';
import {
  CONTENT_REQUEST_TYPES,
  type Audience,
  type NoticeInput,
  type RedactedAnnotation,
  type ReplyValue,
  type RequestType,
  type Result,
} from './messages';
import type { Repository } from './repository';
import { identifyCaller, senderTabPage, type Caller, type RuntimeLike, type SenderLike } from './callers';
import { VisitMemory } from './visits';
import { isRequestType, readObject, readRequest, type RequestFields } from './validate';

/** What the note frame sends: its one annotation, read and saved. */
const FRAMED_REQUEST_TYPES: readonly RequestType[] = ['annotations/list', 'annotation/get', 'annotation/put'];

/** Whether a runtime message is meant for the store (other messages are left to other listeners). */
export function isStoreMessage(message: unknown): boolean {
  if (typeof message !== 'object' || message === null) return false;
  const type = (message as { type?: unknown }).type;
  return typeof type === 'string' && /^(notice|annotations?|trash|library|backup|store|versions?)\//.test(type);
}

/** A record without its note text, for a content script (works for trashed records too). */
function redact<T extends Annotation>(a: T): Omit<T, 'note'> & { hasNote: boolean } {
  const { note, ...rest } = a;
  return { ...rest, hasNote: note.length > 0 };
}

interface HandlerDeps {
  repo: Repository;
  runtime: RuntimeLike;
  /** Called with the changes of every committed write (change notifications). */
  publish?: (changes: Change[]) => void;
  /** Milliseconds: imported times may not run ahead of it. (The trash's 30 days use the repository's clock.) */
  clock?: () => number;
  /**
   * The reader's option "remember the notices I open" (utils/reader-settings.ts): whether a visit
   * alone stores a notice. Off when left out or when it cannot be read.
   */
  rememberOpened?: () => Promise<boolean>;
  /** What else the reader's data holds outside the database, cleared with it (the pages read as notices). */
  onWipe?: () => Promise<void>;
}

export type Handler = (message: unknown, sender: SenderLike | undefined) => Promise<Result<unknown>>;

/** One request's operation, given its fields already read (validate.ts). */
type Op<T extends RequestType> = (req: RequestFields<T>, caller: Caller, sender: SenderLike) => Promise<ReplyValue<T, Audience>>;

export function createHandler(deps: HandlerDeps): Handler {
  const { repo } = deps;
  // The trash keeps 30 days: what is older goes on the worker's first request (its start-up) and
  // whenever the trash is listed. A failed purge only leaves old entries a little longer.
  const purgeTrash = async () => {
    try {
      const { value, changes } = await repo.trash.purge();
      if (value > 0) publish(changes);
    } catch {
      // Tried again at the next listing or start-up.
    }
  };
  let startupPurge: Promise<void> | undefined;
  // The facts each open notice sent, in memory only (no reading history on disk; see visits.ts).
  const visits = new VisitMemory();
  const rememberOpened = () => (deps.rememberOpened ? deps.rememberOpened().catch(() => false) : Promise.resolve(false));

  const publish = (changes: Change[]) => {
    try {
      deps.publish?.(changes);
    } catch {
      // The write has committed; a failed notification must not turn it into an error.
    }
  };
  const scope = (caller: Caller): string | undefined => (caller.kind === 'content' ? (caller.page ?? '') : undefined);
  const checkPage = (caller: Caller, page: string) => {
    if (caller.kind === 'content' && caller.page !== page)
      throw new StoreError('forbidden', 'A content script may only use the notice and annotations of its own page.');
  };
  const view = <T extends Annotation>(caller: Caller, a: T) => (caller.kind === 'content' ? redact(a) : a);
  const checkNoticeFacts = (caller: Caller, notice: NoticeInput, sender: SenderLike) => {
    if (caller.kind === 'framed') throw new StoreError('forbidden', 'The note frame may not describe a notice.');
    checkPage(caller, notice.page);
    // A framed notice names the page it is shown in (the library opens that); only the tab's own top page.
    if (caller.kind === 'content' && notice.shell !== undefined && notice.shell !== senderTabPage(sender))
      throw new StoreError('forbidden', 'A framed notice may only name the page of its own tab as its shell.');
  };
  // The note frame: only its own annotation, and only on the page of the tab it is framed into.
  const checkFramed = async (caller: Caller, page: string, id?: string) => {
    if (caller.kind !== 'framed') return;
    const forbidden = new StoreError('forbidden', 'The note frame may only use the annotation of the page it is framed into.');
    if (!caller.tabPage || !caller.id || (id !== undefined && id !== caller.id)) throw forbidden;
    if (page !== caller.tabPage && (await repo.getNotice(page))?.shell !== caller.tabPage) throw forbidden;
  };

  const ops: { [T in RequestType]: Op<T> } = {
    'notice/save': async (req, caller, sender) => {
      const { notice } = req;
      checkNoticeFacts(caller, notice, sender);
      visits.remember(notice, new Date(deps.clock ? deps.clock() : Date.now()).toISOString());
      // A visit creates no record unless the reader asked for that; it keeps an existing one current.
      const { value, changes } = await repo.saveNotice(notice, { create: await rememberOpened() });
      publish(changes);
      return value;
    },
    'notice/get': async ({ page }, caller) => {
      checkPage(caller, page);
      // An open notice that was not stored (not annotated yet) is still described by its visit.
      return (await repo.getNotice(page)) ?? visits.record(page);
    },
    'annotations/list': async ({ page }, caller) => {
      checkPage(caller, page);
      await checkFramed(caller, page);
      const all = await repo.listAnnotations(page);
      return (caller.kind === 'framed' ? all.filter((a) => a.id === caller.id) : all).map((a) => view(caller, a));
    },
    'annotation/get': async ({ page, id }, caller) => {
      checkPage(caller, page);
      await checkFramed(caller, page, id);
      const found = await repo.getAnnotation(id);
      // Only by its page: an id alone must not reach another page's annotation.
      return found && found.page === page ? view(caller, found) : null;
    },
    // `notice`: the page's facts, sent with its first annotation: they create the notice record if there is none.
    'annotation/put': async ({ annotation: input, notice: facts }, caller, sender) => {
      checkPage(caller, input.page);
      if (facts) {
        if (facts.page !== input.page) throw invalid({ code: 'wrong-format', path: 'notice.page', value: facts.page });
        checkNoticeFacts(caller, facts, sender);
      }
      await checkFramed(caller, input.page, input.id);
      const notice = facts ?? visits.facts(input.page);
      // The visit's body, when this first annotation stores the notice, is its first version (issue 16).
      const body = visits.body(input.page);
      const { value, changes } = await repo.putAnnotation(input, { scope: caller.kind === 'framed' ? input.page : scope(caller), notice, ...(body !== undefined ? { body } : {}) });
      publish(changes);
      return view(caller, value);
    },
    'annotation/delete': async ({ id }, caller) => {
      const { value, changes } = await repo.deleteAnnotation(id, { scope: scope(caller) });
      publish(changes);
      return view(caller, value);
    },
    // Extension pages only (not in CONTENT_REQUEST_TYPES): a notice's annotations, notes and all.
    'annotations/delete-page': async ({ page }) => {
      const { value, changes } = await repo.deletePageAnnotations(page);
      publish(changes);
      return value;
    },
    'trash/list': async ({ page }, caller) => {
      // A content script lists its own page's trash only: it must name it.
      if (caller.kind === 'content' && page === undefined)
        throw new StoreError('forbidden', 'A content script may only list the trash of its own page.');
      if (page !== undefined) checkPage(caller, page);
      await purgeTrash();
      return (await repo.trash.list(page)).map((a) => view(caller, a));
    },
    'trash/restore': async ({ id }, caller) => {
      const { value, changes } = await repo.trash.restore(id, { scope: scope(caller) });
      publish(changes);
      return view(caller, value);
    },
    'trash/restore-many': async ({ ids }) => {
      const { value, changes } = await repo.trash.restoreMany(ids);
      publish(changes);
      return value;
    },
    'trash/empty': async () => {
      const { value, changes } = await repo.trash.empty();
      publish(changes);
      return value;
    },
    'library/list': async () => repo.libraryList(),
    'library/annotations': async ({ pages }) => repo.libraryAnnotations(pages),
    // Everything was checked before the transaction starts: one bad item, nothing written. Times may not run
    // ahead of our clock by more than a day (a future `modified` would win every merge).
    'backup/import-items': async ({ notices, annotations, trash = [], versions }) => {
      const { value, changes } = await repo.importItems(notices, annotations, trash, versions);
      publish(changes);
      return value;
    },
    // A visit's body (issue 16): kept as a version of a stored notice; of one not stored yet, remembered (in
    // memory only) for the first annotation to store with the notice.
    'version/record': async ({ page, text }, caller) => {
      checkPage(caller, page);
      const { value, changes } = await repo.versions.record(page, text);
      if (!value.kept) visits.rememberBody(page, text);
      publish(changes);
      return value;
    },
    'versions/list': async ({ page }) => repo.versions.list(page),
    'versions/counts': async () => repo.versions.counts(),
    'store/wipe': async () => {
      const { value, changes } = await repo.wipe();
      visits.clear();
      await deps.onWipe?.();
      publish(changes);
      return value;
    },
  };

  return async (message, sender) => {
    try {
      const caller = identifyCaller(sender, deps.runtime);
      if (!caller) throw new StoreError('forbidden', 'Only Notice Lens pages and content scripts may use the store.');
      const req = (() => {
        try {
          return readObject(message, 'request');
        } catch {
          throw new StoreError('bad-request', 'A request must be an object with a type.');
        }
      })();
      const type = own(req, 'type');
      if (!isRequestType(type))
        throw new StoreError('bad-request', `Unknown request type: ${String(type).slice(0, 60)}`);
      if (caller.kind === 'content' && !(CONTENT_REQUEST_TYPES as readonly string[]).includes(type))
        throw new StoreError('forbidden', `A content script may not send ${type}.`);
      if (caller.kind === 'framed' && !FRAMED_REQUEST_TYPES.includes(type))
        throw new StoreError('forbidden', `The note frame may not send ${type}.`);
      const fields = readRequest(type, req, deps.clock ? deps.clock() : Date.now());
      const value = await (ops[type] as Op<RequestType>)(fields, caller, sender!);
      // After the worker's first request, not before it: its own transactions start first.
      await (startupPurge ??= purgeTrash());
      return { ok: true, value };
    } catch (e) {
      return { ok: false, error: toErrorInfo(e) };
    }
  };
}
