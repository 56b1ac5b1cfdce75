// Child process of the benchmark: loads the bundled engine in a fresh process and reports, after a
// full GC on both sides, (1) the time to load the securities data and build the catalog, and
// (2) the time until the first analysis of a short article is done (lazy parts included).
const bundle = process.argv[2];
const sample = process.argv[3];
globalThis.gc();
const heapBefore = process.memoryUsage().heapUsed;
const t0 = performance.now();
const engine = await import(bundle);
engine.catalog();
const catalogMs = performance.now() - t0;
engine.analyze({ text: sample });
const firstAnalysisMs = performance.now() - t0;
globalThis.gc();
const heapMB = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
process.stdout.write(JSON.stringify({ catalogMs, firstAnalysisMs, heapMB }));
