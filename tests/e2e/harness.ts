import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/** The test build: `wxt build --mode e2e` (may fetch from 127.0.0.1, no built-in catalogue). */
export const EXTENSION_DIR = resolve('.output/chrome-mv3-e2e');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Extension {
  context: BrowserContext;
  worker: Worker;
  id: string;
  /** Opens an extension page (e.g. 'popup.html') in a tab. */
  open(path: string, opts?: { colorScheme?: 'light' | 'dark' }): Promise<Page>;
  /** Sends a typed command to the background, as the popup and options page do. */
  command<T = unknown>(page: Page, cmd: unknown): Promise<T>;
  close(): Promise<void>;
}

/** Chromium flags for this closed network, and the extension to load. */
const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`,
];

/**
 * Starts headless Chromium on `profile` with the e2e build loaded and waits for its worker.
 * `german` runs the browser's UI in German (Chromium on Linux takes its UI language from the
 * environment, not from --lang), so browser.i18n picks the catalogue a German user gets.
 */
export async function startChromium(
  profile: string,
  opts: { german?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<{ context: BrowserContext; worker: Worker; id: string }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: opts.viewport ?? { width: 420, height: 600 },
    ...(opts.german
      ? { locale: 'de-DE', timezoneId: 'Europe/Berlin', env: { ...process.env, LANGUAGE: 'de', LANG: 'de_DE.UTF-8' } }
      : {}),
    args: opts.german ? [...ARGS, '--lang=de'] : ARGS,
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, worker, id: new URL(worker.url()).host };
}

/** Loads the built extension into a fresh headless Chromium profile. */
export async function launchExtension(opts: { german?: boolean; viewport?: { width: number; height: number } } = {}): Promise<Extension> {
  const profile = await mkdtemp(join(tmpdir(), 'kommunalradar-e2e-'));
  const { context, worker, id } = await startChromium(profile, opts);
  return {
    context,
    worker,
    id,
    async open(path, opts) {
      const page = await context.newPage();
      if (opts?.colorScheme) await page.emulateMedia({ colorScheme: opts.colorScheme });
      await page.goto(`chrome-extension://${id}/${path}`);
      return page;
    },
    async command(page, cmd) {
      return page.evaluate((c) => chrome.runtime.sendMessage(c), cmd) as never;
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Reads all items straight from the extension's IndexedDB, as the popup's origin sees them. */
export async function storedItems(page: Page): Promise<{ id: string; title: string; regions: string[]; unread: number }[]> {
  return page.evaluate(
    () =>
      new Promise((resolveItems, reject) => {
        const req = indexedDB.open('kommunalradar');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const tx = req.result.transaction('items', 'readonly');
          const all = tx.objectStore('items').getAll();
          all.onsuccess = () => {
            req.result.close();
            resolveItems(all.result);
          };
          all.onerror = () => reject(all.error);
        };
      }),
  ) as never;
}
