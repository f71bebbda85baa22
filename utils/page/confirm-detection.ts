import { findContentRoot } from '../dom/content-root';
import { blockLines, sentenceProse } from '../dom/block-lines';
import { extractSignals } from '../dom/signals';
import { PROSE_BODY, scoreNotice, type NoticeVerdict } from '../text/notice-score';
import type { Detection } from './detect';

/** Finds a page's body another way than the cheap finder: Readability's (utils/dom/readability-root.ts). */
export type BodyFinder = (doc: Document) => Element | null;

/**
 * The second opinion on a page the cheap detector was unsure about: detection
 * again with the body `findBody` finds. Readability (about 35 KB minified) is
 * passed in rather than imported here, so that neither the detector that runs on
 * every official page nor the app that runs on every notice carries it: it is
 * loaded only where a detection is unsure (utils/app/second-opinion.ts). Pages
 * without a notice's labels never get here.
 */
export function confirmDetection(doc: Document, detection: Detection, findBody: BodyFinder): Detection {
  if (!detection.unsure) return detection;
  const el = findBody(doc);
  if (!el || el === detection.content?.root) return { ...detection, unsure: false };
  const content = findContentRoot(doc, el);
  const extracted = extractSignals(doc, content);
  return {
    content, verdict: withSentences(scoreNotice(extracted.signals), el, extracted.signals.bodyText), start: detection.start, detectMs: detection.detectMs, unsure: false,
    factsSource: extracted.factsSource,
  };
}

/**
 * Readability takes the page's largest block of text, and on a page with little prose of its own that block is made
 * of labels: an interview's preview (its time, its guests' names and posts, a two-line 简介), a form's captions. Its
 * characters reach a prose body's count without a body's sentences. So where the second opinion says "notice" on the
 * strength of a prose body, the body's sentences must make one: lines holding a sentence's end, or long enough to be
 * prose (a short formal document, taken on its own marks, is not asked).
 */
function withSentences(verdict: NoticeVerdict, body: Element, bodyText: number): NoticeVerdict {
  if (!verdict.isNotice || bodyText < PROSE_BODY) return verdict;
  const prose = sentenceProse(blockLines(body).join('\n'));
  if (prose >= PROSE_BODY) return verdict;
  return { isNotice: false, score: verdict.score, reasons: [...verdict.reasons, `second opinion's body holds ${prose} characters of sentences: labels, not a body`] };
}
