import { useContext, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../utils/i18n';
import { correctedFacts, daysUntil } from '../../utils/tasks/due';
import { dueWords } from '../../utils/tasks/relative-due';
import { TaskContext } from './task-context';
import { TaskForm } from './TaskForm';

interface Props {
  /** The directive's place in the notice. */
  index: number;
  /** The directive's marker, naming it to assistive technology (“修改“（二）”的期限…”). */
  label: string;
  t: Translate;
  /** The row's roving tabindex (in-page outline); absent in the side panel, where every control is a Tab stop. */
  tab?: number;
}

/** How near a date is, for the look: overdue, today, within 7 days, later. */
function urgency(date: string, today: string): string {
  const d = daysUntil(date, today);
  return d < 0 ? 'overdue' : d === 0 ? 'today' : d <= 7 ? 'soon' : 'later';
}

/**
 * A directive's due date (relative to today, the date beside it) and lead unit, with a button that opens the
 * correction form. Draws nothing where no task source is given; in the in-page outline, nothing for a directive
 * that names neither (the side panel, which has the room, offers the form on every directive).
 */
export function TaskBadge({ index, label, t, tab }: Props) {
  const source = useContext(TaskContext);
  const [editing, setEditing] = useState(false);
  const edit = useRef<HTMLButtonElement>(null);
  if (!source) return null;
  const extracted = source.extracted(index);
  const correction = source.correction(index);
  const facts = correctedFacts(extracted, correction);
  const corrected = correction?.due !== undefined || correction?.lead !== undefined;
  const due = facts.due;
  // The in-page outline stays three Tab stops a row where the notice names nothing (the side panel adds facts).
  if (!due && !facts.lead && !editing && !corrected && tab !== undefined) return null;
  const close = () => {
    setEditing(false);
    // Back where the reader was, so the outline's keys go on working.
    requestAnimationFrame(() => edit.current?.focus());
  };
  return (
    <div class="nl-task" data-nl-task={index}>
      {due && (
        <span class="nl-task-due" data-nl-field="task-due" data-urgency={due.kind === 'date' ? urgency(due.date, source.today) : undefined}
          title={due.text || undefined}>
          {dueWords(due, source.today, t)}{due.kind === 'date' && <span class="nl-task-date"> · {due.date}</span>}
        </span>
      )}
      {facts.lead && <span class="nl-task-lead" data-nl-field="task-lead">{t('taskLead', { unit: facts.lead })}</span>}
      {corrected && <span class="nl-task-corrected">{t('taskCorrected')}</span>}
      <button ref={edit} type="button" class="nl-task-edit" data-nl-action="task-edit" tabIndex={tab} aria-expanded={editing}
        aria-label={t('taskEditOf', { target: label })} title={t('taskEdit')} onClick={() => setEditing(!editing)}>
        {t('taskDueLabel')}…
      </button>
      {editing && (
        <TaskForm extracted={extracted} facts={facts} corrected={corrected} t={t}
          onSave={(c) => { source.correct(index, c); close(); }} onCancel={close} />
      )}
    </div>
  );
}
