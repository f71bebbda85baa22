import { findContentRoot, type ContentRoot } from '../dom/content-root';
import { extractSignals, type NoticeFacts } from '../dom/signals';
import { buildTextIndex, type TextIndex } from '../dom/text-index';
import { DUPLICATE_ATTR, hideRange } from '../dom/hide-range';
import { countVisible } from '../dom/content-root';
import { scoreNotice, type NoticeVerdict } from '../text/notice-score';
import { findDuplicateBody } from '../text/dedupe';
import { findDirectives } from '../text/directives';
import { markDirectives, type MarkedDirective } from './mark-directives';
import { measure, timed } from './timing';

export interface DuplicateInfo {
  /** Characters (white space not counted) hidden. */
  chars: number;
  elements: Element[];
}

export interface PageAnalysis {
  verdict: NoticeVerdict;
  facts: NoticeFacts;
  /** The element whose text was analysed (the body, or the pair of copies). */
  scope: Element | null;
  duplicate: DuplicateInfo | null;
  directives: MarkedDirective[];
  /** Text of the scope with duplicates hidden: the text annotations anchor to. */
  index: TextIndex | null;
}

export interface Detection {
  content: ContentRoot | null;
  verdict: NoticeVerdict;
  facts: NoticeFacts;
  /** performance.now() when the analysis began, for the total. */
  start: number;
}

/**
 * The cheap first step, run on every page of every official site: is this a
 * notice? It reads the page and changes nothing.
 */
export function detectPage(doc: Document, perf: Performance | undefined = doc.defaultView?.performance): Detection {
  const start = perf?.now() ?? 0;
  return timed(perf, 'detect', () => {
    const content = findContentRoot(doc);
    const { signals, facts } = extractSignals(doc, content);
    return { content, verdict: scoreNotice(signals), facts, start };
  });
}

/**
 * The rest of the analysis on a page detected as a notice: hide a duplicated
 * body, find and mark the directives. Each stage is a User Timing entry.
 */
export function analyzeNotice(doc: Document, detection: Detection, perf: Performance | undefined = doc.defaultView?.performance): PageAnalysis {
  const { content, verdict, facts, start } = detection;
  const result: PageAnalysis = { verdict, facts, scope: null, duplicate: null, directives: [], index: null };
  if (!verdict.isNotice || !content) {
    measure(perf, 'total', start);
    return result;
  }
  const { scope, duplicate } = timed(perf, 'dedupe', () => collapseDuplicate(content.root));
  result.scope = scope;
  result.duplicate = duplicate;
  const index = buildTextIndex(scope, { skip: (el) => el.hasAttribute(DUPLICATE_ATTR) });
  result.index = index;
  const found = timed(perf, 'directives', () => findDirectives(index.text));
  result.directives = timed(perf, 'highlight', () => markDirectives(index, found));
  measure(perf, 'total', start);
  return result;
}

/** One page visit's whole analysis; pages that are not notices stop after detection, untouched. */
export function analyzePage(doc: Document, perf: Performance | undefined = doc.defaultView?.performance): PageAnalysis {
  return analyzeNotice(doc, detectPage(doc, perf), perf);
}

/**
 * Looks for a duplicated body in the content root, then in its parent when the
 * parent holds about twice the root's text (a CMS that prints the body into two
 * sibling containers), and hides the later copy.
 */
function collapseDuplicate(root: Element): { scope: Element; duplicate: DuplicateInfo | null } {
  const scopes: Element[] = [root];
  const parent = root.parentElement;
  if (parent && parent !== root.ownerDocument.body) {
    const own = countVisible(root.textContent ?? '');
    const around = countVisible(parent.textContent ?? '');
    if (around > own * 1.6 && around < own * 2.6) scopes.push(parent);
  }
  for (const scope of scopes) {
    const index = buildTextIndex(scope);
    const found = findDuplicateBody(index.text);
    if (!found || found.ranges.length === 0) continue;
    const elements: Element[] = [];
    let chars = 0;
    // Later ranges first, so earlier offsets stay valid while nodes are split.
    for (const range of [...found.ranges].sort((a, b) => b.start - a.start)) {
      elements.push(...hideRange(index, range.start, range.end));
      chars += range.chars;
    }
    return { scope, duplicate: { chars, elements } };
  }
  return { scope: root, duplicate: null };
}
