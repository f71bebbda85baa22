/**
 * Who is asking: the background tells its callers apart from what the browser says of the sender
 * (never from the message). Our extension pages; our page framed into a web page's tab (the note
 * frame: scoped to that tab and to the one annotation its address names); a content script, limited
 * to the document it runs in. The rules they are held to are in handler.ts.
 */
import { isStoreId } from '../id';
import { isHttpUrl, normalizeNoticeUrl } from '../text/url';

/** The parts of `browser.runtime` the handler needs. */
export interface RuntimeLike {
  id: string;
  getURL(path: string): string;
}

/** The parts of a `runtime.MessageSender` the handler reads. */
export interface SenderLike {
  id?: string;
  url?: string;
  /** The sending document's origin (Chrome): what an about:blank or srcdoc frame inherited from its creator. */
  origin?: string;
  /** 0 for the tab's top document, another number for a frame in it. */
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export type Caller =
  | { kind: 'extension' }
  | { kind: 'content'; page: string | null }
  | { kind: 'framed'; tabPage: string | null; id: string | null };

const ORIGIN = /^[a-z][a-z0-9+.-]*:\/\/[^/]+\/$/i;

/** Who sent a message or opened a port, or null if it is not one of our own contexts. */
export function identifyCaller(sender: SenderLike | undefined, runtime: RuntimeLike): Caller | null {
  if (!sender || !runtime.id || sender.id !== runtime.id) return null;
  const origin = runtime.getURL('');
  if (ORIGIN.test(origin) && typeof sender.url === 'string' && isOwnPageUrl(sender.url, origin)) {
    // Our page as a frame inside a web page's tab: scoped to that tab (see the rules above).
    const framed = sender.tab !== undefined && ((sender.frameId ?? 0) !== 0 || isHttpUrl(sender.tab.url ?? ''));
    return framed ? { kind: 'framed', tabPage: senderTabPage(sender), id: frameAnnotationId(sender.url) } : { kind: 'extension' };
  }
  if (sender.tab) return { kind: 'content', page: senderPage(sender) };
  return null;
}

/**
 * Whether a sender with our extension id is one of our pages: under our origin, or (Chrome's
 * `use_dynamic_url`) under the per-session dynamic origin of our web-accessible pages, which has
 * the same scheme. Only our own contexts carry our id, and content scripts carry a web page's URL.
 */
function isOwnPageUrl(url: string, origin: string): boolean {
  if (url.startsWith(origin)) return true;
  const scheme = origin.slice(0, origin.indexOf('://') + 3);
  return url.startsWith(scheme) && DYNAMIC_HOST.test(url.slice(scheme.length));
}

/** A dynamic extension origin's host: a UUID (an extension id is 32 letters a–p, never this shape). */
const DYNAMIC_HOST = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\//i;

/** The annotation id a framed page's address names, when it is a well-formed store id. */
function frameAnnotationId(url: string): string | null {
  try {
    const id = new URL(url).searchParams.get('id');
    return id !== null && isStoreId(id) ? id : null;
  } catch {
    return null;
  }
}

/** The normalized URL of the tab's top-level page, as the browser reports it (null when it does not). */
export function senderTabPage(sender: SenderLike): string | null {
  const url = sender.tab?.url;
  return typeof url === 'string' && isHttpUrl(url) ? normalizeNoticeUrl(url) : null;
}

/**
 * A content script's own page: the document it runs in (`sender.url`, a frame's own URL in a frame),
 * never anything wider. A frame with no URL of its own (about:blank or about:srcdoc, filled by the page's
 * script) can already script the document that made it, so it is given the tab's page, but only when
 * the browser says it has that page's origin (`sender.origin`, Chrome); otherwise none.
 */
function senderPage(sender: SenderLike): string | null {
  const url = sender.url ?? sender.tab?.url;
  if (typeof url === 'string' && isHttpUrl(url)) return normalizeNoticeUrl(url);
  if (url !== 'about:blank' && url !== 'about:srcdoc') return null;
  const top = senderTabPage(sender);
  return top && typeof sender.origin === 'string' && new URL(top).origin === sender.origin ? top : null;
}
