import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../../utils/i18n';
import type { NoticeRecord } from '../../utils/model';
import { localDay } from '../../utils/tasks/due';
import { collectTasks, countDueSoon } from '../../utils/tasks/task-list';
import { useStore } from '../shared/store-context';

/**
 * How many open tasks across the stored notices fall due today or within 7 days (the library's "due within 7
 * days" filter, counted the same way). Nothing is shown while it is counted, or when there are none.
 */
export function DueSoon({ t }: { t: Translate }) {
  const store = useStore();
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      const notices = (await store.library()).map((e) => e.notice).filter((n): n is NoticeRecord => n !== null);
      const rows = collectTasks(notices, await store.libraryAnnotations());
      if (live) setCount(countDueSoon(rows, localDay(new Date())));
    })().catch(() => {});
    return () => {
      live = false;
    };
  }, [store]);
  if (!count) return null;
  return <p class="pop-due-soon" data-nl-field="due-soon" data-count={count}>{t('popDueSoon', { count })}</p>;
}
