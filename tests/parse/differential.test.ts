/**
 * A second opinion: rss-parser (xml2js underneath) on the same well-formed fixtures. Titles,
 * links and guids must agree; where we differ on purpose, the test pins the difference down.
 */
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../lib/parse/index';
import { feedOf, fixture } from './helpers';

const other = new Parser();

const FIXTURES = [
  { file: 'wordpress-rss2.xml', base: 'https://www.behoerden-digital.example/feed/' },
  { file: 'heise-rss1.rdf', base: 'https://www.netzticker.example/rss/netzpolitik.rdf' },
  { file: 'atom-xmlbase.xml', base: 'https://feeds.example/musterhausen' },
  { file: 'kommune21-rss2.xml', base: 'https://www.kommunal21.example/k21-meldungen/feed/' },
  { file: 'netscape-rss091.xml', base: 'http://www.suederluegum.example/rss.xml' },
];

async function both(file: string, base: string) {
  const text = fixture(file);
  const theirs = await other.parseString(text);
  const ours = feedOf(parseFeed(text, base));
  expect(ours.items).toHaveLength(theirs.items.length);
  return { ours, theirs };
}

describe('differential against rss-parser', () => {
  it.each(FIXTURES)('$file: feed title and item titles agree (apart from Atom html titles)', async ({ file, base }) => {
    const { ours, theirs } = await both(file, base);
    expect(ours.title).toBe(theirs.title);
    ours.items.forEach((item, i) => {
      const their = theirs.items[i]!.title ?? '';
      if (/&[a-z]+;/.test(their)) {
        // Atom type="html": rss-parser hands back the escaped HTML (`12.&nbsp;März … &amp;`);
        // we decode that layer because the feed declares the title as HTML, not as text.
        expect(item.title).not.toContain('&nbsp;');
        expect(item.title).toBe('Ratssitzung am 12.\u00a0März: Haushalt & Digitalstrategie');
      } else {
        expect(item.title).toBe(their);
      }
    });
  });

  it.each(FIXTURES)('$file: links agree once relative links are resolved', async ({ file, base }) => {
    const { ours, theirs } = await both(file, base);
    ours.items.forEach((item, i) => {
      const their = theirs.items[i]!.link ?? '';
      if (/^https?:/.test(their)) {
        expect(item.link).toBe(their);
      } else {
        // rss-parser returns relative links as written and ignores xml:base; we resolve them
        // against xml:base or the final URL (D03, D04), so ours ends with theirs.
        expect(item.link).toMatch(/^https:\/\//);
        expect(new URL(item.link).pathname.endsWith(their.replace(/^\.?\//, ''))).toBe(true);
      }
    });
  });

  it.each(FIXTURES)('$file: guids agree (RSS guid, Atom id; RSS 1.0 rdf:about only on our side)', async ({ file, base }) => {
    const { ours, theirs } = await both(file, base);
    ours.items.forEach((item, i) => {
      const their = theirs.items[i]! as { guid?: string; id?: string; link?: string };
      if (ours.format === 'rss1') {
        // rss-parser reads no identifier from RSS 1.0 items; we take rdf:about.
        expect(their.guid).toBeUndefined();
        expect(item.guid).toBe(their.link);
      } else {
        expect(item.guid).toBe(their.guid ?? their.id ?? '');
      }
    });
  });

  it('dates with a numeric zone or GMT agree', async () => {
    for (const { file, base } of FIXTURES.slice(0, 2)) {
      const { ours, theirs } = await both(file, base);
      ours.items.forEach((item, i) => expect(item.publishedAt).toBe(Date.parse(theirs.items[i]!.isoDate!)));
    }
  });

  it('German dates differ on purpose: rss-parser drops them or reads 09.05. as 5 September', async () => {
    const { ours, theirs } = await both('kommune21-rss2.xml', 'https://www.kommunal21.example/k21-meldungen/feed/');
    expect(theirs.items.map((i) => i.isoDate)).toEqual([undefined, '2025-09-05T14:30:00.000Z', undefined, undefined]);
    expect(ours.items.map((i) => new Date(i.publishedAt!).toISOString())).toEqual([
      '2025-05-19T07:15:00.000Z', '2025-05-09T12:30:00.000Z', '2025-04-08T08:00:00.000Z', '2025-04-11T06:00:00.000Z',
    ]);
  });

  it('a date-only Atom timestamp differs on purpose: midnight in Berlin, not in UTC', async () => {
    const { ours, theirs } = await both('atom-xmlbase.xml', 'https://feeds.example/musterhausen');
    expect(theirs.items[2]!.isoDate).toBe('2025-03-03T00:00:00.000Z');
    expect(ours.items[2]!.publishedAt).toBe(Date.parse('2025-03-02T23:00:00Z'));
  });

  it('javascript: links differ on purpose: rss-parser passes them through, we drop them', async () => {
    const xml = '<rss version="2.0"><channel><title>T</title><item><title>A</title><link>javascript:alert(1)</link></item></channel></rss>';
    expect((await other.parseString(xml)).items[0]!.link).toBe('javascript:alert(1)');
    expect(feedOf(parseFeed(xml, 'https://a.example/')).items[0]!.link).toBe('');
  });

  it('entities agree on one decoding per layer: &amp;auml; stays &auml;, &#228; is ä', async () => {
    const xml = '<rss version="2.0"><channel><title>T</title><item><title>&amp;auml; &#228;</title></item></channel></rss>';
    expect((await other.parseString(xml)).items[0]!.title).toBe('&auml; ä');
    expect(feedOf(parseFeed(xml, 'https://a.example/')).items[0]!.title).toBe('&auml; ä');
  });

  it('<rss> without a version differs on purpose: rss-parser rejects it, we read it as RSS 2.0', async () => {
    const xml = '<rss><channel><title>Alt</title><item><title>Meldung</title></item></channel></rss>';
    await expect(other.parseString(xml)).rejects.toThrow(/not recognized/);
    expect(feedOf(parseFeed(xml, 'https://a.example/')).items[0]!.title).toBe('Meldung');
  });
});
