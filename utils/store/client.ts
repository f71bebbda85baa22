/**
 * The message transport to the store in the background: one request and its
 * reply, and the change subscription over a port. Only utils/store/api.ts uses
 * it; everything else holds a `StoreApi` / `PageStoreApi`. Never throws: a
 * background that cannot be reached (extension reloaded, worker starting up
 * failed) comes back as `{ ok: false, error: { code: 'unavailable' } }`.
 */
import { browser } from 'wxt/browser';
import {
  PORT_NAME,
  type ChangeMessage,
  type Reply,
  type RequestOf,
  type RequestType,
  type SubscribeMessage,
} from './messages';

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
