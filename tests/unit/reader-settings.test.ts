/**
 * utils/reader-settings.ts, the named colours (issue 12): what a reader types on the options page is kept
 * as short plain text per colour, anything else stored there is dropped, and a page follows the edits.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  MEANING_MAX_CHARS, SETTINGS_KEY, cleanColorMeanings, followColorMeanings, readReaderSettings, writeReaderSettings,
  type SettingsChanges, type SettingsStorage,
} from '../../utils/reader-settings';

function memoryStorage(items: Record<string, unknown> = {}): SettingsStorage & { items: Record<string, unknown> } {
  return {
    items,
    get: async (key) => (key in items ? { [key]: structuredClone(items[key]) } : {}),
    set: async (more) => void Object.assign(items, structuredClone(more)),
  };
}

describe('colour meanings', () => {
  it('are none by default, and none when stored malformed', async () => {
    expect((await readReaderSettings(memoryStorage())).colorMeanings).toEqual({});
    for (const bad of ['重点', ['重点'], null, 42]) {
      expect((await readReaderSettings(memoryStorage({ [SETTINGS_KEY]: { colorMeanings: bad } }))).colorMeanings).toEqual({});
    }
  });

  it('keep the five colours only, strings only, trimmed, and drop empty ones', () => {
    expect(cleanColorMeanings({ yellow: ' 重点 ', blue: '疑问', green: '', pink: 7, purple: '   ', red: '紧急' }))
      .toEqual({ yellow: '重点', blue: '疑问' });
  });

  it('fold line breaks, tabs and control characters into single spaces', () => {
    expect(cleanColorMeanings({ green: '落\n\n实\t跟进\u0000\u0007了' })).toEqual({ green: '落 实 跟进 了' });
  });

  it(`are cut to ${MEANING_MAX_CHARS} characters, never inside a character outside the BMP`, () => {
    expect(MEANING_MAX_CHARS).toBe(16);
    expect(cleanColorMeanings({ yellow: '一二三四五六七八九十甲乙丙丁戊己庚辛' }).yellow).toBe('一二三四五六七八九十甲乙丙丁戊己');
    const emoji = cleanColorMeanings({ yellow: `${'字'.repeat(15)}😀😀` }).yellow!;
    expect(emoji).toBe(`${'字'.repeat(15)}😀`);
    expect([...emoji]).toHaveLength(16);
  });

  it('keep markup as text (shown escaped, never parsed)', () => {
    expect(cleanColorMeanings({ pink: '<b>重点</b>' })).toEqual({ pink: '<b>重点</b>' });
  });

  it('are written cleaned, next to the other setting, and read back', async () => {
    const storage = memoryStorage({ [SETTINGS_KEY]: { rememberOpened: true } });
    const written = await writeReaderSettings(storage, { colorMeanings: { yellow: ' 重点', blue: '疑问\n', green: '' } });
    // (toMatchObject for the other fields the settings hold; the meanings themselves compared exactly.)
    expect(written).toMatchObject({ rememberOpened: true });
    expect(written.colorMeanings).toEqual({ yellow: '重点', blue: '疑问' });
    expect((storage.items[SETTINGS_KEY] as { colorMeanings: unknown }).colorMeanings).toEqual({ yellow: '重点', blue: '疑问' });
    // Changing the other setting keeps the meanings.
    await writeReaderSettings(storage, { rememberOpened: false });
    const back = await readReaderSettings(storage);
    expect(back.rememberOpened).toBe(false);
    expect(back.colorMeanings).toEqual({ yellow: '重点', blue: '疑问' });
  });
});

describe('followColorMeanings', () => {
  function changes() {
    const listeners = new Set<Parameters<SettingsChanges['addListener']>[0]>();
    const api: SettingsChanges = { addListener: (fn) => void listeners.add(fn), removeListener: (fn) => void listeners.delete(fn) };
    const fire = (newValue: unknown, area = 'local', key = SETTINGS_KEY) => listeners.forEach((fn) => fn({ [key]: { newValue } }, area));
    return { api, fire, listeners };
  }

  it('gives the stored meanings, then each change to them, cleaned, until stopped', async () => {
    const { api, fire, listeners } = changes();
    const seen = vi.fn();
    const stop = followColorMeanings(memoryStorage({ [SETTINGS_KEY]: { colorMeanings: { yellow: '重点' } } }), api, seen);
    await vi.waitFor(() => expect(seen).toHaveBeenCalledTimes(1));
    expect(seen).toHaveBeenLastCalledWith({ yellow: '重点' });
    fire({ colorMeanings: { green: ' 落实 ', blue: 3 } });
    expect(seen).toHaveBeenLastCalledWith({ green: '落实' });
    // Other storage areas and other keys are not the settings.
    fire({ colorMeanings: { pink: 'x' } }, 'sync');
    fire({ colorMeanings: { pink: 'x' } }, 'local', 'enabledSites');
    expect(seen).toHaveBeenCalledTimes(2);
    stop();
    expect(listeners.size).toBe(0);
  });
});
