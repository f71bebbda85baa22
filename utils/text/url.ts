/**
 * The key a notice's annotations are stored under: its URL with everything that
 * varies between visits of the same article removed (fragment, share/tracking
 * parameters, cache busters), so a notice opened from WeChat, a search engine or
 * a bookmark finds the same notes. Pure: no `document`, no `browser`.
 *
 * Parameters that are not known to be noise are KEPT (id, articleId, docid,
 * contentid, channel, …): losing one that identifies the article would merge the
 * notes of different notices, which is worse than splitting one notice's notes.
 * The raw `key=value` parts are kept as written (no re-encoding) and sorted by
 * key; parts with the same key keep their order.
 */

/** Dropped whatever their value (compared lower-cased). */
const TRACKING_PARAMS = new Set([
  'spm',
  'spm_id_from',
  'from',
  'share_token',
  'share_source',
  'share_from',
  'fbclid',
  'gclid',
  'dclid',
  'msclkid',
  'yclid',
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  '_t',
  'isappinstalled',
  'vd_source',
]);

/** Dropped when the value is a numeric timestamp (10+ digits: Unix seconds or milliseconds). */
const CACHE_BUSTERS = new Set(['t', '_', 'v', 'ts', 'timestamp', 'time', '_dc', 'cb', 'nocache', 'rnd', 'r']);

const TIMESTAMP = /^\d{10,}$/;

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/** Whether one `key=value` part of a query is noise that does not identify the page. */
function isTrackingParam(key: string, value: string): boolean {
  const k = key.toLowerCase();
  if (k.startsWith('utm_')) return true;
  if (TRACKING_PARAMS.has(k)) return true;
  return CACHE_BUSTERS.has(k) && TIMESTAMP.test(value);
}

/** True for an absolute http: or https: URL. */
export function isHttpUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The lower-case host of an http(s) URL; null for anything else. */
export function siteHost(url: string | undefined): string | null {
  if (!url || !isHttpUrl(url)) return null;
  return new URL(url).hostname.toLowerCase() || null;
}

/**
 * The normalized form of a notice URL: fragment and credentials dropped, host
 * lower-cased (and its trailing dot removed), default port dropped, tracking
 * parameters and numeric cache busters dropped, the rest sorted by key.
 * Idempotent. Input that is not an absolute http(s) URL comes back trimmed but
 * otherwise unchanged (callers that need a web page check with `isHttpUrl`).
 */
export function normalizeNoticeUrl(url: string): string {
  const input = url.trim();
  let u: URL;
  try {
    u = new URL(input);
  } catch {
    return input;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return input;
  // The URL parser already lower-cases the host and drops a default port.
  u.hash = '';
  u.username = '';
  u.password = '';
  if (u.hostname.endsWith('.')) u.hostname = u.hostname.replace(/\.+$/, '');

  const parts = u.search
    .replace(/^\?/, '')
    .split('&')
    .filter((p) => p !== '')
    .map((raw, order) => {
      const eq = raw.indexOf('=');
      const key = decode(eq < 0 ? raw : raw.slice(0, eq));
      const value = decode(eq < 0 ? '' : raw.slice(eq + 1));
      return { raw, key, value, order };
    })
    .filter((p) => !isTrackingParam(p.key, p.value));
  parts.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.order - b.order));
  u.search = parts.length ? `?${parts.map((p) => p.raw).join('&')}` : '';
  return u.href;
}
