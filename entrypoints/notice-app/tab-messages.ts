import { jumpTo } from '../../utils/page/page-style';
import { highlightElements } from '../../utils/dom/highlighter';
import type { Visit } from './visit';

/** Requests from the background, side panel and popup about this tab's page. */
export type TabRequest =
  | { type: 'command'; command: 'highlight-selection' | 'note-selection' }
  | { type: 'jump'; index: number }
  | { type: 'jump-annotation'; id: string }
  | { type: 'status' }
  | { type: 'orphans' };

export interface TabStatus {
  notice: boolean;
  directives: number;
  highlights: number;
  orphans: number;
  duplicateChars: number | null;
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
      return true;
    case 'jump': {
      const el = visit?.analysis.directives[m.index]?.element;
      if (el) jumpTo(el);
      return Boolean(el);
    }
    case 'jump-annotation': {
      const el = highlightElements(document, m.id)[0];
      if (el) jumpTo(el);
      return Boolean(el);
    }
    case 'status':
      return {
        notice: Boolean(session),
        directives: visit?.analysis.directives.length ?? 0,
        highlights: session ? session.highlightCount() : 0,
        orphans: session?.state.orphans.length ?? 0,
        duplicateChars: visit?.analysis.duplicate?.chars ?? null,
      };
    case 'orphans':
      return session?.state.orphans.map((o) => o.id) ?? [];
    default:
      return undefined;
  }
}

/** The annotation a link from the notes library points at: #notice-lens=<id>. */
export function annotationFromHash(hash: string): string | null {
  const m = /(?:^#|&)notice-lens=([A-Za-z0-9_.:-]{1,200})/.exec(hash);
  return m ? m[1]! : null;
}
