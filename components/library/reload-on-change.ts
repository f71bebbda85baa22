import type { StoreApi } from '../../utils/store/api';

/** Writes arrive in bursts (an import, typing in a note): wait for a quiet moment before loading again. */
const RELOAD_DELAY_MS = 250;

/**
 * Runs `load` now and again after any context writes anything (subscribed to '*', and after the port
 * reconnects), once writes have paused. Returns the effect's clean-up: for a `useEffect` of the library's hooks.
 */
export function reloadOnStoreChanges(store: StoreApi, load: () => Promise<void>): () => void {
  void load();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void load(), RELOAD_DELAY_MS);
  };
  const stop = store.subscribe('*', later, { onReconnect: later });
  return () => {
    clearTimeout(timer);
    stop();
  };
}
