/**
 * Directives found by the background (utils/analysis/): a long notice's text goes there, a short one is parsed
 * in the page, and whatever the background does (no answer, a wrong answer, an error) the page still gets
 * the directives it would have found itself.
 */
import { describe, expect, it, vi } from 'vitest';
import { remoteDirectiveFinder, REMOTE_MIN_CHARS, REMOTE_TIMEOUT_MS } from '../../utils/analysis/remote-directives';
import { answerAnalysisMessage } from '../../utils/analysis/background-analysis';
import { FIND_DIRECTIVES, readDirectivesReply } from '../../utils/analysis/protocol';

const PARAGRAPH = '会议强调，各部门要切实提高政治站位，把散乱污企业整治作为当前的重要任务，统筹推进，务求实效。\n';
/** A long notice: four directives after enough prose that it goes to the background. */
function longNotice(): string {
  let text = '';
  while (text.length < REMOTE_MIN_CHARS) text += PARAGRAPH;
  return `${text}一要坚决打好秦岭保卫战。\n二要全力推进污染防治。\n三要持续优化营商环境。\n四要切实加强组织领导。\n`;
}
const ORDINALS = ['一要', '二要', '三要', '四要'];

/** The background's own handler, called as the runtime would call it. */
function background(): (message: unknown) => Promise<unknown> {
  return (message) =>
    new Promise((resolve) => {
      const answered = answerAnalysisMessage(message, { id: 'ext', tab: {} }, 'ext', resolve);
      if (!answered) resolve(undefined);
    });
}

describe('directives found by the background', () => {
  it('a long text is sent once and its answer used', async () => {
    const text = longNotice();
    const send = vi.fn(background());
    const found = await remoteDirectiveFinder(send)(text);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]![0]).toEqual({ type: FIND_DIRECTIVES, text });
    expect(found.map((d) => d.ordinal)).toEqual(ORDINALS);
    expect(text.slice(found[0]!.start, found[0]!.leadEnd)).toBe('一要坚决打好秦岭保卫战。');
  });

  it('a short text is parsed in the page, nothing sent', async () => {
    const send = vi.fn(background());
    const found = await remoteDirectiveFinder(send)('通知如下：\n一要坚决打好秦岭保卫战。\n二要全力推进污染防治。\n');
    expect(send).not.toHaveBeenCalled();
    expect(found.map((d) => d.ordinal)).toEqual(['一要', '二要']);
  });

  it('no answer in time: the page parses the text itself', async () => {
    vi.useFakeTimers();
    try {
      const pending = remoteDirectiveFinder(() => new Promise(() => {}))(longNotice());
      await vi.advanceTimersByTimeAsync(REMOTE_TIMEOUT_MS);
      expect((await pending).map((d) => d.ordinal)).toEqual(ORDINALS);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a failed or malformed answer: the page parses the text itself', async () => {
    const text = longNotice();
    expect((await remoteDirectiveFinder(() => Promise.reject(new Error('worker gone')))(text)).map((d) => d.ordinal)).toEqual(ORDINALS);
    expect((await remoteDirectiveFinder(async () => undefined)(text)).map((d) => d.ordinal)).toEqual(ORDINALS);
    // Offsets past the text's end are not directives of this text.
    const wrong = { directives: [{ start: 0, markerEnd: 2, leadEnd: text.length + 5, ordinal: '一要', family: 'yao', number: 1, level: 1 }] };
    expect(readDirectivesReply(wrong, text)).toBeNull();
    expect((await remoteDirectiveFinder(async () => wrong)(text)).map((d) => d.ordinal)).toEqual(ORDINALS);
  });

  it('the background answers only its own content scripts, and only this request', () => {
    const reply = vi.fn();
    expect(answerAnalysisMessage({ type: FIND_DIRECTIVES, text: '一要加强领导。' }, { id: 'other-extension' }, 'ext', reply)).toBe(false);
    expect(answerAnalysisMessage({ type: 'notice/save', text: '一要加强领导。' }, { id: 'ext' }, 'ext', reply)).toBe(false);
    expect(answerAnalysisMessage({ type: FIND_DIRECTIVES, text: 42 }, { id: 'ext' }, 'ext', reply)).toBe(false);
    expect(reply).not.toHaveBeenCalled();
  });
});
