import { readFileSync } from 'node:fs';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Source } from '../lib/model';
import { buildOpml, importedSourceId, parseOpml } from '../lib/opml';

const fixture = readFileSync(new URL('./fixtures/ui/feedly-export.opml', import.meta.url), 'utf8');

const SOURCES: Source[] = [
  { id: 'behoerden-spiegel', name: 'Behörden Spiegel', url: 'https://www.behoerden-spiegel.de/feed/', homepage: 'https://www.behoerden-spiegel.de/', broad: false, confirmed: true, category: 'Fachmedien' },
  { id: 'k21', name: 'Kommune21 "Meldungen" & mehr <neu>', url: 'https://www.kommune21.de/k21-meldungen/feed/?a=1&b=2', broad: false, confirmed: false, category: 'Fachmedien' },
  { id: 'dresden', name: 'Landeshauptstadt Dresden', url: 'https://www.dresden.de/rss/de/presse.xml', broad: false, confirmed: true, category: 'Städte & Gemeinden' },
  { id: 'loose', name: 'Gemeinde Groß-Umstadt', url: 'http://www.gross-umstadt.de/rss', broad: false, confirmed: true },
];

describe('buildOpml', () => {
  it('writes well-formed OPML 2.0 with one outline per category', () => {
    const xml = buildOpml(SOURCES, { title: 'Kommunalradar – Quellen', dateCreated: Date.UTC(2025, 4, 19, 8) });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<opml version="2.0">');
    expect(xml).toContain('<dateCreated>Mon, 19 May 2025 08:00:00 GMT</dateCreated>');
    expect(xml).toContain('<outline text="Fachmedien" title="Fachmedien">');
    expect(xml).toContain('<outline text="Städte &amp; Gemeinden"');
    expect(xml).toContain('text="Kommune21 &quot;Meldungen&quot; &amp; mehr &lt;neu&gt;"');
    expect(xml.match(/<outline text="Fachmedien"/g)).toHaveLength(1);
  });

  it('leaves out sources whose URL is not http(s) and strips characters XML forbids', () => {
    const xml = buildOpml(
      [{ ...SOURCES[3]!, name: 'Kaputt\u0001Name' }, { id: 'x', name: 'Skript', url: 'javascript:alert(1)', broad: false, confirmed: false }],
      { title: 'T' },
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain('javascript:');
    expect(xml).toContain('text="KaputtName"');
  });

  it('round-trips names, URLs, homepages and categories through parseOpml', () => {
    const parsed = parseOpml(buildOpml(SOURCES, { title: 'Kommunalradar – Quellen' }));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.title).toBe('Kommunalradar – Quellen');
    const pick = (s: Source) => ({ name: s.name, url: s.url, homepage: s.homepage, category: s.category });
    expect(parsed.sources.map(pick)).toEqual(SOURCES.map(pick));
  });
});

describe('parseOpml', () => {
  it('reads a feed reader export: nested folders and the category attribute become categories', () => {
    const parsed = parseOpml(fixture);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.title).toBe('Abonnements von Jürgen Müller');
    expect(parsed.sources.map((s) => [s.name, s.category ?? ''])).toEqual([
      ['Behörden Spiegel', 'Fachmedien'],
      ['Kommune21 – Meldungen', 'Fachmedien'],
      ['Stadt Nürnberg: Pressemitteilungen', 'Bayern'],
      ['Landeshauptstadt Dresden', 'Sachsen'],
      ['Ohne Kategorie', ''],
    ]);
    expect(parsed.sources[0]!.homepage).toBe('https://www.behoerden-spiegel.de/');
    expect(parsed.sources.every((s) => s.confirmed === false && s.broad === false)).toBe(true);
  });

  it('D02 drops javascript: feed URLs and keeps each URL once', () => {
    const parsed = parseOpml(fixture);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.sources.some((s) => s.url.startsWith('javascript'))).toBe(false);
    expect(parsed.sources.filter((s) => s.url === 'https://www.behoerden-spiegel.de/feed/')).toHaveLength(1);
  });

  it('gives the same id to the same URL on every import', () => {
    const a = parseOpml(fixture);
    const b = parseOpml(fixture);
    if (!a.ok || !b.ok) throw new Error('parse failed');
    expect(a.sources.map((s) => s.id)).toEqual(b.sources.map((s) => s.id));
    expect(new Set(a.sources.map((s) => s.id)).size).toBe(a.sources.length);
    expect(importedSourceId('https://www.nuernberg.de/presse/rss.xml')).toMatch(/^opml-nuernberg-de-/);
  });

  it.each([
    ['an HTML page', '<!doctype html><html><body>Kein OPML</body></html>'],
    ['an RSS feed', '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>'],
    ['empty text', ''],
  ])('rejects %s: not an OPML document', (_name, text) => {
    const parsed = parseOpml(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errorInfo).toEqual({ code: 'input.not-opml' });
  });

  it('C04 does not expand an external entity', () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<opml version="2.0"><head><title>&x;</title></head><body><outline text="A" xmlUrl="https://a.de/feed"/></body></opml>`;
    const parsed = parseOpml(xml);
    if (parsed.ok) expect(parsed.title).not.toContain('root:');
    else expect(parsed.errorInfo.code).toBe('input.opml'); // unreadable XML: the parser's reason as detail
  });
});
