/**
 * The reader's correction form read back: a typed day in the forms people type (2025-11-30, 2025/11/30,
 * 2025.11.30, 2025年11月30日), and the correction it makes against what the notice says (a value equal to the
 * notice's is no correction; an emptied field is "none" only where the notice named something). Pure.
 */
import { dueDate, type TaskCorrection } from './due';
import type { TaskFacts } from './model';

/** The day typed, as YYYY-MM-DD; null when it is not a day the calendar has. */
export function parseDay(input: string): string | null {
  const m = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$/.exec(input);
  if (!m) return null;
  const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The correction the form's two fields make; 'bad-date' when the date field holds no day. */
export function correctionFrom(extracted: TaskFacts | undefined, dueInput: string, leadInput: string): TaskCorrection | 'bad-date' {
  const out: TaskCorrection = {};
  const noticeDate = dueDate(extracted?.due);
  if (dueInput.trim() === '') {
    if (extracted?.due) out.due = '';
  } else {
    const day = parseDay(dueInput);
    if (!day) return 'bad-date';
    if (day !== noticeDate) out.due = day;
  }
  const lead = leadInput.trim();
  if (lead === '') {
    if (extracted?.lead) out.lead = '';
  } else if (lead !== extracted?.lead) out.lead = lead;
  return out;
}
