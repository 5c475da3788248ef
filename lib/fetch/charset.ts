/**
 * Bytes → text for feeds, the same way in Node (CLI, tests) and in a Chrome service worker.
 *
 * Order, as trusted feed readers do it: BOM → bytes valid as UTF-8 → HTTP charset →
 * XML declaration → an HTML page's `<meta charset>` / `http-equiv` (listing pages) → windows-1252. Labels that WHATWG maps to windows-1252 are decoded
 * with our own table, because Node 20's TextDecoder returns C1 controls for 0x80–0x9F
 * (nodejs/node#56542) where browsers return „“€.
 */
import { decodeWindows1252 } from './windows-1252';

export interface DecodedText {
  text: string;
  /** Canonical WHATWG name of the encoding used, e.g. 'utf-8', 'windows-1252'. */
  charset: string;
}

/** Every WHATWG label of windows-1252 (iso-8859-1, latin1 and us-ascii included). */
const WINDOWS_1252_LABELS = new Set([
  'ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1',
  'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1',
  'us-ascii', 'windows-1252', 'x-cp1252',
]);

const UTF8_LABELS = new Set(['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8']);

/**
 * Decodes a feed's bytes. `httpCharset` is the `charset` parameter of Content-Type
 * (or the whole Content-Type value); omit it for files.
 */
export function decodeFeedBytes(bytes: Uint8Array, httpCharset?: string): DecodedText {
  const bom = sniffBom(bytes);
  if (bom) return { text: decodeWith(bom.charset, bytes.subarray(bom.length)), charset: bom.charset };

  // UTF-16 without a BOM still starts with "<" as a 16-bit unit (XML 1.0 appendix F).
  const bomless16 = sniffUtf16(bytes);
  if (bomless16) return { text: decodeWith(bomless16, bytes), charset: bomless16 };

  const utf8 = tryUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, charset: 'utf-8' };

  // The bytes are not UTF-8, so a label claiming UTF-8 (or UTF-16, which the ASCII-readable
  // bytes rule out) is a lie: skip it and try the next source of truth.
  for (const label of [charsetParam(httpCharset), xmlDeclaredEncoding(bytes), htmlMetaCharset(bytes)]) {
    const charset = label === undefined ? undefined : canonicalCharset(label);
    if (charset && charset !== 'utf-8' && !charset.startsWith('utf-16')) {
      return { text: decodeWith(charset, bytes), charset };
    }
  }
  return { text: decodeWindows1252(bytes), charset: 'windows-1252' };
}

/**
 * The canonical WHATWG encoding name for a label, or undefined when the runtime does not know it.
 * @example canonicalCharset('ISO-8859-1') // 'windows-1252'
 */
export function canonicalCharset(label: string): string | undefined {
  const l = label.trim().toLowerCase();
  if (l === '') return undefined;
  if (WINDOWS_1252_LABELS.has(l)) return 'windows-1252';
  if (UTF8_LABELS.has(l)) return 'utf-8';
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return undefined;
  }
}

/** The `charset` parameter of a Content-Type value, or the value itself when it is a bare label. */
export function charsetParam(contentType: string | undefined): string | undefined {
  if (!contentType) return undefined;
  if (!contentType.includes('=') && !contentType.includes('/')) return contentType.trim() || undefined;
  const m = /(?:^|;)\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType);
  const value = (m?.[1] ?? m?.[2] ?? '').trim();
  return value || undefined;
}

/** The `encoding` pseudo-attribute of a leading `<?xml …?>` declaration. */
export function xmlDeclaredEncoding(bytes: Uint8Array): string | undefined {
  // The declaration is ASCII, so reading the first bytes one to one is enough.
  const head = String.fromCharCode(...bytes.subarray(0, 512));
  const decl = /^\s*<\?xml\s[^>]*?\?>/.exec(head)?.[0];
  if (!decl) return undefined;
  return /\sencoding\s*=\s*(["'])([A-Za-z0-9._:-]+)\1/.exec(decl)?.[2];
}

/**
 * The charset an HTML page declares in its first 1024 bytes, `<meta charset="…">` or
 * `<meta http-equiv="Content-Type" content="text/html; charset=…">`, found by index scans.
 */
export function htmlMetaCharset(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 1024)).toLowerCase();
  for (let at = head.indexOf('<meta'); at !== -1; at = head.indexOf('<meta', at + 5)) {
    const end = head.indexOf('>', at);
    const tag = head.slice(at, end === -1 ? head.length : end);
    const c = tag.indexOf('charset');
    if (c === -1) continue;
    let i = c + 7;
    while (tag[i] === ' ') i++;
    if (tag[i] !== '=') continue;
    i++;
    while (tag[i] === ' ' || tag[i] === '"' || tag[i] === "'") i++;
    let j = i;
    while (j < tag.length && !' "\';/'.includes(tag[j]!)) j++;
    if (j > i) return tag.slice(i, j);
  }
  return undefined;
}

function sniffBom(b: Uint8Array): { charset: string; length: number } | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  return undefined;
}

function sniffUtf16(b: Uint8Array): string | undefined {
  if (b[0] === 0x3c && b[1] === 0x00 && b[2] === 0x3f && b[3] === 0x00) return 'utf-16le';
  if (b[0] === 0x00 && b[1] === 0x3c && b[2] === 0x00 && b[3] === 0x3f) return 'utf-16be';
  return undefined;
}

function tryUtf8(bytes: Uint8Array): string | undefined {
  try {
    // ignoreBOM: a BOM was already handled; any later U+FEFF is content.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function decodeWith(charset: string, bytes: Uint8Array): string {
  if (charset === 'windows-1252') return decodeWindows1252(bytes);
  try {
    // ignoreBOM keeps TextDecoder from eating a second BOM after the one we stripped.
    return new TextDecoder(charset, { ignoreBOM: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}
