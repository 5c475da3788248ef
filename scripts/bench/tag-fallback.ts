/**
 * tag, measured here when scripts/bench/tag.ts is not present: items per second through the
 * full-gazetteer tagger (warm median over the fixture articles), and the gazetteer load
 * (createTagger() in a fresh Node process that has only imported the module, median of several).
 * Run on its own with `--child` it prints the load time of one fresh process.
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { articles } from './fixtures';
import { atLeast, atMost, median, round, warmMedian, type BenchResult, type RunOptions } from './stats';

async function loadInFreshProcess(): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`bench: gazetteer load child exited with ${code}`);
  return (JSON.parse(out.trim()) as { load_ms: number }).load_ms;
}

export async function run(opts: RunOptions): Promise<BenchResult[]> {
  const { createTagger } = await import('../../lib/tag/builtin');
  const tagger = createTagger();
  const input = articles(opts.quick ? 2000 : 5000, 3).map((a) => ({ title: a.title, summary: a.teaser }));
  const { median: ms } = await warmMedian(() => {
    for (const i of input) tagger.tag(i);
  }, { warmup: 2, runs: opts.quick ? 3 : 7 });
  const loads: number[] = [];
  for (let r = 0; r < (opts.quick ? 3 : 5); r++) loads.push(await loadInFreshProcess());
  const figures = { itemsPerSec: Math.round((input.length / ms) * 1000), gazetteerLoad_ms: round(median(loads)) };
  opts.log(`tag: ${input.length} items in ${ms.toFixed(1)} ms; loads ${loads.map((l) => l.toFixed(1)).join(' ')} ms`);
  return [{
    key: 'tag',
    figures,
    checks: [atLeast(figures.itemsPerSec, 20_000, '≥ 20,000 items/s'), atMost(figures.gazetteerLoad_ms, 50, 'gazetteer load ≤ 50 ms')],
    note: 'scripts/bench/tag-fallback.ts',
  }];
}

if (process.argv.includes('--child')) {
  const mod = await import('../../lib/tag/builtin');
  const t0 = performance.now();
  mod.createTagger();
  process.stdout.write(JSON.stringify({ load_ms: performance.now() - t0 }) + '\n');
}
