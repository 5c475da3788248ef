import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../lib/parse/index';
import { feedOf, fixture, rss } from './helpers';

const BASE = 'https://www.stadt.example/feed/';

describe('document structure', () => {
  it('C01 an unclosed <title> drops that item only; the complete items are salvaged and the feed is bozo', () => {
    const xml = rss(
      '<item><title>Erste Meldung</title><guid>1</guid></item>' +
      '<item><title>Kaputte Meldung<guid>2</guid></item>' +
      '<item><title>Dritte Meldung</title><guid>3</guid></item>',
      '<title>Stadt Beispiel</title><link>https://www.stadt.example/</link>',
    );
    const feed = feedOf(parseFeed(xml, BASE));
    expect(feed.bozo).toBe(true);
    expect(feed.title).toBe('Stadt Beispiel');
    expect(feed.items.map((i) => [i.guid, i.title])).toEqual([['1', 'Erste Meldung'], ['3', 'Dritte Meldung']]);
  });

  it('C01 a bare ampersand is repaired, every item kept, the feed bozo', () => {
    const feed = feedOf(parseFeed(rss('<item><title>Städte & Gemeinden</title></item><item><title>B</title></item>'), BASE));
    expect(feed.bozo).toBe(true);
    expect(feed.items.map((i) => i.title)).toEqual(['Städte & Gemeinden', 'B']);
  });

  it('C01 a broken channel head keeps the items under an empty channel, with no garbage title', () => {
    const feed = feedOf(parseFeed(rss('<item><title>Heil</title></item>', '<title>Kaputt<link>https://x.example/</link>'), BASE));
    expect(feed.bozo).toBe(true);
    expect(feed.title).toBe('');
    expect(feed.items.map((i) => i.title)).toEqual(['Heil']);
  });

  it.each([
    ['truncated download', fixture('wordpress-rss2.xml').slice(0, 600)],
    ['no complete item', rss('<item><title>Offen</item>')],
    ['tag soup', '<rss><channel><item><title>a</b></i></channel>'],
  ])('C01 %s without a complete item is "malformed", never a crash', (_name, xml) => {
    const result = parseFeed(xml, BASE);
    expect(result).toMatchObject({ ok: false, code: 'malformed' });
    if (!result.ok) expect(result.error).toMatch(/^parse: malformed XML/);
  });

  it('C10 a single <item> comes back as an array of one', () => {
    expect(feedOf(parseFeed(rss('<item><title>Allein</title></item>'), BASE)).items).toHaveLength(1);
  });

  it('C10 zero items is a valid, empty feed', () => {
    const result = parseFeed(rss(''), BASE);
    expect(result).toEqual({ ok: true, feed: { format: 'rss2', title: 'Testkanal', link: '', bozo: false, items: [] } });
  });

  it('C10 an item with only a description is kept with an empty title', () => {
    const [item] = feedOf(parseFeed(rss('<item><description>[05.03.2025] Nur ein Teaser. mehr...</description></item>'), BASE)).items;
    expect(item).toEqual({
      guid: '', guidIsPermaLink: false, title: '', link: '', summary: '[05.03.2025] Nur ein Teaser. mehr...',
      publishedAt: null, categories: [],
    });
  });

  it('C11 an HTML page is not a feed; its announced feeds are discovered and named in the error', () => {
    const result = parseFeed(fixture('homepage.html'), 'https://www.stadt-musterhausen.example/start');
    expect(result).toMatchObject({ ok: false, code: 'not-a-feed' });
    if (result.ok) return;
    expect(result.discovered).toEqual([
      'https://www.stadt-musterhausen.example/presse/rss.xml?format=rss&lang=de',
      'https://www.stadt-musterhausen.example/presse/atom.xml',
    ]);
    expect(result.error).toMatch(/^parse: not a feed \(HTML page\)/);
    expect(result.error).toContain('https://www.stadt-musterhausen.example/presse/rss.xml?format=rss&lang=de');
  });

  it('C11 an HTML page without feed links is not a feed, with nothing discovered', () => {
    const result = parseFeed('<html><head><title>Rathaus</title></head><body>Öffnungszeiten</body></html>', BASE);
    expect(result).toEqual({ ok: false, code: 'not-a-feed', error: 'parse: not a feed (HTML page)', discovered: [] });
  });

  it.each([
    ['JSON', '{"items":[{"title":"Bürgerbüro"}]}'],
    ['a PNG', '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000'],
    ['a PNG decoded as UTF-8', '\uFFFDPNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR'],
    ['random bytes', '\u0007\u00ff\u0013\u0001k\u00e4\u0002'],
    ['plain text', 'Diese Seite ist umgezogen.'],
    ['another XML vocabulary', '<?xml version="1.0"?><kml><Placemark/></kml>'],
  ])('C12 %s is not a feed', (_name, text) => {
    const result = parseFeed(text, BASE);
    expect(result).toMatchObject({ ok: false, code: 'not-a-feed', error: expect.stringMatching(/^parse: not a feed/) });
  });

  it.each([[''], ['   \n\t']])('C12 empty text %j is "empty"', (text) => {
    expect(parseFeed(text, BASE)).toEqual({ ok: false, code: 'empty', error: 'parse: empty document' });
  });

  it('C13 a 4 MB description parses whole (truncation is the normaliser\'s job)', () => {
    const big = 'Digitalisierung der Verwaltung in Sachsen-Anhalt. '.repeat(80_000);
    const feed = feedOf(parseFeed(rss(`<item><title>Lang</title><description>${big}</description></item>`), BASE));
    expect(feed.items[0]!.summary.length).toBe(big.trim().length);
  });

  it('C13 10,000 items all come back, in order (the per-poll cap is applied later)', () => {
    const items = Array.from({ length: 10_000 }, (_, i) =>
      `<item><title>Meldung ${i}: Bürgerbüro</title><link>/m/${i}</link><guid isPermaLink="false">id-${i}</guid><pubDate>Mon, 03 Mar 2025 10:00:00 +0100</pubDate></item>`).join('\n');
    const feed = feedOf(parseFeed(rss(items), BASE));
    expect(feed.items).toHaveLength(10_000);
    expect(feed.items[9_999]).toMatchObject({ title: 'Meldung 9999: Bürgerbüro', link: 'https://www.stadt.example/m/9999', guid: 'id-9999' });
  });

  it('RSS without a version attribute is read as RSS 2.0', () => {
    expect(feedOf(parseFeed('<rss><channel><title>Ohne Version</title><item><title>A</title></item></channel></rss>', BASE)).format).toBe('rss2');
  });

  it('a UTF-8 BOM before the declaration is ignored', () => {
    expect(feedOf(parseFeed(`\uFEFF${rss('<item><title>Mit BOM</title></item>')}`, BASE)).items[0]!.title).toBe('Mit BOM');
  });
});
