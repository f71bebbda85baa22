import { describe, expect, it } from 'vitest';
import { collectTasks, countDueSoon, groupByStatus, matches, passes } from '../../utils/tasks/task-list';
import { correctedFacts, daysUntil, localDay } from '../../utils/tasks/due';
import { relativeDue } from '../../utils/tasks/relative-due';
import { translator } from '../../utils/i18n';
import { ANNOTATIONS, EMERGENCY, SCHOOLS, TODAY } from './tasks-fixture';

const rows = collectTasks([EMERGENCY, SCHOOLS], ANNOTATIONS);
const byText = (text: string) => rows.find((r) => r.text === text)!;

describe('collectTasks', () => {
  it('lists the touched and the dated directives, not the untouched undated ones', () => {
    expect(rows.map((r) => r.text)).toEqual([
      '（一）开展隐患排查。', '（二）完善应急预案。', '（四）加强值班值守。', '一是落实校长负责制。',
    ]);
    // Traps beside them: 一、 (no facts, untouched) and 二是 (untouched) are not tasks; （三） is recurring, not dated.
    expect(rows.some((r) => r.text === '一、总体要求' || r.text === '二是规范食材采购。' || r.text.startsWith('（三）'))).toBe(false);
  });

  it("applies the reader's correction over the notice's facts", () => {
    const row = byText('（二）完善应急预案。');
    expect(row.due).toEqual({ kind: 'date', date: '2025-11-28', text: '' });
    expect(row.leadUnit).toBe('区应急管理局（牵头）');
    expect(row.responsible).toEqual(['各街道办事处', '区消防救援大队']);
    expect(row.status).toBe('doing');
  });

  it('links a touched directive through its annotation, an untouched one through a text fragment', () => {
    expect(byText('（二）完善应急预案。').link).toContain('#notice-lens=d-2');
    expect(byText('（四）加强值班值守。').link).toBe(`${EMERGENCY.page}#:~:text=${encodeURIComponent('（四）加强值班值守。')}`);
  });

  it('records when a done task was done', () => {
    expect(byText('（一）开展隐患排查。').doneOn).toBe('2025-11-19');
  });
});

describe('filters, search, groups', () => {
  it('overdue: past due and not done (the done task past its date is not overdue)', () => {
    expect(rows.filter((r) => passes(r, 'overdue', '2025-11-29')).map((r) => r.text)).toEqual(['（二）完善应急预案。']);
    expect(rows.filter((r) => passes(r, 'overdue', TODAY))).toHaveLength(0);
  });

  it('due soon: today through 7 days ahead', () => {
    expect(rows.filter((r) => passes(r, 'soon', TODAY)).map((r) => r.text)).toEqual(['（二）完善应急预案。']);
    expect(countDueSoon(rows, '2025-12-24')).toBe(1); // （四） on 12-31: exactly 7 days ahead
    expect(countDueSoon(rows, '2025-12-23')).toBe(0); // 8 days ahead
  });

  it('undated', () => {
    expect(rows.filter((r) => passes(r, 'undated', TODAY)).map((r) => r.text)).toEqual(['一是落实校长负责制。']);
  });

  it('searches the notice, the directive and the units', () => {
    expect(rows.filter((r) => matches(r, '消防')).map((r) => r.text)).toEqual(['（二）完善应急预案。']);
    expect(rows.filter((r) => matches(r, '食品安全')).map((r) => r.text)).toEqual(['一是落实校长负责制。']);
    expect(rows.filter((r) => matches(r, '不存在的词'))).toHaveLength(0);
  });

  it('groups by status, earliest due first, undated last; no status is to do', () => {
    const g = groupByStatus(rows);
    expect(g.todo.map((r) => r.text)).toEqual(['（四）加强值班值守。', '一是落实校长负责制。']);
    expect(g.doing.map((r) => r.text)).toEqual(['（二）完善应急预案。']);
    expect(g.done.map((r) => r.text)).toEqual(['（一）开展隐患排查。']);
  });
});

describe('due dates', () => {
  it('counts whole days across months and years', () => {
    expect(daysUntil('2025-12-01', '2025-11-28')).toBe(3);
    expect(daysUntil('2026-01-01', '2025-12-31')).toBe(1);
    expect(daysUntil('2025-11-26', '2025-11-28')).toBe(-2);
  });

  it("today is the reader's local day", () => {
    expect(localDay(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
  });

  it('words it relative to today in both languages, with plurals', () => {
    const zh = translator('zh');
    const en = translator('en');
    expect(relativeDue('2025-11-28', '2025-11-25', zh)).toBe('还有3天');
    expect(relativeDue('2025-11-25', '2025-11-25', zh)).toBe('今天到期');
    expect(relativeDue('2025-11-23', '2025-11-25', zh)).toBe('已逾期2天');
    expect(relativeDue('2025-11-28', '2025-11-25', en)).toBe('due in 3 days');
    expect(relativeDue('2025-11-26', '2025-11-25', en)).toBe('due in 1 day');
    expect(relativeDue('2025-11-24', '2025-11-25', en)).toBe('overdue by 1 day');
    expect(relativeDue('2025-11-23', '2025-11-25', en)).toBe('overdue by 2 days');
  });

  it("a correction of '' removes the fact; none keeps the notice's", () => {
    const facts = { due: { kind: 'date' as const, date: '2025-11-30', text: '于2025年11月30日前' }, lead: '区应急管理局' };
    expect(correctedFacts(facts, { due: '', lead: '' })).toEqual({});
    expect(correctedFacts(facts, {})).toEqual(facts);
    expect(correctedFacts(facts, { lead: '区财政局' }).lead).toBe('区财政局');
  });
});
