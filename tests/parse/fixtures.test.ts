import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../lib/parse/index';
import { feedOf, fixture } from './helpers';

const at = (s: string) => Date.parse(s);

describe('parseFeed on German fixtures', () => {
  it.each([
    {
      file: 'wordpress-rss2.xml', base: 'https://www.behoerden-digital.example/feed/', format: 'rss2',
      title: 'Behörden Digital – Nachrichten für die öffentliche Verwaltung', link: 'https://www.behoerden-digital.example/',
      count: 3, ttlMin: 60,
    },
    {
      file: 'heise-rss1.rdf', base: 'https://www.netzticker.example/rss/netzpolitik.rdf', format: 'rss1',
      title: 'netzticker – Netzpolitik', link: 'https://www.netzticker.example/netzpolitik/', count: 2, ttlMin: undefined,
    },
    {
      file: 'atom-xmlbase.xml', base: 'https://feeds.example/musterhausen', format: 'atom',
      title: 'Stadt Musterhausen – Pressemitteilungen', link: 'https://www.stadt-musterhausen.example/presse/',
      count: 3, ttlMin: undefined,
    },
    {
      file: 'kommune21-rss2.xml', base: 'https://www.kommunal21.example/k21-meldungen/feed/', format: 'rss2',
      title: 'Kommunal21 – Meldungen', link: 'https://www.kommunal21.example/k21-meldungen/', count: 4, ttlMin: undefined,
    },
    {
      file: 'netscape-rss091.xml', base: 'http://www.suederluegum.example/rss.xml', format: 'rss2',
      title: 'Gemeinde Süderlügum – Amtliche Bekanntmachungen', link: 'http://www.suederluegum.example/', count: 2,
      ttlMin: undefined,
    },
  ])('$file reads as $format with $count items', ({ file, base, format, title, link, count, ttlMin }) => {
    const feed = feedOf(parseFeed(fixture(file), base));
    expect(feed.format).toBe(format);
    expect(feed.title).toBe(title);
    expect(feed.link).toBe(link);
    expect(feed.ttlMin).toBe(ttlMin);
    expect(feed.bozo).toBe(false);
    expect(feed.items).toHaveLength(count);
    for (const item of feed.items) {
      for (const value of [item.guid, item.title, item.link, item.summary]) expect(typeof value).toBe('string');
      expect(item.link).toMatch(/^https?:\/\//);
      expect(item.title).not.toMatch(/&[a-z]+;|&#/);
    }
  });

  it('WordPress: description wins over content:encoded, categories and umlauts survive', () => {
    const [first, , third] = feedOf(parseFeed(fixture('wordpress-rss2.xml'), 'https://www.behoerden-digital.example/feed/')).items;
    expect(first).toMatchObject({
      guid: 'https://www.behoerden-digital.example/?p=48213',
      guidIsPermaLink: false,
      title: 'Onlinezugangsgesetz: Bayern schaltet 120 neue Verwaltungsleistungen frei',
      link: 'https://www.behoerden-digital.example/2025/03/04/ozg-bayern-120-leistungen/',
      publishedAt: at('2025-03-04T07:30:00Z'),
      categories: ['Digitalisierung', 'Bayern', 'OZG'],
    });
    expect(first!.summary).toMatch(/^<p>Das bayerische Digitalministerium hat weitere Leistungen für Bürgerinnen/);
    expect(first!.summary).toContain('erschien zuerst auf');
    expect(third!.summary).toContain('Überblick über Fristen');
  });

  it('WordPress: &#038; in a title is one ampersand', () => {
    const items = feedOf(parseFeed(fixture('wordpress-rss2.xml'), 'https://x.example/')).items;
    expect(items[1]!.title).toBe('Städte & Gemeinden: Förderprogramm für Glasfaser in Schleswig-Holstein verlängert');
  });

  it('RSS 1.0: items beside the channel, rdf:about as guid, dc:date and dc:subject', () => {
    const items = feedOf(parseFeed(fixture('heise-rss1.rdf'), 'https://www.netzticker.example/rss/netzpolitik.rdf')).items;
    expect(items[0]).toMatchObject({
      guid: expect.stringContaining('Digitalministerkonferenz-EUDI-Wallet-bis-2026-10283746.html'),
      guidIsPermaLink: false,
      title: 'Digitalministerkonferenz: EUDI-Wallet soll 2026 kommen',
      publishedAt: at('2025-03-04T09:45:00Z'),
      categories: ['Digitale Identität'],
    });
    expect(items[0]!.summary).toBe(
      'Bund und Länder einigen sich auf einen Zeitplan für die europäische Brieftasche. Die Kommunen sollen früh angebunden werden.',
    );
    expect(items[1]!.summary).toContain('kritisch & fordern');
    expect(items[1]!.categories).toEqual(['Datenschutz', 'Künstliche Intelligenz']);
  });

  it('Atom: xml:base on feed and entries, label before term, html title decoded, published before updated', () => {
    const items = feedOf(parseFeed(fixture('atom-xmlbase.xml'), 'https://feeds.example/musterhausen')).items;
    expect(items.map((i) => i.link)).toEqual([
      'https://www.stadt-musterhausen.example/presse/2025/maerz/buergerbuero-termine.html',
      'https://www.stadt-musterhausen.example/rat/sitzung-2025-03-12.html',
      'https://www.musterhausen-wirtschaft.example/news/gewerbe-digital',
    ]);
    expect(items[0]!.categories).toEqual(['Bürgerservice', 'digitalisierung']);
    expect(items[0]!.publishedAt).toBe(at('2025-03-05T08:30:00Z'));
    expect(items[0]!.summary).toBe('<p>Ab sofort können Bürgerinnen und Bürger ihre Termine für Personalausweis und Reisepass im Internet vereinbaren.</p>');
    expect(items[1]!.title).toBe('Ratssitzung am 12.\u00a0März: Haushalt & Digitalstrategie');
    // xhtml content keeps its markup: the summary is HTML, the normaliser strips it.
    expect(items[1]!.summary).toBe(
      '<div xmlns="http://www.w3.org/1999/xhtml"><p>Der Stadtrat berät über den <strong>Haushalt 2025</strong> und die Digitalstrategie.</p></div>',
    );
    expect(items[1]!.publishedAt).toBe(at('2025-03-04T16:00:00Z'));
    expect(items[2]!.publishedAt).toBe(at('2025-03-02T23:00:00Z'));
    expect(items.every((i) => i.guidIsPermaLink === false)).toBe(true);
  });

  it.each([
    [0, 'Brandenburg: Bürgerservice per Videokabine', '2025-05-19T07:15:00Z'],
    [1, 'Dresden: Bezahlkarte für Asylsuchende gestartet', '2025-05-09T12:30:00Z'],
    [2, 'Diez/Kaisersesch/Montabaur/Weißenthurm: Kooperation im Prozessmanagement', '2025-04-08T08:00:00Z'],
    [3, 'Darmstadt: Resiliente Krisenkommunikation', '2025-04-11T06:00:00Z'],
  ])('Kommune21 style: item %i "%s" keeps its kicker, teaser and German date', (index, title, date) => {
    const item = feedOf(parseFeed(fixture('kommune21-rss2.xml'), 'https://www.kommunal21.example/k21-meldungen/feed/')).items[index]!;
    expect(item.title).toBe(title);
    expect(item.summary).toMatch(/^\[\d{2}\.\d{2}\.2025\] .+ mehr\.\.\.$/);
    expect(item.publishedAt).toBe(at(date));
    expect(item.link).toMatch(/^https:\/\/www\.kommunal21\.example\/k21-meldungen\/[a-z-]+$/);
    expect(item.guidIsPermaLink).toBe(false);
  });

  it('C05 RSS 0.91 with the Netscape DOCTYPE is accepted, its HTML entities decoded, the DTD not fetched', () => {
    const feed = feedOf(parseFeed(fixture('netscape-rss091.xml'), 'http://www.suederluegum.example/rss.xml'));
    expect(feed.items.map((i) => i.title)).toEqual([
      'Straßensperrung wegen Glasfaserausbau',
      'Sitzung der Gemeindevertretung am 20.\u00a0März',
    ]);
    expect(feed.items[1]!.summary).toBe(
      'Tagesordnung: Haushalt 2025, Digitalisierung der Verwaltung, Verschiedenes. Kosten: 150\u00a0€.',
    );
    expect(feed.items[0]!.guid).toBe('');
  });
});
