/**
 * "Enable Notice Lens on this site" for sites outside the official-domain list:
 * an optional host permission granted at run time plus a dynamically registered
 * copy of the same content script, remembered in storage.local so both can be
 * restored (or cleaned up) when the browser starts. Disabling removes both.
 *
 * Takes the browser APIs as a parameter so unit tests can pass fakes.
 */
import { isOfficialHost } from './official-domains';
import { siteHost } from './text/url';

/**
 * The built content script (WXT's output path); it injects its own CSS into its shadow root. On a notice it
 * loads notice-marks.js and notice-app.js: on official domains with import(), which only they may
 * (web_accessible_resources); on a site the reader enabled, that import is refused and the background injects
 * them into the frame (utils/app/load-bundle.ts), so the site's other pages load nothing more than this script.
 */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';
export const APP_SCRIPT_FILE = 'notice-app.js';
/** The government-site rules, needed off the official suffixes only (utils/page/site-judge.ts): registered first. */
export const JUDGE_SCRIPT_FILE = 'government-judge.js';
/**
 * When the content script starts, everywhere it is registered (the manifest's, a site's, all sites'). Not
 * document_idle: Chrome runs idle scripts at the page's `load` or 200 ms after DOMContentLoaded, whichever comes
 * first, and an official page's images and counters hold `load` back, so the marks came 200 ms after
 * DOMContentLoaded on most real pages. At document_end the script starts right after DOMContentLoaded
 * (runContentScript then lets the tasks the page queued at that moment run first, and watches for a body that
 * arrives later from before its first reading; docs/decisions.md, "document_end, again").
 */
export const CONTENT_RUN_AT = 'document_end' as const;
/**
 * Registrations of older versions (notice-app.js before the content script, or the content script alone, from
 * before the rules moved to government-judge.js) are renewed.
 */
const SITE_SCRIPT_FILES = [JUDGE_SCRIPT_FILE, CONTENT_SCRIPT_FILE];
const STORAGE_KEY = 'enabledSites';
const ID_PREFIX = 'notice-lens-site:';

interface Registered {
  id: string;
  matches?: string[];
  js?: string[];
  runAt?: string;
}

export interface SiteApis {
  permissions: {
    request(p: { origins: string[] }): Promise<boolean>;
    remove(p: { origins: string[] }): Promise<boolean>;
    contains(p: { origins: string[] }): Promise<boolean>;
  };
  scripting: {
    registerContentScripts(scripts: {
      id: string; matches: string[]; js: string[]; runAt: typeof CONTENT_RUN_AT; allFrames?: boolean;
      persistAcrossSessions?: boolean;
    }[]): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<Registered[]>;
  };
  storage: {
    get(key: string): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
  };
}

export type SiteState = 'official' | 'enabled' | 'disabled' | 'unsupported';

/** The match pattern (and permission origin) for a host: both schemes, any path. */
export function sitePattern(host: string): string {
  return `*://${host}/*`;
}

function scriptId(host: string): string {
  return `${ID_PREFIX}${host}`;
}

export async function enabledSites(api: SiteApis): Promise<string[]> {
  const v = (await api.storage.get(STORAGE_KEY))[STORAGE_KEY];
  return Array.isArray(v) ? v.filter((h): h is string => typeof h === 'string') : [];
}

async function saveSites(api: SiteApis, hosts: string[]): Promise<void> {
  await api.storage.set({ [STORAGE_KEY]: [...new Set(hosts)].sort() });
}

export async function siteState(api: SiteApis, url: string | undefined): Promise<SiteState> {
  const host = siteHost(url);
  if (!host) return 'unsupported';
  if (isOfficialHost(host)) return 'official';
  return (await enabledSites(api)).includes(host) ? 'enabled' : 'disabled';
}

/**
 * A registration's files against the ones wanted: the same, in the same order (each script hands over to the next:
 * the mode, the judge, then detection). Shared with the registration for all sites (utils/all-sites.ts).
 */
export function sameScriptFiles(registered: string[] | undefined, wanted: readonly string[]): boolean {
  return registered?.length === wanted.length && registered.every((file, i) => file === wanted[i]);
}

async function register(api: SiteApis, host: string): Promise<void> {
  const id = scriptId(host);
  const [current] = await api.scripting.getRegisteredContentScripts({ ids: [id] });
  if (current && sameScriptFiles(current.js, SITE_SCRIPT_FILES) && current.runAt === CONTENT_RUN_AT) return;
  // Registered by an older version with other files or another start (they persist across updates): registered afresh.
  if (current) await api.scripting.unregisterContentScripts({ ids: [id] });
  // Like the official sites' script, every frame of the site (framed 信息公开 bodies, utils/frames/); frames
  // without a URL of their own (about:blank, srcdoc) need the manifest's match_about_blank, official sites only.
  const script = { id, matches: [sitePattern(host)], js: SITE_SCRIPT_FILES, runAt: CONTENT_RUN_AT, allFrames: true };
  try {
    await api.scripting.registerContentScripts([{ ...script, persistAcrossSessions: true }]);
  } catch {
    // Older Firefox refuses persistAcrossSessions; syncSites re-registers at every start there.
    await api.scripting.registerContentScripts([script]);
  }
}

/**
 * Enables a site. MUST be called straight from a click handler, before any other
 * await: `permissions.request` needs the user's gesture, which an earlier await
 * would spend. Returns false when the reader declined.
 */
export async function enableSite(api: SiteApis, url: string): Promise<boolean> {
  const host = siteHost(url);
  if (!host || isOfficialHost(host)) return false;
  const granted = await api.permissions.request({ origins: [sitePattern(host)] });
  if (!granted) return false;
  await register(api, host);
  await saveSites(api, [...(await enabledSites(api)), host]);
  return true;
}

/** Disables a site: the registered script, the host permission and the stored entry all go. */
export async function disableSite(api: SiteApis, url: string): Promise<void> {
  const host = siteHost(url);
  if (!host) return;
  await api.scripting.unregisterContentScripts({ ids: [scriptId(host)] }).catch(() => {});
  await api.permissions.remove({ origins: [sitePattern(host)] }).catch(() => false);
  await saveSites(api, (await enabledSites(api)).filter((h) => h !== host));
}

/**
 * Makes registrations agree with the stored list, at start-up and when a
 * permission is revoked in the browser's settings: a stored site whose permission
 * is gone is dropped; one still granted but not registered is registered again;
 * a registration of ours for a site no longer listed is removed.
 */
export async function syncSites(api: SiteApis): Promise<string[]> {
  const kept: string[] = [];
  for (const host of await enabledSites(api)) {
    if (await api.permissions.contains({ origins: [sitePattern(host)] })) {
      await register(api, host).then(() => kept.push(host), () => {});
    }
  }
  const stale = (await api.scripting.getRegisteredContentScripts())
    .map((s) => s.id)
    .filter((id) => id.startsWith(ID_PREFIX) && !kept.includes(id.slice(ID_PREFIX.length)));
  if (stale.length) await api.scripting.unregisterContentScripts({ ids: stale }).catch(() => {});
  await saveSites(api, kept);
  return kept;
}
