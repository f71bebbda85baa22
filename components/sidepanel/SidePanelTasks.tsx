import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import type { DirectiveGroup } from '../../utils/export/group';
import type { NoticeRecord } from '../../utils/model';
import { localDay } from '../../utils/tasks/due';
import { useStore } from '../shared/store-context';
import { TaskContext, type TaskSource } from '../shared/task-context';

interface Props {
  page: string;
  notice: NoticeRecord | null;
  /** The directives on the page, in order (index = place in the notice). */
  groups: DirectiveGroup[];
  /** Told when a correction could not be stored. */
  onError: (e: unknown) => void;
  children: ComponentChildren;
}

/**
 * The side panel's task facts: the stored notice's `tasks` (what the visit extracted) with the corrections on
 * the directive annotations; a correction is stored as the in-page panel stores it (StoreApi's one rule).
 */
export function SidePanelTasks({ page, notice, groups, onError, children }: Props) {
  const store = useStore();
  const value = useMemo<TaskSource>(() => {
    const byIndex = new Map((notice?.tasks ?? []).map((f) => [f.index, f]));
    return {
      extracted: (i) => byIndex.get(i),
      correction: (i) => groups[i]?.state,
      today: localDay(new Date()),
      correct: (i, task) => {
        const g = groups[i];
        if (!g) return;
        void store.ensureDirectiveAnnotation(page, { ordinal: g.ordinal, index: i, lead: g.lead }, { existing: g.state, task }).catch(onError);
      },
    };
  }, [page, notice, groups, store, onError]);
  return <TaskContext.Provider value={value}>{children}</TaskContext.Provider>;
}
