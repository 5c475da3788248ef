/**
 * Benchmark: RSS 2.0 for 10,000 stored items. Prints `{ "feedgen10k_ms": … }`, the median
 * wall time of warm runs (the first runs warm up the JIT and are not counted); details,
 * CPU time and the machine's load average go to stderr, since a busy machine slows it.
 * Run: npx tsx scripts/bench/feedgen.ts
 */
import { loadavg } from 'node:os';
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

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const wall: number[] = [];
const cpu: number[] = [];
let chars = 0;
for (let run = 0; run < WARMUP + RUNS; run++) {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const xml = buildRss(items, meta);
  // Reading a character makes V8 flatten the string, as writing it out would.
  if (xml.charCodeAt(xml.length - 1) !== 10) throw new Error('bench: RSS should end with a newline');
  chars = xml.length;
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpuStart);
  if (run >= WARMUP) {
    wall.push(ms);
    cpu.push((used.user + used.system) / 1000);
  }
}
console.error(
  `feedgen: ${items.length} items → ${chars} characters of RSS; wall ${wall.map((t) => t.toFixed(0)).join(' ')} ms; ` +
    `median CPU ${median(cpu).toFixed(0)} ms; load average ${loadavg()[0]!.toFixed(1)}`,
);
console.log(JSON.stringify({ feedgen10k_ms: Math.round(median(wall) * 10) / 10 }));
