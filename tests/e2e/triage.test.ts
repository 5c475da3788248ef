import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { rss, startServer, type FeedEntry, type TestServer } from '../helpers/feed-server';
import { launchExtension, storedItems, type Extension } from './harness';
import { hoursAgo, readMeta, seriousA11yViolations, waitUntil } from './ui-helpers';

/** Labelled German teasers (titles and texts as municipal news read): a realistic morning's list. */
const TEASERS = (JSON.parse(readFileSync('tests/fixtures/tagging/dev-teasers.json', 'utf8')) as { title: string; teaser: string }[]);
const SHOTS = 'tests/e2e/screenshots';

let ext: Extension;
let server: TestServer;
let popup: Page;
const consoleErrors: string[] = [];

function feed(from: number, to: number, path: string): FeedEntry[] {
  return TEASERS.slice(from, to).map((t, k) => ({
    title: t.title, guid: `${path}-${from + k}`, link: `${server.url(`/${path}/${from + k}`)}`,
    pubDate: hoursAgo(0.5 + (from + k) * 0.7), description: `[19.05.2025] ${t.teaser} mehr...`,
  }));
}

const visibleRows = (page: Page) => page.evaluate(() => {
  const list = document.querySelector('.list')!.getBoundingClientRect();
  return [...document.querySelectorAll('[role="option"]')].filter((r) => {
    const b = r.getBoundingClientRect();
    return b.top >= list.top - 1 && b.bottom <= Math.min(list.bottom, window.innerHeight) + 1;
  }).length;
});
const selectedTitle = () => popup.locator('[role="option"][aria-selected="true"] .title-text').textContent();
/** Moves the selection one row down with "j" and waits until the list shows it. */
async function selectNext(): Promise<string> {
  await popup.locator('.list').focus();
  const before = await popup.locator('.list').getAttribute('aria-activedescendant');
  await popup.keyboard.press('j');
  const want = `item-row-${before ? Number(before.slice('item-row-'.length)) + 1 : 0}`;
  await expect.poll(() => popup.locator('.list').getAttribute('aria-activedescendant')).toBe(want);
  return (await selectedTitle())!;
}
const item = async (title: string) => (await storedItems(popup)).find((i) => i.title === title) as { id: string; unread: number; starred?: number } | undefined;

