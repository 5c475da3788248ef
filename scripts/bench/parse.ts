/**
 * parse500 / parse5000: our parse + normalize of a WordPress-style RSS document, against
 * rss-parser's parseString (the baseline a user would otherwise reach for) and
 * fast-xml-parser's XMLValidator.validate alone (one pass over the text: the near-floor).
 * All three run on the same text in the same process, interleaved run by run, so that
 * machine noise hits them alike.
 */
import { performance } from 'node:perf_hooks';
import { XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { normalizeItems } from '../../lib/normalize';
import { parseFeed } from '../../lib/parse';
import { rssDocument } from './fixtures';
import { atMost, median, round, type BenchResult, type RunOptions } from './stats';

const FEED_URL = 'https://www.kommune21.de/feed/';

async function parseOne(count: number, opts: RunOptions): Promise<BenchResult> {
  const key = `parse${count}`;
  const text = rssDocument(count, 42);
  const rssParser = new Parser();
  const ours = () => {
    const res = parseFeed(text, FEED_URL);
    if (!res.ok) throw new Error(`bench: parseFeed failed: ${res.error}`);
    const items = normalizeItems(res.feed.items, { sourceId: 'kommune21' });
    if (items.length !== count) throw new Error(`bench: expected ${count} items, got ${items.length}`);
  };
  const baseline = async () => {
    const feed = await rssParser.parseString(text);
    if (feed.items.length !== count) throw new Error(`bench: rss-parser read ${feed.items.length} items`);
  };
  const validator = () => {
    if (XMLValidator.validate(text) !== true) throw new Error('bench: fixture is not well-formed');
  };

  const big = count >= 5000;
  // Warm-up rounds for all three alike, until the just-in-time compiler has settled: with 3, the
  // first measured runs of a multi-stage pipeline were still 1.5–4× its steady time (the
  // validator, one small function, is fast from the start), which the median then carried.
  const warmup = opts.quick ? 1 : big ? 5 : 10;
  const runs = opts.quick ? (big ? 3 : 5) : big ? 7 : 15;
  const times = { ours: [] as number[], rssParser: [] as number[], validator: [] as number[] };
  const time = async (fn: () => unknown, into: number[] | null) => {
    const t0 = performance.now();
    await fn();
    into?.push(performance.now() - t0);
  };
  for (let r = 0; r < warmup + runs; r++) {
    const keep = r >= warmup;
    await time(ours, keep ? times.ours : null);
    await time(baseline, keep ? times.rssParser : null);
    await time(validator, keep ? times.validator : null);
  }
  const figures = {
    ours_ms: round(median(times.ours)),
    rssParser_ms: round(median(times.rssParser)),
    validator_ms: round(median(times.validator)),
  };
  const vsBaseline = figures.ours_ms / figures.rssParser_ms;
  const vsFloor = figures.ours_ms / figures.validator_ms;
  opts.log(`${key}: ${(text.length / 1024).toFixed(0)} KiB, ours ${times.ours.map((t) => t.toFixed(1)).join(' ')} ms`);
  return {
    key,
    figures,
    checks: [
      atMost(vsBaseline, 0.5, `ours ≤ rssParser/2 (is ${vsBaseline.toFixed(2)}×)`),
      atMost(vsFloor, 2, `ours ≤ 2 × validator (is ${vsFloor.toFixed(2)}×)`),
    ],
    note: `${(text.length / 1024).toFixed(0)} KiB feed`,
  };
}

export async function run(opts: RunOptions, only: (key: string) => boolean): Promise<BenchResult[]> {
  const out: BenchResult[] = [];
  if (only('parse500')) out.push(await parseOne(500, opts));
  if (only('parse5000')) out.push(await parseOne(5000, opts));
  return out;
}
