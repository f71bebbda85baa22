/**
 * The content script's side of reading a notice's facts in the background (./protocol.ts). Read in the page, the
 * facts' rules run cold on every visit (5.1 ms at the median dev-split notice, after the marks); in the worker they
 * stay warm. The page still walks its title area (../dom/facts-input.ts) and sends the lines; if the background
 * does not answer in time (asleep, updating, an old version), the page reads the facts itself.
 */
import { factsInputOf } from '../dom/facts-input';
import { readFacts } from '../facts/read-facts';
import type { FactsSource, NoticeFacts } from '../dom/signals';
import { READ_FACTS, readFactsReply } from './protocol';
import { measure } from '../page/timing';

/** Longest wait for the background, ms: as for the directives (./remote-directives.ts). */
export const FACTS_TIMEOUT_MS = 400;

export type FactsReader = (source: FactsSource) => Promise<NoticeFacts>;

/**
 * Reads the facts by the background, or in the page when it does not answer in time. `perf`, when given, gets the
 * public `notice-lens:facts` measure (README): the wall time, its `detail` 'background' or 'page'.
 */
export function remoteFactsReader(
  send: (message: unknown) => Promise<unknown>,
  setTimer: (f: () => void, ms: number) => unknown = setTimeout,
  perf?: Performance,
): FactsReader {
  return async (source) => {
    const start = perf?.now() ?? 0;
    const input = factsInputOf(source);
    const reply = await Promise.race([
      send({ type: READ_FACTS, input }).catch(() => null),
      new Promise<null>((resolve) => setTimer(() => resolve(null), FACTS_TIMEOUT_MS)),
    ]);
    const answered = readFactsReply(reply);
    const facts = answered ?? readFacts(input);
    measure(perf, 'facts', start, answered ? 'background' : 'page');
    return facts;
  };
}
