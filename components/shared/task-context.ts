/**
 * Where a directive's task facts come from, for TaskBadge: the in-page panel gives the visit's extraction and
 * the session's corrections (components/page/PageTasks.tsx), the side panel the stored notice's `tasks` and
 * the directive annotations. Absent (null), no badge is drawn.
 */
import { createContext } from 'preact';
import type { TaskCorrection } from '../../utils/tasks/due';
import type { TaskFacts } from '../../utils/tasks/model';

export interface TaskSource {
  /** What the notice says about directive `index`. */
  extracted: (index: number) => TaskFacts | undefined;
  /** The reader's correction of directive `index`, if any. */
  correction: (index: number) => TaskCorrection | undefined;
  /** The reader's day (YYYY-MM-DD) the due dates are told against. */
  today: string;
  /** Stores a correction (null: back to what the notice says). */
  correct: (index: number, correction: TaskCorrection | null) => void;
}

export const TaskContext = createContext<TaskSource | null>(null);
