/**
 * Making untrusted item text and links safe to put into a generated feed. Escaping of
 * `<`, `&`, `>` and quotes is the XML builder's job; what no escaping can fix is
 * removed or refused here.
 */
import { parseHttpUrl } from '../safe-text';

/**
 * Code units XML 1.0 forbids even as character references (C0 controls other than tab,
 * LF and CR; U+FFFE/U+FFFF) and UTF-16 surrogates without their partner. A single bad
 * character makes a strict parser reject the whole feed, so they are dropped.
 */
const ILLEGAL_XML_CHARS =
  /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Any candidate: a plain character class scans fast, without the lookarounds. */
const SUSPECT = /[\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** `s` without the characters XML 1.0 cannot carry (nor JSON parsers that check UTF-16). */
export function cleanText(s: string): string {
  // Nearly all text is clean (surrogates there are pairs): the common case allocates nothing.
  if (!SUSPECT.test(s)) return s;
  ILLEGAL_XML_CHARS.lastIndex = 0;
  return s.replace(ILLEGAL_XML_CHARS, '');
}

/**
 * The serialised form of `s` when it is an absolute http(s) URL, else undefined.
 * Anything else (`javascript:`, `data:`, relative paths, garbage) is left out of a feed
 * rather than handed to every reader that subscribes to it.
 */
export function httpUrl(s: string | undefined): string | undefined {
  return s ? parseHttpUrl(cleanText(s).trim())?.href : undefined;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** `s` as HTML text: a reader that renders it as HTML shows exactly `s`, and no element. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * Plain text for an RSS element that readers may render as HTML (title, source, channel title):
 * unchanged when an HTML reading would show the same characters, else escaped as HTML. That is
 * when it holds a `<` (the only character that can start an element) or an `&` that starts a
 * reference (`&lt;` would show as `<`). A title like `A & B` stays as it is for the readers
 * that show titles as plain text.
 */
export function rssText(s: string): string {
  return HTML_SENSITIVE.test(s) ? escapeHtml(s) : s;
}

const HTML_SENSITIVE = /<|&[#A-Za-z]/;
