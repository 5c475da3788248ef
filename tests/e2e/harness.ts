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

/** Loads the built extension into a fresh headless Chromium profile. */
export async function launchExtension(): Promise<Extension> {
  const profile = await mkdtemp(join(tmpdir(), 'kommunalradar-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 420, height: 600 },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
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
