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
 */
import type { Annotation } from '../model';
import { isHttpUrl, normalizeNoticeUrl } from '../text/url';
import { StoreError, toErrorInfo } from './errors';
import type { Change } from './merge';
import {
  CONTENT_REQUEST_TYPES,
  REQUEST_TYPES,
  type Audience,
  type RedactedAnnotation,
  type ReplyValue,
  type RequestType,
  type Result,
} from './messages';
import type { Repository } from './repository';
import {
  LIMITS,
  readAnnotation,
  readAnnotationInput,
  readArray,
  readId,
  readNotice,
  readNoticeInput,
  readObject,
  readPage,
} from './validate';

/** The parts of `browser.runtime` the handler needs. */
export interface RuntimeLike {
  id: string;
  getURL(path: string): string;
}

/** The parts of a `runtime.MessageSender` the handler reads. */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

export type Caller = { kind: 'extension' } | { kind: 'content'; page: string | null };

const ORIGIN = /^[a-z][a-z0-9+.-]*:\/\/[^/]+\/$/i;

/** Who sent a message or opened a port, or null if it is not one of our own contexts. */
export function identifyCaller(sender: SenderLike | undefined, runtime: RuntimeLike): Caller | null {
  if (!sender || !runtime.id || sender.id !== runtime.id) return null;
  const origin = runtime.getURL('');
  if (ORIGIN.test(origin) && typeof sender.url === 'string' && sender.url.startsWith(origin)) return { kind: 'extension' };
  if (sender.tab) {
    const url = sender.url ?? sender.tab.url;
    return { kind: 'content', page: typeof url === 'string' && isHttpUrl(url) ? normalizeNoticeUrl(url) : null };
  }
  return null;
}

/** Whether a runtime message is meant for the store (other messages are left to other listeners). */
export function isStoreMessage(message: unknown): boolean {
  if (typeof message !== 'object' || message === null) return false;
  const type = (message as { type?: unknown }).type;
  return typeof type === 'string' && /^(notice|annotations?|library|backup|store)\//.test(type);
}

export function redact(a: Annotation): RedactedAnnotation {
  const { note, ...rest } = a;
  return { ...rest, hasNote: note.length > 0 };
}

/**
 * Notes of recently deleted annotations, kept in memory for undo from a content
 * script (which only ever holds the redacted copy). Lost if the worker stops.
 */
class RecentlyDeleted {
  private items = new Map<string, { page: string; note: string; at: number }>();

  constructor(
    private readonly clock: () => number,
    private readonly ttlMs = 10 * 60_000,
    private readonly max = 100,
  ) {}

  remember(a: Annotation): void {
    this.items.delete(a.id);
    if (!a.note) return;
    this.items.set(a.id, { page: a.page, note: a.note, at: this.clock() });
    if (this.items.size > this.max) this.items.delete(this.items.keys().next().value!);
  }

  note(id: string, page: string): string | undefined {
    const e = this.items.get(id);
    return e && e.page === page && this.clock() - e.at <= this.ttlMs ? e.note : undefined;
  }

  forget(id: string): void {
    this.items.delete(id);
  }

  clear(): void {
    this.items.clear();
  }
}

export interface HandlerDeps {
  repo: Repository;
  runtime: RuntimeLike;
  /** Called with the changes of every committed write (change notifications). */
  publish?: (changes: Change[]) => void;
  /** Milliseconds, for the undo memory. */
  clock?: () => number;
}

export type Handler = (message: unknown, sender: SenderLike | undefined) => Promise<Result<unknown>>;

type Obj = Record<string, unknown>;
type Op<T extends RequestType> = (req: Obj, caller: Caller) => Promise<ReplyValue<T, Audience>>;

export function createHandler(deps: HandlerDeps): Handler {
  const { repo } = deps;
  const deleted = new RecentlyDeleted(deps.clock ?? Date.now);

  const publish = (changes: Change[]) => {
    try {
      deps.publish?.(changes);
    } catch {
      // The write has committed; a failed notification must not turn it into an error.
    }
  };
  const own = (o: Obj, key: string): unknown => (Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined);
  const scope = (caller: Caller): string | undefined => (caller.kind === 'content' ? (caller.page ?? '') : undefined);
  const checkPage = (caller: Caller, page: string) => {
    if (caller.kind === 'content' && caller.page !== page)
      throw new StoreError('forbidden', 'A content script may only use the notice and annotations of its own page.');
  };
  const view = (caller: Caller, a: Annotation) => (caller.kind === 'content' ? redact(a) : a);

  const ops: { [T in RequestType]: Op<T> } = {
    'notice/save': async (req, caller) => {
      const notice = readNoticeInput(own(req, 'notice'), 'notice');
      checkPage(caller, notice.page);
      const { value, changes } = await repo.saveNotice(notice);
      publish(changes);
      return value;
    },
    'notice/get': async (req, caller) => {
      const page = readPage(own(req, 'page'), 'page');
      checkPage(caller, page);
      return repo.getNotice(page);
    },
    'annotations/list': async (req, caller) => {
      const page = readPage(own(req, 'page'), 'page');
      checkPage(caller, page);
      return (await repo.listAnnotations(page)).map((a) => view(caller, a));
    },
    'annotation/put': async (req, caller) => {
      const input = readAnnotationInput(own(req, 'annotation'), 'annotation');
      checkPage(caller, input.page);
      const rememberedNote = input.note === undefined ? deleted.note(input.id, input.page) : undefined;
      const { value, changes } = await repo.putAnnotation(input, { scope: scope(caller), rememberedNote });
      deleted.forget(value.id);
      publish(changes);
      return view(caller, value);
    },
    'annotation/delete': async (req, caller) => {
      const id = readId(own(req, 'id'), 'id');
      const { value, changes } = await repo.deleteAnnotation(id, { scope: scope(caller) });
      deleted.remember(value);
      publish(changes);
      return view(caller, value);
    },
    'library/list': async () => repo.libraryList(),
    'library/annotations': async (req) => {
      const raw = own(req, 'pages');
      const pages =
        raw === undefined ? undefined : readArray(raw, 'pages', LIMITS.pagesPerRequest).map((p, i) => readPage(p, `pages[${i}]`));
      return repo.libraryAnnotations(pages);
    },
    'backup/import-items': async (req) => {
      // Everything is checked before the transaction starts: one bad item, nothing written.
      const notices = readArray(own(req, 'notices') ?? [], 'notices', LIMITS.importNotices).map((n, i) =>
        readNotice(n, `notices[${i}]`),
      );
      const annotations = readArray(own(req, 'annotations') ?? [], 'annotations', LIMITS.importAnnotations).map((a, i) =>
        readAnnotation(a, `annotations[${i}]`),
      );
      const { value, changes } = await repo.importItems(notices, annotations);
      publish(changes);
      return value;
    },
    'store/wipe': async () => {
      const { value, changes } = await repo.wipe();
      deleted.clear();
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
      if (typeof type !== 'string' || !(REQUEST_TYPES as readonly string[]).includes(type))
        throw new StoreError('bad-request', `Unknown request type: ${String(type).slice(0, 60)}`);
      if (caller.kind === 'content' && !(CONTENT_REQUEST_TYPES as readonly string[]).includes(type))
        throw new StoreError('forbidden', `A content script may not send ${type}.`);
      const value = await (ops[type as RequestType] as Op<RequestType>)(req, caller);
      return { ok: true, value };
    } catch (e) {
      return { ok: false, error: toErrorInfo(e) };
    }
  };
}
