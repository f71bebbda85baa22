/**
 * The typed sender used by content scripts and extension pages to reach the
 * store in the background, and the change subscription. Never throws: a
 * background that cannot be reached (extension reloaded, worker starting up
 * failed) comes back as `{ ok: false, error: { code: 'unavailable' } }`.
 *
 *   const r = await send({ type: 'annotations/list', page });
 *   if (r.ok) render(r.value); else showError(r.error);
 *
 * `sendFromContent` / `sendFromExtension` are the same function with narrower
 * types: a content script may only send its requests and gets redacted
 * annotations; an extension page gets full ones.
 */
import { browser } from 'wxt/browser';
import {
  PORT_NAME,
  type Audience,
  type ChangeMessage,
  type ContentRequestType,
  type Reply,
  type RequestOf,
  type RequestType,
  type SubscribeMessage,
} from './messages';

type Send<A extends Audience, K extends RequestType> = <T extends K>(req: RequestOf<T> & { type: T }) => Promise<Reply<T, A>>;

function isResult(v: unknown): v is Reply<RequestType> {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as { ok?: unknown; error?: unknown };
  return r.ok === true ? 'value' in r : r.ok === false && typeof r.error === 'object' && r.error !== null;
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export async function send<T extends RequestType>(req: RequestOf<T> & { type: T }): Promise<Reply<T>> {
  try {
    const reply: unknown = await browser.runtime.sendMessage(req);
    if (isResult(reply)) return reply as Reply<T>;
    return { ok: false, error: { code: 'unavailable', message: 'The background did not answer.' } };
  } catch (e) {
    return { ok: false, error: { code: 'unavailable', message: `Could not reach the background: ${describe(e)}` } };
  }
}

/** `send` for content scripts: their requests only, annotations without notes. */
export const sendFromContent = send as unknown as Send<'content', ContentRequestType>;
/** `send` for extension pages: annotations with notes. */
export const sendFromExtension = send as unknown as Send<'extension', RequestType>;

export interface SubscribeOptions {
  /** Called after the port had to be reopened (worker restarted): changes may have been missed, so refetch. */
  onReconnect?: () => void;
  retryMs?: number;
}

/**
 * Hears about committed writes to `pages` ('*' = all; extension pages only). A
 * content script always hears about its own page only, whatever it passes.
 * Returns the function that stops listening.
 */
export function subscribe(
  pages: string[] | '*',
  onChange: (change: ChangeMessage) => void,
  options: SubscribeOptions = {},
): () => void {
  let port: ReturnType<typeof browser.runtime.connect> | undefined;
  let closed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const open = (reconnect: boolean) => {
    if (closed) return;
    try {
      port = browser.runtime.connect({ name: PORT_NAME });
    } catch {
      return; // extension context invalidated (reloaded or updated): nothing to listen to any more
    }
    port.onMessage.addListener((m: unknown) => {
      const c = m as Partial<ChangeMessage> | null;
      if (c && c.type === 'changed' && typeof c.page === 'string' && Array.isArray(c.ids)) onChange(c as ChangeMessage);
    });
    port.onDisconnect.addListener(() => {
      port = undefined;
      if (!closed) timer = setTimeout(() => open(true), options.retryMs ?? 1000);
    });
    const message: SubscribeMessage = { type: 'subscribe', pages };
    port.postMessage(message);
    if (reconnect) options.onReconnect?.();
  };

  open(false);
  return () => {
    closed = true;
    if (timer !== undefined) clearTimeout(timer);
    port?.disconnect();
    port = undefined;
  };
}
