/**
 * The renderer main thread's CPU time for one piece of page work, read from a Chromium trace (the
 * `tdur` of the task that ran it). On this shared 2-core machine wall-clock times swing two- to
 * four-fold with other jobs' load; the thread's own CPU time holds steady, so the benchmark prints both.
 */
import type { Page } from 'playwright-core';

interface TraceEvent { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: { name?: string } }

/** Runs `work` (one `page.evaluate`) under a trace; returns its result and the longest main-thread task's CPU ms. */
export async function withThreadCpu<T>(page: Page, work: () => Promise<T>): Promise<{ value: T; cpu: number }> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel'] }, transferMode: 'ReportEvents' });
  const value = await work();
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  // The work is one task, by far the longest of the main thread's while the trace ran.
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && mains.has(`${e.pid}:${e.tid}`));
  const longest = tasks.reduce<TraceEvent | null>((a, e) => (!a || (e.dur ?? 0) > (a.dur ?? 0) ? e : a), null);
  return { value, cpu: (longest?.tdur ?? NaN) / 1000 };
}
