/**
 * The rule of a listing page already added, in the built extension: a local press page whose
 * headings say only "Pressemitteilung Nr. …" is added from the options page; under "Erweitert"
 * in its row the title selector is changed, the preview follows, a rule that finds nothing
 * warns before it is saved, "Speichern" stores the rule, and after a refresh the popup shows
 * the items with the titles the new rule gives.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/feed-server';
import { storedItems, type Extension } from './harness';
import { launchGermanExtension, readMeta, seriousA11yViolations, waitUntil } from './ui-helpers';

const SHOTS = 'tests/e2e/screenshots';
const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toLocaleDateString('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Berlin' });
const SUBJECTS = [
  'Glasfaser für zwölf Gemeinden im Landkreis Görlitz',
  'Zittau führt den digitalen Bauantrag ein',
  'Kreistag beschließt Strategie für künstliche Intelligenz in der Verwaltung',
  'Bürgerbüro Niesky vergibt Termine jetzt online',
];
const PAGE = `<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Landkreis Görlitz · Pressemitteilungen</title></head>
<body>
<header><nav><a href="/">Start</a> <a href="/presse/">Presse</a> <a href="/kontakt/">Kontakt</a></nav></header>
<main>
<h1>Pressemitteilungen</h1>
<div class="pm-liste">
${SUBJECTS.map((s, i) => `  <div class="pm"><h3><a href="/presse/pm-${41 - i}">Pressemitteilung Nr. ${41 - i}/2025</a></h3><p class="betreff">${s}</p><p class="datum">${day(i)}</p></div>`).join('\n')}
</div>
</main>
<footer><a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutz</a></footer>
</body>
</html>`;

/** The same press page after a relaunch: the items are articles now, with one more on top. */
const NEW_SUBJECT = 'Landratsamt Görlitz startet digitale Kfz-Zulassung';
const RELAUNCHED = PAGE
  .replace('<div class="pm-liste">', `<div class="pm-liste">\n  <article class="pm"><h3><a href="/presse/pm-42">Pressemitteilung Nr. 42/2025</a></h3><p class="betreff">${NEW_SUBJECT}</p><p class="datum">${day(0)}</p></article>`)
  .replaceAll('<div class="pm">', '<article class="pm">')
  .replaceAll('</p></div>', '</p></article>');

let ext: Extension;
let server: TestServer;
let options: Page;
let page = PAGE;

