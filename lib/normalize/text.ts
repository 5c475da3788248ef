/**
 * Plain-text helpers for the normaliser: markup stripping, invisible-character removal,
 * whitespace collapsing and word-boundary truncation. Pure, no DOM (the service worker has none).
 */
import { decodeHTML } from 'entities';
import { cleanText, isSpace } from './clean';
import { toText } from './to-text';

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
const SURROGATE_RE = /[\uD800-\uDFFF]/;
// After the tag name: whitespace, `/` or `>`. Browsers read `<img/src=x/onerror=…>` as an img
// with attributes, so a `/` must count too. Runs on at most RAW_INPUT_CAP characters.
const MARKUP_TEST_RE = /<\/?[a-zA-Z][a-zA-Z0-9:-]*(?:[\s/][^<>]*)?>|<!--/;

/** Elements that separate words: they become a space, inline ones vanish (`<b>Neu</b>es` → "Neues"). */
const BREAKING = new Set([
  'br', 'p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'table', 'tr', 'td', 'th', 'thead', 'tbody', 'blockquote', 'section', 'article', 'header',
  'footer', 'aside', 'nav', 'figure', 'figcaption', 'pre', 'hr', 'img', 'address', 'main',
]);

export { toText } from './to-text';
export { cleanText, cleanTextByScan } from './clean';

/** Whether the text contains something that looks like an HTML tag or comment. */
export function hasMarkup(text: string): boolean {
  return text.indexOf('<') !== -1 && MARKUP_TEST_RE.test(text);
}

/**
 * Removes tags (block-level ones become spaces), comments and script/style contents. Entities stay encoded.
 * Each pass runs only when its marker can occur: most teasers hold a few plain tags and nothing else.
 */
export function stripMarkup(html: string): string {
  // Every pattern below starts with '<'.
  if (html.indexOf('<') === -1) return html;
  return onlyPlainTags(html) ? stripTags(html) : stripMarkupByPatterns(html);
}

/**
 * stripMarkup by its patterns, pass after pass: what the forward scan of plain tags must equal
 * (a property test holds them together), and the way taken for comments, CDATA, declarations
 * and hidden elements.
 */
export function stripMarkupByPatterns(html: string): string {
  let s = html;
  if (s.indexOf('<!--') !== -1) s = s.replace(COMMENT_RE, '');
  s = s.replace(HIDDEN_RE, ' ');
  if (s.indexOf('<![CDATA[') !== -1) s = s.replace(CDATA_RE, '$1');
  s = s.replace(TAG_RE, (_m, name: string) => (BREAKING.has(name.toLowerCase()) ? ' ' : ''));
  if (s.indexOf('<!') !== -1 || s.indexOf('<?') !== -1) s = s.replace(DECL_RE, ' ');
  return dropTrailingTag(s);
}

/** The elements HIDDEN_RE removes with their content. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'math']);

/**
 * Whether no `<` in `html` starts a comment, CDATA, declaration or hidden element (what the
 * passes before the tag pass would change), looked at every `<`, also inside attribute values.
 */
function onlyPlainTags(html: string): boolean {
  for (let lt = html.indexOf('<'); lt !== -1; lt = html.indexOf('<', lt + 1)) {
    const c = html.charCodeAt(lt + 1) | 0x20;
    if (c === 0x21 || c === 0x3f) return false; // ! ?
    // Hidden names start with s, n, t, i, o, m; HIDDEN_RE ends them at a word boundary.
    if (c !== 0x73 && c !== 0x6e && c !== 0x74 && c !== 0x69 && c !== 0x6f && c !== 0x6d) continue;
    let end = lt + 1;
    while (end - lt <= 9 && isAsciiWord(html.charCodeAt(end))) end++;
    if (end - lt <= 9 && HIDDEN.has(html.slice(lt + 1, end).toLowerCase())) return false;
  }
  return true;
}

function isAsciiWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * `html.replace(TAG_RE, …)` as a forward scan (block-level tags become a space, others vanish),
 * then dropTrailingTag, which has nothing to drop when every `<` began a tag.
 */
