/**
 * Reading valid feeds as Python's feedparser reads them: one test per point of the parse
 * fidelity issue (prefixed roots, RSS 1.1, Atom text constructs, ids and guids as links, every
 * entry, C1 controls, links on file input). The JSON contract of `parse` is in cli-parse.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { normalizeItems } from '../../lib/normalize/index';
import { parseFeed } from '../../lib/parse/index';
import { parseXmlCarefully } from '../../lib/parse/xml';
import { feedOf, rss } from './helpers';

const BASE = 'https://www.landkreis.example/presse/feed.xml';
const titlesAndLinks = (text: string, base = BASE) =>
  feedOf(parseFeed(text, base)).items.map((i) => [i.title, i.link]);

describe('namespaced roots', () => {
  it('<r:rss xmlns:r="…"> with prefixed children and no default namespace is an RSS feed', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<r:rss xmlns:r="http://backend.userland.com/rss2" version="2.0"><r:channel><r:title>Landkreis Görlitz</r:title>
<r:link>https://www.landkreis.example/</r:link>
<r:item><r:title>Kfz-Zulassung online</r:title><r:link>https://www.landkreis.example/a</r:link></r:item></r:channel></r:rss>`;
    const feed = feedOf(parseFeed(xml, BASE));
    expect(feed).toMatchObject({ format: 'rss2', title: 'Landkreis Görlitz', link: 'https://www.landkreis.example/' });
    expect(feed.items.map((i) => [i.title, i.link])).toEqual([['Kfz-Zulassung online', 'https://www.landkreis.example/a']]);
  });

  it('a prefixed root over unprefixed children, and a prefix bound to a namespace we do not know, read alike', () => {
    const plain = '<r:rss xmlns:r="http://backend.userland.com/rss2"><channel><title>K</title><item><title>A</title><link>/a</link></item></channel></r:rss>';
    const unknown = '<x:rss xmlns:x="urn:example:rss"><x:channel><x:title>K</x:title><x:item><x:title>A</x:title><x:link>/a</x:link></x:item></x:channel></x:rss>';
    expect(titlesAndLinks(plain)).toEqual([['A', 'https://www.landkreis.example/a']]);
    expect(titlesAndLinks(unknown)).toEqual([['A', 'https://www.landkreis.example/a']]);
  });

  it('an Atom feed under a prefix, and Dublin Core under another prefix than dc:', () => {
    const xml = `<a:feed xmlns:a="http://www.w3.org/2005/Atom" xmlns:d="http://purl.org/dc/elements/1.1/"><a:title>Stadt</a:title>
<a:entry><a:title>Ratssitzung</a:title><a:id>tag:stadt.example,2025:1</a:id><a:link href="https://www.stadt.example/r"/><d:date>2025-03-05T10:00:00Z</d:date></a:entry></a:feed>`;
    const feed = feedOf(parseFeed(xml, BASE));
    expect(feed.format).toBe('atom');
    expect(feed.items[0]).toMatchObject({ title: 'Ratssitzung', link: 'https://www.stadt.example/r', publishedAt: Date.UTC(2025, 2, 5, 10) });
  });

  it('a prefixed feed with a DOCTYPE (the careful path) reads the same', () => {
    const xml = '<!DOCTYPE r:rss><r:rss xmlns:r="http://backend.userland.com/rss2"><r:channel><r:title>K</r:title><r:item><r:title>A&amp;B</r:title><r:link>/a</r:link></r:item></r:channel></r:rss>';
    expect(titlesAndLinks(xml)).toEqual([['A&B', 'https://www.landkreis.example/a']]);
  });

  it('the Atom namespace inside RSS stays apart: <atom:link rel="self"> is not the channel link', () => {
    const xml = rss('<item><title>A</title></item>', '<title>K</title><atom:link xmlns:atom="http://www.w3.org/2005/Atom" href="https://x.example/feed" rel="self"/><link>https://www.landkreis.example/</link>');
    expect(feedOf(parseFeed(xml.replace('<rss version="2.0">', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">'), BASE)).link)
      .toBe('https://www.landkreis.example/');
  });
});

describe('RSS 1.1', () => {
  const rss11 = `<?xml version="1.0" encoding="utf-8"?>
<Channel xmlns="http://purl.org/net/rss1.1#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" rdf:about="https://www.kreis.example/rss11.xml">
  <title>Kreis Lippe – Meldungen</title>
  <link>https://www.kreis.example/</link>
  <description>Aus der Kreisverwaltung</description>
  <items rdf:parseType="Collection">
    <item rdf:about="https://www.kreis.example/m/1">
      <title>Bürgerportal erweitert</title>
      <link>https://www.kreis.example/m/1</link>
      <description>Zwölf neue Dienste.</description>
      <dc:date>2025-03-05T09:00:00+01:00</dc:date>
    </item>
    <item rdf:about="https://www.kreis.example/m/2">
      <title>Breitband: dritter Förderaufruf</title>
      <link>m/2</link>
    </item>
  </items>
</Channel>`;

  it('root Channel in http://purl.org/net/rss1.1#, items in <items>, is read like RSS 1.0', () => {
    const feed = feedOf(parseFeed(rss11, 'https://www.kreis.example/rss11.xml'));
    expect(feed).toMatchObject({ format: 'rss1', title: 'Kreis Lippe – Meldungen', link: 'https://www.kreis.example/', bozo: false });
    expect(feed.items).toEqual([
      {
        guid: 'https://www.kreis.example/m/1', guidIsPermaLink: false, title: 'Bürgerportal erweitert',
        link: 'https://www.kreis.example/m/1', summary: 'Zwölf neue Dienste.', publishedAt: Date.UTC(2025, 2, 5, 8), categories: [],
      },
      {
        guid: 'https://www.kreis.example/m/2', guidIsPermaLink: false, title: 'Breitband: dritter Förderaufruf',
        link: 'https://www.kreis.example/m/2', summary: '', publishedAt: null, categories: [],
      },
    ]);
  });

  it('the careful path reads RSS 1.1 the same', () => {
    expect(parseFeed(rss11, BASE, parseXmlCarefully)).toEqual(parseFeed(rss11, BASE));
  });
});

describe('Atom text constructs', () => {
  it('mode="base64" (Atom 0.3) titles and summaries are decoded as UTF-8', () => {
    const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
    const xml = `<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title mode="base64">${b64('Gemeinde Söhrewald')}</title>
<entry><title mode="base64">${b64('Öffnungszeiten über Ostern')}</title><id>tag:soehrewald.example,2025:7</id>
<link rel="alternate" type="text/html" href="https://www.soehrewald.example/7"/>
<summary type="text/html" mode="base64">${b64('<p>Das Rathaus schließt früher.</p>')}</summary>
<issued>2025-04-14T08:00:00Z</issued></entry></feed>`;
    const feed = feedOf(parseFeed(xml, BASE));
    expect(feed.title).toBe('Gemeinde Söhrewald');
    expect(feed.items[0]).toMatchObject({
      title: 'Öffnungszeiten über Ostern', summary: '<p>Das Rathaus schließt früher.</p>', publishedAt: Date.UTC(2025, 3, 14, 8),
    });
  });

  it('an XHTML title becomes its text, entities decoded once', () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title><entry><id>tag:a,2025:1</id>
<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Digitalpakt: <b>Schulen</b> &amp; <i>Kreise</i></div></title></entry></feed>`;
    const [item] = normalizeItems(feedOf(parseFeed(xml, BASE)).items, { sourceId: 's' });
    expect(item!.title).toBe('Digitalpakt: Schulen & Kreise');
  });

  it('broken base64 falls back to the text as written', () => {
    const xml = '<feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry><title mode="base64">kein*base64!</title></entry></feed>';
    expect(feedOf(parseFeed(xml, BASE)).items[0]!.title).toBe('kein*base64!');
  });
});

describe('ids and guids as links', () => {
  it('an Atom entry without a usable link takes its http(s) id as the link; a tag: id never', () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>
<entry><title>A</title><id>https://www.stadt.example/a</id></entry>
<entry><title>B</title><id>https://www.stadt.example/b</id><link rel="alternate" href="javascript:alert(1)"/></entry>
<entry><title>C</title><id>tag:stadt.example,2025:c</id></entry>
<entry><title>D</title><id>https://www.stadt.example/d</id><link href="/d.html"/></entry></feed>`;
    expect(titlesAndLinks(xml, 'https://www.stadt.example/atom.xml')).toEqual([
      ['A', 'https://www.stadt.example/a'],
      ['B', 'https://www.stadt.example/b'],
      ['C', ''],
      ['D', 'https://www.stadt.example/d.html'],
    ]);
  });

  it('an RSS guid without isPermaLink="false" that is an http(s) URL is the link when there is none', () => {
    const xml = rss(
      '<item><title>A</title><guid>https://www.stadt.example/a</guid></item>' +
      '<item><title>B</title><guid isPermaLink="true">https://www.stadt.example/b</guid></item>' +
      '<item><title>C</title><guid isPermaLink="false">https://www.stadt.example/c</guid></item>' +
      '<item><title>D</title><guid>d-17</guid></item>',
    );
    expect(titlesAndLinks(xml)).toEqual([
      ['A', 'https://www.stadt.example/a'], ['B', 'https://www.stadt.example/b'], ['C', ''], ['D', ''],
    ]);
  });
});

describe('every entry comes out', () => {
  const xml = rss(
    '<item><title>Amtsblatt 12/2025</title><link>https://www.stadt.example/ab</link><guid>ab-12</guid></item>' +
    '<item><title>Amtsblatt 12/2025</title><link>https://www.stadt.example/ab</link><guid>ab-12</guid></item>' +
    '<item></item>' +
    '<item><description>Nur ein Teaser.</description></item>' +
    '<item><description>Nur ein Teaser.</description></item>',
  );

  it('the parser gives one item per entry, even empty ones and two alike, in order', () => {
    const items = feedOf(parseFeed(xml, BASE)).items;
    expect(items.map((i) => [i.title, i.guid, i.summary])).toEqual([
      ['Amtsblatt 12/2025', 'ab-12', ''], ['Amtsblatt 12/2025', 'ab-12', ''], ['', '', ''],
      ['', '', 'Nur ein Teaser.'], ['', '', 'Nur ein Teaser.'],
    ]);
  });

  it('the normaliser passes all five on (the store keeps the first of an id)', () => {
    const items = normalizeItems(feedOf(parseFeed(xml, BASE)).items, { sourceId: 'stadt' });
    expect(items.map((i) => i.title)).toEqual(['Amtsblatt 12/2025', 'Amtsblatt 12/2025', '(ohne Titel)', 'Nur ein Teaser.', 'Nur ein Teaser.']);
    expect(items[0]!.id).toBe(items[1]!.id);
  });

  it('Atom entries and RSS 1.0 items alike', () => {
    const atom = '<feed xmlns="http://www.w3.org/2005/Atom"><entry/><entry><id>x</id></entry><entry><id>x</id></entry></feed>';
    const rdf = '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel/><item/><item/></rdf:RDF>';
    expect(feedOf(parseFeed(atom, BASE)).items).toHaveLength(3);
    expect(feedOf(parseFeed(rdf, BASE)).items).toHaveLength(2);
  });
});

describe('C1 controls', () => {
  it('U+0080–U+009F in decoded text are read as windows-1252 (don\\u0092t → don’t)', () => {
    const xml = rss('<item><title>don\u0092t \u0084Bürgerbüro\u0093 \u0096 Öffnung\u0085</title><description>&lt;p&gt;5 \u0080&lt;/p&gt;</description><category>\u008aK</category></item>', '<title>Kreis\u0092</title>');
    const feed = feedOf(parseFeed(xml, BASE));
    expect(feed.title).toBe('Kreis’');
    expect(feed.items[0]).toMatchObject({ title: 'don’t „Bürgerbüro“ – Öffnung…', categories: ['ŠK'] });
    // A summary is HTML until the normaliser makes it text, and that is where it is cleaned.
    expect(normalizeItems(feed.items, { sourceId: 's' })[0]).toMatchObject({ title: 'don’t „Bürgerbüro“ – Öffnung…', summary: '5 €' });
  });

  it('numeric references to C1 code points read the same way', () => {
    expect(feedOf(parseFeed(rss('<item><title>don&#146;t &#x84;x&#147;</title></item>'), BASE)).items[0]!.title).toBe('don’t „x“');
  });
});

describe('relative links without a URL (file input)', () => {
  it('resolve against the channel link; without one they are dropped', () => {
    const withLink = rss('<item><title>A</title><link>/aktuelles/1</link></item>', '<title>K</title><link>https://www.kreis.example/start/</link>');
    expect(titlesAndLinks(withLink, '')).toEqual([['A', 'https://www.kreis.example/aktuelles/1']]);
    expect(titlesAndLinks(rss('<item><title>A</title><link>/aktuelles/1</link></item>'), '')).toEqual([['A', '']]);
  });

  it('an xml:base still comes first; Atom and RSS 1.0 use their feed link too', () => {
    const based = '<rss version="2.0"><channel xml:base="https://cms.kreis.example/"><link>https://www.kreis.example/</link><item><link>x</link></item></channel></rss>';
    const atom = '<feed xmlns="http://www.w3.org/2005/Atom"><link href="https://www.kreis.example/"/><entry><id>1</id><link href="a/b"/></entry></feed>';
    const rdf = '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel><link>https://www.kreis.example/r/</link></channel><item><link>c</link></item></rdf:RDF>';
    expect(feedOf(parseFeed(based, '')).items[0]!.link).toBe('https://cms.kreis.example/x');
    expect(feedOf(parseFeed(atom, '')).items[0]!.link).toBe('https://www.kreis.example/a/b');
    expect(feedOf(parseFeed(rdf, '')).items[0]!.link).toBe('https://www.kreis.example/r/c');
  });
});
