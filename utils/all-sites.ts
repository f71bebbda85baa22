/**
 * "Run on all sites": one opt-in for government sites outside the official
 * suffixes. The mode IS the optional all-sites host permission: whoever granted it
 * (the popup, the options page, the browser's own site-access menu, a managed
 * policy at install), the background registers one dynamic content script for
 * every site but the official ones (they have the static script) and the sites
 * enabled one by one (they have their own registration) — never two content
 * scripts in one page — and unregisters it when the permission goes.
 *
 * Takes the browser APIs as a parameter so unit tests can pass fakes.
 */
import { CONTENT_RUN_AT, CONTENT_SCRIPT_FILE, enabledSites, sitePattern, APP_SCRIPT_FILE, JUDGE_SCRIPT_FILE, sameScriptFiles } from './enable-site';
import { OFFICIAL_MATCHES } from './official-domains';
import { LOAD_APP, NOTICE_FILES, type NoticeFile } from './all-sites-page';

const ALL_SITES_ORIGIN = '*://*/*';
const ALL_SITES_SCRIPT_ID = 'notice-lens-all-sites';
/**
 * all-sites-mode.js tells the content script why it runs (utils/all-sites-page.ts); government-judge.js gives it the
 * rules to tell a government's site (utils/page/site-judge.ts).
 */
const ALL_SITES_FILES = ['all-sites-mode.js', JUDGE_SCRIPT_FILE, CONTENT_SCRIPT_FILE];

interface AllSitesScript {
  id: string;
  matches: string[];
  excludeMatches: string[];
  js: string[];
  runAt: typeof CONTENT_RUN_AT;
  persistAcrossSessions?: boolean;
}

export interface AllSitesApis {
  permissions: {
    request(p: { origins: string[] }): Promise<boolean>;
    remove(p: { origins: string[] }): Promise<boolean>;
    contains(p: { origins: string[] }): Promise<boolean>;
  };
  scripting: {
    registerContentScripts(scripts: AllSitesScript[]): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string; excludeMatches?: string[]; js?: string[]; runAt?: string }[]>;
  };
  storage: { get(key: string): Promise<Record<string, unknown>> };
}

function allSitesScript(enabledHosts: string[]): AllSitesScript {
  return {
    id: ALL_SITES_SCRIPT_ID,
    matches: [ALL_SITES_ORIGIN],
    excludeMatches: [...OFFICIAL_MATCHES, ...enabledHosts.map(sitePattern)],
    js: ALL_SITES_FILES,
    runAt: CONTENT_RUN_AT,
  };
}

export function isAllSitesOn(api: Pick<AllSitesApis, 'permissions'>): Promise<boolean> {
  return api.permissions.contains({ origins: [ALL_SITES_ORIGIN] });
}

/**
 * Turns the mode on. MUST be called straight from a click handler, before any other
 * await: the permission prompt needs the reader's gesture. The background registers
 * the script when the browser reports the new permission. False when declined.
 */
export function turnOnAllSites(api: Pick<AllSitesApis, 'permissions'>): Promise<boolean> {
  return api.permissions.request({ origins: [ALL_SITES_ORIGIN] });
}

/** Turns the mode off: gives the permission up (a permission the manifest requires cannot be, and this throws). */
export function turnOffAllSites(api: Pick<AllSitesApis, 'permissions'>): Promise<boolean> {
  return api.permissions.remove({ origins: [ALL_SITES_ORIGIN] });
}

/** The same patterns, in any order (a set of sites). */
const sameSet = (a: string[] | undefined, b: string[]) => (a ?? []).length === b.length && b.every((x) => (a ?? []).includes(x));

/**
 * Makes the registration follow the permission: registered (excluding the official
 * and the enabled sites) while it is granted, gone otherwise. Returns whether the mode is on.
 */
async function syncAllSites(api: AllSitesApis): Promise<boolean> {
  const on = await isAllSitesOn(api);
  const [current] = await api.scripting.getRegisteredContentScripts({ ids: [ALL_SITES_SCRIPT_ID] });
  if (!on) {
    if (current) await api.scripting.unregisterContentScripts({ ids: [ALL_SITES_SCRIPT_ID] });
    return false;
  }
  const want = allSitesScript(await enabledSites(api as Parameters<typeof enabledSites>[0]));
  if (current && sameSet(current.excludeMatches, want.excludeMatches) && sameScriptFiles(current.js, want.js) && current.runAt === want.runAt) return true;
  if (current) await api.scripting.unregisterContentScripts({ ids: [ALL_SITES_SCRIPT_ID] });
  try {
    await api.scripting.registerContentScripts([{ ...want, persistAcrossSessions: true }]);
  } catch {
    // Older Firefox refuses persistAcrossSessions; the background syncs again at every start there.
    await api.scripting.registerContentScripts([want]);
  }
  return true;
}

/** One sync at a time: start-up, install and permission events can arrive together. */
export function serialSync(api: () => AllSitesApis): () => Promise<boolean> {
  let queue: Promise<boolean> = Promise.resolve(false);
  return () => (queue = queue.then(() => syncAllSites(api()), () => syncAllSites(api())).catch(() => false));
}

export interface LoadAppSender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
}

export interface InjectApi {
  executeScript(d: { target: { tabId: number; frameIds: number[] }; files: string[] }): Promise<unknown>;
}

/**
 * The content script's request for notice-app.js (or notice-marks.js, second-opinion.js) on a site where it
 * cannot import it (utils/all-sites-page.ts): injected into the asking frame only. Returns like a
 * runtime.onMessage listener: true when it will answer.
 */
export function answerLoadApp(message: unknown, sender: LoadAppSender, ownId: string, scripting: InjectApi, sendResponse: (r: unknown) => void): boolean {
  const m = message as { type?: unknown; file?: unknown } | null;
  if (m?.type !== LOAD_APP) return false;
  const tabId = sender.tab?.id;
  if (sender.id !== ownId || tabId === undefined) return false;
  // Only the bundles made for notices, never a file the message names otherwise; no file: the app (older callers).
  const file = NOTICE_FILES.includes(m.file as NoticeFile) ? (m.file as NoticeFile) : APP_SCRIPT_FILE;
  scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [file] }).then(
    () => sendResponse({ ok: true }),
    () => sendResponse({ ok: false }),
  );
  return true;
}
