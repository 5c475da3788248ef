/**
 * Helpers for the lifecycle and hostile-content tests: a browser that can be restarted on the
 * same profile, stopping the service worker through the DevTools protocol, firing the refresh
 * alarm, and raw IndexedDB reads from an extension page.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { startChromium } from './harness';

export const REFRESH_ALARM = 'kommunalradar-refresh';

export interface Browser {
  context: BrowserContext;
  worker: Worker;
  id: string;
  profile: string;
  /** A tab on an extension page, kept open for commands and IndexedDB reads. */
  page: Page;
  open(path: string): Promise<Page>;
  command<T = unknown>(cmd: unknown, page?: Page): Promise<T>;
  /** Closes the browser but keeps the profile (a browser restart follows). */
  close(): Promise<void>;
}

/** Launches headless Chromium with the e2e build on `profile` (a new one when omitted). */
export async function launch(profile?: string): Promise<Browser> {
  const dir = profile ?? (await mkdtemp(join(tmpdir(), 'kommunalradar-life-')));
  const { context, worker, id } = await startChromium(dir);
  const open = async (path: string) => {
    const p = await context.newPage();
    await p.goto(`chrome-extension://${id}/${path}`);
    return p;
  };
  const page = await open('popup.html');
  await idle(page);
  return {
    context, worker, id, profile: dir, page, open,
    command: (cmd, p = page) => p.evaluate((c) => chrome.runtime.sendMessage(c), cmd) as never,
    close: () => context.close(),
  };
}

/** Removes a profile directory left by `launch`. */
export async function removeProfile(profile: string): Promise<void> {
  await rm(profile, { recursive: true, force: true });
}

/**
 * Stops the extension's service worker the way chrome://serviceworker-internals "Stop" does
 * (DevTools protocol `ServiceWorker.stopAllWorkers`), and waits until it reports stopped.
 * The next event (a message, an alarm) starts a fresh worker.
 */
export async function stopWorker(b: Browser): Promise<void> {
  const cdp = await b.context.newCDPSession(b.page);
  try {
    const stopped = new Promise<void>((resolve) => {
      cdp.on('ServiceWorker.workerVersionUpdated' as never, (e: { versions: { scriptURL: string; runningStatus: string }[] }) => {
        const ours = e.versions.filter((v) => v.scriptURL.startsWith(`chrome-extension://${b.id}/`));
        if (ours.length > 0 && ours.every((v) => v.runningStatus === 'stopped')) resolve();
      });
    });
    await cdp.send('ServiceWorker.enable' as never);
    await cdp.send('ServiceWorker.stopAllWorkers' as never);
    await stopped;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Runs `fn` in the service worker (starting it if needed by sending it a harmless message). */
export async function inWorker<T>(b: Browser, fn: () => T | Promise<T>): Promise<T> {
  await b.command({ type: 'ping-for-test' }).catch(() => undefined);
  return b.worker.evaluate(fn);
}

/** Makes the refresh alarm fire in `ms` (then every 5 minutes, as the worker sets it up). */
export async function fireAlarmSoon(b: Browser, ms = 100): Promise<number> {
  const at = Date.now();
  await b.page.evaluate(
    ([name, delay]) => chrome.alarms.create(name, { when: Date.now() + delay, periodInMinutes: 5 }),
    [REFRESH_ALARM, ms] as const,
  );
  return at;
}

/** Reads every record of an object store of the extension's database. */
export async function readStore<T = Record<string, unknown>>(page: Page, store: string, dbName = 'kommunalradar'): Promise<T[]> {
  return page.evaluate(
    ([name, s]) =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains(s)) {
            db.close();
            resolve([]);
            return;
          }
          const all = db.transaction(s, 'readonly').objectStore(s).getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result);
          };
          all.onerror = () => reject(all.error);
        };
      }),
    [dbName, store] as const,
  ) as never;
}

/** One meta value. */
export async function readMeta<T>(page: Page, key: string): Promise<T | undefined> {
  const rows = await readStore<{ key: string; value: T }>(page, 'meta');
  return rows.find((r) => r.key === key)?.value;
}

interface RefreshStatus { running: boolean; finishedAt: number; storageError: string; added: number }

/** Waits until a refresh that started after `since` has finished. */
export async function refreshFinished(page: Page, since: number, timeout = 30_000): Promise<RefreshStatus> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const s = await readMeta<RefreshStatus>(page, 'refreshStatus');
    if (s && !s.running && s.finishedAt >= since) return s;
    if (Date.now() > deadline) throw new Error(`no refresh finished since ${since}: ${JSON.stringify(s)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Waits until the install refresh is over and no refresh runs, so that a test's own refresh
 * does not find the lock taken.
 */
export async function idle(page: Page, timeout = 20_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const done = await readMeta<boolean>(page, 'firstRefreshDone');
    const s = await readMeta<RefreshStatus>(page, 'refreshStatus');
    if (done && !s?.running) return;
    if (Date.now() > deadline) throw new Error(`the extension did not settle: ${JSON.stringify(s)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The ids of notifications Kommunalradar currently shows. */
export async function shownNotifications(page: Page): Promise<string[]> {
  const all = (await page.evaluate(() => chrome.notifications.getAll())) as Record<string, boolean>;
  return Object.keys(all).filter((id) => id.startsWith('kr-'));
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Puts records into an object store of the extension's database, as another writer would. */
export async function writeStore(page: Page, store: string, records: unknown[], dbName = 'kommunalradar'): Promise<void> {
  await page.evaluate(
    ([name, s, rows]) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(s, 'readwrite');
          for (const r of rows) tx.objectStore(s).put(r);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onabort = () => reject(tx.error);
        };
      }),
    [dbName, store, records] as const,
  );
}
