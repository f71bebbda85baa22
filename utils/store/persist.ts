/**
 * Asks the browser once to keep the extension's storage (IndexedDB) persistent,
 * so it is not evicted under storage pressure with the reader's notes in it.
 * `navigator.storage.persist()` exists only in windows (the library page; not in
 * Chrome's service worker), and the browser may ask the reader, so it is asked
 * once, remembered in storage.local, and never again after an answer.
 */
import type { SettingsStorage } from '../reader-settings';

/** The parts of `navigator.storage` (StorageManager) used here. */
interface PersistApi {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

const PERSIST_ASKED_KEY = 'storagePersistAsked';

type PersistOutcome = 'persisted' | 'granted' | 'denied' | 'asked-before' | 'unavailable';

export async function requestPersistenceOnce(manager: PersistApi | undefined, area: SettingsStorage): Promise<PersistOutcome> {
  if (typeof manager?.persist !== 'function') return 'unavailable';
  if (typeof manager.persisted === 'function' && (await manager.persisted())) return 'persisted';
  if ((await area.get(PERSIST_ASKED_KEY))[PERSIST_ASKED_KEY] !== undefined) return 'asked-before';
  // Remembered before asking: a prompt the reader leaves open must not come back on the next visit.
  await area.set({ [PERSIST_ASKED_KEY]: new Date().toISOString() });
  return (await manager.persist()) ? 'granted' : 'denied';
}
