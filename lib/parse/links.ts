/**
 * Link resolution for feed items: xml:base chains and the http(s)-only rule.
 */
import { isPlainHttpUrl } from '../plain-url';
import { parseHttpUrl } from '../safe-text';

/**
 * Apply an `xml:base` to the base in force (RFC 3986: each nested base is resolved against its
 * parent's). An unparseable xml:base is ignored; a parseable one with another scheme
 * (`javascript:alert(1)//`) is kept, so that links relative to it fail the scheme check below.
 */
export function applyBase(parent: string, xmlBase: string | undefined): string {
  if (xmlBase === undefined) return parent;
  const value = xmlBase.trim();
  if (value === '') return parent;
  try {
    return parent === '' ? new URL(value).href : new URL(value, parent).href;
  } catch {
    return parent;
  }
}

/**
 * Resolve a link against a base and keep it only when the result is http: or https:.
 * The URL parser removes tabs, newlines and leading control characters first, so
 * `java\tscript:` and `\x01javascript:` are recognised as javascript: and dropped.
 * A link already written as the parser would write it (see plain-url.ts) is kept without a
 * parse when the base is known to be valid too (an invalid base makes the parse fail).
 */
export function safeLink(link: string, base: string): string {
  const trimmed = link.trim();
  if (isPlainHttpUrl(trimmed) && (base === '' || plainBase(base))) return trimmed;
  return parseHttpUrl(trimmed, base)?.href ?? '';
}

/** isPlainHttpUrl of the base, remembered for the last one: a feed's items share theirs. */
let lastBase = '';
let lastBasePlain = false;
function plainBase(base: string): boolean {
  if (base !== lastBase) {
    lastBase = base;
    lastBasePlain = isPlainHttpUrl(base);
  }
  return lastBasePlain;
}

/** An absolute http(s) URL as given, never resolved: used to decide whether a guid is a link. */
export function absoluteHttpUrl(value: string): string {
  return safeLink(value, '');
}

/** The base to start from: the feed's final URL when it parses, else none. */
export function initialBase(baseUrl: string): string {
  try {
    return baseUrl === '' ? '' : new URL(baseUrl).href;
  } catch {
    return '';
  }
}
