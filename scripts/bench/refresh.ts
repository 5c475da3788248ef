/**
 * refresh50: a whole refresh of 50 sources × 50 items, as the worker runs it: refreshSources
 * with the Dexie refresh store over fake-indexeddb and the real tagger, against local feed
 * servers in a child process (so their CPU is not ours). First run: every feed 200 with an
 * ETag, all items new. Second run on the same database: every feed 304. Each round starts
 * from an empty database; figures are medians over the measured rounds.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Source } from '../../lib/model';
import { refreshSources, type RefreshDeps, type RefreshSummary } from '../../lib/refresh';
import { openDb } from '../../lib/store/db';
import { createDexieRefreshStore } from '../../lib/store/refresh-store';
import { createTagger } from '../../lib/tag/builtin';
import { FIXTURE_NOW, prng } from './fixtures';
import { atMost, median, round, type BenchResult, type RunOptions } from './stats';

const SOURCES = 50;
const ITEMS = 50;

/** Starts the feed servers; resolves with their ports and a stop function. */
async function startFeedServers(): Promise<{ ports: number[]; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', new URL('./feed-server.ts', import.meta.url).pathname, String(SOURCES), String(ITEMS)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const [first] = (await Promise.race([
    once(lines, 'line'),
    once(child, 'exit').then(([code]) => {
      throw new Error(`bench: feed server exited with ${code}`);
    }),
  ])) as [string];
  const { ports } = JSON.parse(first) as { ports: number[] };
  return {
    ports,
    async stop() {
      child.stdin!.end();
      if (child.exitCode === null) await once(child, 'exit');
    },
  };
}

interface Measured {
  wallMs: number;
  cpuMs: number;
  summary: RefreshSummary;
}

async function measure(fn: () => Promise<RefreshSummary>): Promise<Measured> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const summary = await fn();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000, summary };
}

function expectStatus(m: Measured, status: 'ok' | 'not-modified', added: number): void {
  const wrong = m.summary.results.filter((r) => r.status !== status);
  if (m.summary.results.length !== SOURCES || wrong.length > 0 || m.summary.added.length !== added) {
    throw new Error(
      `bench: refresh expected ${SOURCES} × ${status} and ${added} new items, got ${m.summary.results.length} results, ` +
        `${m.summary.added.length} new, first problem: ${JSON.stringify(wrong[0] ?? null)}`,
    );
  }
}

export async function run(opts: RunOptions): Promise<BenchResult> {
  const server = await startFeedServers();
  try {
    const sources: Source[] = server.ports.map((port, i) => ({
      id: `quelle-${i}`,
      name: `Quelle ${i}`,
      url: `http://127.0.0.1:${port}/feed.xml`,
      broad: false,
      confirmed: true,
      enabled: true,
    }));
    // The tagger is built once, as the worker keeps it cached between refreshes.
    const tagger = createTagger();
    // The clock starts just after the fixtures' newest item, so the items are fresh, not stale (F07).
    const clockStart = performance.now();
    const rounds = opts.quick ? 2 : 7;
    const warmup = 1;
    const allNew: Measured[] = [];
    const all304: Measured[] = [];
    for (let r = 0; r < warmup + rounds; r++) {
      const db = openDb({ name: `bench-refresh-${r}`, indexedDB: new IDBFactory(), IDBKeyRange });
      const deps: RefreshDeps = {
        store: createDexieRefreshStore(db, { retentionDays: 30 }),
        fetch: globalThis.fetch.bind(globalThis),
        now: () => FIXTURE_NOW + 3_600_000 + Math.round(performance.now() - clockStart),
        random: prng(r),
        tag: (i) => tagger.tag(i),
        tagVersion: tagger.version,
        allowPrivate: true,
      };
      const first = await measure(() => refreshSources(sources, deps, { force: true }));
      expectStatus(first, 'ok', SOURCES * ITEMS);
      const second = await measure(() => refreshSources(sources, deps, { force: true }));
      expectStatus(second, 'not-modified', 0);
      db.close();
      if (r >= warmup) {
        allNew.push(first);
        all304.push(second);
      }
      opts.log(`refresh50: round ${r}: all new ${first.wallMs.toFixed(0)} ms (cpu ${first.cpuMs.toFixed(0)}), all 304 ${second.wallMs.toFixed(0)} ms (cpu ${second.cpuMs.toFixed(0)})`);
    }
    const figures = {
      allNew_ms: round(median(allNew.map((m) => m.wallMs))),
      all304_ms: round(median(all304.map((m) => m.wallMs))),
      allNewCpu_ms: round(median(allNew.map((m) => m.cpuMs))),
      all304Cpu_ms: round(median(all304.map((m) => m.cpuMs))),
    };
    const share = figures.all304Cpu_ms / figures.allNewCpu_ms;
    return {
      key: 'refresh50',
      figures,
      checks: [atMost(share, 0.1, `all-304 CPU ≤ 10 % of all-new (is ${(share * 100).toFixed(1)} %)`)],
      note: `${SOURCES} sources × ${ITEMS} items, fake-indexeddb`,
    };
  } finally {
    await server.stop();
  }
}