function stripTags(html: string): string {
  let out = '';
  let from = 0;
  let unmatched = false;
  for (let lt = html.indexOf('<'); lt !== -1; ) {
    const gt = tagAt(html, lt);
    if (gt === -1) {
      unmatched = true;
      lt = html.indexOf('<', lt + 1);
      continue;
    }
    const nameFrom = html.charCodeAt(lt + 1) === 47 ? lt + 2 : lt + 1;
    let nameTo = nameFrom + 1;
    while (isTagNameChar(html.charCodeAt(nameTo))) nameTo++;
    out += html.slice(from, lt);
    if (BREAKING.has(html.slice(nameFrom, nameTo).toLowerCase())) out += ' ';
    from = gt;
    lt = html.indexOf('<', gt);
  }
  const stripped = from === 0 ? html : out + html.slice(from);
  return unmatched ? dropTrailingTag(stripped) : stripped;
}

function isTagNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 58 || c === 45;
}

/**
 * Where TAG_RE's match at `lt` ends (after its `>`), or -1: `<`, an optional `/`, a letter,
 * name characters, then at most 1000 pieces (a character other than `<>"'`, or a quoted value).
 */
function tagAt(html: string, lt: number): number {
  let k = html.charCodeAt(lt + 1) === 47 ? lt + 2 : lt + 1;
  const c = html.charCodeAt(k);
  if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) return -1;
  k++;
  while (isTagNameChar(html.charCodeAt(k))) k++;
  for (let pieces = 0; k < html.length; pieces++) {
    const d = html.charCodeAt(k);
    if (d === 62) return k + 1;
    if (d === 60 || pieces === 1000) return -1;
    if (d === 34 || d === 39) {
      const close = html.indexOf(d === 34 ? '"' : "'", k + 1);
      if (close === -1) return -1;
      k = close + 1;
    } else {
      k++;
    }
  }
  return -1;
}

/**
 * A tag cut off at the end (by RAW_INPUT_CAP or a broken feed) goes: `<`, an optional `/`,
 * a letter, `!` or `?`, and no `<` or `>` after it. Only the last `<` can start one.
 */
function dropTrailingTag(s: string): string {
  const lt = s.lastIndexOf('<');
  if (lt === -1 || s.indexOf('>', lt) !== -1) return s;
  const c = s.charCodeAt(lt + 1) === 47 ? s.charCodeAt(lt + 2) : s.charCodeAt(lt + 1);
  const starts = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 33 || c === 63;
  return starts ? s.slice(0, lt) : s;
}

/** HTML → plain text: strip markup, decode the entity layer once, clean. */
export function htmlToText(html: string): string {
  return cleanText(decodedText(html));
}

/** HTML → text not yet cleaned: capped, markup stripped, the entity layer decoded once. */
export function decodedText(html: string): string {
  const stripped = stripMarkup(html.length > RAW_INPUT_CAP ? html.slice(0, RAW_INPUT_CAP) : html);
  return stripped.indexOf('&') === -1 ? stripped : decodeHTML(stripped);
}

/**
 * Caps text at `max` characters (code points, so emoji are never split), cutting at the
 * last word boundary in the second half and appending "…". The result is at most `max` long.
 * `surrogateFree`: the caller knows the text holds no surrogate, which spares a look for one.
 */
export function truncateAtWord(text: string, max: number, surrogateFree = false): string {
  if (text.length <= max) return text;
  const n = text.length;
  // Walk code points (a surrogate pair is one) up to max + 1: headEnd is where the first
  // max - 1 of them end. Without surrogates in that stretch, units are code points.
  let i = 0;
  let points = 0;
  let headEnd = 0;
  if (max >= 1 && (surrogateFree || !SURROGATE_RE.test(text.slice(0, max + 1)))) {
    points = max + 1;
    headEnd = max - 1;
  }
  while (i < n && points <= max) {
    if (points === max - 1) headEnd = i;
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < n && isLowSurrogate(text.charCodeAt(i + 1));
    i += pair ? 2 : 1;
    points++;
  }
  if (points <= max) return text;
  let head = text.slice(0, headEnd);
  const space = head.lastIndexOf(' ');
  if (space >= head.length / 2) head = head.slice(0, space);
  let end = head.length;
  while (end > 0 && isTrailingPunctuation(head.charCodeAt(end - 1))) end--;
  return `${end === head.length ? head : head.slice(0, end)}…`;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Whitespace and the punctuation a cut text should not end on: , ; : . - – — */
function isTrailingPunctuation(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || c === 46 || c === 45 || c === 0x2013 || c === 0x2014 || isSpace(c);
}
