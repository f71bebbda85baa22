import type { Translate } from '../../../utils/i18n';
import { daysUntil } from '../../../utils/tasks/due';
import { dueWords } from '../../../utils/tasks/relative-due';
import type { TaskRow } from '../../../utils/tasks/task-list';

/** One task: the directive, its deadline (relative, and the date), its units, its notice and the link to it. */
export function TaskItem({ row, today, t }: { row: TaskRow; today: string; t: Translate }) {
  const date = row.due?.kind === 'date' ? row.due.date : null;
  const overdue = date !== null && row.status !== 'done' && daysUntil(date, today) < 0;
  return (
    <li class="lib-task" data-nl-task-row={row.key} data-status={row.status ?? 'todo'} data-overdue={overdue ? '' : undefined}>
      <div class="lib-task-head">
        <span class="lib-task-text" data-nl-field="task-text">{row.text}</span>
        {row.due && (
          <span class="lib-task-due" data-nl-field="task-due" title={row.due.text || undefined}>
            {dueWords(row.due, today, t)}{date && <span class="nl-muted"> · {date}</span>}
          </span>
        )}
      </div>
      <p class="lib-task-meta nl-muted">
        {row.leadUnit && <span data-nl-field="task-lead">{t('taskLead', { unit: row.leadUnit })}</span>}
        {row.responsible?.length ? <span>{t('taskResponsible', { units: row.responsible.join(t('listSep')) })}</span> : null}
        {row.reportTo && <span>{t('taskReportTo', { target: row.reportTo })}</span>}
        <span class="lib-task-notice">{row.notice}</span>
        {row.link && <a href={row.link} target="_blank" rel="noopener noreferrer" data-nl-action="open-task">{t('taskOpen')}</a>}
      </p>
    </li>
  );
}
