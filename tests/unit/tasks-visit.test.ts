import { describe, expect, it, vi } from 'vitest';
import type { PageAnalysis } from '../../utils/page/analyze';
import { extractVisitTasks } from '../../utils/app/task-facts';

/** An analysis as the visit has it, reduced to what the task facts read: the text and the directives. */
function analysisOf(text: string, leads: string[]): PageAnalysis {
  const directives = leads.map((lead) => {
    const start = text.indexOf(lead);
    return { start, leadEnd: start + lead.length, level: 1, markerEnd: start + 3, ordinal: lead.slice(0, 3), index: 0, lead };
  });
  return { index: { text }, directives } as unknown as PageAnalysis;
}

const TEXT = [
  '（一）开展隐患排查。于2025年11月30日前完成全覆盖排查。牵头单位：区应急管理局。',
  '（二）加强宣传教育。各单位要广泛开展安全宣传。',
].join('\n');

describe("a visit's task facts", () => {
  it('keeps in the notice record only the directives that name something, by index', () => {
    const { extracted, stored } = extractVisitTasks(analysisOf(TEXT, ['（一）开展隐患排查。', '（二）加强宣传教育。']), '2025-10-08');
    expect(extracted).toHaveLength(2);
    expect(stored).toEqual([{ index: 0, due: { kind: 'date', date: '2025-11-30', text: expect.any(String) }, lead: '区应急管理局' }]);
  });

  it('resolves 12月底前 against a YYYY-MM-DD publication date, and passes on none that is not one', () => {
    const text = '（一）完善预案。12月底前完成。';
    expect(extractVisitTasks(analysisOf(text, ['（一）完善预案。']), '2025-10-08').stored.map((f) => f.due))
      .toEqual([{ kind: 'date', date: '2025-12-31', text: expect.any(String) }]);
    // Unknown publication date: the month-only deadline stays text.
    expect(extractVisitTasks(analysisOf(text, ['（一）完善预案。']), '2025年10月').stored.map((f) => f.due?.kind)).toEqual(['relative']);
  });

  it('a fault in the extraction costs the facts, not the visit', async () => {
    vi.resetModules();
    vi.doMock('../../utils/tasks/extract', () => ({ extractTaskFacts: () => { throw new Error('boom'); } }));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { extractVisitTasks: faulty } = await import('../../utils/app/task-facts');
    expect(faulty(analysisOf(TEXT, ['（一）开展隐患排查。', '（二）加强宣传教育。']), '2025-10-08')).toEqual({ extracted: [{}, {}], stored: [] });
    expect(warn).toHaveBeenCalledTimes(1);
    vi.doUnmock('../../utils/tasks/extract');
    warn.mockRestore();
  });
});
