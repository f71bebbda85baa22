/**
 * Cheap checks on untrusted JSON, before and right after JSON.parse.
 */
import { fieldError } from './backup-errors';

type Obj = Record<string, unknown>;

/**
 * One pass over the raw text: the deepest nesting, and whether the text stops
 * inside a string or with brackets still open (a truncated file).
 */
export function scanJson(text: string): { depth: number; unclosed: boolean } {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) max = Math.max(max, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return { depth: max, unclosed: inString || depth > 0 };
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The path of the first forbidden key, or null. Paths are only built on the
 * second, slow pass, once a bad key is known to exist.
 */
function findForbidden(root: unknown, withPaths: boolean): string | null {
  const stack: [unknown, string][] = [[root, '']];
  while (stack.length) {
    const [v, path] = stack.pop()!;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], withPaths ? `${path}[${i}]` : '']);
    } else if (v !== null && typeof v === 'object') {
      const keys = Object.keys(v);
      for (let k = keys.length - 1; k >= 0; k--) {
        const key = keys[k]!;
        const p = withPaths ? (path ? `${path}.${key}` : key) : '';
        if (FORBIDDEN_KEYS.has(key)) return withPaths ? p : key;
        stack.push([(v as Obj)[key], p]);
      }
    }
  }
  return null;
}

/** Refuses keys that could pollute prototypes if the data were ever merged into an object. */
export function checkKeys(root: unknown): void {
  if (findForbidden(root, false) === null) return;
  const path = findForbidden(root, true)!;
  const key = path.slice(path.lastIndexOf('.') + 1);
  throw fieldError('forbidden-key', path, 'bkForbiddenKey', { key });
}
