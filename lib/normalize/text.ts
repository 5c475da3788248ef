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

/** Coerces whatever a parser handed over into a string: objects and arrays become '' (C09). */
export function toText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return '';
}

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
  let s = html;
  if (s.indexOf('<!--') !== -1) s = s.replace(COMMENT_RE, '');
  s = s.replace(HIDDEN_RE, ' ');
  if (s.indexOf('<![CDATA[') !== -1) s = s.replace(CDATA_RE, '$1');
  s = s.replace(TAG_RE, (_m, name: string) => (BREAKING.has(name.toLowerCase()) ? ' ' : ''));
  if (s.indexOf('<!') !== -1 || s.indexOf('<?') !== -1) s = s.replace(DECL_RE, ' ');
  return dropTrailingTag(s);
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

/** Whether `c` is whitespace as `\s` and `trim()` see it. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Bidi controls, zero-width space, BOM, noncharacters, and C0/C1 controls other than tab, LF, CR. */
function isDropped(c: number): boolean {
  if (c < 32) return c !== 9 && c !== 10 && c !== 13;
  if (c < 0x7f) return false;
  if (c <= 0x9f) return true;
  return (
    c === 0x061c || c === 0x200b || c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069) || c === 0xfeff || c === 0xfffe || c === 0xffff
  );
}

/**
 * Removes bidi controls, control characters and lone surrogates, then collapses whitespace.
 * One pass that copies unchanged runs; the same result as removing the invisible and control
 * characters, then lone surrogates (paired across removed characters), then collapsing `\s+`
 * to one space and trimming.
 */
export function cleanText(text: string): string {
  const n = text.length;
  let out = '';
  let from = 0; // start of the run copied verbatim
  let inSpace = false; // inside a whitespace run (removed characters do not end it)
  let spaceAt = 0; // where that run started
  let simpleSpace = false; // the run is one ' ', kept as it stands
  let kept = false; // a visible character has been seen
  let prev = 0; // previous character that is not a removed control
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Fast path: printable ASCII and Latin-1 letters outside a whitespace run.
    if (!inSpace && ((c > 32 && c < 0x7f) || (c > 0xa0 && c < 0x061c))) {
      kept = true;
      prev = c;
      continue;
    }
    let drop: boolean;
    if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff) {
        let j = i + 1;
        while (j < n && isDropped(text.charCodeAt(j))) j++;
        const next = j < n ? text.charCodeAt(j) : 0;
        drop = !(next >= 0xdc00 && next <= 0xdfff);
      } else {
        drop = !(prev >= 0xd800 && prev <= 0xdbff);
      }
      prev = c;
    } else if (isDropped(c)) {
      drop = true;
    } else {
      prev = c;
      if (isSpace(c)) {
        if (inSpace) simpleSpace = false;
        else {
          inSpace = true;
          spaceAt = i;
          simpleSpace = c === 32;
        }
        continue;
      }
      drop = false;
    }
    if (drop) {
      if (inSpace) simpleSpace = false;
      else {
        if (i > from) out += text.slice(from, i);
        from = i + 1;
      }
      continue;
    }
    if (inSpace) {
      inSpace = false;
      // A lone ' ' between visible characters stays in the verbatim run.
      if (!(simpleSpace && kept && spaceAt === i - 1)) {
        if (spaceAt > from) out += text.slice(from, spaceAt);
        if (kept) out += ' ';
        from = i;
      }
    }
    kept = true;
  }
  const end = inSpace ? spaceAt : n;
  if (from === 0 && end === n) return text;
  return end > from ? out + text.slice(from, end) : out;
}

/** HTML → plain text: strip markup, decode the entity layer once, clean. */
export function htmlToText(html: string): string {
  const stripped = stripMarkup(html.length > RAW_INPUT_CAP ? html.slice(0, RAW_INPUT_CAP) : html);
  return cleanText(stripped.indexOf('&') === -1 ? stripped : decodeHTML(stripped));
}

/**
 * Caps text at `max` characters (code points, so emoji are never split), cutting at the
 * last word boundary in the second half and appending "…". The result is at most `max` long.
 */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const n = text.length;
  // Walk code points (a surrogate pair is one) up to max + 1: headEnd is where the first
  // max - 1 of them end. Without surrogates in that stretch, units are code points.
  let i = 0;
  let points = 0;
  let headEnd = 0;
  if (max >= 1 && !SURROGATE_RE.test(text.slice(0, max + 1))) {
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
