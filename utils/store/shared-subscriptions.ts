/**
 * One change port per set of pages, however many parts of a page listen to it: the side panel's notice and
 * its trash both hear about the open page, the library's list and its trash about every page. Each would
 * otherwise open its own runtime port, and the background would post every change twice.
 */
import type { SubscribeOptions } from './client';
import type { ChangeMessage } from './messages';

type Subscribe = (pages: string[] | '*', onChange: (change: ChangeMessage) => void, options?: SubscribeOptions) => () => void;

interface Listener {
  onChange: (change: ChangeMessage) => void;
  onReconnect?: () => void;
}

/** `subscribe` with listeners of the same pages sharing one subscription; it stops when the last one stops. */
export function sharedSubscriptions(subscribe: Subscribe): Subscribe {
  const hubs = new Map<string, { listeners: Set<Listener>; stop: () => void }>();
  return (pages, onChange, options = {}) => {
    const key = pages === '*' ? '*' : JSON.stringify([...new Set(pages)].sort());
    let hub = hubs.get(key);
    if (!hub) {
      const listeners = new Set<Listener>();
      // A copy: a listener may stop (or another start) while the change is being handed out.
      const stop = subscribe(pages, (change) => [...listeners].forEach((l) => l.onChange(change)), {
        ...(options.retryMs !== undefined ? { retryMs: options.retryMs } : {}),
        onReconnect: () => [...listeners].forEach((l) => l.onReconnect?.()),
      });
      hub = { listeners, stop };
      hubs.set(key, hub);
    }
    const listener: Listener = { onChange, ...(options.onReconnect ? { onReconnect: options.onReconnect } : {}) };
    const { listeners, stop } = hub;
    listeners.add(listener);
    return () => {
      if (!listeners.delete(listener) || listeners.size > 0) return;
      stop();
      hubs.delete(key);
    };
  };
}
