/**
 * Notices whose body arrives after load (script-rendered CMS pages, SPA routes):
 * calls back once the page's text has grown or changed noticeably and then stayed
 * quiet for a moment. Bounded: it gives up after `maxRuns` call-backs or
 * `maxWaitMs`, ignores our own marks, and counts text cheaply: no layout, and in
 * slices (./chunk.ts), as reading a 5 MB page's whole text at once is a long task.
 */
import { drainSliced, pageSlicer, type Steps } from './chunk';

interface LateContentOptions {
  /**
   * Quiet after the last change before the page's text is counted. A count that finds too little change doubles
   * it for the next (up to `maxDelayMs`): a page whose text keeps changing a little (a ticker, a clock) is not
   * counted again and again, which on a huge page is a walk each time.
   */
  quietMs?: number;
  /**
   * Longest a check waits once changes began, quiet or not: a ticker that changes
   * text more often than `quietMs` would otherwise push the check back forever
   * and the body that arrived meanwhile would never be analysed.
   */
  maxDelayMs?: number;
  maxRuns?: number;
  maxWaitMs?: number;
  /** Characters of text change that count as new content. */
  minChange?: number;
}

/**
 * Quiet after a change before a page read without a notice is read again (the content script's watch,
 * ../app/content-script.ts). Shorter than the default (500 ms, the app's watch, for a notice whose marks a
 * re-analysis would redo): what that watch waits for is the body itself — a CMS that fetches it, a framework that
 * renders it — which lands in one batch or a few close together; until it is read the reader sees no marks at all.
 * A body still arriving is read again (at most `maxRuns` times).
 */
export const BODY_QUIET_MS = 50;

/** Elements in the body from which its text is counted in slices rather than read at once. */
const WALK_ABOVE_ELEMENTS = 20_000;

export function watchLateContent(doc: Document, onChange: () => void, options: LateContentOptions = {}): () => void {
  const { quietMs = 500, maxDelayMs = 3_000, maxRuns = 4, maxWaitMs = 15_000, minChange = 200 } = options;
  const win = doc.defaultView;
  const body = doc.body;
  if (!win || !body || typeof win.MutationObserver !== 'function') return () => {};
  // A page of ordinary size is read at once (native, fast); a huge one is walked in slices: slower in
  // all (DOM access from our script's world is dear), but with the page's input handled in between.
  const textLength = async () =>
    body.getElementsByTagName('*').length < WALK_ABOVE_ELEMENTS ? (body.textContent?.length ?? 0) : drainSliced(textLengthSteps(body), pageSlicer(win));
  /** The text's length at the start and after each call-back; null until first counted. */
  let baseline: number | null = null;
  void textLength().then((n) => (baseline ??= n));
  let runs = 0;
  let stopped = false;
  let checking = false;
  let timer: number | undefined;
  /** When the first change not yet checked arrived; undefined when none waits. */
  let pendingSince: number | undefined;
  const started = Date.now();
  let quiet = quietMs;

  // Our own wrapping and hiding never changes the amount of text, so the length
  // check below ignores it without having to recognise each of our mutations.
  const observer = new win.MutationObserver((records) => {
    if (records.every((r) => (r.target as Element).closest?.('notice-lens-ui') || r.target.nodeName === 'NOTICE-LENS-UI')) return;
    const now = Date.now();
    pendingSince ??= now;
    win.clearTimeout(timer);
    // The quiet period restarts with each change, but never past maxDelayMs after the first.
    timer = win.setTimeout(() => void check(), Math.max(0, Math.min(quiet, pendingSince + maxDelayMs - now)));
  });

  async function check() {
    pendingSince = undefined;
    if (stopped || checking) return;
    if (Date.now() - started > maxWaitMs) return stop();
    checking = true;
    const now = await textLength().finally(() => (checking = false));
    if (stopped) return;
    if (baseline === null) baseline = now;
    if (Math.abs(now - baseline) < minChange) {
      quiet = Math.min(quiet * 2, maxDelayMs);
      return;
    }
    baseline = now;
    quiet = quietMs;
    runs++;
    if (runs >= maxRuns) stop();
    onChange();
  }

  function stop() {
    stopped = true;
    observer.disconnect();
    win!.clearTimeout(timer);
  }

  observer.observe(body, { childList: true, subtree: true, characterData: true });
  win.setTimeout(stop, maxWaitMs);
  return stop;
}

/** body.textContent.length, counted text node by text node, pausing between thousands of them. */
function* textLengthSteps(root: Node): Steps<number> {
  let length = 0;
  let visited = 0;
  let n: Node | null = root.firstChild;
  while (n) {
    if (++visited % 4096 === 0) yield;
    // textContent holds every Text and CDATA node below, in scripts and styles too.
    if (n.nodeType === 3 || n.nodeType === 4) length += (n as CharacterData).data.length;
    else if (n.firstChild) {
      n = n.firstChild;
      continue;
    }
    while (n && n !== root && !n.nextSibling) n = n.parentNode;
    n = n && n !== root ? n.nextSibling : null;
  }
  return length;
}
