/**
 * Directives as Markdown checklist lines in the Obsidian Tasks form, so task tools that read Markdown (Obsidian
 * Tasks, Logseq, plain GitHub lists) pick them up: `- [ ] （二）完善应急预案（牵头：区应急管理局）📅 2025-11-30`,
 * done `- [x] … ✅ 2025-11-28`, recurring `🔁 every month on the 10th`. The emoji fields and the recurrence are
 * the plugin's own syntax, so they stay English in both languages. Pure string code.
 */
import { translator, type Lang } from '../i18n';
import type { DirectiveStatus, NoticeRecord } from '../model';
import { correctedFacts } from '../tasks/due';
import type { DirectiveGroup } from './group';
import type { Due, TaskFacts } from '../tasks/model';
import type { TaskRow } from '../tasks/task-list';
import { escapeInline, safeLink } from './markdown-escape';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th, 21st. */
function ordinalDay(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** The Obsidian Tasks recurrence rule of a recurring deadline (its "every …" grammar). */
export function recurrenceRule(due: Extract<Due, { kind: 'recurring' }>): string {
  switch (due.every) {
    // A weekly deadline's day is the weekday (1 = Monday, utils/tasks/model.ts).
    case 'week': return due.day ? `every week on ${WEEKDAYS[(due.day - 1) % 7]}` : 'every week';
    case 'month': return due.day ? `every month on the ${ordinalDay(due.day)}` : 'every month';
    case 'quarter': return 'every 3 months';
    case 'half-year': return 'every 6 months';
    case 'year': return due.month && due.day ? `every year on ${MONTHS[due.month - 1]} ${ordinalDay(due.day)}` : 'every year';
  }
}

/**
 * What follows a task's text: the lead unit, then 🔁 / 📅 / ✅ as Obsidian Tasks orders them. A field follows
 * full-width punctuation directly (`（牵头：区应急管理局）📅 2025-11-30`, the form), anything else after a space.
 */
export function taskSuffix(facts: TaskFacts, status: DirectiveStatus | undefined, doneOn: string | undefined, lang: Lang): string {
  let out = facts.lead ? translator(lang)('mdTaskLead', { unit: escapeInline(facts.lead) }) : '';
  const field = (f: string) => {
    out += /[\uff01-\uff60\u3001-\u3011]$/u.test(out) ? f : ` ${f}`;
  };
  if (facts.due?.kind === 'recurring') field(`🔁 ${recurrenceRule(facts.due)}`);
  if (facts.due?.kind === 'date') field(`📅 ${facts.due.date}`);
  if (status === 'done' && doneOn) field(`✅ ${doneOn}`);
  return out;
}

/**
 * The suffix of a directive exported with its notice (notice-markdown.ts): the lead unit and 📅 / 🔁, from the
 * notice's facts as corrected. No ✅ there: the notice file is a reading record, re-exported and diffed, and the
 * annotation's last change (a later note edit moves it) is only a stand-in for the day the task was done; the
 * Tasks view's checklist (tasksMarkdown) carries it.
 */
export function groupTaskSuffix(notice: NoticeRecord, g: DirectiveGroup, index: number, lang: Lang): string {
  const extracted = g.onPage ? notice.tasks?.find((f) => f.index === index) : undefined;
  return taskSuffix(correctedFacts(extracted, g.state), undefined, undefined, lang);
}

/** The lead sentence without its closing 。；; (the line goes on with the unit and the date). */
function taskText(text: string): string {
  return text.replace(/[。；;，,：:\s]+$/u, '');
}

/** One checklist line, exactly the Obsidian Tasks form (the notice's heading above it carries the link). */
export function taskLine(row: TaskRow, lang: Lang): string {
  const box = row.status === 'done' ? '- [x]' : '- [ ]';
  return `${box} ${escapeInline(taskText(row.text))}${taskSuffix({ due: row.due, lead: row.leadUnit }, row.status, row.doneOn, lang)}`;
}

/** A file of checklists, one section per notice (notices in the rows' order), each headed by a link to it. */
export function tasksMarkdown(rows: TaskRow[], lang: Lang): string {
  const sections = new Map<string, TaskRow[]>();
  for (const r of rows) sections.set(r.page, [...(sections.get(r.page) ?? []), r]);
  const out: string[] = [];
  for (const list of sections.values()) {
    const title = list[0]!.notice.trim() || translator(lang)('mdUntitled');
    out.push(`## ${safeLink(title, list[0]!.page)}`, '', ...list.map((r) => taskLine(r, lang)), '');
  }
  return out.join('\n');
}
