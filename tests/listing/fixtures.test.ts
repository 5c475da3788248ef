/**
 * Every listing fixture with the items a reader sees on the page: titles (a kicker kept as
 * "Kicker: Headline"), absolute links, dates (a day alone is midnight in Berlin), teaser openings.
 * Navigation, sidebars, pagers, cookie banners and footers must give nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeFeedBytes } from '../../lib/fetch';
import { scrapeListing } from '../../lib/listing';
import { normalizeItems } from '../../lib/normalize';
import { LISTING_CASES as CASES } from './cases';

const DIR = join(__dirname, '../fixtures/listing');

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

describe('listing fixtures: the main list and nothing else', () => {
  it.each(CASES)('$file', ({ file, url, items: expected }) => {
    const { result, items } = read(file, url);
    expect(result.ok).toBe(true);
    expect(items.map(({ title, link, published }) => ({ title, link, published }))).toEqual(
      expected.map(({ title, link, published }) => ({ title, link, published })),
    );
    items.forEach((item, i) => {
      const teaser = expected[i]!.teaser;
      if (teaser === '') expect(item.summary).toBe('');
      else expect(item.summary.startsWith(teaser), `${item.summary} should start with ${teaser}`).toBe(true);
      // What the page put around the teaser is gone: the date that opened it, "mehr...", "Weiterlesen".
      expect(item.summary).not.toMatch(/^\[|mehr\.\.\.$|Weiterlesen/);
    });
  });

  it('gives the stored rule, which reads the same items again', () => {
    for (const { file, url } of CASES) {
      const { result } = read(file, url);
      if (!result.ok) throw new Error(file);
      const again = scrapeListing(decodeFeedBytes(readFileSync(join(DIR, file))).text, url, { rule: result.rule });
      expect(again.ok && again.feed.items, file).toEqual(result.feed.items);
    }
  });

  it('says so when a page is built by JavaScript', () => {
    const { result } = read('js-rendered.html', 'https://www.beispielkreis.example/presse');
    expect(result).toMatchObject({ ok: false, code: 'script-rendered' });
  });

  it('says so when a page has no list of news', () => {
    const html = '<html><head><title>Impressum</title></head><body><nav><a href="/a">A</a><a href="/b">B</a><a href="/c">C</a></nav><h1>Impressum</h1><p>Stadt Musterstadt, vertreten durch die Oberbürgermeisterin. Telefon 01234 5678.</p></body></html>';
    expect(scrapeListing(html, 'https://www.musterstadt.example/impressum')).toMatchObject({ ok: false, code: 'no-listing' });
  });
});
