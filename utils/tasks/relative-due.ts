/**
 * The words for a due date relative to today, from the catalog: 还有3天 / 今天到期 / 已逾期2天, "due in 3 days" /
 * "due today" / "overdue by 2 days" (plural forms through the catalog). Pure.
 */
import type { Translate } from '../i18n';
import type { Due } from './model';
import { daysUntil } from './due';

export function relativeDue(date: string, today: string, t: Translate): string {
  const days = daysUntil(date, today);
  if (days === 0) return t('taskDueToday');
  return days > 0 ? t('taskDueIn', { count: days }) : t('taskOverdue', { count: -days });
}

/** The deadline as the reader reads it: relative for a date, the notice's words for the rest. */
export function dueWords(due: Due | undefined, today: string, t: Translate): string {
  if (!due) return '';
  if (due.kind === 'date') return relativeDue(due.date, today, t);
  return due.text;
}
