/**
 * H02: every entry point that sees fetched or user text answers 1 MiB of each adversarial
 * shape within 2 s. A guard against blow-ups (quadratic scans took seconds to hours on these),
 * with a wide margin, not a speed target: the figures live in the benchmarks.
 */
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../lib/parse/dates';
import { normalizeItems } from '../../lib/normalize';
import { discoverFeeds, parseFeed } from '../../lib/parse';
import { salvageItems } from '../../lib/parse/salvage';
import { createTagger } from '../../lib/tag/builtin';
import { repeatShape, SHAPES, SHELLS } from '../fuzz/shapes';

const MIB = 1 << 20;
const LIMIT_MS = 2_000;
const BASE = 'https://www.landkreis.example/rss.xml';
const tagger = createTagger();

const ENTRY_POINTS: { name: string; run: (s: string) => unknown }[] = [
  ...SHELLS.map((shell) => ({ name: `parse (${shell.name})`, run: (s: string) => parseFeed(shell.wrap(s), BASE) })),
  { name: 'discover', run: (s) => discoverFeeds(`<html><head>${s}`, BASE) },
  {
    name: 'normalise',
    run: (s) => normalizeItems([{ guid: s, guidIsPermaLink: false, title: s, link: s, summary: s, publishedAt: null, categories: [s] }], { sourceId: 'h' }),
  },
  { name: 'dates', run: (s) => parseDate(s) },
  { name: 'salvage', run: (s) => salvageItems(SHELLS[1]!.wrap(s), 'item') },
  { name: 'tag', run: (s) => tagger.tag({ title: s, summary: s }) },
];

/**
 * CPU milliseconds one call takes (user + system of this process). A blow-up is CPU-bound and
 * shows here as it does on the wall clock, but the figure does not grow when other processes
 * take the machine's cores, so the guard does not flap on a busy test machine.
 */
function timed(run: () => unknown): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

describe('H02 adversarial shapes at 1 MiB', () => {
  it.each(SHAPES.map((s) => [s.name, s] as const))('H02 %s: every entry point answers within 2 s', (_, shape) => {
    const text = repeatShape(shape, MIB);
    const slow: string[] = [];
    for (const entry of ENTRY_POINTS) {
      const ms = timed(() => entry.run(text));
      if (ms >= LIMIT_MS) slow.push(`${entry.name}: ${ms.toFixed(0)} ms`);
    }
    expect(slow).toEqual([]);
  }, 60_000);
});
