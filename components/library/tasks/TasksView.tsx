import { useMemo, useState } from 'preact/hooks';
import type { Lang, Translate } from '../../../utils/i18n';
import type { LibraryIndex } from '../../../utils/library';
import type { NoticeRecord } from '../../../utils/model';
import { localDay } from '../../../utils/tasks/due';
import { collectTasks, groupByStatus, matches, passes, STATUS_GROUPS, type TaskFilter } from '../../../utils/tasks/task-list';
import { TaskExportBar } from './TaskExportBar';
import { TaskItem } from './TaskItem';

const FILTERS: { value: TaskFilter; key: 'taskFilterAll' | 'taskFilterOverdue' | 'taskFilterSoon' | 'taskFilterUndated' }[] = [
  { value: 'all', key: 'taskFilterAll' },
  { value: 'overdue', key: 'taskFilterOverdue' },
  { value: 'soon', key: 'taskFilterSoon' },
  { value: 'undated', key: 'taskFilterUndated' },
];
const STATUS_KEYS = { todo: 'statusTodo', doing: 'statusDoing', done: 'statusDone' } as const;

interface Props {
  index: LibraryIndex;
  /** False while only the notices are in: the tasks would miss the reader's statuses. */
  complete: boolean;
  lang: Lang;
  t: Translate;
}

/**
 * The library's Tasks view: every directive the reader touched or that has a due date, across notices, grouped
 * by status and sorted by due date, with filters, search, links to the directive and the task exports.
 */
export function TasksView({ index, complete, lang, t }: Props) {
  const [filter, setFilter] = useState<TaskFilter>('all');
  const [query, setQuery] = useState('');
  const today = localDay(new Date());
  const rows = useMemo(() => {
    const records = index.notices.map((n) => n.record).filter((r): r is NoticeRecord => r !== null);
    return collectTasks(records, index.annotations);
  }, [index]);
  const shown = rows.filter((r) => passes(r, filter, today) && matches(r, query));
  const groups = groupByStatus(shown);
  return (
    <section class="lib-tasks" aria-label={t('libViewTasks')} data-nl-view="tasks">
      <div class="lib-tasks-tools">
        <input type="search" data-nl-field="task-search" aria-label={t('taskSearch')} placeholder={t('taskSearch')} value={query}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
        <div role="group" class="lib-task-filters" aria-label={t('taskFilterAll')}>
          {FILTERS.map((f) => (
            <button key={f.value} type="button" data-nl-task-filter={f.value} aria-pressed={filter === f.value} onClick={() => setFilter(f.value)}>
              {t(f.key)}
            </button>
          ))}
        </div>
      </div>
      <TaskExportBar rows={[...groups.todo, ...groups.doing, ...groups.done]} busy={!complete} lang={lang} t={t} />
      {shown.length === 0 && <p class="lib-empty nl-muted" data-nl-field="task-none">{t('taskNone')}</p>}
      {STATUS_GROUPS.map((s) => groups[s].length > 0 && (
        <section key={s} class="lib-task-group" data-nl-task-group={s} aria-labelledby={`lib-task-group-${s}`}>
          <h2 id={`lib-task-group-${s}`}>{t('taskGroup', { status: t(STATUS_KEYS[s]), count: groups[s].length })}</h2>
          <ul class="lib-task-list">
            {groups[s].map((r) => <TaskItem key={r.key} row={r} today={today} t={t} />)}
          </ul>
        </section>
      ))}
    </section>
  );
}
