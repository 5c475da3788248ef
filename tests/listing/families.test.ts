/**
 * Listing pages as the CMS families of German Kreise, Gemeinden, Land ministries, associations
 * and IT service providers emit them: nested wrappers, teaser images, "Weiterlesen" links apart
 * from the headline, dates in their own spans or in a Dachzeile, category labels, pagers,
 * cookie banners, mega-menus with dated entries, "Termine" beside the news. Each fixture holds
 * the items a reader sees in the page's news list, and nothing else.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeFeedBytes } from '../../lib/fetch';
import { scrapeListing } from '../../lib/listing';
import { normalizeItems } from '../../lib/normalize';
import { FAMILY_CASES } from './cases';

const DIR = join(__dirname, '../fixtures/listing');

const CASES = FAMILY_CASES;

/** Reads a fixture as the fetcher would read its bytes, then as the store would see the items. */
function read(file: string, url: string) {
  const { text } = decodeFeedBytes(readFileSync(join(DIR, file)));
  const result = scrapeListing(text, url);
  if (!result.ok) return { result, items: [] };
  const items = normalizeItems(result.feed.items, { sourceId: 't' }).map((i) => ({
    title: i.title,
    link: i.link,
    published: i.publishedAt === null ? null : new Date(i.publishedAt).toISOString(),
    summary: i.summary,
  }));
  return { result, items };
}

describe('listing pages of the CMS families German public-sector sites run', () => {
  it.each(CASES)('$family', ({ file, url, items: expected }) => {
    const { result, items } = read(file, url);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(items.map(({ title, link, published }) => ({ title, link, published }))).toEqual(
      expected.map(({ title, link, published }) => ({ title, link, published })),
    );
    items.forEach((item, i) => {
      const teaser = expected[i]!.teaser;
      if (teaser === '') expect(item.summary).toBe('');
      else expect(item.summary.startsWith(teaser), `${item.summary} should start with ${teaser}`).toBe(true);
      // Nothing of the "read more" link, its hidden text or the Dachzeile stays in the teaser.
      expect(item.summary).not.toMatch(/Weiterlesen|Artikel lesen|mehr$|Pressemitteilung vom/);
    });
  });

  it('the stored rule reads the same items again', () => {
    for (const { file, url } of CASES) {
      const { result } = read(file, url);
      if (!result.ok) throw new Error(file);
      const again = scrapeListing(decodeFeedBytes(readFileSync(join(DIR, file))).text, url, { rule: result.rule });
      expect(again.ok && again.feed.items, file).toEqual(result.feed.items);
    }
  });

  it('two boxes side by side, "Termine" and "Aktuelles", give the news, not the boxes', () => {
    const events = [1, 2, 3, 4, 5].map((i) => `<li><a href="/termine/${i}">Veranstaltung ${i} im Bürgerhaus</a> 1${i}.12.2025, 19:00 Uhr</li>`).join('');
    const news = [1, 2, 3].map((i) => `<li><span>0${i}.12.2025</span> <a href="/aktuelles/${i}">Meldung ${i} aus dem Rathaus der Gemeinde</a></li>`).join('');
    const html = `<html><head><title>Gemeinde</title></head><body><main><div class="box"><h2>Termine</h2><ul>${events}</ul></div><div class="box"><h2>Aktuelles</h2><ul>${news}</ul></div></main></body></html>`;
    const result = scrapeListing(html, 'https://www.gemeinde.example/');
    expect(result.ok && result.feed.items.map((i) => i.link)).toEqual([1, 2, 3].map((i) => `https://www.gemeinde.example/aktuelles/${i}`));
  });

  it('a page whose only repeated dated links are a mega-menu has no listing', () => {
    const { result } = read('dated-navigation-only.html', 'https://www.beispielstein.example/buergerservice/');
    expect(result).toMatchObject({ ok: false, code: 'no-listing' });
  });
});
