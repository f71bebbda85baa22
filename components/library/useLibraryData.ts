import { useEffect, useRef, useState } from 'preact/hooks';
import { buildLibraryIndex, type LibraryIndex } from '../../utils/library';
import { sendFromExtension, subscribe } from '../../utils/store/client';

export type LibraryData =
  | { phase: 'loading' }
  | { phase: 'error'; message: string }
  /** `complete` is false while only the notices are in (the annotations, by far the larger reply, follow). */
  | { phase: 'ready'; index: LibraryIndex; loadedAt: number; complete: boolean };

/** Writes arrive in bursts (an import, typing in a note): wait for a quiet moment before rebuilding. */
const RELOAD_DELAY_MS = 250;

/**
 * Every notice and annotation in the store, as a search index. Built once per
 * load, and rebuilt after any context writes anything (subscribed to '*').
 */
export function useLibraryData(): [LibraryData, () => Promise<void>] {
  const [data, setData] = useState<LibraryData>({ phase: 'loading' });
  const shown = useRef(false);

  // The notices first, then their annotations: with thousands of annotations the
  // second reply takes most of the time, and the reader sees the list meanwhile.
  // Later reloads keep showing the complete index until the new one is whole.
  const load = async () => {
    const list = await sendFromExtension({ type: 'library/list' });
    if (!list.ok) return setData({ phase: 'error', message: list.error.message });
    if (!shown.current) {
      shown.current = true;
      setData({ phase: 'ready', index: buildLibraryIndex(list.value, []), loadedAt: Date.now(), complete: false });
    }
    const all = await sendFromExtension({ type: 'library/annotations' });
    if (!all.ok) return setData({ phase: 'error', message: all.error.message });
    setData({ phase: 'ready', index: buildLibraryIndex(list.value, all.value), loadedAt: Date.now(), complete: true });
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
