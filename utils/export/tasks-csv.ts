/**
 * Tasks as CSV for a spreadsheet: UTF-8 with a byte-order mark (Excel otherwise reads Chinese as the ANSI code
 * page), CRLF rows and RFC 4180 quoting. A cell that starts with = + - @ (or a tab or CR) is prefixed with `'`
 * so a spreadsheet shows it as text instead of running it as a formula (CSV injection): page text is a
 * stranger's text. Pure string code.
 */
import { translator, type Lang } from '../i18n';
import type { TaskRow } from '../tasks/task-list';

const STATUS_KEYS = { todo: 'statusTodo', doing: 'statusDoing', done: 'statusDone' } as const;

/** A cell as a spreadsheet should read it: text, never a formula; quoted when it holds , " CR or LF. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The deadline as a cell: the date, else the notice's words (每月10日前, 即日起). */
function dueCell(row: TaskRow): string {
  if (!row.due) return '';
  return row.due.kind === 'date' ? row.due.date : row.due.text;
}

/** The file's text, BOM first: notice, directive, lead, responsible, due, status, link. */
export function tasksCsv(rows: TaskRow[], lang: Lang): string {
  const t = translator(lang);
  const header = [t('csvNotice'), t('csvDirective'), t('csvLead'), t('csvResponsible'), t('csvDue'), t('csvStatus'), t('csvLink')];
  const lines = [header, ...rows.map((r) => [
    r.notice,
    r.text,
    r.leadUnit ?? '',
    (r.responsible ?? []).join(t('listSep')),
    dueCell(r),
    t(STATUS_KEYS[r.status ?? 'todo']),
    r.link ?? '',
  ])];
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
