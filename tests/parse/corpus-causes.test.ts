/**
 * The causes of disagreement with Python feedparser that the corpus check
 * (scripts/corpus/agreement.ts) found, one block per cause, each with a feed written for it:
 * what a reader shows as title and link once parse and normalise have run.
 */
import { describe, expect, it } from 'vitest';
import { normalizeItems } from '../../lib/normalize/index';
import { parseFeed } from '../../lib/parse/index';
import { parseXmlCarefully } from '../../lib/parse/xml';
import { feedOf } from './helpers';

const BASE = 'https://www.stadt-musterhausen.example/aktuelles/feed.xml';

/** [title, link] of every item as `kommunalradar parse` prints them, on both XML paths. */
function shown(xml: string): [string, string | null][] {
  const fast = normalizeItems(feedOf(parseFeed(xml, BASE)).items, { sourceId: 's' });
  const careful = normalizeItems(feedOf(parseFeed(xml, BASE, parseXmlCarefully)).items, { sourceId: 's' });
  const pairs = (items: typeof fast) => items.map((i): [string, string | null] => [i.title, i.link === '' ? null : i.link]);
  expect(pairs(careful)).toEqual(pairs(fast));
  return pairs(fast);
}

const atom = (entry: string, version: '1.0' | '0.3' = '1.0') =>
  version === '1.0'
    ? `<feed xmlns="http://www.w3.org/2005/Atom"><title>Stadt</title><entry><id>tag:stadt.example,2025:1</id>${entry}</entry></feed>`
    : `<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Stadt</title><entry><id>tag:stadt.example,2025:1</id>${entry}</entry></feed>`;

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

describe('Atom title types', () => {
  it('type="text" (0.3: text/plain) is text: escaped brackets stay characters, nothing is stripped', () => {
    expect(shown(atom('<title type="text">Vorlage &lt;B 12&gt; zur Satzung</title>'))).toEqual([['Vorlage <B 12> zur Satzung', null]]);
    expect(shown(atom('<title type="text/plain">Die &lt;blink&gt;-Zeit ist vorbei</title>', '0.3'))).toEqual([['Die <blink>-Zeit ist vorbei', null]]);
  });

  it('an untyped title is read like an RSS title: escaped markup in it is stripped', () => {
    expect(shown(atom('<title>&lt;b&gt;Neu:&lt;/b&gt; Bürgerportal</title>'))).toEqual([['Neu: Bürgerportal', null]]);
  });

  it('type="xhtml": escaped brackets in the XHTML stay text, a script goes with its content', () => {
    const xhtml = (inner: string) => `<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${inner}</div></title>`;
    expect(shown(atom(xhtml('Schule &lt;digital&gt; &amp; vernetzt')))).toEqual([['Schule <digital> & vernetzt', null]]);
    expect(shown(atom(xhtml('Sitzung<script>location.href="https://böse.example/"</script> am Montag')))).toEqual([['Sitzung am Montag', null]]);
    expect(shown(atom(xhtml('<![CDATA[A <b> B]]> &amp; C')))).toEqual([['A <b> B & C', null]]);
  });

  it('Atom 0.3 application/xhtml+xml titles read like Atom 1.0 xhtml', () => {
    const xml = atom('<title type="application/xhtml+xml" mode="xml"><div xmlns="http://www.w3.org/1999/xhtml">Haushalt<script>alert(1)</script> 2026</div></title>', '0.3');
    expect(shown(xml)).toEqual([['Haushalt 2026', null]]);
  });

  it('an XHTML title without any element is its text', () => {
    expect(shown(atom('<title type="xhtml">Abfall &lt;kalender&gt;</title>'))).toEqual([['Abfall <kalender>', null]]);
  });
});

