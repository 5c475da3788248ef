import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rss, startServer, type TestServer } from '../helpers/feed-server';
import { launchExtension, storedItems, type Extension } from './harness';

let ext: Extension;
let server: TestServer;

const ITEMS = [
  {
    title: 'Kölner Stadtrat beschließt Migration der E-Mail-Systeme',
    description: 'Die Stadtverwaltung Köln stellt ihre Postfächer bis zum Sommer auf eine neue Plattform im eigenen Rechenzentrum um.',
    link: 'https://www.example.org/meldung/koeln', guid: 'koeln-1', pubDate: new Date(Date.now() - 3_600_000).toUTCString(),
  },
];

beforeAll(async () => {
  server = await startServer({
    '/news.xml': (_q, res) => res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(rss('Nachrichten', ITEMS)),
  });
  ext = await launchExtension({ german: true });
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('tags people can check and correct, in the built extension', () => {
  it('shows why a tag is there, and keeps a user correction on the stored item', async () => {
    const page = await ext.open('popup.html');
    const added = await ext.command<{ ok: boolean }>(page, { type: 'add-source', source: { name: 'Nachrichten', url: server.url('/news.xml'), broad: false, confirmed: true } });
    expect(added.ok).toBe(true);
    // The refresh the new source starts may meet the first refresh after install still running: ask again until stored.
    await expect.poll(async () => {
      if ((await storedItems(page)).length === 0) await ext.command(page, { type: 'refresh' });
      return (await storedItems(page)).length;
    }, { timeout: 45_000, interval: 1_000 }).toBe(1);
    const [item] = (await storedItems(page)) as unknown as { regions: string[]; themes: string[] }[];
    expect(item!.regions).toEqual(['NW']);
    expect(item!.themes).toContain('it-infrastruktur');
    expect(item!.themes).not.toContain('soziales-migration');

    await page.reload();
    // Nothing is selected when the popup opens; the first key selects the first row, which shows its chips.
    await page.locator('.list').focus();
    await page.keyboard.press('j');
    const land = page.locator('.chip-land', { hasText: 'Nordrhein-Westfalen' }).first();
    await expect.poll(() => land.getAttribute('title'), { timeout: 10_000 }).toBe('Nordrhein-Westfalen — wegen: Kölner · Orte: Köln');

    await page.locator('button.edit-tags').click();
    const editor = page.locator('.tag-editor');
    await expect.poll(() => editor.textContent(), { timeout: 5_000 }).toContain('wegen: Kölner');
    await editor.locator('button[aria-label="Nordrhein-Westfalen entfernen"]').click();
    await editor.locator('select').nth(0).selectOption('BY');
    await expect.poll(async () => (await storedItems(page))[0]!.regions, { timeout: 5_000 }).toEqual(['BY']);
    const [after] = await storedItems(page);
    expect((after as unknown as { userTags: unknown }).userTags).toEqual({ added: { regions: ['BY'], themes: [] }, removed: { regions: ['NW'], themes: [] } });
    await expect.poll(() => page.locator('.chip-land.chip-user').first().getAttribute('title'), { timeout: 5_000 }).toBe('Bayern — von Ihnen hinzugefügt');
  });
});
