import { chromium } from 'playwright-core';
import { realPages } from './scripts/bench/content-pages.ts';

const list = realPages();
const which = process.argv[2] ?? 'dist/chrome';
const ctx = await chromium.launchPersistentContext('', {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [`--disable-extensions-except=${which}`, `--load-extension=${which}`, '--no-sandbox'],
});
await ctx.route('**/*', (r) => {
  const u = new URL(r.request().url());
  const i = Number(u.pathname.slice(1));
  return u.host === 'bench.invalid' && list[i]
    ? r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: list[i].html })
    : r.abort();
});
const p0 = await ctx.newPage();
await p0.goto('http://bench.invalid/2');
await p0.waitForTimeout(1000);
const p = await ctx.newPage();
const cdp = await ctx.newCDPSession(p);
const events: any[] = [];
cdp.on('Tracing.dataCollected', (e: any) => events.push(...e.value));
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', {
  categories: 'devtools.timeline,v8.execute,disabled-by-default-devtools.timeline',
  transferMode: 'ReportEvents',
});
await p.goto('http://bench.invalid/' + (process.argv[3] ?? '1'));
await p.waitForTimeout(2000);
await cdp.send('Tracing.end');
await done;
// main thread of the page's renderer: the thread with most RunTask
const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X');
const byTid = new Map<number, number>();
for (const t of tasks) byTid.set(t.tid, (byTid.get(t.tid) ?? 0) + t.dur);
const main = [...byTid.entries()].sort((a, b) => b[1] - a[1])[0][0];
const sum = new Map<string, number>();
for (const e of events)
  if (e.tid === main && e.ph === 'X' && e.dur) {
    const k = e.name + (e.args?.data?.url ? ' ' + String(e.args.data.url).slice(0, 60) : '');
    sum.set(k, (sum.get(k) ?? 0) + e.dur / 1000);
  }
console.log(
  [...sum.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([k, v]) => v.toFixed(1).padStart(7) + '  ' + k)
    .join('\n'),
);
await ctx.close();
