/**
 * Notices whose body arrives after load (script-rendered CMS pages, SPA routes):
 * calls back once the page's text has grown or changed noticeably and then stayed
 * quiet for a moment. Bounded: it gives up after `maxRuns` call-backs or
 * `maxWaitMs`, ignores our own marks, and counts text cheaply (no layout).
 */
export interface LateContentOptions {
  quietMs?: number;
  maxRuns?: number;
  maxWaitMs?: number;
  /** Characters of text change that count as new content. */
  minChange?: number;
}

export function watchLateContent(doc: Document, onChange: () => void, options: LateContentOptions = {}): () => void {
  const { quietMs = 500, maxRuns = 4, maxWaitMs = 15_000, minChange = 200 } = options;
  const win = doc.defaultView;
  const body = doc.body;
  if (!win || !body || typeof win.MutationObserver !== 'function') return () => {};
  let baseline = body.textContent?.length ?? 0;
  let runs = 0;
  let timer: number | undefined;
  const started = Date.now();

  // Our own wrapping and hiding never changes the amount of text, so the length
  // check below ignores it without having to recognise each of our mutations.
  const observer = new win.MutationObserver((records) => {
    if (records.every((r) => (r.target as Element).closest?.('notice-lens-ui') || r.target.nodeName === 'NOTICE-LENS-UI')) return;
    win.clearTimeout(timer);
    timer = win.setTimeout(check, quietMs);
  });

  function check() {
    if (Date.now() - started > maxWaitMs) return stop();
    const now = body.textContent?.length ?? 0;
    if (Math.abs(now - baseline) < minChange) return;
    baseline = now;
    runs++;
    if (runs >= maxRuns) stop();
    onChange();
  }

  function stop() {
    observer.disconnect();
    win!.clearTimeout(timer);
  }

  observer.observe(body, { childList: true, subtree: true, characterData: true });
  win.setTimeout(stop, maxWaitMs);
  return stop;
}
