import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeHTML } from 'entities';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildAtom, buildJsonFeed, buildRss, LAND_DOMAIN, THEME_DOMAIN } from '../../lib/feedgen/index';
import { publicItemId } from '../../lib/feedgen/entry';
import { LAND_NAMES, THEME_LABELS } from '../../lib/labels';
import { LAND_CODES } from '../../lib/model';
import { hostileItems, loadItems, makeItem, META } from './helpers';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => ['item', 'entry', 'category', 'link'].includes(name),
});
const parse = (xml: string): any => parser.parse(xml);
const text = (node: unknown): string =>
  typeof node === 'string' ? node : String((node as Record<string, unknown>)['#text'] ?? '');

const items = loadItems();
const NEWEST = 'Wed, 04 Mar 2026 08:00:00 GMT';

afterEach(() => {
  vi.useRealTimers();
});

describe('labels', () => {
  it('names every Land and DE in German', () => {
    expect(Object.keys(LAND_NAMES).sort()).toEqual([...LAND_CODES, 'DE'].sort());
    expect(LAND_NAMES.TH).toBe('Thüringen');
    expect(LAND_NAMES.DE).toBe('bundesweit');
  });

  it('labels the seventeen themes of the taxonomy in German and English', () => {
    expect(Object.keys(THEME_LABELS)).toHaveLength(17);
    expect(THEME_LABELS['it-infrastruktur']).toEqual({ de: 'IT-Infrastruktur & Open Source', en: 'IT infrastructure & open source' });
    expect(THEME_LABELS['finanzen-foerderung']).toEqual({ de: 'Finanzen & Förderung', en: 'Funding & finance' });
  });
});

