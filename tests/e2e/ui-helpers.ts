/** Helpers the popup and options tests share: axe, IndexedDB reads, German feed items with fresh dates. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { FeedEntry } from '../helpers/feed-server';
import { launchExtension, type Extension } from './harness';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs axe-core in the page. The extension's CSP blocks added script tags, so the source is
 * evaluated directly. Returns the serious and critical violations.
 */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const result = (await page.evaluate(() => (globalThis as any).axe.run(document, { resultTypes: ['violations'] }))) as {
    violations: AxeViolation[];
  };
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
}

/**
 * Runs in the page: one key of the extension's meta table, read through the page's IndexedDB.
 * Never creates the database (that would race the extension's own schema) and closes its
 * connection, so it never blocks an upgrade. Playwright and Puppeteer pages both evaluate it.
 */
export async function readMetaInPage(k: string): Promise<unknown> {
  if (!(await indexedDB.databases()).some((d) => d.name === 'kommunalradar')) return undefined;
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('kommunalradar');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('meta')) {
        db.close();
        return resolve(undefined);
      }
      const get = db.transaction('meta', 'readonly').objectStore('meta').get(k);
      get.onsuccess = () => {
        db.close();
        resolve((get.result as { value?: unknown } | undefined)?.value);
      };
      get.onerror = () => reject(get.error);
    };
  });
}

/** One key of the extension's meta table (readMetaInPage, in `page`). */
export async function readMeta<T>(page: Page, key: string): Promise<T | undefined> {
  return page.evaluate(readMetaInPage, key) as Promise<T | undefined>;
}

/** An RFC 822 date `hours` before now, so items fall inside the retention window. */
export function hoursAgo(hours: number): string {
  return new Date(Date.now() - hours * 3_600_000).toUTCString();
}

/** German municipal items the tagger recognises: Nürnberg → BY, Dresden → SN, a chatbot → KI. */
export function germanItems(link: (path: string) => string): FeedEntry[] {
  return [
    { title: 'Nürnberg: Vier Abholstationen für Ausweisdokumente', guid: 'nbg-1', link: link('/meldung/nuernberg'), pubDate: hoursAgo(1),
      description: '<p>Die Stadt Nürnberg hat vier Abholstationen für Personalausweise und Reisepässe in Betrieb genommen. Bürgerinnen und Bürger holen ihre Dokumente rund um die Uhr ab.</p>' },
    { title: 'Dresden: Bezahlkarte für Asylsuchende gestartet', guid: 'dd-1', link: link('/meldung/dresden'), pubDate: hoursAgo(2),
      description: 'Seit dieser Woche bekommen neu zugewiesene Geflüchtete in Dresden erstmals die Bezahlkarte.' },
    { title: 'Landkreis Uckermark: Bürgerservice per Videokabine', guid: 'um-1', link: link('/meldung/uckermark'), pubDate: hoursAgo(5),
      description: 'Im Rahmen des Projekts LISA wurden an sechs Standorten Videokabinen eingerichtet.' },
    { title: 'Hessen: Förderprogramm für Glasfaser in Gewerbegebieten', guid: 'he-1', link: 'javascript:alert(1)', pubDate: hoursAgo(26),
      description: `<script>alert("x")</script><img src="${link('/pixel.gif')}" onerror="alert(1)"> Das Land Hessen fördert den Breitbandausbau mit weiteren 40 Millionen Euro.` },
  ];
}

/** The shared harness's launchExtension with Chromium's UI in German, as a German user sees it. */
export function launchGermanExtension(): Promise<Extension> {
  return launchExtension({ german: true, viewport: { width: 400, height: 580 } });
}

/** Waits until `check` resolves truthy (for hooks, where expect.poll is not allowed). */
export async function waitUntil(check: () => Promise<unknown>, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
