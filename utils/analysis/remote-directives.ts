/**
 * The content script's side of finding directives in the background (./protocol.ts). A text of ordinary length
 * is parsed in the page: measured, its cold parse (8 ms for 20,000 characters) costs less wall time than the
 * round trip to the worker (15–25 ms on a busy machine). A very long one goes to the background, whose parser is
 * warm, so that the parse (25–45 ms, one piece) leaves the page's main thread; if the background does not answer
 * in time (asleep, updating, an old version), the page parses it.
 */
import { findDirectives, type Directive } from '../text/directives';
import { FIND_DIRECTIVES, MAX_REMOTE_CHARS, readDirectivesReply } from './protocol';

/** Characters below which the page parses the text itself (measured: docs/decisions.md "Speed on the first visit"). */
export const REMOTE_MIN_CHARS = 50_000;
/** Longest wait for the background, ms: a sleeping service worker wakes in well under this. */
export const REMOTE_TIMEOUT_MS = 400;

export type DirectiveFinder = (text: string) => Promise<Directive[]>;

export function remoteDirectiveFinder(send: (message: unknown) => Promise<unknown>, setTimer: (f: () => void, ms: number) => unknown = setTimeout): DirectiveFinder {
  return async (text) => {
    if (text.length < REMOTE_MIN_CHARS || text.length > MAX_REMOTE_CHARS) return findDirectives(text);
    const reply = await Promise.race([
      send({ type: FIND_DIRECTIVES, text }).catch(() => null),
      new Promise<null>((resolve) => setTimer(() => resolve(null), REMOTE_TIMEOUT_MS)),
    ]);
    return readDirectivesReply(reply, text) ?? findDirectives(text);
  };
}
