import { describe, expect, it } from 'vitest';
import { normalizeItems, SUMMARY_MAX, TITLE_MAX, UNTITLED } from '../../lib/normalize';
import { hashString } from '../../lib/normalize/hash';
import type { ParsedItem } from '../../lib/model';

function parsed(p: Partial<ParsedItem>): ParsedItem {
  return { guid: '', guidIsPermaLink: false, title: '', link: '', summary: '', publishedAt: null, categories: [], ...p };
}

function one(p: Partial<ParsedItem>, sourceId = 'kommune21') {
  const [n] = normalizeItems([parsed(p)], { sourceId });
  if (!n) throw new Error('normalised away');
  return n;
}

describe('normalizeItems: text', () => {
  it.each([
    ['paragraphs and <br> become spaces', '<p>Die Stadt Köln</p><p>digitalisiert<br/>ihre Ämter.</p>', 'Die Stadt Köln digitalisiert ihre Ämter.'],
    ['inline tags vanish without a space', '<b>Neu</b>es Bürgerportal', 'Neues Bürgerportal'],
    ['D01 script and style contents dropped', 'Hallo<script>alert(1)</script><style>p{color:red}</style> Welt', 'Hallo Welt'],
    ['D01 img with onerror leaves nothing', 'Bild: <img src=x onerror=alert(1)> Ende', 'Bild: Ende'],
    ['a quoted > inside an attribute does not end the tag', '<a href="x?a>b" title=\'1>2\'>Mehr lesen</a>', 'Mehr lesen'],
    ['comments dropped', 'Vor<!-- geheim -->her', 'Vorher'],
    ['German named entities decoded', 'Stra&szlig;e, &Auml;mter &amp; B&uuml;rger', 'Straße, Ämter & Bürger'],
    ['numeric entities and quotes decoded', '&#8222;Smart City&#8220; kostet 5&#x202F;Mio. &euro;', '„Smart City“ kostet 5 Mio. €'],
    ['entities decoded once: escaped markup stays literal text', '&lt;b&gt;fett&lt;/b&gt;', '<b>fett</b>'],
    ['D06 bidi controls removed', 'Rathaus\u202Eeröffnet\u2066 heute\u2069\u200E\u200F\u202A\u202B\u202C\u202D\u2067\u2068', 'Rathauseröffnet heute'],
    ['control characters removed, whitespace collapsed', 'Zeile\u0001 eins\t\n\r  zwei\u0007\u008d drei&nbsp;vier', 'Zeile eins zwei drei vier'],
    ['C1 controls read as windows-1252', 'don\u0092t \u0084Grüße\u0093 \u0096 5\u00a0\u0080\u0085', 'don’t „Grüße“ – 5 €…'],
    ['an unterminated tag at the end is dropped', 'Text <a href="https://x', 'Text'],
  ])('summary: %s', (_name, summary, expected) => {
    expect(one({ guid: 'g', title: 't', summary }).summary).toBe(expected);
  });

  it.each([
    ['D06 title <b>Neu</b> is stripped to text', '<b>Neu</b>: Online-Antrag für Wohngeld', 'Neu: Online-Antrag für Wohngeld'],
    ['title with markup is decoded once', '<i>Bürger</i> &amp; Verwaltung', 'Bürger & Verwaltung'],
    ['title without markup is taken as text (the parser already decoded it)', 'AT&amp;T? Nein: Stadt &amp; Land', 'AT&amp;T? Nein: Stadt &amp; Land'],
    ['D06 a title that was only an escaped tag is stripped and falls back to the teaser', '<b>', ''],
    ['D06 U+202E in the title removed', 'Gemeinderat \u202Etim lieW', 'Gemeinderat tim lieW'],
    ['title whitespace collapsed', '  Landkreis\n\tHarz   digitalisiert  ', 'Landkreis Harz digitalisiert'],
  ])('%s', (_name, title, expected) => {
    expect(one({ guid: 'g', title, summary: 'Kurztext' }).title).toBe(expected === '' ? 'Kurztext' : expected);
  });

  it('C13 a 4 MB description becomes a 300-character teaser cut at a word boundary', () => {
    const sentence = 'Die Gemeinde Neuenkirchen führt die elektronische Akte in allen Fachbereichen ein. ';
    const huge = `<p>${sentence.repeat(Math.ceil(4_000_000 / sentence.length))}</p>`;
    const { summary } = one({ guid: 'g', title: 'E-Akte', summary: huge });
    expect(Array.from(summary).length).toBeLessThanOrEqual(SUMMARY_MAX);
    expect(summary.endsWith('…')).toBe(true);
    const body = summary.slice(0, -1);
    const full = sentence.repeat(10);
    expect(full.startsWith(body)).toBe(true);
    // the cut falls before a space or punctuation, not inside a word
    expect(/[\s.,]/.test(full.charAt(body.length))).toBe(true);
  });

  it('D08 a 2,000-character title with HTML is plain text of at most 300 characters', () => {
    const title = `<h1>Digitalisierung</h1> ${'in Städten und Gemeinden '.repeat(80)}`;
    const n = one({ guid: 'g', title });
    expect(n.title).not.toMatch(/[<>]/);
    expect(Array.from(n.title).length).toBeLessThanOrEqual(TITLE_MAX);
    expect(n.title.endsWith('…')).toBe(true);
    expect(n.title.startsWith('Digitalisierung in Städten')).toBe(true);
  });

  it('the cap never splits an emoji (surrogate pair)', () => {
    const summary = '🏛'.repeat(400);
    const n = one({ guid: 'g', title: 't', summary });
    expect(n.summary).toBe(`${'🏛'.repeat(SUMMARY_MAX - 1)}…`);
    expect(n.summary).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('text of exactly the cap is left whole', () => {
    const summary = 'ä'.repeat(SUMMARY_MAX);
    expect(one({ guid: 'g', title: 't', summary }).summary).toBe(summary);
  });

  it('categories are cleaned, deduplicated and limited', () => {
    const n = one({ guid: 'g', title: 't', categories: [' Digitalisierung ', 'Digitalisierung', '', 'E-Government\u202E', ...Array.from({ length: 40 }, (_, i) => `Kat ${i}`)] });
    expect(n.categories.slice(0, 2)).toEqual(['Digitalisierung', 'E-Government']);
    expect(n.categories.length).toBe(20);
  });
});

describe('normalizeItems: titles the feed declares text (corpus check, Atom title types)', () => {
  it('a title marked titleIsText keeps what looks like markup as characters; unmarked, it is stripped', () => {
    expect(one({ title: 'Vorlage <B 12> zur <b>Satzung</b>', titleIsText: true }).title).toBe('Vorlage <B 12> zur <b>Satzung</b>');
    expect(one({ title: 'Vorlage <B 12> zur <b>Satzung</b>' }).title).toBe('Vorlage zur Satzung');
  });

  it('a text title is still cleaned: bidi controls removed, whitespace collapsed, capped', () => {
    const long = `Haushalt\u202E <2026>\n ${'Wort '.repeat(100)}`;
    const title = one({ title: long, titleIsText: true }).title;
    expect(title.startsWith('Haushalt <2026> Wort')).toBe(true);
    expect(title.length).toBeLessThanOrEqual(TITLE_MAX);
  });
});

describe('normalizeItems: fallback title', () => {
  it('C10 a description-only item takes the first words of the teaser as title', () => {
    const summary = 'Die Verbandsgemeinde Diez stellt ihre Ratsinformationen auf ein neues System um und schult dafür alle Ratsmitglieder.';
    const n = one({ guid: 'g', summary });
    expect(n.title.endsWith('…')).toBe(true);
    expect(Array.from(n.title).length).toBeLessThanOrEqual(80);
    expect(n.title.length).toBeGreaterThan(50);
    expect(summary.startsWith(n.title.slice(0, -1))).toBe(true);
  });

  it('a short teaser becomes the whole title', () => {
    expect(one({ guid: 'g', summary: 'Neue Öffnungszeiten im Bürgerbüro' }).title).toBe('Neue Öffnungszeiten im Bürgerbüro');
  });

  it('without teaser the link host and path stand in', () => {
    expect(one({ link: 'https://www.wuerzburg.de/aktuelles/m%C3%BCll-2025' }).title).toBe('www.wuerzburg.de/aktuelles/müll-2025');
  });

  it('with nothing at all the title is "(ohne Titel)"', () => {
    expect(one({ guid: 'x' }).title).toBe(UNTITLED);
  });

  it('a title of only markup falls back too', () => {
    expect(one({ guid: 'g', title: '<img src="x.png">', summary: 'Förderbescheid übergeben' }).title).toBe('Förderbescheid übergeben');
  });
});

describe('normalizeItems: links', () => {
  it.each([
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    ['java\tscript:alert(1)'],
    ['java&#x09;script:alert(1)'],
    ['\u0001javascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox(1)'],
    ['ftp://ftp.example.de/datei'],
    ['/aktuelles/1'],
    ['mailto:info@stadt.de'],
    ['https://'],
  ])('D02 link %j is rejected', (link) => {
    expect(one({ guid: 'g', title: 't', link }).link).toBe('');
  });

  it.each([
    ['https://www.stadt.de/aktuelles/1', 'https://www.stadt.de/aktuelles/1'],
    ['HTTP://WWW.Stadt.DE:80/Aktuelles', 'http://www.stadt.de/Aktuelles'],
    ['  https://www.stadt.de/a?id=7&utm_source=rss&utm_medium=feed#kommentare  ', 'https://www.stadt.de/a?id=7#kommentare'],
    ['https://www.stadt.de/a?wt_mc=rss.feed&fbclid=abc', 'https://www.stadt.de/a'],
  ])('http(s) link %j is kept as %j', (link, expected) => {
    expect(one({ guid: 'g', title: 't', link }).link).toBe(expected);
  });

  it('E05 a permalink guid that is not a URL never becomes the link', () => {
    const n = one({ guid: 'artikel-4711', guidIsPermaLink: true, title: 'Ratssitzung' });
    expect(n.link).toBe('');
    expect(n.key).toBe('artikel-4711');
  });

  it('E05 an isPermaLink="false" URL guid does not become the link', () => {
    expect(one({ guid: 'https://www.stadt.de/intern/99', guidIsPermaLink: false, title: 'Ratssitzung' }).link).toBe('');
  });

  it('E05 the link comes from <link> even when a permalink guid differs', () => {
    const n = one({ guid: 'https://www.stadt.de/?p=99', guidIsPermaLink: true, link: 'https://www.stadt.de/ratssitzung', title: 'R' });
    expect(n.link).toBe('https://www.stadt.de/ratssitzung');
  });

  it('E05 a permalink guid that is an http(s) URL stands in for a missing link', () => {
    expect(one({ guid: 'https://www.stadt.de/ratssitzung', guidIsPermaLink: true, title: 'R' }).link).toBe('https://www.stadt.de/ratssitzung');
  });

  it('E05 a permalink guid with a javascript: scheme is not used', () => {
    expect(one({ guid: 'javascript:alert(1)', guidIsPermaLink: true, title: 'R' }).link).toBe('');
  });
});

describe('normalizeItems: keys and ids', () => {
  it('E01a without guid the key is the normalised link, stable across polls and tracking parameters', () => {
    const first = one({ title: 'Haushalt 2025', link: 'HTTPS://www.Stadt.de:443/haushalt?utm_source=rss#top' });
    const second = one({ title: 'Haushalt 2025 (aktualisiert)', link: 'https://www.stadt.de/haushalt?utm_source=newsletter' });
    expect(first.key).toBe('https://www.stadt.de/haushalt');
    expect(second.id).toBe(first.id);
  });

  it('E01b without guid and link the key is a hash of title, date and teaser, stable across polls', () => {
    const input = { title: 'Bürgersprechstunde am Donnerstag', summary: 'Im Rathaus, Zimmer 12.', publishedAt: Date.UTC(2025, 2, 3) };
    const a = one(input);
    const b = one(input);
    expect(a.key).toMatch(/^h:[0-9a-f]{14}$/);
    expect(b.id).toBe(a.id);
    expect(one({ ...input, publishedAt: Date.UTC(2025, 2, 4) }).key).not.toBe(a.key);
    expect(one({ ...input, title: 'Bürgersprechstunde am Freitag' }).key).not.toBe(a.key);
  });

  it('E01b two items differing only in teaser stay two items', () => {
    const items = normalizeItems(
      [parsed({ title: 'Pressemitteilung', summary: 'Teil 1' }), parsed({ title: 'Pressemitteilung', summary: 'Teil 2' })],
      { sourceId: 'kreis-harz' },
    );
    expect(items).toHaveLength(2);
  });

  it('E02 the same guid on 3 items with different links gives 3 distinct items', () => {
    const items = normalizeItems(
      [
        parsed({ guid: 'news', title: 'Eins', link: 'https://www.gemeinde.de/1' }),
        parsed({ guid: 'news', title: 'Zwei', link: 'https://www.gemeinde.de/2' }),
        parsed({ guid: 'news', title: 'Drei', link: 'https://www.gemeinde.de/3#x' }),
      ],
      { sourceId: 'gemeinde' },
    );
    expect(items.map((i) => i.key)).toEqual([
      'news|https://www.gemeinde.de/1',
      'news|https://www.gemeinde.de/2',
      'news|https://www.gemeinde.de/3',
    ]);
    expect(new Set(items.map((i) => i.id)).size).toBe(3);
    expect(items.map((i) => i.guid)).toEqual(['news', 'news', 'news']);
  });

  it('E02 a guid repeated with the same link gives two items under one id (the store keeps the first)', () => {
    const items = normalizeItems(
      [parsed({ guid: 'a', title: 'Erste', link: 'https://x.de/a' }), parsed({ guid: 'a', title: 'Kopie', link: 'https://x.de/a' })],
      { sourceId: 's' },
    );
    expect(items.map((i) => [i.key, i.title])).toEqual([['a', 'Erste'], ['a', 'Kopie']]);
  });

  it('E03 guid "1" in two municipal feeds gives two ids', () => {
    const a = one({ guid: '1', title: 'Amtsblatt' }, 'stadt-halle');
    const b = one({ guid: '1', title: 'Amtsblatt' }, 'stadt-offenbach');
    expect(a.key).toBe('1');
    expect(a.id).toBe('stadt-halle|1');
    expect(b.id).toBe('stadt-offenbach|1');
  });

  it('a guid key wins over the link', () => {
    expect(one({ guid: 'urn:uuid:5e1f', link: 'https://x.de/a', title: 't' }).id).toBe('kommune21|urn:uuid:5e1f');
  });

  it('C09 numbers and objects from a lax parser become strings', () => {
    const n = one({
      guid: 123 as unknown as string,
      title: { type: 'img', props: { src: 'x' } } as unknown as string,
      summary: 2024 as unknown as string,
      link: null as unknown as string,
      categories: [7, { a: 1 }, 'Digitales'] as unknown as string[],
    });
    expect(n).toMatchObject({ guid: '123', key: '123', title: '2024', summary: '2024', link: '', categories: ['7', 'Digitales'] });
  });

  it('C09 "0123" and "2024" stay strings', () => {
    const n = one({ guid: '0123', title: '2024' });
    expect(n.guid).toBe('0123');
    expect(n.title).toBe('2024');
  });

  it('an unparseable date is null', () => {
    expect(one({ guid: 'g', title: 't', publishedAt: Number.NaN }).publishedAt).toBeNull();
  });
});

describe('hashString', () => {
  it('is stable across runs (fixed value)', () => {
    expect(hashString('Kommunalradar')).toBe(hashString('Kommunalradar'));
    expect(hashString('')).toMatch(/^[0-9a-f]{14}$/);
    expect(hashString('Bürgerbüro')).toBe('0df7aca5a0355d');
  });

  it('spreads 20,000 similar inputs without a collision', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i++) seen.add(hashString(`Pressemitteilung ${i}`));
    expect(seen.size).toBe(20_000);
  });
});
