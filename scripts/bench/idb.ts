/**
 * query and popupFirstRender: the built extension (e2e build) in headless Chromium, with
 * 1,000 and then 100,000 items in its own IndexedDB database, written from an extension page.
 *
 * query: the latest 50 items of one Land (BY). Not the store's `queryItems` itself (the built
 * extension exposes no bench entry point): the popup page runs the same query plan on the same
 * indexes with raw IndexedDB (see IN_PAGE_HELPERS), so the figure leaves out Dexie's own overhead.
 *
 * popupFirstRender: a fresh tab navigating to popup.html until the first item row has been
 * painted, measured in the page from navigation start (see firstRowProbe).
 */
import type { Page } from 'playwright-core';
import { launchExtension, type Extension } from '../../tests/e2e/harness';
import { ensureBuild } from './build';
import { storedItems } from './fixtures';
import { firstRowProbe, IN_PAGE_HELPERS } from './in-page';
import { atMost, median, round, unavailable, type BenchResult, type RunOptions } from './stats';

/** The popup's item rows (components/ItemRow.tsx). */
export const ROW_SELECTOR = '[role="option"][data-item-id]';
const CHUNK = 5000;
const ROW_TIMEOUT_MS = 10_000;

async function waitFor<T>(what: string, fn: () => Promise<T | null>, timeoutMs: number): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn().catch(() => null);
    if (v !== null && v !== undefined) return v;
    if (Date.now() > until) throw new Error(`bench: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Inserts items [from, to) of the fixture, CHUNK at a time (each chunk one transaction). */
async function fill(page: Page, from: number, to: number, tagVersion: string): Promise<number> {
  let count = 0;
  for (let offset = from; offset < to; offset += CHUNK) {
    const items = storedItems(Math.min(CHUNK, to - offset), 7, offset);
    count = (await page.evaluate(([i, v]) => (globalThis as never as { __bench: { insert(i: unknown, v: string): Promise<number> } }).__bench.insert(i, v), [items, tagVersion] as const));
  }
  return count;
}

async function timeQuery(page: Page, quick: boolean): Promise<number> {
  const res = await page.evaluate(`__bench.timeLatest('BY', 50, ${quick ? 3 : 5}, ${quick ? 7 : 21})`) as { times: number[]; count: number };
  if (res.count !== 50) throw new Error(`bench: the latest-50 query returned ${res.count} items`);
  return median(res.times);
}

/** Median time to the first painted row over fresh tabs; null when the popup shows no row in time. */
async function timePopup(ext: Extension, quick: boolean): Promise<number | null> {
  const runs = quick ? 3 : 9;
  const warmup = quick ? 1 : 2;
  const times: number[] = [];
  for (let r = 0; r < warmup + runs; r++) {
    const page = await ext.context.newPage();
    try {
      await page.addInitScript(firstRowProbe(ROW_SELECTOR));
      await page.goto(`chrome-extension://${ext.id}/popup.html`);
      const painted = await waitFor('the first painted row', async () => (await page.evaluate('window.__firstRowPainted ?? null')) as number | null, ROW_TIMEOUT_MS).catch(() => null);
      if (painted === null) return null;
      if (r >= warmup) times.push(painted);
    } finally {
      await page.close();
    }
  }
  return median(times);
}

export async function run(opts: RunOptions & { reuseBuild: boolean }, only: (key: string) => boolean): Promise<BenchResult[]> {
  await ensureBuild('e2e', { reuse: opts.reuseBuild, log: opts.log });
  const ext = await launchExtension();
  try {
    const page = await ext.open('popup.html');
    await page.evaluate(IN_PAGE_HELPERS);
    const tagVersion = await waitFor('the background to create the database', async () => (await page.evaluate('__bench.tagVersion()')) as string | null, 20_000);
    const figures = { query: { ms1k: NaN, ms100k: NaN }, popup: { ms1k: null as number | null, ms100k: null as number | null } };
    for (const [size, label] of [[1_000, 'ms1k'], [100_000, 'ms100k']] as const) {
      const t0 = Date.now();
      const stored = await fill(page, size === 1_000 ? 0 : 1_000, size, tagVersion);
      if (stored !== size) throw new Error(`bench: expected ${size} stored items, found ${stored}`);
      opts.log(`query: ${size} items stored in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      if (only('query')) figures.query[label] = await timeQuery(page, opts.quick);
      if (only('popupFirstRender')) figures.popup[label] = await timePopup(ext, opts.quick);
      opts.log(`query: ${size} items: query ${figures.query[label].toFixed(2)} ms, popup ${figures.popup[label]?.toFixed(1) ?? 'no row'} ms`);
    }
    const out: BenchResult[] = [];
    if (only('query')) {
      const q = { ms1k: round(figures.query.ms1k, 2), ms100k: round(figures.query.ms100k, 2) };
      const ratio = q.ms100k / q.ms1k;
      out.push({
        key: 'query',
        figures: q,
        checks: [atMost(ratio, 1.5, `ms100k/ms1k ≤ 1.5 (is ${ratio.toFixed(2)})`)],
        note: 'raw IndexedDB, same plan as queryItems',
      });
    }
    if (only('popupFirstRender')) {
      const p = figures.popup;
      if (p.ms1k === null || p.ms100k === null) {
        out.push(unavailable('popupFirstRender', ['≤ 200 ms at 100k', 'ms100k/ms1k ≤ 1.5'], `the popup showed no ${ROW_SELECTOR} within ${ROW_TIMEOUT_MS / 1000} s`));
      } else {
        const f = { ms1k: round(p.ms1k), ms100k: round(p.ms100k) };
        const ratio = f.ms100k / f.ms1k;
        out.push({
          key: 'popupFirstRender',
          figures: f,
          checks: [atMost(f.ms100k, 200, '≤ 200 ms at 100k'), atMost(ratio, 1.5, `ms100k/ms1k ≤ 1.5 (is ${ratio.toFixed(2)})`)],
        });
      }
    }
    return out;
  } finally {
    await ext.close();
  }
}
