/**
 * The Firefox build (`npm run build:e2e:firefox`, Manifest V2) in real headless Firefox ESR,
 * driven over WebDriver BiDi by puppeteer-core. BiDi will not navigate a tab to a
 * moz-extension: address, so the tests work from the tab the extension opens itself on install
 * (the welcome page) and open further pages from there with `tabs.create`, as the extension does.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2-e2e');
/** Why the Firefox tests cannot run here, or '' when they can. */
export const FIREFOX_MISSING = existsSync(FIREFOX)
  ? ''
  : `no Firefox at ${FIREFOX} (Debian: apt-get install -y firefox-esr; elsewhere set FIREFOX_PATH)`;

/** The add-on id of the Firefox build (wxt.config.ts, browser_specific_settings). */
const ADDON_ID = 'kommunalradar@kommunalradar.de';
/** A fixed moz-extension: host, so addresses are known before the add-on runs. */
export const FIREFOX_UUID = '6f1e4a3c-8b0d-4c2e-9a1f-0d5b7c9e2a41';
const ORIGIN = `moz-extension://${FIREFOX_UUID}/`;

/** The WebExtension API as seen from an extension page (only what the tests call). */
export interface PageBrowserApi {
  runtime: { sendMessage(msg: unknown): Promise<unknown>; getURL(path: string): string };
  tabs: { create(props: { url: string; active?: boolean }): Promise<unknown> };
}
/** Extension pages have `browser` as a global (written out in each page.evaluate: the function is sent as source). */
export type WithBrowser = typeof globalThis & { browser: PageBrowserApi };

export interface FirefoxExtension {
  browser: Browser;
  /** The tab the extension opened on install; it stays open to send commands from. */
  control: Page;
  /** Opens an extension page (e.g. 'popup.html') in a new tab and returns it once loaded. */
  open(path: string): Promise<Page>;
  /** Sends a typed command to the background page, as the popup and options page do. */
  command<T = unknown>(cmd: unknown): Promise<T>;
  close(): Promise<void>;
}

/** Polls `find` every 200 ms until it gives a value; throws naming `what` after `timeoutMs`. */
export async function pollFor<T>(find: () => Promise<T | undefined | null | false>, timeoutMs: number, what: string): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const found = await find().catch(() => undefined);
    if (found) return found;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The page's own address (puppeteer reports extension tabs as about:blank). */
const hrefOf = (page: Page) => page.evaluate(() => location.href).catch(() => '');

/**
 * Starts headless Firefox ESR on a fresh profile, installs the Firefox test build as a
 * temporary add-on and waits for the tab it opens on install. `TZ` is Berlin, as for the
 * people who use it; the UI language is the browser's (English here).
 */
export async function launchFirefoxExtension(opts: { consoleToStdout?: boolean } = {}): Promise<FirefoxExtension> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`no Firefox test build in ${FIREFOX_EXTENSION_DIR}: run npm run build:e2e:firefox first`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // A loaded machine may take a while to start Firefox.
    timeout: 90_000,
    protocolTimeout: 120_000,
    env: { ...process.env, TZ: 'Europe/Berlin' },
    // For debugging: the pages' and the background page's console on this process's output.
    dumpio: opts.consoleToStdout ?? false,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: FIREFOX_UUID }),
      'xpinstall.signatures.required': false,
      ...(opts.consoleToStdout ? { 'devtools.console.stdout.content': true, 'devtools.console.stdout.chrome': true } : {}),
    },
  });
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
    const known = new Set<Page>();
    const findTab = (url: string) => async () => {
      for (const page of await browser.pages()) {
        if (!known.has(page) && (await hrefOf(page)) === url) return page;
      }
      return undefined;
    };
    const control = await pollFor(
      async () => {
        for (const page of await browser.pages()) if ((await hrefOf(page)).startsWith(ORIGIN)) return page;
        return undefined;
      },
      30_000,
      'the tab the extension opens on install',
    );
    known.add(control);
    const whenLoaded = (page: Page) => pollFor(() => page.evaluate(() => document.readyState === 'complete'), 30_000, 'the page to load');
    await whenLoaded(control);
    return {
      browser,
      control,
      async open(path) {
        const url = `${ORIGIN}${path}`;
        await control.evaluate((u) => (globalThis as WithBrowser).browser.tabs.create({ url: u, active: true }), url);
        const page = await pollFor(findTab(url), 30_000, `the tab ${path}`);
        known.add(page);
        await whenLoaded(page);
        return page;
      },
      async command(cmd) {
        return control.evaluate((c) => (globalThis as WithBrowser).browser.runtime.sendMessage(c), cmd as never) as never;
      },
      async close() {
        await browser.close();
      },
    };
  } catch (e) {
    await browser.close();
    throw e;
  }
}
