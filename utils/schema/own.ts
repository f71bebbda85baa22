/**
 * Reading untrusted objects by their own properties only. No valibot here: code that only needs these
 * (the backup writer, the store handler) stays free of the schema library in the page's bundles.
 */
export type Obj = Record<string, unknown>;

export function isObj(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Own properties only: a hostile `__proto__` or a polluted prototype is never read. */
export function own(o: Obj, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

/** Present, and not undefined (a key set to undefined counts as left out). */
export function has(o: Obj, key: string): boolean {
  return own(o, key) !== undefined;
}
