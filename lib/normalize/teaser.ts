/**
 * HTML → capped plain text, reading only as much of a long HTML text as the cap can use.
 *
 * `htmlToTeaser(html, max)` is exactly `truncateAtWord(htmlToText(html), max)`; a feed that puts
 * a whole article in its summary would otherwise be stripped and cleaned in full for 300
 * characters. A prefix is processed instead, and its result is used only when it provably
 * matches the full text's:
 * - The prefix holds no `<!` or `<?` (no comment, CDATA or declaration starts in it) and no
 *   hidden element (script, style, …) opens in it: the passes before the tag pass leave it as is.
 * - No `<` is left after stripping the prefix: every tag attempt in it matched within it, so
 *   the tag pass (a left-to-right scan whose matches depend only on the text up to their `>`)
 *   gives the full text's result for that stretch, and nothing after it can reach back.
 * - The stripped prefix is decoded only up to its last `&`: an entity never spans an `&`, so
 *   everything before it decodes as it does in the full text.
 * - cleanText of a prefix is a prefix of cleanText of the whole (only trailing whitespace and
 *   a trailing lone high surrogate differ, and both only shorten it), so when it already has
 *   more than `max` code points, truncateAtWord reads the same first `max` of them.
 * Anything else falls back to the full text.
 */
import { decodeHTML } from 'entities';
import { cleanText, decodedText, RAW_INPUT_CAP, stripMarkup, truncateAtWord } from './text';

const SURROGATE = /[\uD800-\uDFFF]/;
/** A hidden element opening, as stripMarkup's pattern for them starts. */
const HIDDEN_OPEN_RE = /<(?:script|style|noscript|template|iframe|object|svg|math)\b/i;

/** `truncateAtWord(htmlToText(html), max)`, reading a prefix of a long `html` when that is provably the same. */
export function htmlToTeaser(html: string, max: number): string {
  const capped = html.length > RAW_INPUT_CAP ? html.slice(0, RAW_INPUT_CAP) : html;
  // Only a long text (a whole article) pays for the checks and, should they fail, the second
  // reading: a usual teaser of one or two caps' length costs less read whole. Twice the cap
  // plus a margin is enough prefix for markup and entities of ordinary density.
  const cut = 2 * max + 200;
  if (capped.length > 2 * cut) {
    const text = prefixText(capped.slice(0, cut));
    if (text !== null && moreCodePointsThan(text, max)) return truncateAtWord(text, max);
  }
  return truncatedHead(decodedText(capped), max);
}

/**
 * truncateAtWord(cleanText(text), max), cleaning only as much of `text` as truncating reads: a
 * prefix a little longer than `max`, when its cleaned form already has more than `max` code
 * points (see above); else all. Cleaning removes little from ordinary text, so the first prefix
 * is nearly always enough. A prefix found free of surrogates is truncated without a second look.
 */
function truncatedHead(text: string, max: number): string {
  const head = max + (max >> 3) + 16;
  if (text.length > head + 64) {
    const cleaned = cleanText(text.slice(0, head));
    if (cleaned.length > max && cleaned.length <= 2 * max + 1 && !SURROGATE.test(cleaned)) return truncateAtWord(cleaned, max, true);
    if (moreCodePointsThan(cleaned, max)) return truncateAtWord(cleaned, max);
  }
  return truncateAtWord(cleanText(text), max);
}

/** The cleaned text of `prefix` as far as the full text is sure to begin with it, or null. */
function prefixText(prefix: string): string | null {
  if (prefix.indexOf('<!') !== -1 || prefix.indexOf('<?') !== -1) return null;
  if (prefix.indexOf('<') !== -1 && HIDDEN_OPEN_RE.test(prefix)) return null;
  const stripped = stripMarkup(prefix);
  if (stripped.indexOf('<') !== -1) return null;
  const amp = stripped.lastIndexOf('&');
  const safe = amp === -1 ? stripped : decodeHTML(stripped.slice(0, amp));
  return cleanText(safe);
}

/** Whether `text` has more than `max` code points (a surrogate pair counts once). */
function moreCodePointsThan(text: string, max: number): boolean {
  if (text.length <= max) return false;
  if (text.length > 2 * max + 1 || !SURROGATE.test(text)) return true;
  let points = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const p = text.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) continue;
    }
    if (++points > max) return true;
  }
  return false;
}
