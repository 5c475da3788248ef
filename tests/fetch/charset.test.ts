import { describe, expect, it } from 'vitest';
import { canonicalCharset, charsetParam, decodeFeedBytes, xmlDeclaredEncoding } from '../../lib/fetch';
import { decodeWindows1252 } from '../../lib/fetch';

/** Bytes of a string, one byte per character (for Latin-1 / windows-1252 fixtures). */
const latin1 = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const declIso = '<?xml version="1.0" encoding="ISO-8859-1"?>';
const rss = (title: string) => `<rss version="2.0"><channel><title>${title}</title></channel></rss>`;

describe('decodeFeedBytes', () => {
  it('B01 declared ISO-8859-1 with Latin-1 bytes Gr\\xFC\\xDFe, no HTTP charset → "Grüße"', () => {
    const bytes = latin1(`${declIso}${rss('Gr\xFC\xDFe aus M\xFCnchen')}`);
    const { text, charset } = decodeFeedBytes(bytes);
    expect(text).toContain('<title>Grüße aus München</title>');
    expect(text).not.toContain('\uFFFD');
    expect(charset).toBe('windows-1252');
  });

  it('B02 declared ISO-8859-1 with windows-1252 bytes 0x80 0x84 0x93 decodes €„“', () => {
    const bytes = latin1(`${declIso}${rss('10 \x80 f\xFCr \x84Smart City\x93')}`);
    expect(decodeFeedBytes(bytes).text).toContain('<title>10 € für „Smart City“</title>');
    // The same through an HTTP label, and through every label WHATWG maps to windows-1252.
    for (const label of ['iso-8859-1', 'latin1', 'us-ascii', 'windows-1252', 'ISO_8859-1']) {
      expect(decodeFeedBytes(latin1(rss('\x80\x84\x93')), `text/xml; charset=${label}`).text).toContain('€„“');
    }
  });

  it.each([
    ['with an XML declaration', `${declIso}${rss('Gr\xFC\xDFe')}`],
    ['without an XML declaration', rss('Gr\xFC\xDFe')],
  ])('B03 HTTP charset=utf-8 but the body is Latin-1 (%s) → "Grüße", no U+FFFD', (_name, body) => {
    const { text, charset } = decodeFeedBytes(latin1(body), 'application/rss+xml; charset=utf-8');
    expect(text).toContain('<title>Grüße</title>');
    expect(text).not.toContain('\uFFFD');
    expect(charset).toBe('windows-1252');
  });

  it('B04 declaration says ISO-8859-1 but the bytes are valid UTF-8 → "ü", never "Ã¼"', () => {
    const { text, charset } = decodeFeedBytes(utf8(`${declIso}${rss('Bürgerbüro in Düsseldorf')}`), 'text/xml; charset=ISO-8859-1');
    expect(text).toContain('<title>Bürgerbüro in Düsseldorf</title>');
    expect(text).not.toContain('Ã¼');
    expect(charset).toBe('utf-8');
  });

  it('B05 UTF-8 BOM + declaration: BOM stripped', () => {
    const body = `<?xml version="1.0" encoding="UTF-8"?>${rss('Straßenverkehrsamt')}`;
    const { text, charset } = decodeFeedBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(body)]));
    expect(text).toBe(body);
    expect(charset).toBe('utf-8');
  });

  it.each([
    ['UTF-16LE', 'utf16le', [0xff, 0xfe]],
    ['UTF-16BE', 'utf16be', [0xfe, 0xff]],
  ] as const)('B05 %s document with BOM: BOM stripped, text intact', (_name, enc, bom) => {
    const body = `<?xml version="1.0" encoding="UTF-16"?>${rss('Grüße – 5 € für Ölförderung')}`;
    const le = Buffer.from(body, 'utf16le');
    const bytes = enc === 'utf16le' ? le : Buffer.from(le).swap16();
    const { text, charset } = decodeFeedBytes(new Uint8Array([...bom, ...bytes]), 'text/xml; charset=iso-8859-1');
    expect(text).toBe(body);
    expect(charset).toBe(enc === 'utf16le' ? 'utf-16le' : 'utf-16be');
  });

  it('B05 UTF-16LE without a BOM is recognised by its "<?" prefix', () => {
    const body = `<?xml version="1.0" encoding="UTF-16"?>${rss('Gemeindeverwaltung Löbau')}`;
    expect(decodeFeedBytes(new Uint8Array(Buffer.from(body, 'utf16le')))).toEqual({ text: body, charset: 'utf-16le' });
  });

  it('decodes the windows-1252 table for all 32 bytes 0x80–0x9F to the WHATWG code points', () => {
    // index-windows-1252 from the WHATWG Encoding Standard; 81, 8D, 8F, 90, 9D map to themselves.
    const expected = [
      0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
      0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
    ];
    const bytes = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
    for (const decoded of [decodeFeedBytes(bytes).text, decodeFeedBytes(bytes, 'charset=iso-8859-1').text]) {
      expect([...decoded].map((c) => c.codePointAt(0))).toEqual(expected);
    }
    expect(decodeWindows1252(latin1('\x80\x84\x93\x94\x96\x99'))).toBe('€„“”–™');
  });

  it('maps every other byte to the same code point (ASCII and Latin-1 upper half)', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const decoded = decodeWindows1252(bytes);
    for (const i of [0x00, 0x0a, 0x41, 0x7f, 0xa0, 0xa4, 0xc4, 0xd6, 0xdc, 0xdf, 0xe4, 0xf6, 0xfc, 0xff]) {
      expect(decoded.codePointAt(i)).toBe(i);
    }
    expect(decoded).toHaveLength(256);
  });

  it('decodes long windows-1252 bodies completely (chunked conversion)', () => {
    const line = 'Gr\xFC\xDFe \x84Stra\xDFe\x93 \x80\n';
    const bytes = latin1(line.repeat(5000));
    expect(decodeFeedBytes(bytes).text).toBe('Grüße „Straße“ €\n'.repeat(5000));
  });

  it('honours another single-byte label from HTTP: ISO-8859-15 0xA4 is €', () => {
    const { text, charset } = decodeFeedBytes(latin1(rss('Geb\xFChr 5 \xA4')), 'text/xml; charset="ISO-8859-15"');
    expect(text).toContain('<title>Gebühr 5 €</title>');
    expect(charset).toBe('iso-8859-15');
  });

  it('prefers the HTTP charset over the XML declaration when the bytes are not UTF-8', () => {
    const bytes = latin1(`${declIso}${rss('Stra\xDFe \xA4')}`);
    expect(decodeFeedBytes(bytes, 'text/xml; charset=iso-8859-15').text).toContain('Straße €');
    expect(decodeFeedBytes(bytes).text).toContain('Straße ¤');
  });

  it('falls back to windows-1252 when a label is unknown', () => {
    const bytes = latin1(`<?xml version="1.0" encoding="x-kaputt"?>${rss('K\xF6ln \x84neu\x93')}`);
    expect(decodeFeedBytes(bytes, 'text/xml; charset=gibtsnicht')).toMatchObject({
      charset: 'windows-1252',
    });
    expect(decodeFeedBytes(bytes).text).toContain('Köln „neu“');
  });

  it('keeps plain UTF-8 (with umlauts, ß and €) as UTF-8 whatever the labels say', () => {
    const body = rss('Förderprogramm: 2 Mio. € für Glasfaser in Weißwasser');
    expect(decodeFeedBytes(utf8(body), 'text/xml; charset=windows-1252')).toEqual({ text: body, charset: 'utf-8' });
  });

  it('returns an empty string for no bytes', () => {
    expect(decodeFeedBytes(new Uint8Array(0))).toEqual({ text: '', charset: 'utf-8' });
  });
});

