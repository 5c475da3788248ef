/**
 * query and popupFirstRender: the built extension (e2e build) in headless Chromium, with
 * 1,000 and then 100,000 items in its own IndexedDB database, written from an extension page.
 *
 * query: the latest 50 items of one Land (BY). Not the store's `queryItems` itself (the built
 * extension exposes no bench entry point): the popup page runs the same query plan on the same
 * indexes with raw IndexedDB (see IN_PAGE_HELPERS), so the figure leaves out Dexie's own overhead.
 * The plan walks the date-ordered *regionSort index backwards (keys [Land, sortAt]); items are
 * inserted with the sort keys the store adds (lib/store/stored-item.ts, toIndexedItem).
 *
 * popupFirstRender: a fresh tab navigating to popup.html until the first item row has been
 * painted, measured in the page from navigation start (see firstRowProbe).
 *
 * readerFirstRender: the same for the full page (reader.html, 1280 × 900): navigation start to
 * its first item row painted in the middle pane.
 */
import type { Page } from 'playwright-core';
import { launchExtension, type Extension } from '../../tests/e2e/harness';
import { ensureBuild } from './build';
import { storedItems } from './fixtures';
import { firstRowProbe, IN_PAGE_HELPERS } from './in-page';
import { atMost, median, round, unavailable, type BenchResult, type RunOptions } from './stats';

/** The popup's item rows (components/ItemRow.tsx). */
export const ROW_SELECTOR = '[role="option"][data-item-id]';
const CHUNK = 10_000;
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
async function fill(page: Page, from: number, to: number, tagVersion: string, now: number): Promise<number> {
  let count = 0;
  for (let offset = from; offset < to; offset += CHUNK) {
    const json = JSON.stringify(storedItems(Math.min(CHUNK, to - offset), 7, offset, now));
    count = await page.evaluate(([j, v]) => (globalThis as never as { __bench: { insert(j: string, v: string): Promise<number> } }).__bench.insert(j, v), [json, tagVersion] as const);
  }
  return count;
}

async function timeQuery(page: Page, quick: boolean): Promise<number> {
  const res = await page.evaluate(`__bench.timeLatest('BY', 50, ${quick ? 3 : 5}, ${quick ? 7 : 21})`) as { times: number[]; count: number };
  if (res.count !== 50) throw new Error(`bench: the latest-50 query returned ${res.count} items`);
  return median(res.times);
}

/** Median time to the first painted row over fresh tabs; null when the page shows no row in time. */
async function timePopup(ext: Extension, quick: boolean, path = 'popup.html'): Promise<number | null> {
  const runs = quick ? 3 : 9;
  const warmup = quick ? 1 : 2;
  const times: number[] = [];
  for (let r = 0; r < warmup + runs; r++) {
    const page = await ext.context.newPage();
    try {
      await page.addInitScript(firstRowProbe(ROW_SELECTOR));
      if (path !== 'popup.html') await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`chrome-extension://${ext.id}/${path}`);
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
  await ensureBuild('e2e', { reuse: opts.reuseBuild, reuseFresh: opts.quick, log: opts.log });
  const ext = await launchExtension();
  try {
    const page = await ext.open('popup.html');
    await page.evaluate(IN_PAGE_HELPERS);
    const tagVersion = await waitFor('the background to create the database', async () => (await page.evaluate('__bench.tagVersion()')) as string | null, 30_000);
    // Let the first refresh after install (and its retention sweep) finish before filling, so it
    // does not run during the measurements; the items are inside the retention window either way.
    await waitFor('the first refresh', async () => (await page.evaluate('__bench.meta("firstRefreshDone")')) as boolean | null, 10_000)
      .catch(() => opts.log('query: the first refresh did not report done within 10 s; filling anyway'));
    const now = Date.now();
    // --quick: 10,000 instead of 100,000 items (filling 100,000 takes minutes on 2 cores);
    // the figure is then written as ms10k, with ms100k null, never passed off as the other.
    const big = opts.quick ? 10_000 : 100_000;
    const bigLabel = opts.quick ? 'ms10k' : 'ms100k';
    const query: Record<string, number> = {};
    const popup: Record<string, number | null> = {};
    const reader: Record<string, number | null> = {};
    for (const [size, label] of [[1_000, 'ms1k'], [big, bigLabel]] as const) {
      const t0 = Date.now();
      const stored = await fill(page, size === 1_000 ? 0 : 1_000, size, tagVersion, now);
      if (stored !== size) throw new Error(`bench: expected ${size} stored items, found ${stored}`);
      opts.log(`query: ${size} items stored in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      if (only('query')) query[label] = await timeQuery(page, opts.quick);
      if (only('popupFirstRender')) popup[label] = await timePopup(ext, opts.quick);
      if (only('readerFirstRender')) reader[label] = await timePopup(ext, opts.quick, 'reader.html');
      opts.log(`query: ${size} items: query ${query[label]?.toFixed(2)} ms, popup ${popup[label]?.toFixed(1) ?? 'no row'} ms, reader ${reader[label]?.toFixed(1) ?? 'no row'} ms`);
    }
    const out: BenchResult[] = [];
    const sizes = (f: Record<string, number>) => (opts.quick ? { ...f, ms100k: null } : f);
    const quickNote = opts.quick ? '; quick: 10k, not 100k' : '';
    if (only('query')) {
      const q = { ms1k: round(query.ms1k!, 2), [bigLabel]: round(query[bigLabel]!, 2) };
      const ratio = q[bigLabel]! / q.ms1k!;
      out.push({
        key: 'query',
        figures: sizes(q),
        checks: [atMost(ratio, 1.5, `${bigLabel}/ms1k ≤ 1.5 (is ${ratio.toFixed(2)})`)],
        note: `raw IndexedDB in the popup page, same plan as queryItems${quickNote}`,
      });
    }
    if (only('popupFirstRender')) {
      const small = popup.ms1k ?? null;
      const large = popup[bigLabel] ?? null;
      if (small === null || large === null) {
        out.push(unavailable('popupFirstRender', [`≤ 200 ms at ${big / 1000}k`, `${bigLabel}/ms1k ≤ 1.5`], `the popup showed no ${ROW_SELECTOR} within ${ROW_TIMEOUT_MS / 1000} s`));
      } else {
        const f = { ms1k: round(small), [bigLabel]: round(large) };
        const ratio = large / small;
        out.push({
          key: 'popupFirstRender',
          figures: sizes(f),
          checks: [atMost(f[bigLabel], 200, `≤ 200 ms at ${big / 1000}k`), atMost(ratio, 1.5, `${bigLabel}/ms1k ≤ 1.5 (is ${ratio.toFixed(2)})`)],
          note: `navigation start to first row painted${quickNote}`,
        });
      }
    }
    if (only('readerFirstRender')) {
      const small = reader.ms1k ?? null;
      const large = reader[bigLabel] ?? null;
      if (small === null || large === null) {
        out.push(unavailable('readerFirstRender', [`≤ 300 ms at ${big / 1000}k`], `reader.html showed no ${ROW_SELECTOR} within ${ROW_TIMEOUT_MS / 1000} s`));
      } else {
        const f = { ms1k: round(small), [bigLabel]: round(large) };
        out.push({
          key: 'readerFirstRender',
          figures: sizes(f),
          checks: [atMost(f[bigLabel], 300, `≤ 300 ms at ${big / 1000}k`)],
          note: `reader.html at 1280×900, navigation start to first row painted${quickNote}`,
        });
      }
    }
    return out;
  } finally {
    await ext.close();
  }
}
