// @vitest-environment node
/**
 * Keeping the notes: persistent storage is requested once, and a full disk or
 * quota (QuotaExceededError from IndexedDB) is one clear, translated message
 * with nothing written half.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../../utils/i18n';
import { readReaderSettings, writeReaderSettings, SETTINGS_KEY, type SettingsStorage } from '../../utils/reader-settings';
import { storeErrorText } from '../../utils/store/error-text';
import { requestPersistenceOnce } from '../../utils/store/persist';
import { PAGE_A, annotation, contentScript, errorOf, notice, setup, value } from './store-helpers';

function memoryStorage(initial: Record<string, unknown> = {}): SettingsStorage & { items: Record<string, unknown> } {
  const items = { ...initial };
  return {
    items,
    get: async (key) => (key in items ? { [key]: items[key] } : {}),
    set: async (more) => void Object.assign(items, more),
  };
}

describe('navigator.storage.persist()', () => {
  it('is requested once, and never again after an answer', async () => {
    const storage = memoryStorage();
    const manager = { persisted: vi.fn(async () => false), persist: vi.fn(async () => false) };
    expect(await requestPersistenceOnce(manager, storage)).toBe('denied');
    expect(await requestPersistenceOnce(manager, storage)).toBe('asked-before');
    expect(await requestPersistenceOnce(manager, storage)).toBe('asked-before');
    expect(manager.persist).toHaveBeenCalledTimes(1);
    expect(storage.items.storagePersistAsked).toBeTypeOf('string');
  });

  it('reports a grant', async () => {
    const manager = { persisted: async () => false, persist: vi.fn(async () => true) };
    expect(await requestPersistenceOnce(manager, memoryStorage())).toBe('granted');
  });

  it('is not requested when storage is already persistent, or where the API does not exist (a service worker)', async () => {
    const storage = memoryStorage();
    const persist = vi.fn(async () => true);
    expect(await requestPersistenceOnce({ persisted: async () => true, persist }, storage)).toBe('persisted');
    expect(await requestPersistenceOnce({}, storage)).toBe('unavailable');
    expect(await requestPersistenceOnce(undefined, storage)).toBe('unavailable');
    expect(persist).not.toHaveBeenCalled();
    expect(storage.items).toEqual({});
  });
});

describe('the reader setting "remember the notices I open"', () => {
  it('is off by default and when stored malformed; on once written', async () => {
    expect(await readReaderSettings(memoryStorage())).toMatchObject({ rememberOpened: false });
    expect(await readReaderSettings(memoryStorage({ [SETTINGS_KEY]: { rememberOpened: 'yes' } }))).toMatchObject({ rememberOpened: false });
    expect(await readReaderSettings(memoryStorage({ [SETTINGS_KEY]: 'on' }))).toMatchObject({ rememberOpened: false });
    const storage = memoryStorage();
    expect(await writeReaderSettings(storage, { rememberOpened: true })).toMatchObject({ rememberOpened: true });
    expect(await readReaderSettings(storage)).toMatchObject({ rememberOpened: true });
  });
});

const spies: ReturnType<typeof vi.spyOn>[] = [];
afterEach(() => {
  for (const s of spies.splice(0)) s.mockRestore();
});

/** A fake IndexedDB whose every put throws QuotaExceededError, as a full disk makes it. */
function fullDisk() {
  spies.push(
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }),
  );
}

describe('a full disk', () => {
  it('gives the quota code and a clear message, in the reader\'s language, and writes nothing', async () => {
    const { call, asContent } = setup({ rememberOpened: true });
    const kept = value(await call({ type: 'annotation/put', annotation: annotation({ note: '保留' }) }));
    fullDisk();
    const tab = contentScript(PAGE_A);
    const put = errorOf(await asContent({ type: 'annotation/put', annotation: annotation(), notice: notice() }, tab));
    const save = errorOf(await asContent({ type: 'notice/save', notice: notice() }, tab));
    for (const e of [put, save]) {
      expect(e.code).toBe('quota');
      expect(storeErrorText(translator('en'), e)).toBe("Storage is full (the disk or the browser's quota); nothing was saved. Free some space and try again.");
      expect(storeErrorText(translator('zh'), e)).toBe('存储空间已满（磁盘或浏览器配额），没有保存任何内容。请释放空间后重试。');
    }
    spies.splice(0).forEach((s) => s.mockRestore());
    expect(value(await call({ type: 'library/annotations' }))).toEqual([kept]);
    expect(value(await call({ type: 'library/list' })).map((e) => e.notice)).toEqual([null]);
  });

  it('other codes are worded from the catalog too, never with the message the background sent', () => {
    const t = translator('en');
    expect(storeErrorText(t, { code: 'aborted', message: 'x' })).toBe('The save was interrupted and rolled back; nothing was saved. Try again.');
    const refused = { code: 'invalid', message: 'annotation.color: bad-color', path: 'annotation.color', problem: { message: 'bkUnknownValue', params: { what: 'bad-color', value: 'red', allowed: ['yellow'] } } } as const;
    expect(storeErrorText(t, refused)).toBe('Unknown colour red (allowed: yellow) (annotation.color).');
  });
});
