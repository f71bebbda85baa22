/**
 * Analysis where code stays warm (docs/decisions.md "Speed on the first visit (issue 14)"): the content script
 * sends a very long notice's text to the background, which finds the directives and answers with their offsets;
 * and every notice's title area, whose facts the background reads. Pure types and checks, shared by both sides.
 */
import type { Directive } from '../text/directives';
import type { FactArea, FactLine, FactsInput } from '../facts/lines';
import type { NoticeFacts } from '../dom/signals';

export const FIND_DIRECTIVES = 'analysis/find-directives';

/** Longest text the background analyses: a notice of 5 MB of text is 1.7 million characters. */
export const MAX_REMOTE_CHARS = 4_000_000;

export interface FindDirectivesRequest {
  type: typeof FIND_DIRECTIVES;
  text: string;
}

export function isFindDirectivesRequest(message: unknown): message is FindDirectivesRequest {
  const m = message as Partial<FindDirectivesRequest> | null;
  return m?.type === FIND_DIRECTIVES && typeof m.text === 'string' && m.text.length <= MAX_REMOTE_CHARS;
}

const int = (x: unknown): x is number => Number.isInteger(x);

/** The reply as directives of `text`, or null when it is not one (an old worker, a failure): the page then finds them itself. */
export function readDirectivesReply(reply: unknown, text: string): Directive[] | null {
  const list = (reply as { directives?: unknown } | null)?.directives;
  if (!Array.isArray(list)) return null;
  for (const d of list as Partial<Directive>[]) {
    if (!d || !int(d.start) || !int(d.markerEnd) || !int(d.leadEnd) || !int(d.level) || typeof d.ordinal !== 'string' || typeof d.family !== 'string') return null;
    if (d.start < 0 || d.markerEnd < d.start || d.leadEnd < d.markerEnd || d.leadEnd > text.length) return null;
  }
  return list as Directive[];
}

// ---------------------------------------------------------------------------
// A notice's facts (title, dates, 发文字号 …), read from its title area's lines where the rules' code is warm.

export const READ_FACTS = 'analysis/read-facts';

export interface ReadFactsRequest {
  type: typeof READ_FACTS;
  input: FactsInput;
}

/** Bounds on what a request may carry: far above a real page's title area (30 lines above, 80 of the body …). */
const MAX_LINES = 4_000;
const MAX_LINE_CHARS = 200_000;
const MAX_META = 64;

const str = (x: unknown, max = MAX_LINE_CHARS): x is string => typeof x === 'string' && x.length <= max;

function isFactLine(x: unknown): x is FactLine {
  const l = x as Partial<FactLine> | null;
  return !!l && str(l.text) && str(l.written) && int(l.chars) && int(l.links) && typeof l.cell === 'boolean' && int(l.block);
}

const isLines = (x: unknown): x is FactLine[] => Array.isArray(x) && x.length <= MAX_LINES && x.every(isFactLine);

/** A FactsInput of the page's own gathering (../dom/facts-input.ts): the worker reads nothing else. A shell has no shell. */
export function isFactsInput(x: unknown, shellAllowed = true): x is FactsInput {
  const f = x as Partial<FactsInput> | null;
  if (!f || !str(f.title) || !str(f.host, 1_000) || !Array.isArray(f.info) || f.info.length > MAX_LINES || !f.info.every((s) => str(s))) return false;
  const meta = f.meta as unknown;
  if (!meta || typeof meta !== 'object' || Array.isArray(meta)) return false;
  const entries = Object.entries(meta as Record<string, unknown>);
  if (entries.length > MAX_META || !entries.every(([, v]) => str(v))) return false;
  const a = f.area as Partial<FactArea> | undefined;
  if (!a || !isLines(a.before) || !isLines(a.after) || !isLines(a.body) || !isLines(a.end) || !isLines(a.following)) return false;
  if (f.titleLine !== null && !isFactLine(f.titleLine)) return false;
  if (f.dateLine !== null && !isFactLine(f.dateLine)) return false;
  return f.shell === undefined || (shellAllowed && isFactsInput(f.shell, false));
}

export function isReadFactsRequest(message: unknown): message is ReadFactsRequest {
  const m = message as Partial<ReadFactsRequest> | null;
  return m?.type === READ_FACTS && isFactsInput(m.input);
}

const FACT_KEYS = ['title', 'site', 'source', 'published', 'docNumber', 'issuer', 'written'] as const;

/** The reply as a notice's facts, or null when it is not one (an old worker, a failure): the page then reads them itself. */
export function readFactsReply(reply: unknown): NoticeFacts | null {
  const facts = (reply as { facts?: unknown } | null)?.facts as Record<string, unknown> | null | undefined;
  if (!facts || typeof facts !== 'object') return null;
  const out = {} as NoticeFacts;
  for (const key of FACT_KEYS) {
    const value = facts[key];
    if (!str(value, 10_000)) return null;
    out[key] = value;
  }
  return out;
}
