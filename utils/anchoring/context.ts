/**
 * Context similarity: how well the stored prefix and suffix (folded) agree
 * with the folded text around a candidate.
 */
import { contextDistance } from './context-distance';

/** The string backwards: a stored prefix is compared from the quote outward, like a suffix. */
function reverse(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}

/** Similarity given to a side whose context is unknown. */
export const UNKNOWN_CONTEXT = 0.5;

/** Similarity given to text found where the stored context was empty (page edge). */
const EMPTY_CONTEXT_ELSEWHERE = 0.3;
/** Characters next to the quote, weighed as much as the whole context. */
const NEAR = 8;

/** Similarity of a context: `blend` weighs the characters next to the quote more, `whole` does not. */
interface Sim {
  blend: number;
  whole: number;
}

/**
 * Similarity of a stored context with the text found at a candidate, both
 * oriented so index 0 touches the quote (a prefix is compared reversed). In
 * `blend`, half the weight is on the whole context, half on its NEAR
 * characters next to the quote, which tell neighbouring look-alikes apart
 * best; `whole` is the plain similarity (a phrase repeated around the quote
 * elsewhere on the page agrees near the quote only).
 */
function contextSimilarity(stored: string, actual: string): Sim {
  // No stored context: the quote was at the very start (end) of the text.
  if (stored.length === 0) {
    const v = actual.length === 0 ? 1 : EMPTY_CONTEXT_ELSEWHERE;
    return { blend: v, whole: v };
  }
  if (actual.startsWith(stored)) return { blend: 1, whole: 1 };
  const whole = Math.max(0, 1 - contextDistance(stored, actual) / stored.length);
  if (stored.length <= NEAR) return { blend: whole, whole };
  const near = Math.max(0, 1 - contextDistance(stored.slice(0, NEAR), actual.slice(0, NEAR + 2)) / NEAR);
  return { blend: (whole + near) / 2, whole };
}

/** Similarity of a stored folded prefix with the folded text just before a candidate. */
export function prefixSimilarity(stored: string, actual: string): number {
  return prefixSim(stored, actual).blend;
}

function prefixSim(stored: string, actual: string): Sim {
  if (stored.length > 0 && actual.endsWith(stored)) return { blend: 1, whole: 1 };
  return contextSimilarity(reverse(stored), reverse(actual));
}

/** Similarity of a stored folded suffix with the folded text just after a candidate. */
export function suffixSimilarity(stored: string, actual: string): number {
  return contextSimilarity(stored, actual).blend;
}

const slackFor = (len: number) => (len >> 2) + 2;
export const UNKNOWN: Sim = { blend: UNKNOWN_CONTEXT, whole: UNKNOWN_CONTEXT };

export function prefixSimAt(t: string, s: number, stored: string): Sim {
  if (stored.length > 0 && s >= stored.length && t.startsWith(stored, s - stored.length)) return { blend: 1, whole: 1 };
  return prefixSim(stored, t.slice(Math.max(0, s - stored.length - slackFor(stored.length)), s));
}

export function suffixSimAt(t: string, e: number, stored: string): Sim {
  if (stored.length > 0 && t.startsWith(stored, e)) return { blend: 1, whole: 1 };
  return contextSimilarity(stored, t.slice(e, e + stored.length + slackFor(stored.length)));
}

