/**
 * parseMemory: peak memory of reading one large feed, per MiB of input (H12). The parent writes
 * a feed of about 4 MiB from the benchmark fixtures to a temporary file; a fresh child process
 * reads it, notes its peak resident size, parses and normalises it, and reports how far the
 * peak rose per MiB of input. A fresh process per run, so earlier garbage does not hide the rise.
 * Prints one JSON line: { parsePeak_MiBperMiB, inputMiB, items }.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MiB = 1024 * 1024;

async function child(file: string): Promise<void> {
  const { parseFeed } = await import('../../lib/parse');
  const { normalizeItems } = await import('../../lib/normalize');
  const text = readFileSync(file, 'utf8');
  const before = process.resourceUsage().maxRSS; // KiB
  const result = parseFeed(text, 'https://www.landkreis.example/feed/');
  if (!result.ok) throw new Error(`bench: the feed did not parse: ${result.code}`);
  const items = normalizeItems(result.feed.items, { sourceId: 'bench' });
  const after = process.resourceUsage().maxRSS;
  const inputMiB = Buffer.byteLength(text) / MiB;
  console.log(JSON.stringify({ parsePeak_MiBperMiB: Math.round(((after - before) / 1024 / inputMiB) * 10) / 10, inputMiB: Math.round(inputMiB * 100) / 100, items: items.length }));
}

async function parent(quick: boolean): Promise<void> {
  const { rssDocument } = await import('./fixtures');
  const dir = mkdtempSync(join(tmpdir(), 'kr-mem-'));
  try {
    const file = join(dir, 'feed.xml');
    let count = 3000;
    let text = rssDocument(count, 42);
    const target = (quick ? 1 : 4) * MiB;
    while (text.length < target) {
      count = Math.ceil(count * (target / text.length)) + 1;
      text = rssDocument(count, 42);
    }
    writeFileSync(file, text);
    const self = fileURLToPath(import.meta.url);
    const runs: Array<Record<string, number>> = [];
    for (let i = 0; i < 3; i++) {
      const out = spawnSync(process.execPath, ['--import', 'tsx', self, '--child', file], { encoding: 'utf8' });
      if (out.status !== 0) throw new Error(`bench: parse-memory child failed: ${out.stderr.trim().split('\n').slice(-3).join(' ')}`);
      runs.push(JSON.parse(out.stdout.trim().split('\n').pop()!) as Record<string, number>);
    }
    runs.sort((a, b) => a.parsePeak_MiBperMiB! - b.parsePeak_MiBperMiB!);
    console.log(JSON.stringify(runs[1]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const at = process.argv.indexOf('--child');
if (at >= 0) await child(process.argv[at + 1]!);
else await parent(process.argv.includes('--quick'));