describe('label helpers', () => {
  it.each([
    ['application/rss+xml; charset=ISO-8859-1', 'ISO-8859-1'],
    ['text/xml;charset="utf-8"', 'utf-8'],
    ['text/xml; format=flowed; Charset=windows-1252 ', 'windows-1252'],
    ['text/xml', undefined],
    ['utf-8', 'utf-8'],
    [undefined, undefined],
  ])('charsetParam(%s) → %s', (input, expected) => {
    expect(charsetParam(input)).toBe(expected);
  });

  it.each([
    ['ISO-8859-1', 'windows-1252'],
    ['latin1', 'windows-1252'],
    ['US-ASCII', 'windows-1252'],
    ['UTF8', 'utf-8'],
    ['iso-8859-15', 'iso-8859-15'],
    ['utf-16', 'utf-16le'],
    ['klingonisch', undefined],
  ])('canonicalCharset(%s) → %s', (label, expected) => {
    expect(canonicalCharset(label)).toBe(expected);
  });

  it('reads the encoding of a leading XML declaration only', () => {
    expect(xmlDeclaredEncoding(latin1(`${declIso}<rss/>`))).toBe('ISO-8859-1');
    expect(xmlDeclaredEncoding(latin1("<?xml version='1.0' encoding='windows-1252' standalone='yes'?><rss/>"))).toBe('windows-1252');
    expect(xmlDeclaredEncoding(latin1('<?xml version="1.0"?><rss/>'))).toBeUndefined();
    expect(xmlDeclaredEncoding(latin1('<rss><!-- <?xml encoding="latin1"?> --></rss>'))).toBeUndefined();
  });
});
