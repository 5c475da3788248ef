/**
 * fast-check arbitraries that damage feeds the way the web does: stray and broken tags, bad
 * entities, cut-off downloads, repeated chunks, wrong or changed encodings.
 */
import fc from 'fast-check';

/** Markup, entities and characters known to trouble feed parsers and renderers. */
export const HOSTILE_FRAGMENTS = [
  '<', '>', '&', '"', "'", '&amp;', '&lt;script&gt;', '&amp;lt;', '&#0;', '&#x0;', '&#xD800;', '&#1114112;',
  '&#x110000;', '&#9999999999;', '&nbsp;', '&auml;', '&szlig;', '&bogus;', '&#x202E;', '&', '&#',
  ']]>', '<![CDATA[', '<![CDATA[<script>alert(1)</script>]]>', '<!--', '-->', '<?xml version="1.0"?>',
  '<!DOCTYPE rss [<!ENTITY x "xxxxxxxxxx">]>', '<!ENTITY a "&b;&b;">', '&x;', '<!DOCTYPE html>',
  '<item>', '</item>', '<entry>', '</entry>', '<title>', '</title>', '<link>', '</link>', '<channel>',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">x</a>',
  'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java&#x09;script:alert(1)', '\u0001javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', '//evil.example/x', 'http://', 'https://[::1',
  'http://127.0.0.1:1/', 'xml:base="javascript:alert(1)//"', 'href="foo"', 'rdf:about="x"',
  '\u0000', '\u0008', '\u000B', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF', '\u202E', '\u2066', '\u200F', '\uFEFF',
  'Bürgerbüro', 'Straße', '€„“', 'Ã¼', '\r\n', '\t', ' '.repeat(50), 'a'.repeat(300),
  '<pubDate>Mo, 19 Mai 2025 10:00</pubDate>', '<pubDate>99999999999</pubDate>', '<ttl>-5</ttl>', '<ttl>1e309</ttl>',
  '<guid isPermaLink="true">javascript:alert(1)</guid>', '<__proto__>x</__proto__>', '<constructor>', '<a:b:c>',
];

export type Mutation =
  | { kind: 'insert'; pos: number; text: string }
  | { kind: 'delete'; pos: number; len: number }
  | { kind: 'duplicate'; pos: number; len: number; at: number }
  | { kind: 'truncate'; pos: number }
  | { kind: 'rename-tag'; n: number; name: string }
  | { kind: 'drop-close-tags'; n: number };

const TAG_NAMES = ['item', 'entry', 'title', 'link', 'description', 'channel', 'rss', 'feed', 'guid', 'x', 'script', 'content:encoded'];

/** One damaging edit; positions are taken modulo the text length when applied. */
export function mutation(): fc.Arbitrary<Mutation> {
  const text = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  );
  return fc.oneof(
    fc.record({ kind: fc.constant('insert' as const), pos: fc.nat(), text }),
    fc.record({ kind: fc.constant('delete' as const), pos: fc.nat(), len: fc.integer({ min: 1, max: 200 }) }),
    fc.record({ kind: fc.constant('duplicate' as const), pos: fc.nat(), len: fc.integer({ min: 1, max: 2000 }), at: fc.nat() }),
    fc.record({ kind: fc.constant('truncate' as const), pos: fc.nat() }),
    fc.record({ kind: fc.constant('rename-tag' as const), n: fc.nat(), name: fc.constantFrom(...TAG_NAMES) }),
    fc.record({ kind: fc.constant('drop-close-tags' as const), n: fc.integer({ min: 1, max: 5 }) }),
  );
}

/** Applies the edits in order. */
export function applyMutations(text: string, ms: Mutation[]): string {
  let s = text;
  for (const m of ms) {
    const at = (p: number) => (s.length === 0 ? 0 : p % (s.length + 1));
    switch (m.kind) {
      case 'insert':
        s = s.slice(0, at(m.pos)) + m.text + s.slice(at(m.pos));
        break;
      case 'delete':
        s = s.slice(0, at(m.pos)) + s.slice(at(m.pos) + m.len);
        break;
      case 'duplicate': {
        const chunk = s.slice(at(m.pos), at(m.pos) + m.len);
        s = s.slice(0, at(m.at)) + chunk + s.slice(at(m.at));
        break;
      }
      case 'truncate':
        s = s.slice(0, at(m.pos));
        break;
      case 'rename-tag': {
        const tags = [...s.matchAll(/<\/?([A-Za-z][\w:.-]*)/g)];
        const hit = tags.length === 0 ? undefined : tags[m.n % tags.length];
        if (hit?.index !== undefined) {
          const start = hit.index + hit[0].length - hit[1]!.length;
          s = s.slice(0, start) + m.name + s.slice(start + hit[1]!.length);
        }
        break;
      }
      case 'drop-close-tags': {
        let left = m.n;
        s = s.replace(/<\/[A-Za-z][\w:.-]*>/g, (t) => (left-- > 0 ? '' : t));
        break;
      }
    }
  }
  return s;
}

export interface Encoding {
  name: string;
  encode(text: string): Uint8Array;
}

const utf8 = new TextEncoder();

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const units = (bom ? '\uFEFF' : '') + text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const c = units.charCodeAt(i);
    out[2 * i + (littleEndian ? 0 : 1)] = c & 0xff;
    out[2 * i + (littleEndian ? 1 : 0)] = c >> 8;
  }
  return out;
}

/** Latin-1 bytes; characters beyond U+00FF become "?", as a careless exporter writes them. */
function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => (ch.charCodeAt(0) <= 0xff ? ch.charCodeAt(0) : 0x3f));
}

const declare = (text: string, enc: string) =>
  /encoding=["'][^"']*["']/.test(text) ? text.replace(/encoding=["'][^"']*["']/, `encoding="${enc}"`)
  : text.replace(/^<\?xml version="1.0"/, `<?xml version="1.0" encoding="${enc}"`);

/** The same text as bytes in one of the encodings feeds arrive in, declared honestly or not. */
export function reencode(): fc.Arbitrary<Encoding> {
  return fc.constantFrom<Encoding>(
    { name: 'utf-8', encode: (t) => utf8.encode(t) },
    { name: 'utf-8 with BOM', encode: (t) => utf8.encode(`\uFEFF${t}`) },
    { name: 'latin-1 declared ISO-8859-1', encode: (t) => latin1(declare(t, 'ISO-8859-1')) },
    { name: 'latin-1 declared UTF-8', encode: (t) => latin1(declare(t, 'UTF-8')) },
    { name: 'utf-8 declared windows-1252', encode: (t) => utf8.encode(declare(t, 'windows-1252')) },
    { name: 'utf-16le with BOM', encode: (t) => utf16(declare(t, 'UTF-16'), true, true) },
    { name: 'utf-16be with BOM', encode: (t) => utf16(declare(t, 'UTF-16'), false, true) },
    { name: 'utf-16le without BOM', encode: (t) => utf16(t, true, false) },
    { name: 'utf-8 declared shift_jis', encode: (t) => utf8.encode(declare(t, 'Shift_JIS')) },
  );
}