beforeAll(async () => {
  server = await startServer({
    '/gemeinden.xml': (_q, res) => res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(rss('Kommunal-Nachrichten', feed(0, 20, 'gemeinden'))),
    // Verwaltung digital also carries the second Kommunal-Nachrichten article (E08): one item, "+1" on its line.
    '/verwaltung.xml': (_q, res) => res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(rss('Verwaltung digital', [
      ...feed(20, 36, 'verwaltung'),
      { ...feed(1, 2, 'gemeinden')[0]!, guid: 'verwaltung-kopie-1', link: `${server.url('/gemeinden/1')}#verwaltung` },
    ])),
  });
  ext = await launchExtension({ german: true, viewport: { width: 400, height: 600 } });
  const page = await ext.open('options.html');
  await waitUntil(() => readMeta(page, 'firstRefreshDone'), 15_000, 'the install refresh');
  for (const [name, path] of [['Kommunal-Nachrichten', '/gemeinden.xml'], ['Verwaltung digital', '/verwaltung.xml']]) {
    await ext.command(page, { type: 'add-source', source: { name, url: server.url(path!), broad: false, confirmed: true } });
  }
  await waitUntil(async () => (await storedItems(page)).length === 36, 20_000, '36 stored items');
  await page.close();
  popup = await ext.open('popup.html');
  popup.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('triage in the popup (400 × 600)', () => {
  it('the compact list shows at least eight headlines without scrolling, title, source and age on one line', async () => {
    await expect.poll(() => popup.locator('[role="option"]').count(), { timeout: 10_000 }).toBeGreaterThan(8);
    await popup.screenshot({ path: `${SHOTS}/popup-compact.png` });
    expect(await visibleRows(popup)).toBeGreaterThanOrEqual(8);
    const second = popup.locator('[role="option"]').nth(1);
    expect(await second.locator('.row-title .source').textContent()).toMatch(/Kommunal-Nachrichten|Verwaltung digital/);
    expect(await second.locator('.row-title time').textContent()).toMatch(/^\d+ (Min\.|Std\.)$/);
    const lineHeight = await second.evaluate((r) => r.getBoundingClientRect().height);
    expect(lineHeight).toBeLessThan(40);
    // The second row's article appeared in both sources: still one line, with "+1" naming the other.
    const source = (await second.locator('.row-title .source').textContent())!;
    const chip = second.locator('.row-title .also-in');
    expect(await chip.locator('[aria-hidden="true"]').textContent()).toBe('+1');
    expect(await chip.getAttribute('title')).toBe(`Auch in: ${source === 'Kommunal-Nachrichten' ? 'Verwaltung digital' : 'Kommunal-Nachrichten'}`);
    // Teasers arrive without their "[19.05.2025]" and "mehr...".
    await popup.locator('.list').focus();
    await popup.keyboard.press('j');
    const teaser = await popup.locator('[role="option"][aria-selected="true"] .row-teaser').textContent();
    expect(teaser).not.toMatch(/^\[|mehr\.\.\.$/);
    await popup.keyboard.press('k');
  });

  it('keeps an item by key "s" and lists it under "Gemerkt"', async () => {
    const title = await selectNext();
    await popup.keyboard.press('s');
    await expect.poll(async () => (await item(title))?.starred).toBe(1);
    await expect.poll(() => popup.locator('.done').textContent()).toContain('Gemerkt');
    await popup.getByRole('checkbox', { name: 'Gemerkt' }).check();
    await expect.poll(() => popup.locator('[role="option"] .title-text').allTextContents()).toEqual([title]);
    await popup.getByRole('checkbox', { name: 'Gemerkt' }).uncheck();
    await expect.poll(() => popup.locator('[role="option"]').count()).toBeGreaterThan(8);
  });

  it('marks read and unread with "u", and by the row\'s button', async () => {
    const title = await selectNext();
    expect((await item(title))?.unread).toBe(1);
    await popup.keyboard.press('u');
    await expect.poll(async () => (await item(title))?.unread).toBe(0);
    await popup.locator('[role="option"][aria-selected="true"] [data-action="toggle-read"]').click();
    await expect.poll(async () => (await item(title))?.unread).toBe(1);
  });

  it('hides with Entf, and "Rückgängig" brings the item back', async () => {
    const title = await selectNext();
    await popup.keyboard.press('Delete');
    await expect.poll(async () => item(title)).toBeUndefined();
    await expect.poll(() => popup.locator('[role="option"] .title-text').allTextContents()).not.toContain(title);
    await popup.locator('.done').getByRole('button', { name: 'Rückgängig' }).click();
    await expect.poll(async () => (await item(title))?.id).toBeTruthy();
  });

  it('copies the link with "c"', async () => {
    await popup.locator('.list').focus();
    await popup.keyboard.press('c');
    await expect.poll(() => popup.locator('.done').textContent()).toBe('Link kopiert.');
    // Read back by pasting, as a person would (the page may not read the clipboard itself).
    const search = popup.locator('input[type="search"]');
    await search.focus();
    await popup.keyboard.press('Control+V');
    const copied = await search.inputValue();
    await search.fill('');
    expect(copied).toMatch(new RegExp(`^${server.url('/').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(gemeinden|verwaltung)/\\d+$`));
  });

  it('filters by source and by Kreis (completed from the gazetteer), searches Land names and shows the hit count', async () => {
    await popup.locator('.filters select').nth(2).selectOption({ label: 'Verwaltung digital' });
    // Its 16 own items and the one it also carried (E08).
    await expect.poll(() => popup.locator('.hits').textContent(), { timeout: 10_000 }).toBe('17 Treffer');
    await popup.locator('.filters select').nth(2).selectOption('');
    // Items tagged Baden-Württemberg count, whether or not their text names it.
    const all = (await storedItems(popup)) as unknown as { title: string; summary: string; regions: string[] }[];
    const bw = all.filter((i) => i.regions.includes('BW') || `${i.title} ${i.summary}`.includes('Baden-Württemberg')).length;
    expect(all.filter((i) => i.regions.includes('BW') && !`${i.title} ${i.summary}`.includes('Baden-Württemberg')).length).toBeGreaterThan(0);
    await popup.locator('input[type="search"]').fill('Baden-Württemberg');
    await expect.poll(() => popup.locator('.hits').textContent(), { timeout: 10_000 }).toBe(`${bw} Treffer`);
    await expect.poll(() => popup.locator('[role="option"]').count()).toBe(bw);
    await popup.locator('input[type="search"]').fill('');
    const place = popup.locator('.place input');
    await place.fill('Landkreis Karls');
    await expect.poll(() => popup.locator('#place-options option').first().getAttribute('value'), { timeout: 10_000 }).toBe('Landkreis Karlsruhe');
    await place.fill('Landkreis Karlsruhe');
    await expect.poll(() => popup.locator('[role="option"] .title-text').allTextContents(), { timeout: 10_000 })
      .toContain('Landkreis Karlsruhe: E-Akte im gesamten Landratsamt eingeführt');
    await place.fill('');
  });

  it('"Alle als gelesen markieren" says it applies to the filter, and can be undone', async () => {
    await popup.locator('.filters select').nth(2).selectOption({ label: 'Verwaltung digital' });
    const button = popup.getByRole('button', { name: 'Gefilterte als gelesen markieren' });
    expect(await button.getAttribute('title')).toContain('des aktuellen Filters');
    const ofSource = async () => {
      const id = all.find((x) => x.name === 'Verwaltung digital')!.id;
      return ((await storedItems(popup)) as unknown as { sourceId: string; unread: number; alsoIn?: { sourceId: string }[] }[])
        .filter((i) => i.sourceId === id || i.alsoIn?.some((a) => a.sourceId === id));
    };
    const all = (await readMeta<{ customSources: { id: string; name: string }[] }>(popup, 'settings'))!.customSources;
    const unreadBefore = (await ofSource()).filter((i) => i.unread === 1).length;
    const unreadElsewhere = (await storedItems(popup)).filter((i) => i.unread === 1).length - unreadBefore;
    expect(unreadBefore).toBeGreaterThan(0);
    await popup.waitForTimeout(300);
    await button.click();
    await expect.poll(() => popup.locator('.done').textContent()).toContain(`${unreadBefore} Meldungen als gelesen markiert`);
    expect((await ofSource()).every((i) => i.unread === 0)).toBe(true);
    expect((await storedItems(popup)).filter((i) => i.unread === 1).length).toBe(unreadElsewhere);
    await popup.locator('.done').getByRole('button', { name: 'Rückgängig' }).click();
    await expect.poll(async () => (await ofSource()).filter((i) => i.unread === 1).length).toBe(unreadBefore);
    await popup.locator('.filters select').nth(2).selectOption('');
  });

  it('has no serious or critical accessibility violations, and logged no error (no PrematureCommitError while filtering)', async () => {
    expect(await seriousA11yViolations(popup)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
