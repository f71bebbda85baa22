/**
 * "Read this page as a notice": the reader's answer where detection said no. Detection keeps precision first (an
 * undated guidance page, a notice in a layout it has never met, is turned down rather than a homepage marked), so
 * the reader needs a way past a miss: the popup's button. The answer is kept per page (its notice key) in
 * storage.local, which the content script can read and page scripts cannot; the content script asks for it only on
 * a page with a prose body of its own that detection turned down, so list pages and homepages pay nothing.
 */
import { browser } from 'wxt/browser';
import type { Detection } from './page/detect';
import { PROSE_BODY } from './text/notice-score';

/** What of storage.local this needs (the browser's, or a fake in tests). */
export interface FlagStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** The extension's storage.local, where the answers are kept (content script, popup, background alike). */
export const extensionFlags = () => browser.storage.local as unknown as FlagStorage & AllFlags;

const PREFIX = 'readAsNotice:';

/** The reason a verdict the reader gave carries (NoticeVerdict.reasons). */
export const READ_AS_NOTICE = 'read as a notice: the reader asked';

/** The prose a turned-down page needs before the reader's answer is looked up: a body, not a list's blurb. */
const MIN_PROSE_TO_ASK = PROSE_BODY;

export async function isReadAsNotice(flags: FlagStorage, page: string): Promise<boolean> {
  if (!page) return false;
  const key = PREFIX + page;
  return (await flags.get(key))[key] === true;
}

export function setReadAsNotice(flags: FlagStorage, page: string, on: boolean): Promise<void> {
  const key = PREFIX + page;
  return on ? flags.set({ [key]: true }) : flags.remove(key);
}

/** Whether the reader's answer can matter: a page turned down that has a body to read. */
export function mayReadAsNotice(detection: Detection): boolean {
  return !detection.verdict.isNotice && (detection.content?.text ?? 0) >= MIN_PROSE_TO_ASK;
}

/** The detection with the reader's verdict, or null when the page has no body to read as one. */
export function readerVerdict(detection: Detection): Detection | null {
  if (!detection.content || detection.content.text < MIN_PROSE_TO_ASK) return null;
  // A copy that keeps detection's facts read on first use (a getter).
  const forced = Object.create(Object.getPrototypeOf(detection) as object, Object.getOwnPropertyDescriptors(detection)) as Detection;
  forced.verdict = { isNotice: true, score: detection.verdict.score, reasons: [...detection.verdict.reasons, READ_AS_NOTICE] };
  forced.unsure = false;
  forced.readerAsked = true;
  return forced;
}

/** What clearing every answer needs of storage.local. */
interface AllFlags {
  get(key: null): Promise<Record<string, unknown>>;
  remove(keys: string[]): Promise<void>;
}

/** Every page read as a notice at the reader's request (the backup file keeps them). */
export async function listReadAsNotice(all: AllFlags): Promise<string[]> {
  return Object.keys(await all.get(null)).filter((k) => k.startsWith(PREFIX)).map((k) => k.slice(PREFIX.length)).sort();
}

/** Reads these pages as notices again (a restored backup), in one write; answers already given stay. */
export async function restoreReadAsNotice(flags: FlagStorage, pages: string[]): Promise<void> {
  if (pages.length) await flags.set(Object.fromEntries(pages.map((page) => [PREFIX + page, true])));
}

/** Forgets every page's answer (the library's "delete everything"). */
export async function clearReadAsNotice(all: AllFlags): Promise<void> {
  const keys = Object.keys(await all.get(null)).filter((k) => k.startsWith(PREFIX));
  if (keys.length) await all.remove(keys);
}
