/**
 * A directive's task facts as the reader sees them: what the notice says (utils/tasks/extract.ts), with the
 * reader's corrections winning (the directive annotation's `due` and `lead`: absent = the notice's value stands,
 * '' = none), and how far the due date is from today. Pure: no DOM, no clock (callers pass today).
 */
import type { Due, TaskFacts } from './model';

/** The reader's corrections, as the directive's annotation stores them. */
export interface TaskCorrection {
  due?: string;
  lead?: string;
}

/** The facts with the corrections applied; a corrected date keeps no notice text (the reader typed it). */
export function correctedFacts(facts: TaskFacts | undefined, correction: TaskCorrection | undefined): TaskFacts {
  const out: TaskFacts = { ...(facts ?? {}) };
  if (correction?.due !== undefined) {
    if (correction.due === '') delete out.due;
    else out.due = { kind: 'date', date: correction.due, text: '' };
  }
  if (correction?.lead !== undefined) {
    if (correction.lead.trim() === '') delete out.lead;
    else out.lead = correction.lead.trim();
  }
  return out;
}

/** The one date a deadline falls on, when it is one date (`data-nl-due`, the calendar, the filters). */
export function dueDate(due: Due | undefined): string | null {
  return due?.kind === 'date' ? due.date : null;
}

/** A local calendar day as YYYY-MM-DD: "today" is the reader's day, not UTC's. */
export function localDay(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

const dayNumber = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

/** Whole days from `today` to `date` (both YYYY-MM-DD): 0 today, 3 in three days, -2 two days overdue. */
export function daysUntil(date: string, today: string): number {
  return Math.round(dayNumber(date) - dayNumber(today));
}

/** Days ahead (today included) that count as "due soon": the popup's count and the library's filter. */
export const DUE_SOON_DAYS = 7;

/** Due today or within the next DUE_SOON_DAYS days (overdue is not "soon"; it has its own filter). */
export function isDueSoon(date: string | null, today: string): boolean {
  if (!date) return false;
  const d = daysUntil(date, today);
  return d >= 0 && d <= DUE_SOON_DAYS;
}