describe('buildRss', () => {
  const rss = parse(buildRss(items, META)).rss;
  const channel = rss.channel;

  it('is RSS 2.0 with the channel described by the meta and atom:link self', () => {
    expect(rss['@_version']).toBe('2.0');
    expect(rss['@_xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
    expect(channel.title).toBe('Kommunalradar – Bayern & Sachsen');
    expect(channel.link).toEqual([META.homeUrl]);
    expect(channel['atom:link']).toEqual({
      '@_href': META.selfUrl,
      '@_rel': 'self',
      '@_type': 'application/rss+xml',
    });
    expect(channel.language).toBe('de');
    expect(channel.lastBuildDate).toBe(NEWEST);
    expect(channel.item).toHaveLength(7);
  });

  it('writes title, link, teaser, opaque guid, RFC 822 date, categories and source of an item', () => {
    expect(channel.item[0]).toEqual({
      title: 'Nürnberg: KI-Assistent beantwortet Fragen im Bürgeramt',
      link: [items[0]!.link],
      description: items[0]!.summary,
      guid: { '#text': publicItemId(items[0]!.id), '@_isPermaLink': 'false' },
      pubDate: 'Wed, 04 Mar 2026 08:00:00 GMT',
      category: [
        { '#text': 'Bayern', '@_domain': LAND_DOMAIN },
        { '#text': 'Künstliche Intelligenz', '@_domain': THEME_DOMAIN },
        { '#text': 'Bürgerservice', '@_domain': THEME_DOMAIN },
      ],
      source: { '#text': 'Kommune21', '@_url': 'https://www.kommune21.de/k21-meldungen/feed/' },
    });
  });

  it('dates an item without publishedAt by when it was first seen', () => {
    const vdz = channel.item.find((i: { title: string }) => i.title.startsWith('Kiel'));
    expect(vdz.pubDate).toBe('Sun, 01 Mar 2026 08:00:00 GMT');
  });

  it('names "bundesweit" for DE and several Länder for an item about several', () => {
    const cats = (t: string) =>
      channel.item.find((i: { title: string }) => i.title.startsWith(t)).category.map(text);
    expect(cats('OZG-Bilanz')).toContain('bundesweit');
    expect(cats('Drei Jahre')).toEqual(['Nordrhein-Westfalen', 'Hessen', 'IT-Sicherheit & Krisen']);
  });

  it('leaves out link, atom:link and source when there is nothing valid to put there', () => {
    const bare = parse(buildRss(items, { title: 'Alle Meldungen' })).rss.channel;
    expect(bare['atom:link']).toBeUndefined();
    expect(bare.link).toEqual(['https://kommunalradar.de/']);
    expect(bare.description).toBe('Alle Meldungen');
    expect(bare.item.every((i: Record<string, unknown>) => i.source === undefined)).toBe(true);
    const move = bare.item.find((i: { title: string }) => i.title.startsWith('Dresden'));
    expect(move.link).toBeUndefined();
  });

  it('builds a valid empty feed without lastBuildDate', () => {
    const xml = buildRss([], META);
    expect(XMLValidator.validate(xml)).toBe(true);
    const empty = parse(xml).rss.channel;
    expect(empty.item).toBeUndefined();
    expect(empty.lastBuildDate).toBeUndefined();
  });
});

describe('buildAtom', () => {
  const feed = parse(buildAtom(items, META)).feed;

  it('is Atom 1.0 with id, updated, author and alternate/self links', () => {
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed['@_xml:lang']).toBe('de');
    expect(feed.id).toBe(META.selfUrl);
    expect(feed.updated).toBe('2026-03-04T08:00:00Z');
    expect(feed.author).toEqual({ name: 'Kommunalradar' });
    expect(feed.link).toEqual([
      { '@_rel': 'alternate', '@_type': 'text/html', '@_href': META.homeUrl },
      { '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': META.selfUrl },
    ]);
    expect(feed.entry).toHaveLength(7);
  });

  it('writes an entry with a tag-URI id, dates, source as author and labelled categories', () => {
    const e = feed.entry[0];
    expect(e.id).toBe('tag:kommunalradar.de,2025:item:' + publicItemId(items[0]!.id));
    expect(e.title).toBe(items[0]!.title);
    expect(e.updated).toBe('2026-03-04T08:00:00Z');
    expect(e.published).toBe('2026-03-04T08:00:00Z');
    expect(e.author).toEqual({ name: 'Kommune21' });
    expect(e.link).toEqual([{ '@_rel': 'alternate', '@_type': 'text/html', '@_href': items[0]!.link }]);
    expect(e.summary).toEqual({ '#text': items[0]!.summary, '@_type': 'text' });
    expect(e.category).toEqual([
      { '@_term': 'BY', '@_scheme': LAND_DOMAIN, '@_label': 'Bayern' },
      { '@_term': 'ki', '@_scheme': THEME_DOMAIN, '@_label': 'Künstliche Intelligenz' },
      { '@_term': 'buergerservice', '@_scheme': THEME_DOMAIN, '@_label': 'Bürgerservice' },
    ]);
  });

  it('gives an entry without a link its teaser as content, as RFC 4287 requires', () => {
    const move = feed.entry.find((e: { title: string }) => e.title.startsWith('Dresden'));
    expect(move.link).toBeUndefined();
    expect(move.content).toEqual({ '#text': items[6]!.summary, '@_type': 'text' });
  });

  it('builds a valid empty feed dated at the epoch, with a tag-URI id when no URL is known', () => {
    const xml = buildAtom([], { title: 'Leer' });
    expect(XMLValidator.validate(xml)).toBe(true);
    const empty = parse(xml).feed;
    expect(empty.updated).toBe('1970-01-01T00:00:00Z');
    expect(empty.id).toBe('tag:kommunalradar.de,2025:feed:Leer');
  });
});

describe('buildJsonFeed', () => {
  const feed = JSON.parse(buildJsonFeed(items, META));

  it('is JSON Feed 1.1 with the feed described by the meta', () => {
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe(META.title);
    expect(feed.home_page_url).toBe(META.homeUrl);
    expect(feed.feed_url).toBe(META.selfUrl);
    expect(feed.language).toBe('de');
    expect(feed.items).toHaveLength(7);
  });

  it('writes id, url, title, content_text, date_published and tags', () => {
    expect(feed.items[0]).toMatchObject({
      id: publicItemId(items[0]!.id),
      url: items[0]!.link,
      title: items[0]!.title,
      content_text: items[0]!.summary,
      date_published: '2026-03-04T08:00:00Z',
      tags: ['Bayern', 'Künstliche Intelligenz', 'Bürgerservice'],
      authors: [{ name: 'Kommune21', url: 'https://www.kommune21.de/k21-meldungen/feed/' }],
      _kommunalradar: { regions: ['BY'], themes: ['ki', 'buergerservice'] },
    });
    const move = feed.items.find((i: { title: string }) => i.title.startsWith('Dresden'));
    expect(move).not.toHaveProperty('url');
  });
});

describe('determinism', () => {
  const builders = [
    ['RSS', buildRss, 'golden.rss'],
    ['Atom', buildAtom, 'golden.atom'],
    ['JSON Feed', buildJsonFeed, 'golden.json'],
  ] as const;

  it.each(builders)('%s: same items give the same bytes, whatever the clock or input order', (_n, build) => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-05T12:00:00Z'));
    const first = build(items, META);
    vi.setSystemTime(new Date('2027-01-01T00:00:00Z'));
    const reversed = build(structuredClone(items).reverse(), META);
    expect(reversed).toBe(first);
  });

  it.each(builders)('%s: output matches the committed file byte for byte', async (_n, build, file) => {
    await expect(build(items, META)).toMatchFileSnapshot(`../fixtures/feedgen/${file}`);
  });

  it('an older item joining the feed does not move lastBuildDate or updated', () => {
    const older = makeItem({ id: 'x|alt', publishedAt: Date.UTC(2025, 0, 1), sortAt: Date.UTC(2025, 0, 1) });
    expect(parse(buildRss([...items, older], META)).rss.channel.lastBuildDate).toBe(NEWEST);
    expect(parse(buildAtom([...items, older], META)).feed.updated).toBe('2026-03-04T08:00:00Z');
  });
});

