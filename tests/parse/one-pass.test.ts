/**
 * The one-pass scanner (scan.ts) against the careful path (validator, salvage, fast-xml-parser):
 * whatever the scanner accepts, XMLValidator accepts too, and both read the same feed from it.
 * Documents the scanner refuses go the careful way, so its refusals cost time, never results.
 */
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../lib/parse/index';
import { scanDocument } from '../../lib/parse/scan';
import { parseXml, parseXmlCarefully, type XmlReader } from '../../lib/parse/xml';
import { rssDocument } from '../../scripts/bench/fixtures';
import { applyMutations, HOSTILE_FRAGMENTS, mutation } from '../fuzz/mutations';
import { fixture, rss } from './helpers';

const BASE = 'https://www.kreis.example/presse/feed.xml';
const FEEDS = readdirSync(new URL('../fixtures/feeds/', import.meta.url)).filter((f) => /\.(xml|rdf)$/.test(f));
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/** Both readings of one text: the scanner's verdict, and the feeds of both paths. */
function bothWays(text: string) {
  const accepted = scanDocument(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) !== null;
  return { accepted, onePass: parseFeed(text, BASE), careful: parseFeed(text, BASE, parseXmlCarefully) };
}

describe('one pass and the careful path', () => {
  it.each(FEEDS)('%s is read in one pass (unless it has a DOCTYPE), to the same feed', (name) => {
    const text = fixture(name);
    const { accepted, onePass, careful } = bothWays(text);
    expect(accepted).toBe(!text.includes('<!DOCTYPE'));
    expect(onePass).toEqual(careful);
  });

  it('the benchmark feed is read in one pass, to the same feed', () => {
    const { accepted, onePass, careful } = bothWays(rssDocument(50, 3));
    expect(accepted).toBe(true);
    expect(onePass).toEqual(careful);
  });

  it('mutated fixtures: what the scanner accepts is well-formed and reads the same', () => {
    let acceptedCount = 0;
    let validCount = 0;
    fc.assert(
      fc.property(fc.constantFrom(...FEEDS), fc.array(mutation(), { minLength: 1, maxLength: 2 }), (name, edits) => {
        const text = applyMutations(fixture(name), edits);
        const { accepted, onePass, careful } = bothWays(text);
        if (XMLValidator.validate(text.replace(/^\uFEFF/, '')) === true) validCount++;
        if (!accepted) return;
        acceptedCount++;
        expect(XMLValidator.validate(text.replace(/^\uFEFF/, ''))).toBe(true);
        expect(onePass).toEqual(careful);
      }),
      { numRuns: RUNS, seed: 20261203 },
    );
    // Some mutations keep a feed well-formed (an edit inside a text, a repeated item); the
    // scanner refuses some of those too (a DOCTYPE fixture, an inserted PI), never most.
    expect(acceptedCount).toBeGreaterThan(validCount / 2);
  });

  it('hostile fragments in an item: accepted only when well-formed, read the same', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...HOSTILE_FRAGMENTS), { maxLength: 4 }), (parts) => {
        const text = rss(`<item><title>${parts.join('')}</title><link>/a</link></item><item><title>B</title></item>`);
        const { accepted, onePass, careful } = bothWays(text);
        if (accepted) expect(XMLValidator.validate(text)).toBe(true);
        expect(onePass).toEqual(careful);
      }),
      { numRuns: RUNS, seed: 20261204 },
    );
  });

  it.each([
    ['a DOCTYPE', '<!DOCTYPE rss [<!ENTITY ort "Fürth">]><rss version="2.0"><channel><item><title>&ort;</title></item></channel></rss>'],
    ['a processing instruction', '<?xml version="1.0"?><?xml-stylesheet href="a.xsl"?><rss><channel><item><title>A</title></item></channel></rss>'],
    ['a bare ampersand', rss('<item><title>Städte & Gemeinden</title></item>')],
    ['a repeated attribute', '<rss version="2.0" version="2.0"><channel><item><title>A</title></item></channel></rss>'],
    ['an unknown reference longer than the validator allows', rss('<item><title>&abcdefghijklmnopqrstuvwxyz;</title></item>')],
    ['a non-ASCII element name', rss('<item><title>A</title><straße>x</straße></item>')],
  ])('%s goes the careful way', (_what, text) => {
    expect(scanDocument(text)).toBeNull();
    const { onePass, careful } = bothWays(text);
    expect(onePass).toEqual(careful);
  });
});

describe('items mapped while the scan goes on', () => {
  const item = (n: number, link = `/a/${n}`) => `<item><title>T${n}</title><link>${link}</link><guid>${link}</guid></item>`;
  /** Scanned without the early mapping: every item is mapped once the whole document is read. */
  const late: XmlReader = (text, itemTag) => parseXml(text, itemTag);

  it.each([
    ['a base', 'https://www.kreis.example/feed/', rss(item(1) + item(2))],
    ['no base, the channel link first', '', rss(item(1) + item(2), '<link>https://www.kreis.example/</link>')],
    ['no base, the channel link after the first item', '', rss(item(1) + '<link>https://www.kreis.example/</link>' + item(2) + '<link>https://anders.example/</link>' + item(3))],
    ['no base, no channel link', '', rss(item(1) + item(2))],
    ['xml:base on root and channel', '', '<rss xml:base="https://www.kreis.example/a/"><channel xml:base="b/">' + item(1) + '</channel></rss>'],
    ['items next to the channel', 'https://www.kreis.example/', '<rss><item><title>0</title></item><channel>' + item(1) + '</channel>' + item(2) + '</rss>'],
    ['a second channel', 'https://www.kreis.example/', '<rss><channel>' + item(1) + '</channel><channel>' + item(2) + '</channel></rss>'],
    ['an empty channel before the one with items', 'https://www.kreis.example/', '<rss><channel/><channel>' + item(1) + '</channel></rss>'],
    ['items under another element', 'https://www.kreis.example/', '<rss><channel><x>' + item(1) + '</x>' + item(2) + '</channel></rss>'],
    ['a prefixed feed', 'https://www.kreis.example/', '<r:rss xmlns:r="http://backend.userland.com/rss2"><r:channel><r:item><r:title>A</r:title><r:link>/x</r:link></r:item></r:channel></r:rss>'],
    ['a long item, then shorter ones (the field list of a mapped item is reused)', 'https://www.kreis.example/', rss(`<item><title>A</title><category>a</category><category>b</category><category>c</category><guid isPermaLink="false">1</guid></item><item><title>B</title><category>d</category></item><item/><item><link>/c</link></item>`)],
    ['fields that are one CDATA section, and fields that are more', 'https://www.kreis.example/', rss('<item><title><![CDATA[A &amp; <b>B</b>]]></title><description><![CDATA[<p>x</p>]]><![CDATA[y]]></description><category domain="d"><![CDATA[K]]></category><category> <![CDATA[L]]></category><guid><![CDATA[g]]>h</guid></item>')],
    ['a fault after the items', 'https://www.kreis.example/', rss(item(1) + item(2)).replace('</channel>', '<p>&</p></channel>')],
  ])('%s: the same feed as when mapped afterwards', (_what, base, text) => {
    const early = parseFeed(text, base);
    expect(early).toEqual(parseFeed(text, base, late));
    expect(early).toEqual(parseFeed(text, base, parseXmlCarefully));
  });
});
