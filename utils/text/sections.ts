/**
 * Relating text positions and stored references to the directives found on a
 * page. Pure: directives are plain { start, ordinal, lead } records.
 */
import type { DirectiveRef } from '../model';

interface DirectiveSpan {
  index: number;
  start: number;
  ordinal: string;
  lead: string;
}

/**
 * The directive whose section holds `offset`: the last directive starting at or
 * before it. Text before the first directive belongs to none.
 */
export function directiveAt<T extends DirectiveSpan>(directives: T[], offset: number): T | undefined {
  let lo = 0;
  let hi = directives.length - 1;
  let found: T | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (directives[mid]!.start <= offset) {
      found = directives[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function refOf(d: DirectiveSpan): DirectiveRef {
  return { ordinal: d.ordinal, index: d.index, lead: d.lead };
}

/**
 * The directive a stored reference points to on the page as it is now: the same
 * lead sentence (nearest index when it repeats), else the same ordinal at the
 * same index. Null when the page no longer has it, so its status and note are
 * shown as an orphan rather than on the wrong directive.
 */
export function findDirective<T extends DirectiveSpan>(directives: T[], ref: DirectiveRef): T | null {
  const sameLead = directives.filter((d) => d.lead === ref.lead);
  if (sameLead.length) return sameLead.reduce((a, b) => (Math.abs(a.index - ref.index) <= Math.abs(b.index - ref.index) ? a : b));
  const atIndex = directives[ref.index];
  return atIndex && atIndex.ordinal === ref.ordinal ? atIndex : null;
}
