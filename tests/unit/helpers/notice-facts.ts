/**
 * A notice's facts read in one step from what detection gathered, as the page reads them when the background does
 * not answer (utils/analysis/remote-facts.ts): its lines made plain data, then read by the rules. The product
 * reads them through remote-facts.ts; the tests of the rules read them here.
 */
import { factsInputOf } from '../../../utils/dom/facts-input';
import { readFacts } from '../../../utils/facts/read-facts';
import type { FactsSource, NoticeFacts } from '../../../utils/dom/signals';

export function readNoticeFacts(source: FactsSource): NoticeFacts {
  return readFacts(factsInputOf(source));
}
