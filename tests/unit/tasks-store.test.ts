// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PAGE_A, annotation, errorOf, notice, setup, value } from './store-helpers';
import { createBackup, parseBackup } from '../../utils/export';
import type { Annotation, NoticeRecord } from '../../utils/model';

const directive = { ordinal: '一是', index: 0, lead: '加强安全生产' };
const TASKS: NonNullable<NoticeRecord['tasks']> = [
  { index: 0, due: { kind: 'date', date: '2025-11-30', text: '于2025年11月30日前' }, lead: '区应急管理局', responsible: ['各街道'], reportTo: '区政府办' },
  { index: 1, due: { kind: 'recurring', every: 'month', day: 10, text: '每月10日前' } },
  { index: 2, due: { kind: 'relative', text: '即日起' } },
];

describe("a directive's corrections in the store", () => {
  it('are stored and read back with the annotation', async () => {
    const { call } = setup();
    const saved = value(await call({ type: 'annotation/put', annotation: annotation({ kind: 'directive', directive, status: 'todo', due: '2025-12-01', lead: '区财政局' }) }));
    expect([saved.due, saved.lead]).toEqual(['2025-12-01', '区财政局']);
    const [listed] = value(await call({ type: 'annotations/list', page: PAGE_A }));
    expect([listed!.due, listed!.lead]).toEqual(['2025-12-01', '区财政局']);
  });

  it("'' (no date, no lead unit) is a correction too", async () => {
    const { call } = setup();
    const saved = value(await call({ type: 'annotation/put', annotation: annotation({ kind: 'directive', directive, due: '', lead: '' }) }));
    expect([saved.due, saved.lead]).toEqual(['', '']);
  });

  it('refuses a due date the calendar does not have, or one not written YYYY-MM-DD (a day that exists passes beside them)', async () => {
    const { raw, call } = setup();
    for (const due of ['2025-02-30', '2025/11/30', '2025-13-01', 20251130]) {
      const r = await raw({ type: 'annotation/put', annotation: annotation({ kind: 'directive', directive, due: due as string }) });
      expect(errorOf(r)).toMatchObject({ code: 'invalid', path: 'annotation.due' });
    }
    expect(value(await call({ type: 'annotation/put', annotation: annotation({ kind: 'directive', directive, due: '2024-02-29' }) })).due).toBe('2024-02-29');
  });
});

describe("a notice's task facts in the store", () => {
  it('are stored with the notice and read back', async () => {
    const { call } = setup();
    value(await call({ type: 'annotation/put', annotation: annotation(), notice: notice({ tasks: TASKS }) }));
    expect(value(await call({ type: 'notice/get', page: PAGE_A }))!.tasks).toEqual(TASKS);
  });

  it('refuses an unknown recurrence or a malformed date', async () => {
    const { raw } = setup();
    const bad = [
      [{ index: 0, due: { kind: 'recurring', every: 'fortnight', text: '' } }, 'notice.tasks[0].due.every'],
      [{ index: 0, due: { kind: 'date', date: '2025-11-31', text: '' } }, 'notice.tasks[0].due.date'],
      [{ index: 0, due: { kind: 'date', text: '' } }, 'notice.tasks[0].due.date'],
    ] as const;
    for (const [task, path] of bad) {
      const r = await raw({ type: 'annotation/put', annotation: annotation(), notice: notice({ tasks: [task as never] }) });
      expect(errorOf(r)).toMatchObject({ code: 'invalid', path });
    }
  });
});

describe('backups', () => {
  it('carry the corrections and the task facts, and import them back', () => {
    const T = '2025-11-20T08:00:00.000Z';
    const n: NoticeRecord = { ...notice({ tasks: TASKS }), firstSeen: T, lastSeen: T } as NoticeRecord;
    const a: Annotation = { id: 'd-1', page: PAGE_A, kind: 'directive', selectors: [], note: '', tags: [], created: T, modified: T, directive, status: 'doing', due: '2025-12-01', lead: '区财政局' };
    const parsed = parseBackup(createBackup([n], [a], T), {}, Date.parse('2025-11-21T00:00:00Z'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.annotations).toEqual([a]);
    expect(parsed.notices[0]!.tasks).toEqual(TASKS);
  });
});
