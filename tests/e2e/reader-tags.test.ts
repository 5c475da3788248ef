/**
 * Correcting an item's tags on the full page, in the built extension: a theme removed and one
 * added in the reading pane (by keyboard), and a place added, show in the popup too, and stay when the
 * stored items are re-tagged (a new keyword rule) and when the feed brings the item again
 * with an edited teaser.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rss, startServer, type TestServer } from '../helpers/feed-server';
import { launchExtension, storedItems, type Extension } from './harness';
import { hoursAgo, readMeta, seriousA11yViolations, waitUntil } from './ui-helpers';

const SHOTS = 'tests/e2e/screenshots';
const TITLE = 'Dresden: Chatbot beantwortet Fragen zum Bürgeramt';
let teaser = 'Die Stadt Dresden setzt künstliche Intelligenz ein, damit Bürgerinnen und Bürger Termine im Bürgeramt schneller finden.';
let ext: Extension;
let server: TestServer;

type Stored = { title: string; themes: string[]; regions: string[]; summary: string; userTags?: unknown };
const stored = async (page: Page) => ((await storedItems(page)) as unknown as Stored[]).find((i) => i.title === TITLE);

beforeAll(async () => {
  const pubDate = hoursAgo(2);
  server = await startServer({
    '/news.xml': (_q, res) => res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' })
      .end(rss('Sachsen digital', [{ title: TITLE, description: teaser, link: 'https://www.example.org/dresden-chatbot', guid: 'dd-chatbot', pubDate }])),
  });
  ext = await launchExtension({ german: true, viewport: { width: 1280, height: 900 } });
  const page = await ext.open('options.html');
  await waitUntil(() => readMeta(page, 'firstRefreshDone'), 15_000, 'the install refresh');
  await ext.command(page, { type: 'add-source', source: { name: 'Sachsen digital', url: server.url('/news.xml'), broad: false, confirmed: true } });
  await waitUntil(async () => {
    if (!(await stored(page))) await ext.command(page, { type: 'refresh' });
    return stored(page);
  }, 45_000, 'the item');
  await page.close();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** The theme chips the popup shows for the item once it is selected. */
async function popupThemes(): Promise<string[]> {
  const popup = await ext.open('popup.html');
  const row = popup.locator('[role="option"]', { hasText: TITLE });
  await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
  await row.click();
  const chips = await row.locator('.chip-theme').allTextContents();
  await popup.close();
  return chips;
}

describe('tags corrected on the full page', () => {
  it('removes a theme, adds another and a place in the reading pane; the popup shows the same, and all survive re-tagging and the next poll', async () => {
    const reader = await ext.open('reader.html');
    expect((await stored(reader))!.themes).toEqual(['ki', 'buergerservice']);
    await expect.poll(() => reader.locator('#reading-title').textContent(), { timeout: 10_000 }).toBe(TITLE);
    const pane = reader.locator('.reading');
    expect(await pane.locator('.reading-tags .chip-theme').allTextContents()).toEqual(['Künstliche Intelligenz', 'Bürgerservice']);

    // By keyboard: the toggle, then the remove button of "Bürgerservice", then a theme from the list.
    await pane.getByRole('button', { name: 'Schlagworte bearbeiten' }).focus();
    await reader.keyboard.press('Enter');
    const editor = pane.locator('.tag-editor');
    await expect.poll(() => editor.count()).toBe(1);
    expect(await editor.textContent()).toContain('wegen: Bürgeramt, Termine');
    await editor.getByRole('button', { name: 'Bürgerservice entfernen' }).focus();
    await reader.keyboard.press('Enter');
    await expect.poll(() => editor.locator('[role="status"]').textContent(), { timeout: 5_000 }).toBe('„Bürgerservice“ entfernt');
    // The focus stays in the editor, on the next tag's button.
    expect(await reader.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/ entfernen$/);
    await editor.getByLabel('Thema hinzufügen').selectOption('digitale-teilhabe');
    await expect.poll(async () => (await stored(reader))?.themes, { timeout: 5_000 }).toEqual(['ki', 'digitale-teilhabe']);
    expect((await stored(reader))!.userTags).toEqual({ added: { regions: [], themes: ['digitale-teilhabe'] }, removed: { regions: [], themes: ['buergerservice'] } });

    // A place: typed, completed from the directory (loaded on first use), chosen.
    const place = editor.getByLabel('Ort hinzufügen');
    await place.fill('Görl');
    await expect.poll(() => editor.locator('#tag-place-options option').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await editor.locator('#tag-place-options option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toContain('Görlitz (Landkreis Görlitz)');
    await place.fill('Görlitz (Landkreis Görlitz)');
    await expect.poll(async () => (await stored(reader) as unknown as { places: { ags: string }[] })?.places.map((p) => p.ags), { timeout: 5_000 }).toEqual(['14612000', '14626110']);
    await expect.poll(() => editor.locator('.chip-place-row').allTextContents()).toEqual(['Dresdenwegen: Dresden×', 'Görlitz (Landkreis Görlitz)von Ihnen hinzugefügt×']);
    expect(await seriousA11yViolations(reader)).toEqual([]);
    await reader.screenshot({ path: `${SHOTS}/reader-tag-editor.png` });

    // Escape closes the editor; the pane shows the user's theme as theirs and names the one removed.
    await reader.keyboard.press('Escape');
    await expect.poll(() => editor.count()).toBe(0);
    expect(await pane.locator('.reading-tags .chip-theme').allTextContents()).toEqual(['Künstliche Intelligenz', 'Digitale Teilhabe']);
    expect(await pane.locator('.reading-tags .chip-user').allTextContents()).toEqual(['Digitale Teilhabe']);
    expect(await pane.locator('.reading-removed').textContent()).toBe('Von Ihnen entfernt: Bürgerservice');
    expect(await pane.locator('.reading-tags li', { hasText: 'Sachsen' }).textContent()).toBe('Sachsen wegen: Dresden · Orte: Dresden, Görlitz (Landkreis Görlitz)');

    expect(await popupThemes()).toEqual(['Künstliche Intelligenz', 'Digitale Teilhabe']);

    // Re-tagging every stored item (a new keyword rule changes the tagger) keeps the correction.
    const tagVersion = await readMeta<string>(reader, 'tagVersion');
    await ext.command(reader, { type: 'save-settings', settings: { keywordRules: [{ id: 'rule-chatbot', label: 'Chatbots', keywords: ['Chatbot'] }] } });
    await expect.poll(() => readMeta<string>(reader, 'tagVersion'), { timeout: 10_000 }).not.toBe(tagVersion);
    await expect.poll(async () => (await stored(reader))?.themes.slice().sort(), { timeout: 10_000 }).toEqual(['digitale-teilhabe', 'ki', 'rule-chatbot']);

    // The feed brings the item again with an edited teaser: tagged anew, corrected as before.
    teaser = `${teaser} Auch Termine im Standesamt lassen sich so finden.`;
    await ext.command(reader, { type: 'refresh' });
    await expect.poll(async () => (await stored(reader))?.summary, { timeout: 15_000 }).toBe(teaser);
    expect((await stored(reader))!.themes.slice().sort()).toEqual(['digitale-teilhabe', 'ki', 'rule-chatbot']);
    expect((await stored(reader) as unknown as { places: { ags: string }[] }).places.map((p) => p.ags)).toEqual(['14612000', '14626110']);
    expect(await popupThemes()).not.toContain('Bürgerservice');
    await expect.poll(() => pane.locator('.reading-tags .chip-theme').allTextContents()).not.toContain('Bürgerservice');
    await reader.close();
  });
});
