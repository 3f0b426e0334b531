/**
 * Long work as generators: a pure function yields at points where it may be paused, so that the
 * content script can spread it over several short tasks (no main-thread task of ours should last over
 * 50 ms, even on a huge page), while tests and small pages simply run it to the end.
 */
export type Steps<T> = Generator<void | typeof URGENT_DONE, T, void>;

/**
 * Yielded once the urgent part of the work is done (what is on screen is annotated): `drive` pauses at
 * once, so the browser paints it, and runs the rest in idle time, in longer slices.
 */
export const URGENT_DONE = 'urgent-done';

/**
 * Longest slice run in idle time. An idle period lasts at most 50 ms, but the layout pass after a
 * slice grows with what it wrapped: on the 1,350-paragraph live blog a 40 ms slice was followed by
 * 55–90 ms of layout and paint in one task; 20 ms slices keep those under 50 for the same total.
 */
export const IDLE_SLICE_MAX_MS = 20;

/**
 * Most steps run in one idle slice. Time alone does not bound the layout after a slice: once the code
 * is warm, 20 ms wraps a thousand text nodes, and the next frame lays out 11,000 new objects in one
 * 55 ms task (the live blog). A wrapping step handles at most 25 text nodes, so this is 200 a slice:
 * about 4,000 new layout objects, 10 ms of layout, at the price of more, smaller layout passes.
 */
export const IDLE_SLICE_MAX_STEPS = 8;

/** Runs steps to the end, synchronously. */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * A pause that lets the browser paint and handle input: a new task, not a microtask. `scheduler.yield`
 * where there is one, else a message to ourselves: unlike `setTimeout`, neither is clamped to a second
 * in a background tab, where a huge page would otherwise take minutes.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * A pause until the browser is idle; resolves with the milliseconds of idle time available (0 when it
 * waited too long and ran anyway). `requestIdleCallback` where there is one (Firefox, Chrome), with a
 * timeout so that a busy or background tab still gets annotated; else `nextTask`.
 */
export async function idleTask(): Promise<number> {
  const ric = (globalThis as { requestIdleCallback?: (cb: (d: { timeRemaining(): number }) => void, o?: { timeout: number }) => number }).requestIdleCallback;
  if (typeof ric !== 'function') return nextTask().then(() => 0);
  await nextFrame();
  return new Promise((resolve) => ric((d) => resolve(d.timeRemaining()), { timeout: 500 }));
}

/**
 * Until the browser has rendered a frame, in a visible page: idle callbacks chain within one idle
 * period, so without this several slices' changes meet in one layout pass (on the live blog, 11,000
 * new layout objects and a 55 ms task); after it, each frame lays out one slice's. A hidden page
 * renders no frames (and `requestAnimationFrame` waits for it to show): it does not wait.
 */
function nextFrame(): Promise<void> {
  const doc = (globalThis as { document?: Document }).document;
  const raf = (globalThis as { requestAnimationFrame?: (cb: () => void) => number }).requestAnimationFrame;
  if (typeof raf !== 'function' || doc?.visibilityState !== 'visible') return Promise.resolve();
  return new Promise((resolve) => raf(() => resolve()));
}

/** How `drive` runs: slice length, how to pause, when to give up, and where to report slices. */
export interface DriveOptions {
  budgetMs: number;
  pause?: () => Promise<void>;
  /** The pause once the urgent part is done (see URGENT_DONE); resolves with the idle ms available. */
  idle?: () => Promise<number>;
  /** Checked before every step; true stops the work (it resolves to null). */
  cancelled?: () => boolean;
  /** Receives each slice's duration, for the benchmark. */
  slices?: number[];
}

/**
 * Runs steps in slices of at most about `budgetMs` each, pausing between slices. The first slice
 * runs at once, so that small work is done within the caller's task. After URGENT_DONE the rest runs
 * in idle time, each slice as long as the idle period allows (up to IDLE_SLICE_MAX_MS, never less
 * than `budgetMs`): fewer, longer slices mean fewer style and layout passes over the page, which on a
 * long page cost more than the slices' own script; none comes near a long task.
 */
export async function drive<T>(steps: Steps<T>, { budgetMs, pause = nextTask, idle = idleTask, cancelled, slices }: DriveOptions): Promise<T | null> {
  let t0 = performance.now();
  let budget = budgetMs;
  let idling = false;
  let stepsInSlice = 0;
  const rest = async (): Promise<void> => {
    slices?.push(performance.now() - t0);
    if (idling) budget = Math.min(IDLE_SLICE_MAX_MS, Math.max(budgetMs, await idle()));
    else await pause();
    t0 = performance.now();
    stepsInSlice = 0;
  };
  for (;;) {
    if (cancelled?.()) return null;
    const r = steps.next();
    if (r.done) {
      slices?.push(performance.now() - t0);
      return r.value;
    }
    if (r.value === URGENT_DONE && !idling) {
      idling = true;
      await rest();
    } else if (performance.now() - t0 >= budget || (idling && ++stepsInSlice >= IDLE_SLICE_MAX_STEPS)) await rest();
  }
}
