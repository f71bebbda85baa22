/**
 * The reader's "read this page as a notice": kept per page, asked for only where it can matter, and a verdict that
 * says whose it is (the popup and the content script: tests/e2e/read-as-notice.e2e.ts).
 */
import { describe, expect, it } from 'vitest';
import { READ_AS_NOTICE, clearReadAsNotice, isReadAsNotice, listReadAsNotice, restoreReadAsNotice, mayReadAsNotice, readerVerdict, setReadAsNotice, type FlagStorage } from '../../utils/read-as-notice';
import type { Detection } from '../../utils/page/detect';

function fakeStorage(): FlagStorage & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    set: async (items) => void Object.assign(data, items),
    remove: async (key) => void delete data[key],
  };
}

function detection(text: number, isNotice = false): Detection {
  let factsRead = 0;
  return {
    content: text ? ({ root: {} as Element, text } as Detection['content']) : null,
    verdict: { isNotice, score: 5, reasons: ['+3 long prose body', 'no title, date or document labels'] },
    start: 0, detectMs: 1, unsure: false,
    get factsSource() {
      factsRead++;
      return { info: [`read ${factsRead}`] } as unknown as Detection['factsSource'];
    },
  };
}

describe('the kept answer', () => {
  it('is per page, and can be taken back', async () => {
    const flags = fakeStorage();
    expect(await isReadAsNotice(flags, 'https://www.epa.gov/cleanschoolbus/reporting')).toBe(false);
    await setReadAsNotice(flags, 'https://www.epa.gov/cleanschoolbus/reporting', true);
    expect(await isReadAsNotice(flags, 'https://www.epa.gov/cleanschoolbus/reporting')).toBe(true);
    expect(await isReadAsNotice(flags, 'https://www.epa.gov/cleanschoolbus/grants')).toBe(false);
    await setReadAsNotice(flags, 'https://www.epa.gov/cleanschoolbus/reporting', false);
    expect(await isReadAsNotice(flags, 'https://www.epa.gov/cleanschoolbus/reporting')).toBe(false);
    expect(flags.data).toEqual({});
  });
  it('is forgotten with everything else, the other settings kept', async () => {
    const data: Record<string, unknown> = { 'readAsNotice:https://www.epa.gov/a': true, 'readAsNotice:https://www.epa.gov/b': true, readerSettings: { rememberOpened: true } };
    await clearReadAsNotice({ get: async () => ({ ...data }), remove: async (keys) => keys.forEach((k) => delete data[k]) });
    expect(data).toEqual({ readerSettings: { rememberOpened: true } });
  });
  it('is listed for the backup, and restored from it in one write beside the answers already given', async () => {
    const data: Record<string, unknown> = { 'readAsNotice:https://www.epa.gov/b': true, 'readAsNotice:https://www.epa.gov/a': true, readerSettings: { rememberOpened: true } };
    expect(await listReadAsNotice({ get: async () => ({ ...data }), remove: async () => {} })).toEqual(['https://www.epa.gov/a', 'https://www.epa.gov/b']);
    const flags = fakeStorage();
    let writes = 0;
    const counted = { ...flags, set: async (items: Record<string, unknown>) => (writes++, flags.set(items)) };
    await setReadAsNotice(flags, 'https://www.hud.gov/lead', true);
    await restoreReadAsNotice(counted, ['https://www.epa.gov/a', 'https://www.epa.gov/b']);
    expect(writes).toBe(1);
    for (const page of ['https://www.hud.gov/lead', 'https://www.epa.gov/a', 'https://www.epa.gov/b']) expect(await isReadAsNotice(flags, page)).toBe(true);
    await restoreReadAsNotice(counted, []);
    expect(writes).toBe(1);
  });
  it('is never looked up for a page without a key', async () => {
    expect(await isReadAsNotice(fakeStorage(), '')).toBe(false);
  });
});

describe('the verdict', () => {
  it('is asked for only on a turned-down page with a body', () => {
    expect(mayReadAsNotice(detection(900))).toBe(true);
    expect(mayReadAsNotice(detection(900, true))).toBe(false);
    expect(mayReadAsNotice(detection(60))).toBe(false);
    expect(mayReadAsNotice(detection(0))).toBe(false);
  });
  it('makes the page a notice and says the reader asked, keeping detection\'s facts read on first use', () => {
    const d = detection(900);
    const forced = readerVerdict(d)!;
    expect(forced.verdict.isNotice).toBe(true);
    expect(forced.verdict.reasons).toEqual(['+3 long prose body', 'no title, date or document labels', READ_AS_NOTICE]);
    expect(forced.content).toBe(d.content);
    expect(forced.factsSource.info).toEqual(['read 1']);
    // The page's own detection is left as it was.
    expect(d.verdict.isNotice).toBe(false);
  });
  it('is no notice where there is no body to read', () => {
    expect(readerVerdict(detection(60))).toBeNull();
    expect(readerVerdict(detection(0))).toBeNull();
  });
});
