/**
 * Whose long tasks: a page's main-thread tasks of 50 ms or more, read from a trace of its load,
 * and which of them ran FinLens's own script. The page's long-task observer cannot tell (it names
 * no script, and the Long Animation Frames API leaves content scripts out); a trace can: a task
 * that ran script of a `chrome-extension://` URL (a call, an evaluation, a compile) is FinLens's
 * (the only extension in the browser that reads this), whatever else ran in it.
 */
import type { BrowserContext } from 'playwright-core';
import { ORIGIN, SETTLE_MS } from './content-browsers.ts';

/** A long task seen in a trace: its length (ms), and whether FinLens's script ran in it. */
export interface TracedLongTask {
  ms: number;
  own: boolean;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { url?: string; scriptName?: string } };
}

const LONG_TASK_US = 50_000;
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.callFunction', 'TimerFire']);

/** The long tasks of one load of `path`, each told as FinLens's or not. */
export async function tracedLongTasks(context: BrowserContext, path: string): Promise<TracedLongTask[]> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8',
    transferMode: 'ReportEvents',
  });
  await page.goto(ORIGIN + path, { waitUntil: 'load', timeout: 30_000 });
  await page.waitForTimeout(SETTLE_MS);
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  // The page's main thread: the renderer thread that parsed its HTML.
  const parse = events.find((e) => e.name === 'ParseHTML');
  if (!parse) return [];
  const onMain = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X');
  const ours = onMain.filter((e) => {
    const url = e.args?.data?.url ?? e.args?.data?.scriptName ?? '';
    return SCRIPT_EVENTS.has(e.name) && url.startsWith('chrome-extension://');
  });
  return onMain
    .filter((e) => e.name === 'RunTask' && (e.dur ?? 0) >= LONG_TASK_US)
    .map((task) => {
      const end = task.ts + (task.dur ?? 0);
      return { ms: (task.dur ?? 0) / 1000, own: ours.some((o) => o.ts >= task.ts && o.ts < end) };
    });
}
