/**
 * Work on big pages in slices that give the event loop a turn in between, so no
 * task of ours blocks the page's input for long (the bench's budget: 50 ms).
 * The heavy loops are generators that `yield` at safe points (between nodes,
 * between directives); a driver runs them either to the end at once (`drain`:
 * tests, callers that need the result now) or slice by slice (`drainSliced`),
 * pausing only once a slice has used its time budget. A small notice fits in one
 * slice: it never pauses and runs exactly as the unsliced code does.
 */

/** Work that pauses at safe points by yielding nothing, and returns T. */
export type Steps<T> = Generator<void, T, void>;

export interface Slicer {
  /** True once the current slice has used its budget: pause at the next safe point. */
  due(): boolean;
  /** Gives the event loop a turn; the next slice starts when it returns. */
  pause(): Promise<void>;
  /** How many times it paused. */
  readonly pauses: number;
}

/** Milliseconds of work per slice: well under the 50 ms of a long task, large enough that pausing costs little. */
const SLICE_MS = 12;

interface SchedulerWithYield {
  yield?: () => Promise<void>;
}

/**
 * A slicer on `win`'s clock. Pauses with `scheduler.yield()` where the browser
 * has it (the continuation keeps its place ahead of other queued work), else with
 * a MessageChannel message (a macrotask without setTimeout's 4 ms clamp).
 */
export function pageSlicer(win: Window & typeof globalThis, budgetMs = SLICE_MS): Slicer {
  const now = () => win.performance.now();
  let sliceStart = now();
  let pauses = 0;
  const scheduler = (win as unknown as { scheduler?: SchedulerWithYield }).scheduler;
  const turn = typeof scheduler?.yield === 'function' ? () => scheduler.yield!() : () => messageTurn(win);
  return {
    due: () => now() - sliceStart >= budgetMs,
    async pause() {
      pauses++;
      await turn();
      sliceStart = now();
    },
    get pauses() {
      return pauses;
    },
  };
}

function messageTurn(win: Window & typeof globalThis): Promise<void> {
  return new Promise((resolve) => {
    const channel = new win.MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Runs the steps to the end at once. */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Runs the steps slice by slice, pausing at a safe point once a slice is due. */
export async function drainSliced<T>(steps: Steps<T>, slicer: Slicer): Promise<T> {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (slicer.due()) await slicer.pause();
  }
}

/**
 * Resolves once the browser has drawn the next frame (a task queued from requestAnimationFrame runs after that
 * frame's style, layout and paint), or after `maxWaitMs` where no frame comes (a tab in the background).
 */
export function afterNextPaint(win: Window & typeof globalThis, maxWaitMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = win.setTimeout(resolve, maxWaitMs);
    win.requestAnimationFrame(() =>
      void messageTurn(win).then(() => {
        win.clearTimeout(timer);
        resolve();
      }),
    );
  });
}
