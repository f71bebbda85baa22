/**
 * Reading the stored selectors, and checking the stored position: does the
 * text there still hold the quote, with its context?
 */
import type { Selector, TextPositionSelector, TextQuoteSelector } from '../model';
import { prefixSimilarity, suffixSimilarity, UNKNOWN_CONTEXT } from './context';
import type { FoldedQuote } from './match-quote';
import { foldForAnchoring, foldForAnchoringAfter, foldForAnchoringBefore } from '../text/fold';

interface Found {
  quote?: TextQuoteSelector;
  position?: TextPositionSelector;
  /** Which context fields the stored quote selector lacked. */
  noPrefix: boolean;
  noSuffix: boolean;
}

/** The first quote and position selectors, sanitized (stored data may be partial). */
export function findSelectors(selectors: Selector[]): Found {
  const found: Found = { noPrefix: false, noSuffix: false };
  for (const s of Array.isArray(selectors) ? selectors : []) {
    if (s?.type === 'TextQuoteSelector' && !found.quote && typeof s.exact === 'string') {
      found.quote = { type: s.type, exact: s.exact, prefix: s.prefix ?? '', suffix: s.suffix ?? '' };
      found.noPrefix = typeof s.prefix !== 'string';
      found.noSuffix = typeof s.suffix !== 'string';
    } else if (s?.type === 'TextPositionSelector' && !found.position && Number.isInteger(s.start) && Number.isInteger(s.end)) {
      found.position = s;
    }
  }
  return found;
}

/** The quote selector folded on first use: an unchanged page never needs it. */
export class LazyFoldedQuote implements FoldedQuote {
  private folded: Partial<Record<'exact' | 'prefix' | 'suffix', string>> = {};
  constructor(
    private readonly quote: TextQuoteSelector,
    readonly noPrefix: boolean,
    readonly noSuffix: boolean,
  ) {}
  private get(key: 'exact' | 'prefix' | 'suffix'): string {
    return (this.folded[key] ??= foldForAnchoring(this.quote[key]));
  }
  get exact(): string {
    return this.get('exact');
  }
  get prefix(): string {
    return this.get('prefix');
  }
  get suffix(): string {
    return this.get('suffix');
  }
}

interface Context {
  prefixSim: number;
  suffixSim: number;
}

/** Context agreement at text[start, end) when it holds the exact quote, else null. */
export function contextAt(text: string, start: number, end: number, quote: TextQuoteSelector, fq: FoldedQuote): Context | null {
  if (start < 0 || end > text.length || end - start !== quote.exact.length || !text.startsWith(quote.exact, start)) {
    return null;
  }
  const { prefix, suffix } = quote;
  const prefixSim = fq.noPrefix
    ? UNKNOWN_CONTEXT
    : prefix.length > 0 && start >= prefix.length && text.startsWith(prefix, start - prefix.length)
      ? 1
      : prefixSimilarity(fq.prefix, foldForAnchoringBefore(text, start, fq.prefix.length + (fq.prefix.length >> 2) + 2));
  const suffixSim = fq.noSuffix
    ? UNKNOWN_CONTEXT
    : suffix.length > 0 && text.startsWith(suffix, end)
      ? 1
      : suffixSimilarity(fq.suffix, foldForAnchoringAfter(text, end, fq.suffix.length + (fq.suffix.length >> 2) + 2));
  return { prefixSim, suffixSim };
}

/** Whether the stored position can be trusted, given the context found there. */
export function positionOk(c: Context, len: number): boolean {
  const ctx = (c.prefixSim + c.suffixSim) / 2;
  const side = Math.max(c.prefixSim, c.suffixSim);
  if (len <= 4) return side >= 0.8 && ctx >= 0.55;
  if (len <= 8) return side >= 0.7 && ctx >= 0.45;
  if (len < 16) return ctx >= 0.2;
  return true;
}
