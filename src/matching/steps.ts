/**
 * Long work as generators: a pure function yields at points where it may be paused, so that the
 * content script can spread it over several short tasks (no main-thread task of ours should last over
 * 50 ms, even on a huge page), while tests and small pages simply run it to the end.
 */
export type Steps<T> = Generator<void, T, void>;

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

/** How `drive` runs: slice length, how to pause, when to give up, and where to report slices. */
export interface DriveOptions {
  budgetMs: number;
  pause?: () => Promise<void>;
  /** Checked before every step; true stops the work (it resolves to null). */
  cancelled?: () => boolean;
  /** Receives each slice's duration, for the benchmark. */
  slices?: number[];
}

/**
 * Runs steps in slices of at most about `budgetMs` each, pausing between slices. The first slice
 * runs at once, so that small work is done within the caller's task.
 */
export async function drive<T>(steps: Steps<T>, { budgetMs, pause = nextTask, cancelled, slices }: DriveOptions): Promise<T | null> {
  let t0 = performance.now();
  for (;;) {
    if (cancelled?.()) return null;
    const r = steps.next();
    if (r.done) {
      slices?.push(performance.now() - t0);
      return r.value;
    }
    if (performance.now() - t0 >= budgetMs) {
      slices?.push(performance.now() - t0);
      await pause();
      t0 = performance.now();
    }
  }
}
