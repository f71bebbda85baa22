/** The panel's collapsed state in the reader settings (utils/reader-settings.ts): kept beside the other settings. */
import { describe, expect, it } from 'vitest';
import { parseReaderSettings, readReaderSettings, writeReaderSettings, type SettingsStorage } from '../../utils/reader-settings';

function memory(): SettingsStorage & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return { data, get: async (k) => (k in data ? { [k]: data[k] } : {}), set: async (items) => void Object.assign(data, items) };
}

describe('panelCollapsed', () => {
  it('is off by default, and remembered when written without touching the other settings', async () => {
    const storage = memory();
    expect((await readReaderSettings(storage)).panelCollapsed).toBe(false);
    await writeReaderSettings(storage, { rememberOpened: true, colorMeanings: { yellow: '重点' } });
    await writeReaderSettings(storage, { panelCollapsed: true });
    expect(await readReaderSettings(storage)).toEqual({ rememberOpened: true, colorMeanings: { yellow: '重点' }, panelCollapsed: true, panelDock: 'right', reading: { on: false, fontPx: 18, width: 'medium' } });
    await writeReaderSettings(storage, { panelCollapsed: false });
    expect((await readReaderSettings(storage)).panelCollapsed).toBe(false);
  });

  it('takes only a real true', () => {
    expect(parseReaderSettings({ panelCollapsed: true }).panelCollapsed).toBe(true);
    for (const v of ['true', 1, null, {}]) expect(parseReaderSettings({ panelCollapsed: v }).panelCollapsed, String(v)).toBe(false);
  });
});
