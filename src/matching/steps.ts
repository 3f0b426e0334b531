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
 * Most steps run in one idle slice, at first. Time alone does not bound the layout after a slice: once
 * the code is warm, 20 ms wraps a thousand text nodes, and the next frame lays out 11,000 new objects
 * in one 55 ms task (the live blog). A wrapping step handles at most 25 text nodes, so this is 100 for
 * the first slice; `drive` then sizes the next ones by what the frames after them cost (FRAME_TARGET_MS).
 */
export const IDLE_SLICE_MAX_STEPS = 4;

/**
 * What the frame after an idle slice (style, layout, paint of what it wrapped) should cost at most.
 * Fewer steps a slice mean shorter frames but more of them, and each layout pass has its own overhead:
 * a fast machine gets large slices (few passes), a slow one small ones (no frame near a long task).
 */
export const FRAME_TARGET_MS = 30;
const MIN_STEPS = 2;
const MAX_STEPS = 16;

/** The next slice's number of steps, from this one's and the cost of the frame that followed it. */
export function nextSliceSteps(steps: number, frameMs: number): number {
  if (!(frameMs > 0)) return steps;
  return Math.max(MIN_STEPS, Math.min(MAX_STEPS, Math.round((steps * FRAME_TARGET_MS) / frameMs)));
}

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
  lastFrameMs = await nextFrame();
  return new Promise((resolve) => ric((d) => resolve(d.timeRemaining()), { timeout: 500 }));
}

/** The main-thread time of the last frame `idleTask` waited for (0 when none was rendered). */
let lastFrameMs = 0;

/** What the last frame `idleTask` waited for cost: its style, layout and paint, in ms. */
export const lastFrameCost = (): number => lastFrameMs;

/**
 * Until the browser has rendered a frame, in a visible page: idle callbacks chain within one idle
 * period, so without this several slices' changes meet in one layout pass (on the live blog, 11,000
 * new layout objects and a 55 ms task); after it, each frame lays out one slice's. A hidden page
 * renders no frames (and `requestAnimationFrame` waits for it to show): it does not wait.
 */
function nextFrame(): Promise<number> {
  const doc = (globalThis as { document?: Document }).document;
  const raf = (globalThis as { requestAnimationFrame?: (cb: () => void) => number }).requestAnimationFrame;
  if (typeof raf !== 'function' || doc?.visibilityState !== 'visible') return Promise.resolve(0);
  // The frame's style, layout and paint run right after its animation callbacks, in the same task:
  // the first task after it measures them (an upper bound, should another task be queued first).
  return new Promise((resolve) => raf(() => {
    const t = performance.now();
    void nextTask().then(() => resolve(performance.now() - t));
  }));
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
  /** What the frame after the last idle pause cost (see `nextSliceSteps`); `lastFrameCost` by default. */
  frameCost?: () => number;
}

/**
 * Runs steps in slices of at most about `budgetMs` each, pausing between slices. The first slice
 * runs at once, so that small work is done within the caller's task. After URGENT_DONE the rest runs
 * in idle time, each slice as long as the idle period allows (up to IDLE_SLICE_MAX_MS, never less
 * than `budgetMs`): fewer, longer slices mean fewer style and layout passes over the page, which on a
 * long page cost more than the slices' own script; none comes near a long task.
 */
export async function drive<T>(steps: Steps<T>, { budgetMs, pause = nextTask, idle = idleTask, cancelled, slices, frameCost = lastFrameCost }: DriveOptions): Promise<T | null> {
  let t0 = performance.now();
  let budget = budgetMs;
  let idling = false;
  let stepsInSlice = 0;
  let maxSteps = IDLE_SLICE_MAX_STEPS;
  const rest = async (): Promise<void> => {
    slices?.push(performance.now() - t0);
    const ran = idling ? stepsInSlice : 0;
    if (idling) budget = Math.min(IDLE_SLICE_MAX_MS, Math.max(budgetMs, await idle()));
    else await pause();
    // The frame after a slice of a few steps or more says how many the next one can take.
    if (ran >= MIN_STEPS) maxSteps = nextSliceSteps(ran, frameCost());
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
    } else if (performance.now() - t0 >= budget || (idling && ++stepsInSlice >= maxSteps)) await rest();
  }
}
