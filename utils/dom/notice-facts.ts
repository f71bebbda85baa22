/**
 * A notice's facts read in the page: what detection gathered (FactsSource, ./signals.ts) made plain data
 * (./facts-input.ts) and read by the rules (../facts/read-facts.ts). On a visit the background reads them instead,
 * where their code stays warm (../analysis/remote-facts.ts); this is the page's own reading, its fallback, and the
 * tests'. Only the bundles loaded on notices and the background carry the rules: content.js, which every official
 * page compiles, carries the gathering alone (issue 14).
 */
import { readFacts } from '../facts/read-facts';
import type { FactsSource, NoticeFacts } from './signals';
import { factsInputOf } from './facts-input';

const read = new WeakMap<FactsSource, NoticeFacts>();

/** The page's facts, read in the page; read once per source. */
export function readNoticeFacts(source: FactsSource): NoticeFacts {
  let facts = read.get(source);
  if (!facts) read.set(source, (facts = readFacts(factsInputOf(source))));
  return facts;
}
