import { useEffect, useState } from 'preact/hooks';
import { buildLibraryIndex, type LibraryIndex } from '../../utils/library';
import { sendFromExtension, subscribe } from '../../utils/store/client';

export type LibraryData =
  | { phase: 'loading' }
  | { phase: 'error'; message: string }
  | { phase: 'ready'; index: LibraryIndex; loadedAt: number };

/** Writes arrive in bursts (an import, typing in a note): wait for a quiet moment before rebuilding. */
const RELOAD_DELAY_MS = 250;

/**
 * Every notice and annotation in the store, as a search index. Built once per
 * load, and rebuilt after any context writes anything (subscribed to '*').
 */
export function useLibraryData(): [LibraryData, () => Promise<void>] {
  const [data, setData] = useState<LibraryData>({ phase: 'loading' });

  const load = async () => {
    const [list, all] = await Promise.all([
      sendFromExtension({ type: 'library/list' }),
      sendFromExtension({ type: 'library/annotations' }),
    ]);
    if (!list.ok) return setData({ phase: 'error', message: list.error.message });
    if (!all.ok) return setData({ phase: 'error', message: all.error.message });
    setData({ phase: 'ready', index: buildLibraryIndex(list.value, all.value), loadedAt: Date.now() });
  };

  useEffect(() => {
    void load();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void load(), RELOAD_DELAY_MS);
    };
    const stop = subscribe('*', later, { onReconnect: later });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, []);

  return [data, load];
}
