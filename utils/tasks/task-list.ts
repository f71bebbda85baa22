/**
 * Every directive that is a task for the reader, across notices: the ones the reader touched (a status, a
 * note, a highlight inside, a correction) and the ones with a due date. Built from what the store has (the
 * notice records' `tasks` and `directives`, the annotations), so the library, the popup and the exports agree.
 * Pure: no DOM, no clock (callers pass today).
 */
import type { Annotation, DirectiveStatus, NoticeRecord } from '../model';
import { groupAnnotations, isTouched, type DirectiveGroup } from '../export/group';
import { passageUrl, textDirective } from '../export/passage-link';
import { isHttpUrl } from '../text/url';
import { correctedFacts, daysUntil, dueDate, isDueSoon } from './due';
import type { Due } from './model';

export interface TaskRow {
  /** The notice's page (its storage key) and title. */
  page: string;
  notice: string;
  /** The directive's place in the notice (-1: no longer on the page), marker and lead sentence (marker included). */
  index: number;
  ordinal: string;
  text: string;
  status?: DirectiveStatus;
  due?: Due;
  leadUnit?: string;
  responsible?: string[];
  reportTo?: string;
  /** When the reader marked it done (YYYY-MM-DD, the annotation's last change), for `✅`. */
  doneOn?: string;
  /** Opens the notice at the directive: `#notice-lens=ID` when it has an annotation, else a text fragment. */
  link: string | null;
  /** A stable key (page and directive) for UIDs and list keys. */
  key: string;
}

/** The directive's annotation edited last carries the reader's corrections and status. */
function rowOf(notice: NoticeRecord, g: DirectiveGroup, index: number): TaskRow {
  const facts = correctedFacts(index >= 0 ? notice.tasks?.find((t) => t.index === index) : undefined, g.state);
  const state = g.state;
  const anchor = state ?? g.highlights[0];
  const opensIn = notice.shell && isHttpUrl(notice.shell) ? notice.shell : notice.page;
  const fragment = textDirective(g.lead);
  const link = anchor
    ? passageUrl(notice.page, anchor.id, g.lead, notice.shell)
    : isHttpUrl(opensIn) ? (fragment && opensIn === notice.page ? `${opensIn.split('#')[0]}#:~:${fragment}` : opensIn) : null;
  return {
    page: notice.page,
    notice: notice.title,
    index,
    ordinal: g.ordinal,
    text: g.lead,
    ...(state?.status ? { status: state.status } : {}),
    ...(facts.due ? { due: facts.due } : {}),
    ...(facts.lead ? { leadUnit: facts.lead } : {}),
    ...(facts.responsible?.length ? { responsible: facts.responsible } : {}),
    ...(facts.reportTo ? { reportTo: facts.reportTo } : {}),
    ...(state?.status === 'done' ? { doneOn: state.modified.slice(0, 10) } : {}),
    link,
    key: `${notice.page}#${index}:${g.ordinal}`,
  };
}

const corrected = (g: DirectiveGroup) => g.notes.some((a) => a.due !== undefined || a.lead !== undefined);

/** The tasks of every notice, in notice order then directive order. */
export function collectTasks(notices: NoticeRecord[], annotations: Annotation[]): TaskRow[] {
  const byPage = new Map<string, Annotation[]>();
  for (const a of annotations) {
    const list = byPage.get(a.page);
    if (list) list.push(a);
    else byPage.set(a.page, [a]);
  }
  const rows: TaskRow[] = [];
  for (const notice of notices) {
    const groups = groupAnnotations(notice, byPage.get(notice.page) ?? []).directives;
    const onPage = (notice.directives ?? []).length;
    groups.forEach((g, i) => {
      const index = i < onPage ? i : -1;
      const row = rowOf(notice, g, index);
      if (isTouched(g) || corrected(g) || dueDate(row.due)) rows.push(row);
    });
  }
  return rows;
}

export type TaskFilter = 'all' | 'overdue' | 'soon' | 'undated';

/** Whether a row passes a filter; a done task is never overdue nor due soon. */
export function passes(row: TaskRow, filter: TaskFilter, today: string): boolean {
  const date = dueDate(row.due);
  switch (filter) {
    case 'all': return true;
    case 'overdue': return row.status !== 'done' && date !== null && daysUntil(date, today) < 0;
    case 'soon': return row.status !== 'done' && isDueSoon(date, today);
    case 'undated': return date === null;
  }
}

/** Whether a row matches the search (notice, directive, units; case-insensitive). */
export function matches(row: TaskRow, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return [row.notice, row.text, row.leadUnit ?? '', ...(row.responsible ?? []), row.reportTo ?? '', row.due?.text ?? '']
    .some((s) => s.toLowerCase().includes(q));
}

/** Earliest due first; undated last; then notice and directive order. */
export function byDue(a: TaskRow, b: TaskRow): number {
  const da = dueDate(a.due) ?? '\uffff';
  const db = dueDate(b.due) ?? '\uffff';
  return da < db ? -1 : da > db ? 1 : a.page < b.page ? -1 : a.page > b.page ? 1 : a.index - b.index;
}

/** The groups of the Tasks view, in this order; a task without a status is to do. */
export const STATUS_GROUPS: readonly DirectiveStatus[] = ['todo', 'doing', 'done'];

export function groupByStatus(rows: TaskRow[]): Record<DirectiveStatus, TaskRow[]> {
  const out: Record<DirectiveStatus, TaskRow[]> = { todo: [], doing: [], done: [] };
  for (const r of rows) out[r.status ?? 'todo'].push(r);
  for (const s of STATUS_GROUPS) out[s].sort(byDue);
  return out;
}

/** How many open tasks fall due today or within the next 7 days (the popup's count). */
export function countDueSoon(rows: TaskRow[], today: string): number {
  return rows.filter((r) => passes(r, 'soon', today)).length;
}
