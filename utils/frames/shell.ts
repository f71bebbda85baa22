/**
 * A framed article's shell: old 政府信息公开 pages print the title bar, the 发布时间/来源 line and the
 * info table (索引号, 发文字号, 成文日期 …) in the top document and frame only the body. To the reader the
 * two are one page, so a framed document on the same origin reads its identity and its facts from the
 * lines around its frame element in the parent document, exactly as a notice's own are read around its
 * body (extractSignals with the frame element as the body). A cross-origin parent hides its document
 * (`frameElement` is null): then the frame is judged on its own.
 */
import type { ContentRoot } from '../dom/content-root';
import { extractSignals, type FactsSource } from '../dom/signals';
import { hasIdentity } from '../text/notice-score';

interface Shell {
  /** The shell says "this is one published item" around the frame: a title with a date line, an info table … */
  identity: boolean;
  /** What its facts are read from (../facts/read-facts.ts), the ones the framed document lacks. */
  factsSource: FactsSource;
}

/** The element that frames `doc` in a same-origin parent, or null (top document, or a parent it may not read). */
function frameElementOf(doc: Document): Element | null {
  try {
    const win = doc.defaultView;
    return win && win !== win.top ? (win.frameElement ?? null) : null;
  } catch {
    return null;
  }
}

/** What the parent page says around the frame holding `doc`; null when `doc` is not framed by a page it may read. */
export function readShell(doc: Document): Shell | null {
  const frame = frameElementOf(doc);
  const parent = frame?.ownerDocument;
  if (!frame || !parent?.body) return null;
  // The frame element stands where a notice's body would: the title area is read around it.
  const around: ContentRoot = { root: frame, text: 0, linkDensity: 0, paragraphs: 0, unsure: false, datedItems: 0, datedItemsInRoot: 0 };
  const extracted = extractSignals(parent, around);
  return { identity: hasIdentity(extracted.signals), factsSource: extracted.factsSource };
}
