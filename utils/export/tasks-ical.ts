/**
 * Dated tasks as an iCalendar file (RFC 5545) that calendar and to-do apps import: one VTODO per task with a
 * due date, DUE;VALUE=DATE (a whole day, no time zone to get wrong), a UID stable across exports (so a second
 * import updates rather than duplicates), CRLF line ends, lines folded at 75 octets without splitting a UTF-8
 * character, TEXT values escaped. Pure string code; the caller passes the export time (DTSTAMP).
 */
import { translator, type Lang } from '../i18n';
import type { TaskRow } from '../tasks/task-list';

/** TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma, line breaks. */
export function icalText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** A content line folded so that no line exceeds 75 octets (continuations begin with one space, which counts). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** A stable UID from the task's page and directive (FNV-1a, two seeds: ids need not be secret, only distinct). */
function uid(key: string): string {
  let hex = '';
  for (const seed of [0x811c9dc5, 0x01000193]) {
    let h = seed >>> 0;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
    hex += h.toString(16).padStart(8, '0');
  }
  return `${hex}@notice-lens`;
}

/** 2025-11-28T09:05:00.000Z → 20251128T090500Z. */
const icalTime = (iso: string) => `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
const STATUS = { todo: 'NEEDS-ACTION', doing: 'IN-PROCESS', done: 'COMPLETED' } as const;

/** The calendar's text: the dated tasks as VTODOs (the others have no place in a calendar). */
export function tasksIcal(rows: TaskRow[], exportedAt: string, lang: Lang): string {
  const t = translator(lang);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Notice Lens//Tasks//EN', 'CALSCALE:GREGORIAN'];
  for (const r of rows) {
    if (r.due?.kind !== 'date') continue;
    const about = [r.notice, r.leadUnit ? t('taskLead', { unit: r.leadUnit }) : '', r.responsible?.length ? t('taskResponsible', { units: r.responsible.join(t('listSep')) }) : '']
      .filter(Boolean).join('\n');
    lines.push(
      'BEGIN:VTODO',
      `UID:${uid(r.key)}`,
      `DTSTAMP:${icalTime(exportedAt)}`,
      `SUMMARY:${icalText(r.text)}`,
      `DESCRIPTION:${icalText(about)}`,
      `DUE;VALUE=DATE:${r.due.date.replace(/-/g, '')}`,
      `STATUS:${STATUS[r.status ?? 'todo']}`,
      ...(r.link ? [`URL:${r.link}`] : []),
      'END:VTODO',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
