import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { buildLibraryIndex, type LibraryIndex } from '../../utils/library';
import { errorInfo, type StoreApi } from '../../utils/store/api';
import type { StoreErrorInfo } from '../../utils/store/messages';
import { reloadOnStoreChanges } from './reload-on-change';

export type LibraryData =
  | { phase: 'loading' }
  /** The store's error, worded by the page in the reader's language (storeErrorText). */
  | { phase: 'error'; error: StoreErrorInfo }
  /** `complete` is false while only the notices are in (the annotations, by far the larger reply, follow). */
  | { phase: 'ready'; index: LibraryIndex; loadedAt: number; complete: boolean };

/**
 * Every notice and annotation in the store, as a search index. Built once per
 * load, and rebuilt after any context writes anything (subscribed to '*').
 */
export function useLibraryData(store: StoreApi): [LibraryData, () => Promise<void>] {
  const [data, setData] = useState<LibraryData>({ phase: 'loading' });
  const shown = useRef(false);

  // The notices first, then their annotations: with thousands of annotations the
  // second reply takes most of the time, and the reader sees the list meanwhile.
  // Later reloads keep showing the complete index until the new one is whole.
  // One function for the page's life (per store): components given it as a prop
  // stay memoised across keystrokes (issue 14).
  const load = useCallback(async () => {
    try {
      const list = await store.library();
      if (!shown.current) {
        shown.current = true;
        setData({ phase: 'ready', index: buildLibraryIndex(list, []), loadedAt: Date.now(), complete: false });
      }
      const all = await store.libraryAnnotations();
      setData({ phase: 'ready', index: buildLibraryIndex(list, all), loadedAt: Date.now(), complete: true });
    } catch (e) {
      setData({ phase: 'error', error: errorInfo(e) });
    }
  }, [store]);

  useEffect(() => reloadOnStoreChanges(store, load), [store]);

  return [data, load];
}
