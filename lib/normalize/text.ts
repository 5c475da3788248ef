/**
 * Plain-text helpers for the normaliser: markup stripping, invisible-character removal,
 * whitespace collapsing and word-boundary truncation. Pure, no DOM (the service worker has none).
 */
import { decodeHTML } from 'entities';

/** Raw input beyond this many UTF-16 units is ignored: the output is capped at a few hundred characters anyway (C13). */
export const RAW_INPUT_CAP = 50_000;

// Comments, and the contents of elements whose text is never visible, go entirely;
// an unterminated one swallows the rest (safer than leaking script text).
const COMMENT_RE = /<!--[\s\S]*?(?:-->|$)/g;
const HIDDEN_RE = /<(script|style|noscript|template|iframe|object|svg|math)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
const CDATA_RE = /<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)/g;
// A tag: name, then attribute text in which quoted values may contain '>'. An unquoted '<'
// ends the attempt and the piece count is bounded, so input full of unterminated '<a' stays linear.
const TAG_RE = /<\/?([a-zA-Z][a-zA-Z0-9:-]*)(?:[^<>"']|"[^"]*"|'[^']*'){0,1000}>/g;
const DECL_RE = /<[!?][^<>]{0,1000}>/g;
// A tag cut off by RAW_INPUT_CAP or a broken feed.
const TRAILING_TAG_RE = /<\/?[a-zA-Z!?][^<>]*$/;
const MARKUP_TEST_RE = /<\/?[a-zA-Z][a-zA-Z0-9:-]*(?:\s[^<>]*)?\/?>|<!--/;

/** Elements that separate words: they become a space, inline ones vanish (`<b>Neu</b>es` → "Neues"). */
const BREAKING = new Set([
  'br', 'p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'table', 'tr', 'td', 'th', 'thead', 'tbody', 'blockquote', 'section', 'article', 'header',
  'footer', 'aside', 'nav', 'figure', 'figcaption', 'pre', 'hr', 'img', 'address', 'main',
]);

// Bidi embeddings/overrides/isolates and marks (D06), zero-width space and BOM.
const INVISIBLE_RE = /[\u061C\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\uFFFE\uFFFF]/g;
// C0 and C1 controls except tab, LF and CR (which are whitespace and collapse to a space).
const CONTROL_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const LONE_SURROGATE_RE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Coerces whatever a parser handed over into a string: objects and arrays become '' (C09). */
export function toText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return '';
}

/** Whether the text contains something that looks like an HTML tag or comment. */
export function hasMarkup(text: string): boolean {
  return MARKUP_TEST_RE.test(text);
}

/** Removes tags (block-level ones become spaces), comments and script/style contents. Entities stay encoded. */
export function stripMarkup(html: string): string {
  return html
    .replace(COMMENT_RE, '')
    .replace(HIDDEN_RE, ' ')
    .replace(CDATA_RE, '$1')
    .replace(TAG_RE, (_m, name: string) => (BREAKING.has(name.toLowerCase()) ? ' ' : ''))
    .replace(DECL_RE, ' ')
    .replace(TRAILING_TAG_RE, '');
}

/** Removes bidi controls, control characters and lone surrogates, then collapses whitespace. */
export function cleanText(text: string): string {
  return text
    .replace(INVISIBLE_RE, '')
    .replace(CONTROL_RE, '')
    .replace(LONE_SURROGATE_RE, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** HTML → plain text: strip markup, decode the entity layer once, clean. */
export function htmlToText(html: string): string {
  return cleanText(decodeHTML(stripMarkup(html.slice(0, RAW_INPUT_CAP))));
}

/**
 * Caps text at `max` characters (code points, so emoji are never split), cutting at the
 * last word boundary in the second half and appending "…". The result is at most `max` long.
 */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const sliced = text.length > max * 2;
  // Each code point takes at most two UTF-16 units, so 2·max units hold at least max points.
  const points = Array.from(sliced ? text.slice(0, max * 2) : text);
  if (!sliced && points.length <= max) return text;
  let head = points.slice(0, max - 1).join('');
  const space = head.lastIndexOf(' ');
  if (space >= head.length / 2) head = head.slice(0, space);
  head = head.replace(/[\s,;:.\-–—]+$/u, '');
  return `${head}…`;
}
