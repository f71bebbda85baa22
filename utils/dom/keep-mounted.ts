/**
 * Puts an element back when a page script removes it (a page that strips
 * `<notice-lens-ui>` gets it back), a bounded number of times: a page that keeps
 * removing it wins after `max` re-mounts in `windowMs`, and we stop and say so
 * rather than fight it in a loop.
 */
interface KeepMountedOptions {
  /** Whether the element should be in the document now (false while it is removed on purpose). */
  wanted: () => boolean;
  /** Puts it back. */
  remount: () => void;
  max?: number;
  windowMs?: number;
  now?: () => number;
  /** Told once, when the budget is spent and the watch stops. */
  onGiveUp?: () => void;
}

export function keepMounted(doc: Document, el: Element, opts: KeepMountedOptions): () => void {
  const { wanted, remount, max = 5, windowMs = 60_000, now = () => Date.now() } = opts;
  const times: number[] = [];
  const observer = new (doc.defaultView?.MutationObserver ?? MutationObserver)(() => {
    if (el.isConnected || !wanted()) return;
    const t = now();
    while (times.length && t - times[0]! >= windowMs) times.shift();
    if (times.length >= max) {
      observer.disconnect();
      opts.onGiveUp?.();
      return;
    }
    times.push(t);
    remount();
  });
  // The whole tree: the page may remove the host itself, or the body it sits in.
  observer.observe(doc, { childList: true, subtree: true });
  return () => observer.disconnect();
}