describe('Atom 1.0 base64 constructs', () => {
  it('a title or content of a binary MIME type is base64, decoded to its text', () => {
    const xml = atom(`<title type="application/octet-stream">${b64('Müllabfuhr <verschoben>')}</title>
<content type="application/octet-stream">${b64('Wegen des Feiertags.')}</content>`);
    const [item] = normalizeItems(feedOf(parseFeed(xml, BASE)).items, { sourceId: 's' });
    expect(item).toMatchObject({ title: 'Müllabfuhr <verschoben>', summary: 'Wegen des Feiertags.' });
  });

  it('binary content that is not UTF-8 text (an image) gives no teaser, not its base64', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe]).toString('base64');
    const xml = atom(`<title>Luftbild</title><content type="image/png">${png}</content>`);
    const [item] = normalizeItems(feedOf(parseFeed(xml, BASE)).items, { sourceId: 's' });
    expect(item).toMatchObject({ title: 'Luftbild', summary: '' });
  });

  it('an untyped Atom 0.3 title in mode="base64" is text once decoded (base64 is no escaping layer)', () => {
    expect(shown(atom(`<title mode="base64">${b64('Satzung <Entwurf>')}</title>`, '0.3'))).toEqual([['Satzung <Entwurf>', null]]);
    expect(shown(atom(`<title type="text/html" mode="base64">${b64('Satzung <b>neu</b>')}</title>`, '0.3'))).toEqual([['Satzung neu', null]]);
  });

  it('text and XML types are not base64', () => {
    const xml = atom('<title type="text/markdown">Rat *tagt*</title>');
    expect(shown(xml)).toEqual([['Rat *tagt*', null]]);
  });
});

describe('RSS titles from Dublin Core and Media RSS', () => {
  const rss = (item: string, ns = '') =>
    `<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"${ns}><channel><title>Kreis</title><item>${item}</item></channel></rss>`;

  it('an item without <title> takes dc:title, else an item-level media:title', () => {
    expect(shown(rss('<dc:title>Kreistag beschließt Haushalt</dc:title><link>https://kreis.example/1</link>'))).toEqual([['Kreistag beschließt Haushalt', 'https://kreis.example/1']]);
    expect(shown(rss('<media:title type="plain">Podcast: Glasfaser im Kreis</media:title>'))).toEqual([['Podcast: Glasfaser im Kreis', null]]);
  });

  it('its own <title> comes first; a media:title inside media:content is not the item’s', () => {
    expect(shown(rss('<title>Eigener Titel</title><dc:title>DC-Titel</dc:title><media:title>Medientitel</media:title>'))).toEqual([['Eigener Titel', null]]);
    expect(shown(rss('<media:content url="https://kreis.example/a.mp3"><media:title>Nur die Datei</media:title></media:content><description>Text</description>'))).toEqual([['Text', null]]);
  });

  it('under other prefixes bound to the same namespaces, and in RSS 1.0', () => {
    const other = '<rss version="2.0" xmlns:d="http://purl.org/dc/elements/1.1/" xmlns:m="http://search.yahoo.com/mrss"><channel><title>K</title><item><d:title>A</d:title></item><item><m:title>B</m:title></item></channel></rss>';
    expect(shown(other)).toEqual([['A', null], ['B', null]]);
    const rss1 = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://kreis.example/"><title>K</title><link>https://kreis.example/</link></channel>
<item rdf:about="https://kreis.example/2"><dc:title>Wahlergebnis</dc:title><link>https://kreis.example/2</link></item></rdf:RDF>`;
    expect(shown(rss1)).toEqual([['Wahlergebnis', 'https://kreis.example/2']]);
  });
});

describe('links written the other format’s way', () => {
  it('an RSS item’s <link href="…"/> (Atom style, no text) is its link; a rel="enclosure" one is not', () => {
    const xml = `<rss version="2.0"><channel><title>Podcast</title><link href="https://podcast.example/"/>
<item><title>Folge 1</title><link href="/folge/1"/><link rel="enclosure" type="audio/mpeg" href="https://podcast.example/1.mp3"/></item>
<item><title>Folge 2</title><link rel="enclosure" href="https://podcast.example/2.mp3"/><link href="https://podcast.example/folge/2"/></item>
<item><title>Folge 3</title><link rel="enclosure" href="https://podcast.example/3.mp3"/></item></channel></rss>`;
    expect(shown(xml)).toEqual([
      ['Folge 1', 'https://www.stadt-musterhausen.example/folge/1'],
      ['Folge 2', 'https://podcast.example/folge/2'],
      ['Folge 3', null],
    ]);
    expect(feedOf(parseFeed(xml, BASE)).link).toBe('https://podcast.example/');
    // Read from a file (no address), items resolve against that channel link, on both paths.
    const fromFile = (read?: typeof parseXmlCarefully) => feedOf(parseFeed(xml, '', read)).items.map((i) => i.link);
    expect(fromFile()).toEqual(['https://podcast.example/folge/1', 'https://podcast.example/folge/2', '']);
    expect(fromFile(parseXmlCarefully)).toEqual(fromFile());
  });

  it('an Atom <link> without href gives its text, the alternate one first', () => {
    const xml = atom('<title>Bauamt</title><link rel="enclosure" type="text/html">https://stadt.example/plan.pdf</link><link rel="alternate" type="text/html">https://stadt.example/bauamt</link>', '0.3');
    expect(shown(xml)).toEqual([['Bauamt', 'https://stadt.example/bauamt']]);
  });
});

