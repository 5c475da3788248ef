/**
 * The benchmark suite: `npm run bench` (= tsx scripts/bench/run.ts [--quick] [--json FILE]
 * [--only key,key] [--no-build]).
 *
 * Prints one table (key, figures, target, met?) and with --json writes the figures under their
 * keys. Benchmarks never fail: a missed target is reported, not an error; the exit code is
 * non-zero only when a benchmark crashed (its row then says why) or the arguments are wrong.
 * Figures are warm medians; ratios compare against baselines measured in the same run.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { atLeast, atMost, type BenchResult, type RunOptions } from './stats';

export const KEYS = [
  'parse500', 'parse5000', 'parseMemory', 'scrape500k_ms', 'tag', 'feedgen10k_ms', 'refresh50', 'bundle', 'query', 'popupFirstRender', 'readerFirstRender', 'workerStart_ms',
] as const;
type Key = (typeof KEYS)[number];

const USAGE = `usage: tsx scripts/bench/run.ts [--quick] [--json FILE] [--only ${KEYS.join(',')}] [--no-build]`;

/** Runs a sibling script (another benchmark written as its own program) and returns the JSON it prints last. */
async function runScript(file: string, quick: boolean, log: (l: string) => void): Promise<Record<string, unknown>> {
  const path = fileURLToPath(new URL(file, import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', path, ...(quick ? ['--quick'] : [])], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await new Promise<number | null>((resolve, reject) => child.on('error', reject).on('exit', resolve));
  for (const line of err.trim().split('\n').filter(Boolean)) log(line);
  if (code !== 0) throw new Error(`bench: ${file} exited with ${code}: ${err.trim().split('\n').slice(-3).join(' ')}`);
  const json = out.trim().split('\n').reverse().find((l) => l.trim().startsWith('{'));
  if (!json) throw new Error(`bench: ${file} printed no JSON`);
  return JSON.parse(json) as Record<string, unknown>;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

async function feedgen(opts: RunOptions): Promise<BenchResult[]> {
  const out = await runScript('./feedgen.ts', opts.quick, opts.log);
  const ms = num(out.feedgen10k_ms);
  return [{ key: 'feedgen10k_ms', figures: ms, checks: [atMost(ms, 200, '≤ 200 ms')], note: 'scripts/bench/feedgen.ts' }];
}

async function parseMemory(opts: RunOptions): Promise<BenchResult[]> {
  const out = await runScript('./parse-memory.ts', opts.quick, opts.log);
  const figures = { parsePeak_MiBperMiB: num(out.parsePeak_MiBperMiB), inputMiB: num(out.inputMiB) };
  return [{ key: 'parseMemory', figures, checks: [{ target: 'report (peak MiB per input MiB)', met: null }], note: 'scripts/bench/parse-memory.ts; fresh process per run, median of 3' }];
}

async function tag(opts: RunOptions): Promise<BenchResult[]> {
  const out = await runScript('./tag.ts', opts.quick, opts.log);
  // tag.ts prints { itemsPerSec, gazetteerLoad_ms, gazetteerBuild_ms, gazetteerLoadFresh_ms }: its
  // gazetteerLoad_ms is in its own, already warm process; the target is about a fresh one.
  const t = (typeof out.tag === 'object' && out.tag !== null ? out.tag : out) as Record<string, unknown>;
  const figures = {
    itemsPerSec: num(t.itemsPerSec),
    gazetteerLoad_ms: num(t.gazetteerLoadFresh_ms) ?? num(t.gazetteerLoad_ms),
    gazetteerBuild_ms: num(t.gazetteerBuild_ms),
  };
  return [{
    key: 'tag',
    figures,
    checks: [atLeast(figures.itemsPerSec, 20_000, '≥ 20,000 items/s'), atMost(figures.gazetteerLoad_ms, 50, 'gazetteer load ≤ 50 ms')],
    note: 'scripts/bench/tag.ts; load = import + index build in a fresh process',
  }];
}

interface Step {
  keys: Key[];
  run: (opts: RunOptions & { reuseBuild: boolean }, only: (k: string) => boolean) => Promise<BenchResult[]>;
}

// Modules are imported when their step runs, so a part of the pipeline that does not load yet
// costs only its own rows. Node-only benchmarks first, the builds and Chromium last.
const STEPS: Step[] = [
  { keys: ['parse500', 'parse5000'], run: async (o, only) => (await import('./parse')).run(o, only) },
  { keys: ['parseMemory'], run: (o) => parseMemory(o) },
  { keys: ['scrape500k_ms'], run: async (o) => [await (await import('./scrape')).run(o)] },
  { keys: ['tag'], run: (o) => (existsSync(fileURLToPath(new URL('./tag.ts', import.meta.url))) ? tag(o) : import('./tag-fallback').then((m) => m.run(o))) },
  { keys: ['feedgen10k_ms'], run: (o) => feedgen(o) },
  { keys: ['refresh50'], run: async (o) => [await (await import('./refresh')).run(o)] },
  { keys: ['bundle'], run: async (o) => [await (await import('./bundle')).run(o)] },
  { keys: ['query', 'popupFirstRender', 'readerFirstRender'], run: async (o, only) => (await import('./idb')).run(o, only) },
  { keys: ['workerStart_ms'], run: async (o) => [await (await import('./worker-start')).run(o)] },
];

function formatFigures(f: BenchResult['figures']): string {
  if (f === null) return '–';
  if (typeof f === 'number') return String(f);
  return Object.entries(f).map(([k, v]) => `${k} ${v ?? '–'}`).join(', ');
}

function printTable(results: BenchResult[]): void {
  const rows: string[][] = [['key', 'figures', 'target', 'met?']];
  for (const r of results) {
    r.checks.forEach((c, i) => {
      const met = c.met === null ? (r.figures === null ? 'n/a' : '–') : c.met ? 'yes' : 'NO';
      rows.push([i === 0 ? r.key : '', i === 0 ? formatFigures(r.figures) : '', c.target, met]);
    });
    if (r.note) rows.push(['', `(${r.note})`, '', '']);
  }
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => row[col]!.length)));
  const line = (row: string[]) => row.map((cell, col) => cell.padEnd(widths[col]!)).join(' | ').trimEnd();
  console.log(line(rows[0]!));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const row of rows.slice(1)) console.log(line(row));
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: { quick: { type: 'boolean', default: false }, json: { type: 'string' }, only: { type: 'string' }, 'no-build': { type: 'boolean', default: false } },
    }).values;
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    return 2;
  }
  const selected = args.only ? args.only.split(',').map((k) => k.trim()).filter(Boolean) : [...KEYS];
  const unknown = selected.filter((k) => !(KEYS as readonly string[]).includes(k));
  if (unknown.length > 0) {
    console.error(`bench: unknown key ${unknown.join(', ')}\n${USAGE}`);
    return 2;
  }
  const only = (k: string) => selected.includes(k);
  const started = Date.now();
  const log = (l: string) => console.error(`  ${l}`);
  const opts = { quick: args.quick, log, reuseBuild: args['no-build'] };
  console.error(`bench: ${args.quick ? 'quick' : 'full'} run, ${cpus().length} cores, Node ${process.versions.node}`);

  const results: BenchResult[] = [];
  let crashed = false;
  for (const step of STEPS) {
    const keys = step.keys.filter(only);
    if (keys.length === 0) continue;
    const t0 = Date.now();
    try {
      results.push(...(await step.run(opts, only)).filter((r) => only(r.key)));
    } catch (e) {
      crashed = true;
      const message = (e instanceof Error ? e.message : String(e)).split('\n')[0]!;
      for (const key of keys) results.push({ key, figures: null, checks: [{ target: 'crashed', met: null }], note: message });
      console.error(e);
    }
    log(`${keys.join(', ')}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }

  console.log('');
  printTable(results);
  console.log(`\n${((Date.now() - started) / 1000).toFixed(0)} s, ${args.quick ? 'quick' : 'full'} run`);
  if (args.json) {
    const json = Object.fromEntries(results.map((r) => [r.key, r.figures]));
    await writeFile(args.json, JSON.stringify(json, null, 2) + '\n');
  }
  return crashed ? 1 : 0;
}

// Exit explicitly: a browser a crashed benchmark could not close must not keep the run alive.
process.exit(await main());