const ILLEGAL = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const HOSTILE_TITLE = 'Bürgeramt ]]> Köln <script>alert(1)</script> & Co.';
const HOSTILE_SUMMARY =
  "Ende ]]> eines CDATA-Blocks, <!-- Kommentar --> und Überbleibsel & „Anführungszeichen“ 'einfach'";
const BAD_SCHEMES = /javascript|vbscript|data:|ftp:|\/aktuelles\//i;

describe('D09 hostile item fields', () => {
  const hostile = hostileItems();
  const hostileMeta = {
    ...META,
    title: 'Radar ]]> <b>fett</b> & \x07',
    selfUrl: 'javascript:alert(1)',
    homeUrl: 'data:text/html,x',
    sourceNames: { kommune21: { name: 'Kommune21 -->\x00', url: 'javascript:alert(2)' } },
  };

  it.each([
    ['RSS', buildRss],
    ['Atom', buildAtom],
  ] as const)('D09 %s with ]]>, -->, <, & in every field parses strictly (XMLValidator)', (_n, build) => {
    const xml = build(hostile, hostileMeta);
    expect(XMLValidator.validate(xml)).toBe(true);
    // Escaped as text: neither a CDATA end nor a comment end appears raw.
    expect(xml).not.toContain(']]>');
    expect(xml).not.toContain('-->');
    expect(xml).not.toContain('<script');
    expect(xml).not.toContain('<b>');
  });

  it('D09 RSS reads back the exact text once its HTML layer is decoded, illegal characters removed', () => {
    // Text holding a `<`, and every description, is escaped as HTML (H04): a reader renders it as text.
    const channel = parse(buildRss(hostile, hostileMeta)).rss.channel;
    expect(decodeHTML(channel.title)).toBe('Radar ]]> <b>fett</b> &');
    expect(decodeHTML(channel.item[0].title)).toBe(HOSTILE_TITLE);
    expect(decodeHTML(channel.item[0].description)).toBe(HOSTILE_SUMMARY);
    expect(channel.item[0].guid['#text']).toMatch(/^kr-[0-9a-f]{28}$/);
    expect(channel.item[0].link).toEqual(['https://www.kommune21.de/meldung_2.html?x=1&y=%3C2%3E']);
  });

  it('D09 Atom reads back the exact text, illegal characters removed', () => {
    const feed = parse(buildAtom(hostile, hostileMeta)).feed;
    expect(feed.entry[0].title).toBe(HOSTILE_TITLE);
    expect(feed.entry[0].summary['#text']).toBe(HOSTILE_SUMMARY);
    expect(feed.entry[0].author.name).toBe('Kommune21 -->');
  });

  it.each([
    ['RSS', buildRss],
    ['Atom', buildAtom],
    ['JSON Feed', buildJsonFeed],
  ] as const)('D09 %s: \\x00–\\x08, \\x0B, \\x0C, \\x0E–\\x1F, U+FFFE/FFFF and lone surrogates are removed', (_n, build) => {
    const out = build(hostile, hostileMeta);
    expect(out).not.toMatch(ILLEGAL);
    // JSON.stringify would write a lone surrogate as an escape: it must not be there to escape.
    expect(out).not.toMatch(/\\u(d[89a-f][0-9a-f]{2}|000[0-8bcef]|001[0-9a-f]|fff[ef])/i);
  });

  it.each([
    ['RSS', buildRss],
    ['Atom', buildAtom],
    ['JSON Feed', buildJsonFeed],
  ] as const)('D09 %s: links other than http(s) are left out, items kept', (_n, build) => {
    const out = build(hostile, hostileMeta);
    expect(out).not.toMatch(BAD_SCHEMES);
    expect(out.match(/Meldung \d mit unzulässigem Link/g)).toHaveLength(8);
  });

  it('D09 RSS: an item whose link is refused has no link element; no self link or source from bad URLs', () => {
    const channel = parse(buildRss(hostile, hostileMeta)).rss.channel;
    expect(channel['atom:link']).toBeUndefined();
    expect(channel.link).toEqual(['https://kommunalradar.de/']);
    for (const item of channel.item.slice(1)) {
      expect(item.link).toBeUndefined();
      expect(item.source).toBeUndefined();
    }
  });

  it('D09 JSON Feed parses back to the cleaned text', () => {
    const feed = JSON.parse(buildJsonFeed(hostile, hostileMeta));
    expect(feed.items[0].title).toBe(HOSTILE_TITLE);
    expect(feed.items[0].content_text).toBe(HOSTILE_SUMMARY);
    expect(feed.home_page_url).toBeUndefined();
    expect(feed.feed_url).toBeUndefined();
    expect(feed.items.slice(1).every((i: Record<string, unknown>) => !('url' in i))).toBe(true);
  });

  it('D09 an attribute value "true" stays a quoted attribute (no bare boolean attribute)', () => {
    const xml = buildAtom([makeItem({ themes: ['true'] })], META);
    expect(xml).toContain('<category term="true" scheme="https://kommunalradar.de/thema" label="true"/>');
    expect(XMLValidator.validate(xml)).toBe(true);
  });
});
