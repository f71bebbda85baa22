/**
 * The reader's settings, kept in the extension's `storage.local` (the extension's
 * own storage, never a website's) under one key. Pure over a small storage
 * interface, so the background, the library and tests share the same reading.
 * Content scripts never read them: the background applies them.
 */

export interface ReaderSettings {
  /**
   * "Remember the notices I open": store a notice's record on a mere visit, as a
   * reading history. Off by default: a notice is stored when the reader first
   * annotates it (highlight, note, directive status, page note).
   */
  rememberOpened: boolean;
}

export const DEFAULT_SETTINGS: ReaderSettings = { rememberOpened: false };

export const SETTINGS_KEY = 'readerSettings';

/** The parts of `browser.storage.local` the settings need. */
export interface SettingsStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The stored settings, each field checked; anything missing or malformed is the default. */
export async function readReaderSettings(storage: SettingsStorage): Promise<ReaderSettings> {
  const raw = (await storage.get(SETTINGS_KEY))[SETTINGS_KEY];
  const o = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return { rememberOpened: o.rememberOpened === true };
}

export async function writeReaderSettings(storage: SettingsStorage, change: Partial<ReaderSettings>): Promise<ReaderSettings> {
  const next = { ...(await readReaderSettings(storage)), ...change };
  await storage.set({ [SETTINGS_KEY]: next });
  return next;
}
