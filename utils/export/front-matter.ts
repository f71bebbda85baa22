/**
 * YAML front matter written by hand (no YAML library at runtime). Every string
 * is a double-quoted scalar on one line, so no title, however hostile (colons,
 * quotes, `#`, `---`, newlines, emoji), can break out of its value, and a YAML
 * 1.2 parser reads back exactly the original string.
 */

const NAMED_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '"': '\\"',
  '\0': '\\0',
  '\x07': '\\a',
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\v': '\\v',
  '\f': '\\f',
  '\r': '\\r',
  '\x1b': '\\e',
  '\u0085': '\\N',
  '\u00a0': '\\_',
  '\u2028': '\\L',
  '\u2029': '\\P',
};

function hex(cp: number, width: number): string {
  return cp.toString(16).toUpperCase().padStart(width, '0');
}

/**
 * A YAML double-quoted scalar for `value`. Escapes backslash, quote, all C0 and
 * C1 controls, DEL, the Unicode line/paragraph separators, NBSP (so it stays
 * visible), the BOM and the non-characters U+FFFE/U+FFFF; leading and trailing
 * spaces are kept. A lone surrogate cannot be written as UTF-8 and becomes U+FFFD.
 */
export function yamlString(value: string): string {
  let out = '"';
  const s = String(value ?? '');
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += s[i]! + s[i + 1]!;
        i++;
      } else out += '\ufffd';
      continue;
    }
    if (code >= 0xdc00 && code <= 0xdfff) {
      out += '\ufffd';
      continue;
    }
    const ch = s[i]!;
    const named = NAMED_ESCAPES[ch];
    if (named) out += named;
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) out += `\\x${hex(code, 2)}`;
    else if (code === 0xfeff || code === 0xfffe || code === 0xffff) out += `\\u${hex(code, 4)}`;
    else out += ch;
  }
  return `${out}"`;
}

type FrontMatterValue = string | number | boolean | string[];

/** A blank string or an empty list says nothing: Obsidian would show it as an empty property. */
function isEmpty(value: FrontMatterValue): boolean {
  return Array.isArray(value) ? value.length === 0 : typeof value === 'string' && value.trim() === '';
}

/**
 * Renders `---` … `---` with the given keys in the given order. Keys must be
 * plain identifiers (they are written unquoted); values are strings, numbers,
 * booleans or string lists (block style). Blank strings and empty lists are
 * left out, so an unknown 文号 writes no `doc_number: ""`.
 */
export function renderFrontMatter(fields: [key: string, value: FrontMatterValue][]): string {
  const lines = ['---'];
  for (const [key, value] of fields) {
    if (!/^[a-z][a-z0-9_]*$/.test(key)) throw new Error(`Front matter key not allowed: ${key}`);
    if (isEmpty(value)) continue;
    if (Array.isArray(value)) {
      lines.push(`${key}:`);
      for (const item of value) lines.push(`  - ${yamlString(item)}`);
    } else if (typeof value === 'number') {
      lines.push(`${key}: ${Number.isFinite(value) ? String(value) : '0'}`);
    } else if (typeof value === 'boolean') {
      lines.push(`${key}: ${value ? 'true' : 'false'}`);
    } else {
      lines.push(`${key}: ${yamlString(value)}`);
    }
  }
  lines.push('---');
  return `${lines.join('\n')}\n`;
}
