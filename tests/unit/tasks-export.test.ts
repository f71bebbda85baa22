import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { collectTasks, type TaskRow } from '../../utils/tasks/task-list';
import { recurrenceRule, taskLine, tasksMarkdown } from '../../utils/export/tasks-markdown';
import { renderNoticeMarkdown } from '../../utils/export/notice-markdown';
import { csvCell, tasksCsv } from '../../utils/export/tasks-csv';
import { foldLine, tasksIcal } from '../../utils/export/tasks-ical';
import { ANNOTATIONS, EMERGENCY, SCHOOLS } from './tasks-fixture';

const rows = collectTasks([EMERGENCY, SCHOOLS], ANNOTATIONS);
const row = (over: Partial<TaskRow>): TaskRow => ({ page: EMERGENCY.page, notice: EMERGENCY.title, index: 2, ordinal: '（二）', text: '（二）完善应急预案。', link: null, key: 'k', ...over });

describe('Markdown checklist lines (Obsidian Tasks)', () => {
  it('writes the open, done and recurring forms', () => {
    expect(taskLine(row({ leadUnit: '区应急管理局', due: { kind: 'date', date: '2025-11-30', text: '' } }), 'zh'))
      .toBe('- [ ] （二）完善应急预案（牵头：区应急管理局）📅 2025-11-30');
    expect(taskLine(row({ status: 'done', doneOn: '2025-11-28', due: { kind: 'date', date: '2025-11-30', text: '' } }), 'zh'))
      .toBe('- [x] （二）完善应急预案 📅 2025-11-30 ✅ 2025-11-28');
    expect(taskLine(row({ text: '（三）按月报送工作进展。', due: { kind: 'recurring', every: 'month', day: 10, text: '每月10日前' } }), 'zh'))
      .toBe('- [ ] （三）按月报送工作进展 🔁 every month on the 10th');
    expect(taskLine(row({ leadUnit: 'District Office', due: { kind: 'recurring', every: 'month', day: 22, text: '' } }), 'en'))
      .toBe('- [ ] （二）完善应急预案 (lead: District Office) 🔁 every month on the 22nd');
  });

  it('words every recurrence in the Obsidian Tasks grammar', () => {
    const rule = (due: Parameters<typeof recurrenceRule>[0]) => recurrenceRule(due);
    expect(rule({ kind: 'recurring', every: 'week', day: 5, text: '每周五前' })).toBe('every week on Friday');
    expect(rule({ kind: 'recurring', every: 'month', day: 1, text: '' })).toBe('every month on the 1st');
    expect(rule({ kind: 'recurring', every: 'month', day: 13, text: '' })).toBe('every month on the 13th');
    expect(rule({ kind: 'recurring', every: 'quarter', text: '每季度末' })).toBe('every 3 months');
    expect(rule({ kind: 'recurring', every: 'half-year', text: '' })).toBe('every 6 months');
    expect(rule({ kind: 'recurring', every: 'year', month: 6, day: 30, text: '' })).toBe('every year on June 30th');
  });

  it('the notice export carries the unit and 📅 on a touched directive', () => {
    const md = renderNoticeMarkdown(EMERGENCY, ANNOTATIONS.filter((a) => a.page === EMERGENCY.page), { lang: 'zh', exportedAt: '2025-11-25T00:00:00.000Z' });
    expect(md).toContain('- [ ] **（二）** 完善应急预案。（进行中）（牵头：区应急管理局（牵头））📅 2025-11-28');
    // An untouched directive is no task there, so its date stays out (the notice file is not a task list).
    expect(md).not.toContain('📅 2025-12-31');
  });

  it('a task with no facts is a plain checklist line', () => {
    expect(taskLine(row({ text: '一是落实校长负责制。' }), 'zh')).toBe('- [ ] 一是落实校长负责制');
  });

  it('page text cannot break the line or add Markdown', () => {
    const line = taskLine(row({ text: '（二）**加粗**\n# 标题 <img src=x>', leadUnit: '[链接](javascript:x)' }), 'zh');
    expect(line.split('\n')).toHaveLength(1);
    expect(line).not.toContain('**加粗**');
    expect(line).not.toContain('](javascript');
    expect(line).not.toMatch(/(^|[^\\])<img/);
  });

  it('one section per notice, headed by a link to it', () => {
    const md = tasksMarkdown(rows, 'zh');
    expect(md.match(/^## /gm)).toHaveLength(2);
    expect(md).toContain(`## [关于做好2025年冬季安全生产工作的通知](${EMERGENCY.page})`);
    expect(md).toContain('- [ ] （二）完善应急预案（牵头：区应急管理局（牵头））📅 2025-11-28');
    expect(md).toContain('- [x] （一）开展隐患排查（牵头：区住建局）📅 2025-11-20 ✅ 2025-11-19');
  });
});

/** A tiny RFC 4180 reader: quoted fields with "" escapes, CRLF records. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { record.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { record.push(field); records.push(record); record = []; field = ''; i++; }
    else field += c;
  }
  return records;
}

describe('CSV', () => {
  const csv = tasksCsv(rows, 'zh');
  it('starts with a BOM and reads back as a header and one record per task', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const records = readCsv(csv.slice(1));
    expect(records).toHaveLength(5);
    expect(records[0]).toEqual(['公文', '部署事项', '牵头单位', '责任单位', '期限', '状态', '链接']);
    const second = records.find((r) => r[1] === '（二）完善应急预案。')!;
    expect(second.slice(0, 6)).toEqual([EMERGENCY.title, '（二）完善应急预案。', '区应急管理局（牵头）', '各街道办事处、区消防救援大队', '2025-11-28', '进行中']);
  });

  it('quotes commas, quotes and line breaks, and keeps them', () => {
    const text = '甲,乙 "丙"\r\n丁';
    expect(csvCell(text)).toBe('"甲,乙 ""丙""\r\n丁"');
    expect(readCsv(`${csvCell(text)},x\r\n`)).toEqual([[text, 'x']]);
  });

  it('never lets a cell start a formula (a plain cell is left alone)', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('区应急管理局')).toBe('区应急管理局');
  });
});

describe('iCalendar', () => {
  const ics = tasksIcal(rows, '2025-11-25T09:30:00.000Z', 'zh');
  it('is read by ical.js: one VTODO per dated task, with its due day, status and summary', () => {
    const cal = new ICAL.Component(ICAL.parse(ics));
    const todos = cal.getAllSubcomponents('vtodo');
    expect(todos).toHaveLength(3); // （一） （二） （四）: the undated and recurring ones have no place in a calendar
    const second = todos.find((t) => t.getFirstPropertyValue('summary') === '（二）完善应急预案。')!;
    const due = second.getFirstPropertyValue('due') as ICAL.Time;
    expect([due.isDate, due.year, due.month, due.day]).toEqual([true, 2025, 11, 28]);
    expect(second.getFirstPropertyValue('status')).toBe('IN-PROCESS');
    expect(String(second.getFirstPropertyValue('description'))).toContain('牵头：区应急管理局（牵头）');
    expect(String(second.getFirstPropertyValue('dtstamp'))).toBe('2025-11-25T09:30:00Z');
    const uids = todos.map((t) => t.getFirstPropertyValue('uid'));
    expect(new Set(uids).size).toBe(3);
  });

  it('gives the same task the same UID in every export', () => {
    const again = tasksIcal(rows, '2025-12-01T00:00:00.000Z', 'zh');
    const uids = (s: string) => s.match(/^UID:.*$/gm);
    expect(uids(again)).toEqual(uids(ics));
  });

  it('ends lines with CRLF and folds at 75 octets without splitting a character', () => {
    expect(ics.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
    const long = `SUMMARY:${'应急'.repeat(40)}`;
    const folded = foldLine(long);
    expect(folded.split('\r\n ').join('')).toBe(long);
    expect(folded.split('\r\n').length).toBe(4); // 248 octets: 75 + 3×74 would hold them in 4 lines
  });

  it('escapes commas, semicolons and line breaks in text', () => {
    const odd = tasksIcal([row({ text: '甲,乙;丙\n丁\\', due: { kind: 'date', date: '2025-11-30', text: '' } })], '2025-11-25T00:00:00.000Z', 'zh');
    expect(odd).toContain('SUMMARY:甲\\,乙\\;丙\\n丁\\\\');
    const todo = new ICAL.Component(ICAL.parse(odd)).getFirstSubcomponent('vtodo')!;
    expect(todo.getFirstPropertyValue('summary')).toBe('甲,乙;丙\n丁\\');
  });
});
