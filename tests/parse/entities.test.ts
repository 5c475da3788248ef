import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../lib/parse/index';
import { feedOf, rss } from './helpers';

const BASE = 'https://www.gemeinde.example/feed.xml';
const firstItem = (xml: string) => feedOf(parseFeed(xml, BASE)).items[0]!;

describe('entities and characters', () => {
  it('B06 HTML named entities in XML decode to ä ü ß NBSP €', () => {
    const item = firstItem(rss('<item><title>Gr&auml;fin &uuml;ber Stra&szlig;e&nbsp;5 f&uuml;r 10&nbsp;&euro;</title></item>'));
    expect(item.title).toBe('Gräfin über Straße\u00a05 für 10\u00a0€');
  });

  it('B06 entities in the channel title and in a description decode too', () => {
    const feed = feedOf(parseFeed(rss('<item><description>M&uuml;nchen &amp; N&uuml;rnberg</description></item>', '<title>Stadtverwaltung L&uuml;beck</title>'), BASE));
    expect(feed.title).toBe('Stadtverwaltung Lübeck');
    expect(feed.items[0]!.summary).toBe('München & Nürnberg');
  });

  it.each([
    ['decimal and hex NCRs', 'K&#246;ln &#228; &#x20AC; &#x1F600;', 'Köln ä € 😀'],
    ['a double-escaped entity decodes once and stays literal text', 'Stra&amp;szlig;e &amp;auml;', 'Stra&szlig;e &auml;'],
    ['escaped markup stays text, not markup', '&lt;b&gt;Neu&lt;/b&gt; im Rathaus', '<b>Neu</b> im Rathaus'],
    ['an ampersand without semicolon in an escaped URL is not read as &copy', 'a?x=1&amp;copy=2', 'a?x=1&copy=2'],
  ])('B07 %s', (_name, title, expected) => {
    expect(firstItem(rss(`<item><title>${title}</title></item>`)).title).toBe(expected);
  });

  it('B07 CDATA content is taken literally (no entity decoding inside CDATA)', () => {
    expect(firstItem(rss('<item><title><![CDATA[Müller &amp; Söhne]]></title></item>')).title).toBe('Müller &amp; Söhne');
  });

  it.each([
    ['vertical tab', '\x0B'],
    ['escape', '\x1B'],
    ['U+FFFE', '\uFFFE'],
    ['NUL', '\x00'],
    ['lone surrogate', '\uD800'],
  ])('B08 %s inside a title is stripped and the feed still parses', (_name, ch) => {
    const feed = feedOf(parseFeed(rss(`<item><title>Bürger${ch}haushalt 2025</title></item><item><title>Zweite</title></item>`), BASE));
    expect(feed.items.map((i) => i.title)).toEqual(['Bürgerhaushalt 2025', 'Zweite']);
    expect(feed.bozo).toBe(false);
  });

  it('B08 emoji (valid surrogate pairs) survive the stripping', () => {
    expect(firstItem(rss('<item><title>Digitaltag 🎉 in Jena</title></item>')).title).toBe('Digitaltag 🎉 in Jena');
  });

  it('C09 numeric-looking values stay strings: guid "0123", title "2024"', () => {
    const item = firstItem(rss('<item><title>2024</title><guid>0123</guid><category>2025</category></item>'));
    expect(item.guid).toBe('0123');
    expect(item.title).toBe('2024');
    expect(item.categories).toEqual(['2025']);
  });

  it('C09 an object-valued title becomes its text content (as DOM textContent would read it)', () => {
    const item = firstItem(rss('<item><title><type>img</type><props><src>x</src></props></title><link>https://a.example/1</link></item>'));
    expect(item.title).toBe('imgx');
    expect(typeof item.title).toBe('string');
  });

  it('C09 mixed content in a title keeps its words apart', () => {
    expect(firstItem(rss('<item><title>Neu: <b>Bürger</b>portal in <i>Jena</i></title></item>')).title).toBe('Neu: Bürgerportal in Jena');
  });

  it('C09 unescaped markup in a description is kept as HTML for the normaliser', () => {
    const item = firstItem(rss('<item><description><p>Stadtrat &amp; <a href="https://a.example/?x=1&amp;y=2">Verwaltung</a></p></description></item>'));
    expect(item.summary).toBe('<p>Stadtrat & <a href="https://a.example/?x=1&amp;y=2">Verwaltung</a></p>');
  });

  it('C09 an element-only title without text becomes an empty string', () => {
    const item = firstItem(rss('<item><title><img/></title><guid>g1</guid></item>'));
    expect(item.title).toBe('');
  });

  it('C09 every field of every item is a string (or number/null for the date, array of strings for categories)', () => {
    const feed = feedOf(parseFeed(rss('<item><title>1e5</title><guid isPermaLink="true">true</guid><link>https://a.example/</link><description>0x1F</description><category>null</category></item>'), BASE));
    const item = feed.items[0]!;
    expect(item).toEqual({
      guid: 'true', guidIsPermaLink: true, title: '1e5', link: 'https://a.example/', summary: '0x1F', publishedAt: null,
      categories: ['null'],
    });
  });
});