describe('Atom entries written as <item>', () => {
  it('a <feed> whose entries are <item> elements has them as items, in document order with <entry>', () => {
    const only = '<feed xmlns="http://www.w3.org/2005/Atom"><title>Amt</title><item><title>Erste</title><link href="https://amt.example/1"/></item><item><title>Zweite</title></item></feed>';
    expect(shown(only)).toEqual([['Erste', 'https://amt.example/1'], ['Zweite', null]]);
    const mixed = '<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Amt</title><entry><title>A</title></entry><item><title>B</title></item><entry><title>C</title></entry></feed>';
    expect(shown(mixed).map(([title]) => title)).toEqual(['A', 'B', 'C']);
  });
});

describe('DOCTYPE with parameter entities', () => {
  const doctype = (subset: string) => `<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [
${subset}
]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="https://gemeinde.example/"><title>Gemeinde</title><link>https://gemeinde.example/</link></channel>
<item rdf:about="https://gemeinde.example/1"><title>Gr&uuml;ngut &ort;</title><link>https://gemeinde.example/1</link></item>
</rdf:RDF>`;
  const lat1 = '<!ENTITY % HTMLlat1 PUBLIC\n "-//W3C//ENTITIES Latin 1 for XHTML//EN"\n "http://www.w3.org/TR/xhtml1/DTD/xhtml-lat1.ent">\n%HTMLlat1;';

  it('an XHTML entity set pulled in by a parameter entity is ignored (never fetched), the feed is read', () => {
    expect(shown(doctype(`${lat1}\n<!ENTITY ort "Kiel">`))).toEqual([['Grüngut Kiel', 'https://gemeinde.example/1']]);
  });

  it('an external general entity is still refused (C04)', () => {
    const result = parseFeed(doctype(`${lat1}\n<!ENTITY ort SYSTEM "file:///etc/passwd">`), BASE);
    expect(result.ok).toBe(false);
  });
});

describe('XML declaration not first', () => {
  const channel = '<rss version="2.0"><channel><title>Gemeinde Beispielstadt</title><link>https://gemeinde.example/</link><item><title>Sprechstunde</title><link>/s</link></item></channel></rss>';

  it('blank lines before the declaration (a PHP template) lose nothing: channel title and link stay, not bozo', () => {
    const feed = feedOf(parseFeed(`\n\n  <?xml version="1.0" encoding="UTF-8"?>\n${channel}`, BASE));
    expect(feed).toMatchObject({ title: 'Gemeinde Beispielstadt', link: 'https://gemeinde.example/', bozo: false });
    expect(feed.items.map((i) => i.link)).toEqual(['https://www.stadt-musterhausen.example/s']);
  });

  it('a comment before the declaration: the declaration goes, the comment and the feed stay', () => {
    const feed = feedOf(parseFeed(`<!-- erzeugt von CMS -->\n<?xml version="1.0"?>\n${channel}`, BASE));
    expect(feed).toMatchObject({ title: 'Gemeinde Beispielstadt', bozo: false });
  });

  it('a stylesheet instruction is not a declaration and is left where it is', () => {
    const feed = feedOf(parseFeed(`<?xml version="1.0"?>\n<?xml-stylesheet type="text/xsl" href="/rss.xsl"?>\n${channel}`, BASE));
    expect(feed).toMatchObject({ title: 'Gemeinde Beispielstadt', bozo: false });
  });
});
