// Child process of the benchmark: times the whole analyze() of each text file given, in a fresh
// process (no heap left over from the 10 MB throughput runs), in its steady state: a second of
// warm-up, then the median of up to 300 runs or 3 s.
import { readFileSync } from 'node:fs';

const engine = await import(process.argv[2]);
const out = {};
for (const file of process.argv.slice(3)) {
  const text = readFileSync(file, 'utf8');
  for (const stop = performance.now() + 1000; performance.now() < stop; ) engine.analyze({ text });
  const times = [];
  for (const stop = performance.now() + 3000; times.length < 300 && (times.length < 10 || performance.now() < stop); ) {
    const t0 = performance.now();
    engine.analyze({ text });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  out[file] = times[times.length >> 1];
}
process.stdout.write(JSON.stringify(out));
