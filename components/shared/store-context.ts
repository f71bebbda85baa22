import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { StoreApi } from '../../utils/store/api';

/**
 * The store, handed to components by the page that renders them (entrypoints: the message-backed
 * `storeApi()`; tests: the in-memory one). Components never send messages themselves.
 */
export const StoreContext = createContext<StoreApi | null>(null);

export function useStore(): StoreApi {
  const store = useContext(StoreContext);
  if (!store) throw new Error('Notice Lens: a component that uses the store was rendered without a StoreContext.');
  return store;
}
