/**
 * The page's main-thread work, from a DevTools trace: every task the page's renderer ran, whoever
 * queued it. The benchmark needs this because `Performance.getMetrics`'s ScriptDuration leaves out
 * the article part, which the background injects (`scripting.executeScript`): its compile and its
 * runs are tasks with no script event the metric counts, so a real article's whole cost read as 7 ms
 * where the trace shows hundreds; and a `longtask` observer in the page missed those tasks as well.
 * Recording costs the page a little, equally with and without the extension.
 */
import type { CDPSession } from 'playwright-core';

/** What a trace says of a page load: total task time on its main thread, and its longest task after DOMContentLoaded, in ms. */
export interface MainThread {
  tasks: number;
  longest: number;
  /**
   * The longest task after DOMContentLoaded but the one holding the page's first full layout (every
   * layout object dirty). A page lays itself out once whatever any extension does (40–80 ms on the
   * live blog); with no content script it falls inside the DOMContentLoaded task, with ours a few ms
   * after it, where `longest` counts it. (The very first Layout event can be a small one the parser
   * asks for before that, which is why the full one is looked for; annotating never dirties every
   * object, so no layout of ours is set aside.)
   */
  longestOwn: number;
}

type TraceEvent = {
  name: string; ph: string; pid: number; tid: number; ts: number; dur?: number;
  args?: { name?: string; beginData?: { dirtyObjects?: number; totalObjects?: number } };
};

/** Starts recording the timeline on the page's session; the returned function stops and reads it. */
export async function traceMainThread(cdp: CDPSession): Promise<() => Promise<MainThread>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    return summarise(events);
  };
}

/** The page's renderer is the one that marked DOMContentLoaded; its main thread is CrRendererMain (tasks are RunTask, in the disabled-by-default category). */
function summarise(events: TraceEvent[]): MainThread {
  const dcl = events.find((e) => e.name === 'MarkDOMContent');
  if (!dcl) return { tasks: 0, longest: 0, longestOwn: 0 };
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === dcl.pid && e.args?.name === 'CrRendererMain');
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === dcl.pid && e.tid === (main?.tid ?? dcl.tid));
  const ms = (e: TraceEvent): number => (e.dur ?? 0) / 1000;
  const layouts = events.filter((e) => e.ph === 'X' && e.name === 'Layout' && e.pid === dcl.pid && e.tid === (main?.tid ?? dcl.tid));
  const full = (e: TraceEvent): boolean => (e.args?.beginData?.totalObjects ?? 0) > 0 && e.args?.beginData?.dirtyObjects === e.args?.beginData?.totalObjects;
  const first = layouts.filter(full).reduce<TraceEvent | undefined>((a, e) => (!a || e.ts < a.ts ? e : a), undefined);
  const holdsFirst = (t: TraceEvent): boolean => !!first && t.ts <= first.ts && first.ts < t.ts + (t.dur ?? 0);
  const after = tasks.filter((e) => e.ts >= dcl.ts);
  return {
    tasks: tasks.reduce((sum, e) => sum + ms(e), 0),
    longest: Math.max(0, ...after.map(ms)),
    longestOwn: Math.max(0, ...after.filter((t) => !holdsFirst(t)).map(ms)),
  };
}
