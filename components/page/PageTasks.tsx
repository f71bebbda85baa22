import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PageSession } from '../../utils/session/page-session';
import type { TaskFacts } from '../../utils/tasks/model';
import { TaskContext, type TaskSource } from '../shared/task-context';

interface Props {
  session: PageSession;
  /** The visit's extraction, one entry per directive. */
  extracted: readonly TaskFacts[];
  today: string;
  children: ComponentChildren;
}

/** The in-page panel's task facts: the visit's extraction with the session's corrections, live. */
export function PageTasks({ session, extracted, today, children }: Props) {
  const [corrections, setCorrections] = useState(session.state.directiveState);
  useEffect(() => {
    const stop = session.subscribe((s) => setCorrections(s.directiveState));
    // The stored corrections may have arrived between the first render and this effect.
    setCorrections(session.state.directiveState);
    return stop;
  }, [session]);
  const value = useMemo<TaskSource>(() => ({
    extracted: (i) => extracted[i],
    correction: (i) => corrections[i],
    today,
    correct: (i, c) => void session.correctTask(i, c),
  }), [session, extracted, corrections, today]);
  return <TaskContext.Provider value={value}>{children}</TaskContext.Provider>;
}
