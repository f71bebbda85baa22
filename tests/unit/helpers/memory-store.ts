/**
 * The store in memory for tests: the background's real handler and change hub over fake-indexeddb,
 * reached through the same `StoreApi` / `PageStoreApi` the extension uses, as a given caller. So a
 * content script's API here is held to the real rules (its own page only, notes redacted).
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { pageStoreApi, storeApi, type StoreTransport } from '../../../utils/store/api';
import type { SenderLike } from '../../../utils/store/callers';
import { ChangeHub, type PortLike } from '../../../utils/store/changes';
import { lazyDb } from '../../../utils/store/db';
import { createHandler } from '../../../utils/store/handler';
import { PORT_NAME, type ChangeMessage, type Reply } from '../../../utils/store/messages';
import { Repository } from '../../../utils/store/repository';
import { normalizeNoticeUrl } from '../../../utils/text/url';

const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const RUNTIME = { id: EXT_ID, getURL: (p: string) => `chrome-extension://${EXT_ID}/${p.replace(/^\//, '')}` };
const SIDE_PANEL: SenderLike = { id: EXT_ID, url: RUNTIME.getURL('/sidepanel.html') };

/** A fresh, empty store. `rememberOpened`: the reader's option "remember the notices I open". */
export function memoryStore(settings: { rememberOpened?: boolean } = {}) {
  globalThis.indexedDB = new IDBFactory();
  const hub = new ChangeHub(RUNTIME);
  const handle = createHandler({
    repo: new Repository(lazyDb()),
    runtime: RUNTIME,
    publish: (changes) => hub.publish(changes),
    rememberOpened: async () => settings.rememberOpened ?? false,
  });

  const transportAs = (sender: SenderLike): StoreTransport => ({
    // Cloned both ways, as a message between contexts is.
    send: (async (req: unknown) => structuredClone(await handle(structuredClone(req), sender))) as unknown as StoreTransport['send'],
    subscribe: (pages, onChange) => {
      const fromClient: ((m: unknown) => void)[] = [];
      const onClose: (() => void)[] = [];
      const port: PortLike = {
        name: PORT_NAME,
        sender,
        postMessage: (m) => queueMicrotask(() => onChange(structuredClone(m) as ChangeMessage)),
        disconnect: () => {},
        onMessage: { addListener: (cb) => void fromClient.push(cb) },
        onDisconnect: { addListener: (cb) => void onClose.push(cb) },
      };
      if (!hub.connect(port)) return () => {};
      for (const cb of fromClient) cb({ type: 'subscribe', pages });
      return () => onClose.forEach((cb) => cb());
    },
  });

  return {
    handle: handle as (message: unknown, sender: SenderLike) => Promise<Reply<never>>,
    /** An extension page's API (side panel, library, popup). */
    extension: () => storeApi(transportAs(SIDE_PANEL)),
    /** The API of a content script running on `url`. */
    page: (url: string, describe?: Parameters<typeof pageStoreApi>[2]) =>
      pageStoreApi(normalizeNoticeUrl(url), transportAs({ id: EXT_ID, url, tab: { id: 3, url } }), describe),
  };
}
