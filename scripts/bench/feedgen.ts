/**
 * Benchmark: RSS 2.0 for 10,000 stored items. Prints `{ "feedgen10k_ms": … }`, the median
 * of warm runs (the first runs warm up the JIT and are not counted).
 * Run: npx tsx scripts/bench/feedgen.ts
 */
import { performance } from 'node:perf_hooks';
import { buildRss } from '../../lib/feedgen/index';
import { syntheticItems } from '../../tests/fixtures/feedgen/synthetic';

const WARMUP = 3;
const RUNS = 9;

const items = syntheticItems(10_000);
const meta = {
  title: 'Kommunalradar – alle Meldungen',
  selfUrl: 'https://feeds.example.org/kommunalradar/alle.xml',
  homeUrl: 'https://feeds.example.org/kommunalradar/',
  sourceNames: Object.fromEntries(
    ['kommune21', 'egovernment', 'behoerden-spiegel', 'vdz', 'negz'].map((id) => [
      id,
      { name: id, url: `https://www.${id}.de/feed/` },
    ]),
  ),
};

const times: number[] = [];
let bytes = 0;
for (let run = 0; run < WARMUP + RUNS; run++) {
  const start = performance.now();
  const xml = buildRss(items, meta);
  const ms = performance.now() - start;
  bytes = xml.length;
  if (run >= WARMUP) times.push(ms);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? NaN;
console.error(`feedgen: ${items.length} items, ${bytes} characters of RSS, runs ${times.map((t) => t.toFixed(1)).join(' ')} ms`);
console.log(JSON.stringify({ feedgen10k_ms: Math.round(median * 10) / 10 }));
