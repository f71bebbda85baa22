/**
 * Fills a catalog pattern: `{name}` is replaced by the parameter as it is (never read again, so a value that
 * contains braces stays text); `{name, plural, one {…} other {…}}` picks a branch by the language's plural rules
 * (`=N` matches N exactly), and `#` inside the branch is the number. A subset of ICU MessageFormat: enough for
 * counted nouns, small enough to read.
 */
export type Params = Readonly<Record<string, string | number>>;

/** Index of the `}` that closes the `{` at `open`. */
function closing(pattern: string, open: number): number {
  let depth = 0;
  for (let i = open; i < pattern.length; i++) {
    if (pattern[i] === '{') depth++;
    else if (pattern[i] === '}' && --depth === 0) return i;
  }
  throw new Error(`Unclosed "{" in message: ${pattern}`);
}

/** `one {…} other {…}` as selector → branch text. */
function branches(spec: string): Map<string, string> {
  const out = new Map<string, string>();
  let i = 0;
  while (i < spec.length) {
    const open = spec.indexOf('{', i);
    if (open < 0) break;
    const selector = spec.slice(i, open).trim();
    const close = closing(spec, open);
    out.set(selector, spec.slice(open + 1, close));
    i = close + 1;
  }
  if (!out.has('other')) throw new Error(`A plural without "other": ${spec}`);
  return out;
}

function argument(body: string, params: Params, rules: Intl.PluralRules): string {
  const m = /^\s*(\w+)\s*(?:,\s*plural\s*,([\s\S]*))?$/.exec(body);
  if (!m) throw new Error(`Unreadable placeholder: {${body}}`);
  const value = params[m[1]!];
  if (m[2] === undefined) return value === undefined ? '' : String(value);
  const n = Number(value);
  const forms = branches(m[2]);
  const branch = forms.get(`=${n}`) ?? forms.get(rules.select(n)) ?? forms.get('other')!;
  return fill(branch, params, rules, value === undefined ? '' : String(value));
}

/** The pattern with its placeholders filled; `hash` is what `#` stands for inside a plural branch. */
export function fill(pattern: string, params: Params, rules: Intl.PluralRules, hash?: string): string {
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === '{') {
      const close = closing(pattern, i);
      out += argument(pattern.slice(i + 1, close), params, rules);
      i = close + 1;
    } else {
      out += c === '#' && hash !== undefined ? hash : c;
      i++;
    }
  }
  return out;
}

