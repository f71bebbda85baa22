import type { Lang, Translate } from '../../../utils/i18n';
import { tasksCsv } from '../../../utils/export/tasks-csv';
import { tasksIcal } from '../../../utils/export/tasks-ical';
import { tasksMarkdown } from '../../../utils/export/tasks-markdown';
import { localDay } from '../../../utils/tasks/due';
import type { TaskRow } from '../../../utils/tasks/task-list';
import { downloadFile, MARKDOWN } from '../../shared/download';

const CSV = 'text/csv;charset=utf-8';
const ICS = 'text/calendar;charset=utf-8';

/** The shown tasks as a Markdown checklist, a CSV sheet or a calendar file. */
export function TaskExportBar({ rows, busy, lang, t }: { rows: TaskRow[]; busy: boolean; lang: Lang; t: Translate }) {
  const save = (ext: string, text: string, type: string) => downloadFile(`${t('taskFileName')}-${localDay(new Date())}.${ext}`, text, type);
  const off = busy || rows.length === 0;
  return (
    <div class="lib-export lib-task-export">
      <button type="button" data-nl-action="tasks-export-md" disabled={off} onClick={() => save('md', tasksMarkdown(rows, lang), MARKDOWN)}>{t('taskExportMd')}</button>
      <button type="button" data-nl-action="tasks-export-csv" disabled={off} onClick={() => save('csv', tasksCsv(rows, lang), CSV)}>{t('taskExportCsv')}</button>
      <button type="button" data-nl-action="tasks-export-ics" disabled={off}
        onClick={() => save('ics', tasksIcal(rows, new Date().toISOString(), lang), ICS)}>{t('taskExportIcs')}</button>
    </div>
  );
}
