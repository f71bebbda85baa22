/**
 * The reader's settings, kept in the extension's `storage.local` (the extension's
 * own storage, never a website's) under one key. Pure over a small storage
 * interface, so the background, the library and tests share the same reading.
 * The store's rules (rememberOpened) are applied by the background alone; a notice
 * page reads only the colour meanings, to label its toolbar (utils/app/visit.tsx).
 */
import { COLORS, type Color } from './model';
import { DEFAULT_READING_LOOK, isReadingFontPx, isReadingWidth, type ReadingLook } from './page/reading-look';

/** What each highlight colour means to this reader (黄 = 重点 …); a colour without one is just a colour. */
export type ColorMeanings = Partial<Record<Color, string>>;

/** The longest meaning kept, in characters: a label on a toolbar button, not a note. */
export const MEANING_MAX_CHARS = 16;

export interface ReaderSettings {
  /**
   * "Remember the notices I open": store a notice's record on a mere visit, as a
   * reading history. Off by default: a notice is stored when the reader first
   * annotates it (highlight, note, directive status, page note).
   */
  rememberOpened: boolean;
  /** Named colours, set on the options page; none by default. */
  colorMeanings: ColorMeanings;
  /** The in-page panel left collapsed (Esc or ×) stays collapsed on the next notice. */
  panelCollapsed: boolean;
  /** The side of the window the in-page panel is docked to (its header's dock button). */
  panelDock: PanelDock;
  /** The reading view (on or off, font size, column width), the same on every notice (utils/page/reading-look.ts). */
  reading: ReadingLook;
}

export type PanelDock = 'right' | 'left';

export const DEFAULT_SETTINGS: ReaderSettings = { rememberOpened: false, colorMeanings: {}, panelCollapsed: false, panelDock: 'right', reading: DEFAULT_READING_LOOK };

export const SETTINGS_KEY = 'readerSettings';

/** The parts of `browser.storage.local` the settings need. */
export interface SettingsStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The stored settings, each field checked; anything missing or malformed is the default. */
export async function readReaderSettings(area: SettingsStorage): Promise<ReaderSettings> {
  return parseReaderSettings((await area.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

/** Settings from a stored value (also a `storage.onChanged` change's newValue), each field checked. */
export function parseReaderSettings(raw: unknown): ReaderSettings {
  const o = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    rememberOpened: o.rememberOpened === true,
    colorMeanings: cleanColorMeanings(o.colorMeanings),
    panelCollapsed: o.panelCollapsed === true,
    panelDock: o.panelDock === 'left' ? 'left' : 'right',
    reading: parseReadingLook(o.reading),
  };
}

function parseReadingLook(raw: unknown): ReadingLook {
  const o = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    on: o.on === true,
    fontPx: isReadingFontPx(o.fontPx) ? o.fontPx : DEFAULT_READING_LOOK.fontPx,
    width: isReadingWidth(o.width) ? o.width : DEFAULT_READING_LOOK.width,
  };
}

/**
 * Only the five colours, only strings; control characters and runs of white space become one space,
 * the ends are trimmed, the length is cut to MEANING_MAX_CHARS (whole code points); empty means none.
 * The text stays text: whoever shows it escapes it (Preact does).
 */
export function cleanColorMeanings(raw: unknown): ColorMeanings {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const out: ColorMeanings = {};
  for (const c of COLORS) {
    const v = (raw as Record<string, unknown>)[c];
    if (typeof v !== 'string') continue;
    // eslint-disable-next-line no-control-regex
    const text = [...v.replace(/[\u0000-\u001f\u007f-\u009f\s]+/g, ' ').trim()].slice(0, MEANING_MAX_CHARS).join('').trim();
    if (text) out[c] = text;
  }
  return out;
}

export async function writeReaderSettings(area: SettingsStorage, change: Partial<ReaderSettings>): Promise<ReaderSettings> {
  const next = parseReaderSettings({ ...(await readReaderSettings(area)), ...change });
  await area.set({ [SETTINGS_KEY]: next });
  return next;
}

/** The part of `browser.storage.onChanged` a page needs to follow the settings as the reader edits them. */
export interface SettingsChanges {
  addListener(fn: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
  removeListener(fn: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
}

/** Calls `onMeanings` with the stored colour meanings, then again on each change; returns the unsubscribe. */
export function followColorMeanings(area: SettingsStorage, changes: SettingsChanges, onMeanings: (m: ColorMeanings) => void): () => void {
  let stopped = false;
  const listener = (c: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && c[SETTINGS_KEY]) onMeanings(parseReaderSettings(c[SETTINGS_KEY].newValue).colorMeanings);
  };
  changes.addListener(listener);
  void readReaderSettings(area).then((s) => stopped || onMeanings(s.colorMeanings), () => {});
  return () => {
    stopped = true;
    changes.removeListener(listener);
  };
}
