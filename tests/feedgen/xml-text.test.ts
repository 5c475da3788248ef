import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { cleanText, httpUrl } from '../../lib/feedgen/xml-text';
import { emptyElement, escapeAttr, escapeText, parentElement, textElement, xmlDocument } from '../../lib/feedgen/xml-writer';

describe('cleanText', () => {
  it.each([
    ['D09 C0 controls \\x00–\\x08, \\x0B, \\x0C, \\x0E–\\x1F go', 'a\x00b\x01\x02\x03\x04\x05\x06\x07\x08c\x0B\x0Cd\x0E\x1Fe', 'abcde'],
    ['D09 a lone high surrogate goes', 'Köln \uD83D Bonn', 'Köln  Bonn'],
    ['D09 a lone low surrogate goes', '\uDE00Bonn', 'Bonn'],
    ['D09 U+FFFE and U+FFFF go', 'a\uFFFEb\uFFFFc', 'abc'],
    ['a surrogate pair (emoji) stays', 'Glasfaser 🚀 für Fürth', 'Glasfaser 🚀 für Fürth'],
    ['tab, newline and carriage return stay', 'a\tb\nc\rd', 'a\tb\nc\rd'],
    ['umlauts, ß and typographic quotes stay', '„Straße“ – Übersicht', '„Straße“ – Übersicht'],
  ])('%s', (_name, input, want) => {
    expect(cleanText(input)).toBe(want);
  });
});

describe('httpUrl', () => {
  it.each<[string, string | undefined]>([
    ['https://www.kommune21.de/meldung_1.html', 'https://www.kommune21.de/meldung_1.html'],
    ['HTTP://Example.ORG/pfad?a=1&b=2', 'http://example.org/pfad?a=1&b=2'],
    ['https://www.stadt-münchen.de/übersicht', 'https://www.xn--stadt-mnchen-jlb.de/%C3%BCbersicht'],
    ['javascript:alert(1)', undefined],
    ['JaVaScRiPt:alert(1)', undefined],
    ['java\tscript:alert(1)', undefined],
    ['\x01javascript:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['vbscript:msgbox(1)', undefined],
    ['/aktuelles/1', undefined],
    ['mailto:presse@kommune.de', undefined],
    ['', undefined],
  ])('D09 %j → %j', (input, want) => {
    expect(httpUrl(input)).toBe(want);
  });
});

describe('xml-writer', () => {
  it('D09 escapes ]]>, -->, < and & in text, and quotes, tab and newline in attributes', () => {
    expect(escapeText('a ]]> b --> <c> & d')).toBe('a ]]&gt; b --&gt; &lt;c&gt; &amp; d');
    expect(escapeAttr('"x"\t<y>\n&')).toBe('&quot;x&quot;&#9;&lt;y&gt;&#10;&amp;');
  });

  it('skips undefined attributes and elements, writes empty elements self-closed, indents by depth', () => {
    const xml = xmlDocument(
      parentElement(0, 'a', { x: '1', y: undefined }, [
        emptyElement(1, 'b', { z: '2' }),
        textElement(1, 'd', undefined),
        textElement(1, 'c', 'Text'),
        parentElement(1, 'e', undefined, []),
      ]),
    );
    expect(xml).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<a x="1">\n  <b z="2"/>\n  <c>Text</c>\n  <e/>\n</a>\n');
  });

  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    // Decodes the numeric references the writer uses for CR, tab and newline.
    htmlEntities: true,
  });

  it('D09 any cleaned string survives as text and attribute: well-formed, read back unchanged', () => {
    const fragment = fc.oneof(
      fc.constantFrom(']]>', '-->', '<!--', '<', '>', '&', '&amp;', '"', "'", '\x00', '\x0B', '\uD800', '\uDC00', '\uFFFE', 'ä', 'ß', '\r\n', '\t'),
      fc.string({ unit: 'binary', maxLength: 20 }),
    );
    const anyText = fc.array(fragment, { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(anyText, anyText, (text, attr) => {
        const t = cleanText(text);
        const a = cleanText(attr);
        const xml = xmlDocument(parentElement(0, 'r', undefined, [textElement(1, 'e', t, { v: a })]));
        expect(XMLValidator.validate(xml)).toBe(true);
        const e = parser.parse(xml).r.e;
        const readText = typeof e === 'string' ? e : (e['#text'] ?? '');
        // XML turns a lone CR into LF when reading text; the writer escapes it, so it stays.
        expect(String(readText)).toBe(t);
        expect(String(e['@_v'] ?? '')).toBe(a);
      }),
      { numRuns: 300 },
    );
  });
});
