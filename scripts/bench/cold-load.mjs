// Child process of the benchmark: loads the bundled engine in a fresh process and reports, after a
// full GC on both sides, (1) the time to load the securities data and build the catalog, and
// (2) the first use of the check-worthiness model (its weights read), (3) the time until the first analysis of a short article is done (lazy parts included).
const bundle = process.argv[2];
const sample = process.argv[3];
globalThis.gc();
const heapBefore = process.memoryUsage().heapUsed;
const t0 = performance.now();
const engine = await import(bundle);
engine.catalog();
const catalogMs = performance.now() - t0;
// The check-worthiness model's weights are read into a map on first use.
const m0 = performance.now();
engine.checkWorthiness('Revenue rose 5%.', { types: [], event: false, moneyOrPercent: false, temporal: false });
const modelMs = performance.now() - m0;
engine.analyze({ text: sample });
const firstAnalysisMs = performance.now() - t0;
globalThis.gc();
const heapMB = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
process.stdout.write(JSON.stringify({ catalogMs, modelMs, firstAnalysisMs, heapMB }));
