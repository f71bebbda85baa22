/**
 * The background's side of the analysis it does for content scripts (./protocol.ts): finding directives in a
 * notice's text, and reading a notice's facts from its title area. The worker lives across page visits, so the
 * directive parser, the facts' rules and their regular expressions are compiled and optimised once, not on every
 * page as in a fresh content script.
 */
import { findDirectives } from '../text/directives';
import { readFacts } from '../facts/read-facts';
import { isFindDirectivesRequest, isReadFactsRequest } from './protocol';
import type { FactsInput } from '../facts/lines';

interface Sender {
  id?: string;
  tab?: unknown;
}

/** Answers a content script's request for directives or facts (at once); false when the message is not one. */
export function answerAnalysisMessage(message: unknown, sender: Sender, ownId: string, sendResponse: (reply: unknown) => void): boolean {
  if (sender.id !== ownId) return false;
  if (isReadFactsRequest(message)) sendResponse({ facts: orNull(() => readFacts(message.input)) });
  else if (isFindDirectivesRequest(message)) sendResponse({ directives: orNull(() => findDirectives(message.text)) });
  else return false;
  return true;
}

/** The work's answer, or null should it throw: the page then does the work itself. */
function orNull<T>(work: () => T): T | null {
  try {
    return work();
  } catch {
    return null;
  }
}

/** A short notice's text, analysed once when the worker starts, so the first page it serves does not pay the compile. */
const WARM_TEXT = '各区县人民政府：\n现就有关工作通知如下。\n一、提高认识。一要加强领导。二要落实责任。\n二、（一）明确任务。1. 按期完成。（二）强化督查。\n';

/** A short notice's title area, its facts read once when the worker starts, for the same reason. */
const WARM_LINE = (text: string, block: number) => ({ text, written: text, chars: text.length, links: 0, cell: false, block });
const WARM_FACTS: FactsInput = {
  title: '关于做好有关工作的通知_某市人民政府',
  host: 'www.example.gov.cn',
  meta: {},
  area: {
    before: [WARM_LINE('关于做好有关工作的通知', 1), WARM_LINE('发布时间：2024-05-20 来源：市政府办公室', 2), WARM_LINE('某政办发〔2024〕12号', 3)],
    after: [WARM_LINE('各区县人民政府：现就有关工作通知如下。', 4)],
    body: [WARM_LINE('各区县人民政府：现就有关工作通知如下。', 4)],
    end: [WARM_LINE('某市人民政府办公室', 5), WARM_LINE('2024年5月20日', 6)],
    following: [],
  },
  titleLine: WARM_LINE('关于做好有关工作的通知', 1),
  dateLine: WARM_LINE('发布时间：2024-05-20 来源：市政府办公室', 2),
  info: ['发布时间：2024-05-20'],
};

export function warmAnalysis(schedule: (work: () => void) => void): void {
  schedule(() => {
    try {
      findDirectives(WARM_TEXT);
      readFacts(WARM_FACTS);
    } catch {
      // Warming is an optimisation only.
    }
  });
}