beforeAll(async () => {
  server = await startServer({
    '/presse/': (_q, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page),
  });
  ext = await launchGermanExtension();
  options = await ext.open('options.html');
  await options.setViewportSize({ width: 900, height: 1400 });
  await waitUntil(() => readMeta(options, 'firstRefreshDone'), 15_000, 'the install refresh');
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('editing the rule of a listing already added', () => {
  it('changes the title selector under "Erweitert", sees the preview follow, saves, and the popup shows the new titles after a refresh', async () => {
    // Added as a user adds it: checked, previewed, watched.
    await options.getByLabel('Quelle hinzufügen').fill(server.url('/presse/'));
    await options.getByRole('button', { name: 'Prüfen und hinzufügen' }).click();
    await expect.poll(() => options.locator('.listing-preview .listing-count').textContent(), { timeout: 15_000 }).toBe('4 Meldungen gefunden');
    await options.locator('.listing-preview').getByRole('button', { name: 'Diese Seite beobachten' }).click();
    await expect.poll(async () => (await storedItems(options)).map((i) => i.title).sort(), { timeout: 20_000 })
      .toEqual(['Pressemitteilung Nr. 38/2025', 'Pressemitteilung Nr. 39/2025', 'Pressemitteilung Nr. 40/2025', 'Pressemitteilung Nr. 41/2025']);

    // "Erweitert" in the added source's row: the stored rule and what it finds on the page now.
    const card = options.locator('li.source', { hasText: 'Landkreis Görlitz · Pressemitteilungen' });
    await card.locator('.rule-box > summary', { hasText: 'Erweitert' }).click();
    const editor = card.locator('.rule-editor');
    const first = editor.locator('.listing-items li .listing-title').first();
    await expect.poll(() => first.textContent(), { timeout: 15_000 }).toBe('Pressemitteilung Nr. 41/2025');
    const title = editor.getByLabel('Überschrift', { exact: true });
    expect(await title.inputValue()).toBe('h3');

    // A rule that finds nothing says so, and "Speichern" asks first.
    const item = editor.getByLabel('Meldung', { exact: true });
    const itemSelector = await item.inputValue();
    await item.fill('div.gibt-es-nicht');
    await expect.poll(() => editor.locator('.rule-preview [role="alert"]').textContent()).toBe('Diese Regel findet auf der Seite keine Meldungen.');
    await editor.getByRole('button', { name: 'Speichern' }).click();
    const question = editor.getByRole('alertdialog');
    await expect.poll(() => question.textContent()).toContain('Trotzdem speichern?');
    // The question has the focus on its safe answer; Enter cancels, and the focus is back on "Speichern".
    expect(await options.evaluate(() => document.activeElement?.textContent)).toBe('Abbrechen');
    await options.keyboard.press('Enter');
    await expect.poll(() => question.count()).toBe(0);
    expect(await options.evaluate(() => document.activeElement?.textContent)).toBe('Speichern');
    await item.fill(itemSelector);

    // The subject line as the title: the preview follows at once.
    await title.fill('.betreff');
    await expect.poll(() => first.textContent()).toBe(SUBJECTS[0]);
    expect(await editor.locator('.listing-count').textContent()).toBe('4 Meldungen gefunden');
    expect(await seriousA11yViolations(options)).toEqual([]);
    await options.screenshot({ path: `${SHOTS}/options-rule-editor.png`, fullPage: true });
    await editor.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => editor.locator('[role="status"]').textContent()).toBe('Regel gespeichert; die Seite wird damit neu gelesen.');
    expect(((await readMeta<{ customSources: { rule?: { title?: string } }[] }>(options, 'settings'))!.customSources[0]!.rule)!.title).toBe('.betreff');

    // Refreshed, the popup lists the same four items under their subjects.
    const popup = await ext.open('popup.html');
    await popup.getByRole('button', { name: 'Jetzt aktualisieren' }).click();
    for (const subject of SUBJECTS) {
      await expect.poll(() => popup.locator('[role="option"]', { hasText: subject }).count(), { timeout: 20_000 }).toBe(1);
    }
    expect(await popup.locator('[role="option"]', { hasText: 'Pressemitteilung Nr.' }).count()).toBe(0);
    expect((await storedItems(popup)).length).toBe(4);
    await popup.close();
  });

  it('a page that changed its markup is marked "Seite verändert?", and "Regel bearbeiten" fixes the rule against the page as it is now', async () => {
    page = RELAUNCHED;
    // Two polls without items mark it (the items are kept meanwhile); a refresh that meets another running is asked again.
    const card = options.locator('li.source', { hasText: 'Landkreis Görlitz · Pressemitteilungen' });
    await expect.poll(async () => {
      await ext.command(options, { type: 'refresh' });
      return card.locator('.status-badge').last().textContent();
    }, { timeout: 20_000, interval: 500 }).toBe('Seite verändert?');
    expect((await storedItems(options)).length).toBe(4);

    await options.reload();
    await card.getByRole('button', { name: 'Regel bearbeiten' }).click();
    const editor = card.locator('.rule-editor');
    await expect.poll(() => editor.locator('.rule-preview [role="alert"]').textContent(), { timeout: 15_000 }).toBe('Diese Regel findet auf der Seite keine Meldungen.');
    expect(await editor.getByLabel('Überschrift', { exact: true }).inputValue()).toBe('.betreff');
    await editor.getByLabel('Meldung', { exact: true }).fill('div.pm-liste > article.pm');
    await expect.poll(() => editor.locator('.listing-count').textContent()).toBe('5 Meldungen gefunden');
    expect(await editor.locator('.listing-items li .listing-title').first().textContent()).toBe(NEW_SUBJECT);
    await editor.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => card.locator('.status-badge').last().textContent(), { timeout: 20_000 }).toBe('in Ordnung');
    await expect.poll(async () => (await storedItems(options)).map((i) => i.title), { timeout: 10_000 }).toContain(NEW_SUBJECT);
    expect((await storedItems(options)).length).toBe(5);
  });
});
