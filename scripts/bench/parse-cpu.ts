/**
 * parse500 / parse5000 by process CPU time instead of wall time: `npx tsx scripts/bench/parse-cpu.ts`.
 *
 * On a shared machine the wall-clock medians of `npm run bench -- --only parse500,parse5000`
 * move with the load of others; CPU time moves less. Same feeds, same three contenders (ours:
 * parse + normalise; XMLValidator alone), interleaved; prints the lower quartile and the median
 * of batches and the ratio the target is about (ours ≤ 2 × validator). rss-parser is left to
 * the main benchmark, whose ratio to it has a wide margin.
 */
import { XMLValidator } from 'fast-xml-parser';
import { normalizeItems } from '../../lib/normalize/index';
import { parseFeed } from '../../lib/parse/index';
import { rssDocument } from './fixtures';

const FEED_URL = 'https://www.kommune21.de/feed/';

function quantile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) * p)]!;
}

/** Milliseconds of CPU time per call of `fn`, over `reps` calls. */
function cpuMs(fn: () => void, reps: number): number {
  const start = process.cpuUsage();
  for (let i = 0; i < reps; i++) fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / reps;
}

for (const count of [500, 5000]) {
  const text = rssDocument(count, 42);
  const ours = () => {
    const res = parseFeed(text, FEED_URL);
    if (!res.ok || normalizeItems(res.feed.items, { sourceId: 'kommune21' }).length !== count) throw new Error('bench: wrong result');
  };
  const validator = () => {
    if (XMLValidator.validate(text) !== true) throw new Error('bench: fixture is not well-formed');
  };
  const reps = count >= 5000 ? 2 : 10;
  const times = { ours: [] as number[], validator: [] as number[] };
  for (let round = 0; round < 23; round++) {
    const o = cpuMs(ours, reps);
    const v = cpuMs(validator, reps);
    if (round >= 3) {
      times.ours.push(o);
      times.validator.push(v);
    }
  }
  const [o25, v25, o50, v50] = [quantile(times.ours, 0.25), quantile(times.validator, 0.25), quantile(times.ours, 0.5), quantile(times.validator, 0.5)];
  console.log(
    `parse${count}: ours ${o50.toFixed(1)} ms CPU (p25 ${o25.toFixed(1)}), validator ${v50.toFixed(1)} ms (p25 ${v25.toFixed(1)}); ` +
    `ours / validator ${(o50 / v50).toFixed(2)} (p25 ${(o25 / v25).toFixed(2)})`,
  );
}
