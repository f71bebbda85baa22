/**
 * A random UUID v4. crypto.randomUUID exists only in secure contexts, and many
 * government sites are still served over plain http, where content scripts run
 * in an insecure context; getRandomValues works everywhere.
 */
export function newId(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The store's id rule: letters, digits and `_ . : -`, starting with a letter or digit (UUIDs and app ids), at most 200. */
const STORE_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,199}$/;

/** Whether `s` may be a stored id: anything read from a page, a URL or a file is checked with this first. */
export function isStoreId(s: unknown): s is string {
  return typeof s === 'string' && STORE_ID.test(s);
}
