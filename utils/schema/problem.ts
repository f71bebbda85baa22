/**
 * What is wrong with a value, as data: `{ code, path, ...facts }`, from the first valibot issue. Callers word it
 * (the store in English for logs, backups in the reader's language: utils/export/backup-errors.ts), so the
 * schemas know nothing of wording. `path` is JSON-like: `annotations[3].selectors[0].exact`.
 */
import * as v from 'valibot';
import { COLORS, DIRECTIVE_STATUSES, KINDS } from '../model';
import type { RuleRequirement } from './rules';

export type FieldProblem = { path: string } & (
  | { code: 'wrong-type'; expected: 'object' | 'array' | 'string' | 'integer'; got: unknown }
  | { code: 'too-many'; count: number; max: number }
  | { code: 'too-long'; length: number; max: number }
  | { code: 'out-of-range'; value: number; min: number; max: number }
  | { code: 'bad-kind' | 'bad-color' | 'bad-status'; value: unknown; allowed: readonly string[] }
  /** `path` is the selector's `.type`; `value` what was found there. */
  | { code: 'bad-selector'; value: unknown }
  /** `empty`: an id or page that is ''. `bad-urn`: a backup item's W3C id that is not a urn:uuid. */
  | { code: 'bad-date' | 'future-date' | 'bad-url' | 'bad-id' | 'bad-urn' | 'empty' | 'wrong-format'; value: unknown }
);

/** The JSON-ish type of a value, for messages ("null" and "array" told apart from "object"). */
export function typeName(x: unknown): string {
  return x === null ? 'null' : Array.isArray(x) ? 'array' : typeof x;
}

/** The picklists, by the key they are read under. */
const ENUMS = {
  kind: ['bad-kind', KINDS],
  color: ['bad-color', COLORS],
  status: ['bad-status', DIRECTIVE_STATUSES],
} as const satisfies Record<string, readonly [string, readonly string[]]>;

function joinPath(base: string, issue: v.BaseIssue<unknown>): string {
  let path = base;
  for (const item of issue.path ?? []) {
    const key = item.key;
    path += typeof key === 'number' ? `[${key}]` : path ? `.${String(key)}` : String(key);
  }
  return path;
}

/** The problem an issue reports, at `base` + the issue's own path. */
function toProblem(issue: v.BaseIssue<unknown>, base: string): FieldProblem {
  const path = joinPath(base, issue);
  const input = issue.input;
  switch (issue.type) {
    case 'custom': return { code: 'wrong-type', path, expected: 'object', got: input };
    case 'array': return { code: 'wrong-type', path, expected: 'array', got: input };
    case 'string': return { code: 'wrong-type', path, expected: 'string', got: input };
    case 'number':
    case 'integer': return { code: 'wrong-type', path, expected: 'integer', got: input };
    case 'max_length': {
      const max = issue.requirement as number;
      const length = (input as { length: number }).length;
      return Array.isArray(input) ? { code: 'too-many', path, count: length, max } : { code: 'too-long', path, length, max };
    }
    case 'picklist': {
      const key = issue.path?.[issue.path.length - 1]?.key as keyof typeof ENUMS;
      const [code, allowed] = ENUMS[key];
      return { code, path, value: input, allowed };
    }
    case 'variant': return { code: 'bad-selector', path, value: input };
    case 'literal': return { code: 'wrong-format', path, value: input };
    case 'check': {
      const req = issue.requirement as RuleRequirement;
      const facts = req.describe ? req.describe(input as never) : { value: input };
      return { code: req.code, path, ...facts } as FieldProblem;
    }
    default: throw new Error(`No problem code for the schema issue "${issue.type}" at ${path}`);
  }
}

/** The schema's output for `value`, or `fail(problem)` thrown for the first problem found at `path`. */
export function parseAt<S extends v.GenericSchema>(schema: S, value: unknown, path: string, fail: (problem: FieldProblem) => Error): v.InferOutput<S> {
  const r = v.safeParse(schema, value, { abortEarly: true });
  if (r.success) return r.output;
  throw fail(toProblem(r.issues[0], path));
}
