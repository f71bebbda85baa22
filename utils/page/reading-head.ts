/**
 * The reading view's facts line, worded in the reader's language from what the analysis read of the notice:
 * 发文机关, 成文日期, 来源 (said once when it is the 发文机关), date, 文号. Empty facts are left out.
 */
import type { PlainKey, Translate } from '../i18n';
import type { NoticeFacts } from '../dom/signals';
import type { ReadingHead } from '../dom/reading-view';

export function readingHead(facts: NoticeFacts, t: Translate): ReadingHead {
  const parts: [PlainKey, string][] = [
    ['spIssuer', facts.issuer],
    ['spWritten', facts.written],
    ['spSource', facts.source.trim() === facts.issuer.trim() ? '' : facts.source],
    ['spPublished', facts.published],
    ['spDocNumber', facts.docNumber],
  ];
  const line = parts
    .filter(([, value]) => value.trim())
    .map(([label, value]) => t('mdLabelled', { label: t(label), value: value.trim() }))
    .join(' · ');
  return { title: facts.title, facts: line };
}
