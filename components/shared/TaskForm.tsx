import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../utils/i18n';
import { correctionFrom } from '../../utils/tasks/correction';
import { dueDate, type TaskCorrection } from '../../utils/tasks/due';
import type { TaskFacts } from '../../utils/tasks/model';

interface Props {
  /** What the notice says (the baseline a correction is told against). */
  extracted: TaskFacts | undefined;
  /** What is shown now (the notice's facts with any correction). */
  facts: TaskFacts;
  corrected: boolean;
  t: Translate;
  /** The correction to store; null: back to what the notice says. */
  onSave: (correction: TaskCorrection | null) => void;
  onCancel: () => void;
}

/**
 * The correction of a directive's due date and lead unit, by keyboard: the date field takes the focus, Enter
 * saves, Esc cancels (and goes no further: in the panel Esc would collapse it). The date is typed as text
 * (2025-11-30, 2025/11/30, 2025年11月30日): a date picker's segments differ by locale and fight typing.
 */
export function TaskForm({ extracted, facts, corrected, t, onSave, onCancel }: Props) {
  const [due, setDue] = useState(dueDate(facts.due) ?? '');
  const [lead, setLead] = useState(facts.lead ?? '');
  const [bad, setBad] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  // In the commit that shows the form, not a frame later: the reader's next key goes to the date field.
  useLayoutEffect(() => first.current?.focus(), []);
  const submit = (e: Event) => {
    e.preventDefault();
    const c = correctionFrom(extracted, due, lead);
    if (c === 'bad-date') return setBad(true);
    onSave(c.due === undefined && c.lead === undefined ? null : c);
  };
  return (
    <form class="nl-task-form" data-nl-task-form="" onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        onCancel();
      }}>
      <label>
        <span>{t('taskDueLabel')}</span>
        <input ref={first} type="text" inputMode="numeric" data-nl-field="task-due-input" placeholder="YYYY-MM-DD" value={due}
          aria-invalid={bad || undefined} onInput={(e) => { setDue((e.target as HTMLInputElement).value); setBad(false); }} />
      </label>
      <label>
        <span>{t('taskLeadLabel')}</span>
        <input type="text" data-nl-field="task-lead-input" value={lead} onInput={(e) => setLead((e.target as HTMLInputElement).value)} />
      </label>
      <p class="nl-task-hint">{t('taskFormHint')}</p>
      <div class="nl-task-actions">
        <button type="submit" data-nl-action="task-save">{t('taskSave')}</button>
        {corrected && <button type="button" data-nl-action="task-reset" onClick={() => onSave(null)}>{t('taskReset')}</button>}
      </div>
    </form>
  );
}
