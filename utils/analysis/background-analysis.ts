/**
 * The background's side of the analysis it does for content scripts (./protocol.ts): finding directives in a
 * notice's text. The worker lives across page visits, so the directive parser and its regular expressions are
 * compiled and optimised once, not on every page as in a fresh content script.
 */
import { findDirectives } from '../text/directives';
import { isFindDirectivesRequest } from './protocol';

interface Sender {
  id?: string;
  tab?: unknown;
}

/** Answers a content script's request for directives (at once); false when the message is not one. */
export function answerAnalysisMessage(message: unknown, sender: Sender, ownId: string, sendResponse: (reply: unknown) => void): boolean {
  if (!isFindDirectivesRequest(message) || sender.id !== ownId) return false;
  let directives: unknown = null;
  try {
    directives = findDirectives(message.text);
  } catch {
    // The page finds them itself on a null answer.
  }
  sendResponse({ directives });
  return true;
}

/** A short notice's text, analysed once when the worker starts, so the first page it serves does not pay the compile. */
const WARM_TEXT = '各区县人民政府：\n现就有关工作通知如下。\n一、提高认识。一要加强领导。二要落实责任。\n二、（一）明确任务。1. 按期完成。（二）强化督查。\n';

export function warmAnalysis(schedule: (work: () => void) => void): void {
  schedule(() => {
    try {
      findDirectives(WARM_TEXT);
    } catch {
      // Warming is an optimisation only.
    }
  });
}
