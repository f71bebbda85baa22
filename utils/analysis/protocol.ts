/**
 * Analysis where code stays warm (docs/decisions.md "Speed on the first visit (issue 14)"): the content script
 * sends the notice's text to the background, which finds the directives and answers with their offsets. Pure
 * types and checks, shared by both sides.
 */
import type { Directive } from '../text/directives';

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
