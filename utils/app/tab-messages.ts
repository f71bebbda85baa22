import { jumpTo } from '../page/page-style';
import { highlightElements } from '../dom/highlighter';
import { notNoticeStatus, type PanelTabRequest, type TabStatus } from '../tab-protocol';
import { isStoreId } from '../id';
import type { Visit } from './visit';

/** Requests about this tab's page: the extension pages' (utils/tab-protocol.ts) and the background's keyboard commands. */
export type TabRequest = PanelTabRequest | { type: 'command'; command: 'highlight-selection' | 'note-selection' | 'focus-panel' | 'next-highlight' };

/**
 * Where an annotation is on the page: its highlight, or for a directive note the
 * directive it belongs to. Null for a page note or an annotation not placed.
 */
export function elementForAnnotation(visit: Pick<Visit, 'analysis' | 'session'> | null, id: string): Element | null {
  const highlight = highlightElements(document, id)[0];
  if (highlight) return highlight;
  const entry = Object.entries(visit?.session?.state.directiveState ?? {}).find(([, s]) => s.id === id);
  return (entry && visit?.analysis.directives[Number(entry[0])]?.element) || null;
}

/** Answers a tab request from the current visit; undefined for messages that are not ours. */
export function answerTabRequest(visit: Visit | null, message: unknown): TabStatus | string[] | boolean | undefined {
  const m = message as TabRequest | null;
  if (!m || typeof m !== 'object') return undefined;
  const session = visit?.session ?? null;
  switch (m.type) {
    case 'command':
      if (m.command === 'highlight-selection') void session?.highlightSelection();
      if (m.command === 'note-selection') void session?.noteSelection();
      if (m.command === 'focus-panel') visit?.focusPanel?.();
      if (m.command === 'next-highlight') visit?.nextHighlight?.();
      return true;
    case 'jump': {
      const el = visit?.analysis.directives[m.index]?.element;
      if (el) jumpTo(el);
      return Boolean(el);
    }
    case 'jump-annotation': {
      if (!isStoreId(m.id)) return false;
      const el = elementForAnnotation(visit, m.id);
      if (el) jumpTo(el);
      return Boolean(el);
    }
    case 'status':
      if (!visit || !session) return notNoticeStatus();
      return {
        notice: true,
        page: visit.page,
        directives: visit?.analysis.directives.length ?? 0,
        highlights: session.highlightCount(),
        orphans: session.state.orphans.length,
        duplicateChars: visit.analysis.duplicate?.chars ?? null,
      };
    case 'orphans':
      return session?.state.orphans.map((o) => o.id) ?? [];
    default:
      return undefined;
  }
}
