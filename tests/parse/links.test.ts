import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../lib/parse/index';
import { feedOf, rss } from './helpers';

const BASE = 'https://www.kreis.example/presse/rss.xml';
const linkOf = (itemXml: string, base = BASE) => feedOf(parseFeed(rss(itemXml), base)).items[0]!.link;

describe('links', () => {
  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['mixed-case JaVaScRiPt:', 'JaVaScRiPt:alert(1)'],
    ['a tab entity inside the scheme', 'java&#x09;script:alert(1)'],
    ['a newline entity inside the scheme', 'java&#x0A;script:alert(1)'],
    ['a leading control character', '\x01javascript:alert(1)'],
    ['leading spaces', '   javascript:alert(1)'],
    ['data:', 'data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['file:', 'file:///etc/passwd'],
    ['mailto:', 'mailto:presse@kreis.example'],
  ])('D02 %s link becomes empty', (_name, link) => {
    expect(linkOf(`<item><title>Böse</title><link>${link}</link></item>`)).toBe('');
  });

  it('D02 the same schemes are dropped from Atom hrefs', () => {
    const xml = '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id><link href="JaVaScRiPt:alert(1)"/></entry></feed>';
    expect(feedOf(parseFeed(xml, BASE)).items[0]!.link).toBe('');
  });

  it.each([
    ['/aktuelles/1', 'https://www.neu.example/aktuelles/1'],
    ['aktuelles/2', 'https://www.neu.example/feeds/aktuelles/2'],
    ['../archiv/3', 'https://www.neu.example/archiv/3'],
    ['//cdn.neu.example/4', 'https://cdn.neu.example/4'],
    ['  https://www.kreis.example/absolut  ', 'https://www.kreis.example/absolut'],
  ])('D03 relative link %s resolves against the final URL after a redirect', (link, expected) => {
    expect(linkOf(`<item><link>${link}</link></item>`, 'https://www.neu.example/feeds/rss.xml')).toBe(expected);
  });

  it('D03 without a usable base a relative link is dropped, an absolute one kept', () => {
    const feed = feedOf(parseFeed(rss('<item><link>/relativ</link></item><item><link>https://a.example/x</link></item>'), ''));
    expect(feed.items.map((i) => i.link)).toEqual(['', 'https://a.example/x']);
  });

  it('D04 Atom xml:base on feed and entry resolves href="foo" to http://www.example.org/foo', () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://www.example.org/a/b/">
      <entry xml:base="/"><id>1</id><link href="foo"/></entry></feed>`;
    expect(feedOf(parseFeed(xml, BASE)).items[0]!.link).toBe('http://www.example.org/foo');
  });

  it('D04 nested bases apply in order: feed, entry, link', () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://www.example.org/kreis/">
      <entry xml:base="presse/"><id>1</id><link xml:base="2025/" href="meldung.html"/></entry>
      <entry><id>2</id><link href="start.html"/></entry></feed>`;
    expect(feedOf(parseFeed(xml, BASE)).items.map((i) => i.link)).toEqual([
      'http://www.example.org/kreis/presse/2025/meldung.html',
      'http://www.example.org/kreis/start.html',
    ]);
  });

  it('D04 a relative feed-level xml:base resolves against the final URL', () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="/portal/"><entry><id>1</id><link href="x"/></entry></feed>`;
    expect(feedOf(parseFeed(xml, 'https://www.land.example/feeds/atom.xml')).items[0]!.link).toBe('https://www.land.example/portal/x');
  });

  it('D04 xml:base on an RSS channel and item applies too', () => {
    const xml = '<rss version="2.0"><channel xml:base="https://www.amt.example/a/"><title>T</title><item xml:base="b/"><link>c</link></item></channel></rss>';
    expect(feedOf(parseFeed(xml, BASE)).items[0]!.link).toBe('https://www.amt.example/a/b/c');
  });

  it('D05 xml:base="javascript:alert(1)//" with a relative link: the link is dropped', () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="javascript:alert(1)//">
      <entry><id>1</id><link href="foo"/></entry>
      <entry><id>2</id><link href="https://www.example.org/sicher"/></entry></feed>`;
    expect(feedOf(parseFeed(xml, BASE)).items.map((i) => i.link)).toEqual(['', 'https://www.example.org/sicher']);
  });

  it('D05 the same on an RSS item', () => {
    expect(linkOf('<item xml:base="javascript:alert(1)//"><link>foo</link></item>')).toBe('');
  });

  it('E05 a permalink guid that is not a URL never becomes a link', () => {
    const [item] = feedOf(parseFeed(rss('<item><title>A</title><guid isPermaLink="true">12345</guid></item>'), BASE)).items;
    expect(item).toMatchObject({ guid: '12345', guidIsPermaLink: true, link: '' });
  });

  it('E05 an isPermaLink="false" URL guid never becomes a link', () => {
    const [item] = feedOf(parseFeed(rss('<item><guid isPermaLink="false">https://www.kreis.example/?p=7</guid></item>'), BASE)).items;
    expect(item).toMatchObject({ guid: 'https://www.kreis.example/?p=7', guidIsPermaLink: false, link: '' });
  });

  it('E05 the <link> wins over a permalink guid; a permalink http guid fills a missing link', () => {
    const feed = feedOf(parseFeed(rss(
      '<item><link>https://www.kreis.example/a</link><guid>https://www.kreis.example/b</guid></item>' +
      '<item><guid>https://www.kreis.example/c</guid></item>' +
      '<item><guid>javascript:alert(1)</guid></item>',
    ), BASE));
    expect(feed.items.map((i) => [i.link, i.guidIsPermaLink])).toEqual([
      ['https://www.kreis.example/a', true],
      ['https://www.kreis.example/c', true],
      ['', true],
    ]);
  });
});
