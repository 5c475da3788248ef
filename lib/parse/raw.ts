/**
 * Reading the raw content of a text field. The fields an item is made of (title, link,
 * description, …) are fast-xml-parser stop nodes: the library hands us their content as the
 * document spells it, and we read it here in one pass. That spares the library's per-character
 * text handling, the bulk of its time on feeds with escaped HTML, and keeps inline markup
 * (Atom xhtml content, unescaped HTML in a description) instead of losing it to trimming.
 *
 * The document has passed the XML validator before we get here, so the content is well-formed.
 * What the library checks for the elements it builds is checked here for the ones it does not:
 * nesting depth and the reserved names `__proto__`, `constructor`, `prototype`.
 */

/** The same cap fast-xml-parser applies (`maxNestedTags`). */
export const MAX_DEPTH = 64;
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);
const RESERVED_ATTR = /\s(?:__proto__|constructor|prototype)\s*=/;

/**
 * Raw element content → text. CDATA is taken literally, entities outside it are decoded once
 * (with `decode`, which knows the document's own entities), comments and processing
 * instructions are dropped. With `keepMarkup` child tags stay in the result (HTML for a
 * summary); without, only their text is kept (a title). `literal` maps CDATA text (XHTML
 * content escapes it, so that it stays text in the HTML made of the markup).
 */
export function readRaw(raw: string, keepMarkup: boolean, decode: (s: string) => string, literal = asIs): string {
  const lt = raw.indexOf('<');
  if (lt === -1) return decode(raw);
  // Most often the whole content is one CDATA section (WordPress): its text, as it stands.
  if (lt === 0 && raw.startsWith('<![CDATA[') && raw.indexOf(']]>', 9) === raw.length - 3) return literal(raw.slice(9, -3));
  const parts: string[] = [];
  let depth = 0;
  let i = 0;
  while (i < raw.length) {
    const lt = raw.indexOf('<', i);
    if (lt === -1) {
      parts.push(decode(raw.slice(i)));
      break;
    }
    if (lt > i) parts.push(decode(raw.slice(i, lt)));
    if (raw.startsWith('<![CDATA[', lt)) {
      const end = raw.indexOf(']]>', lt + 9);
      parts.push(literal(raw.slice(lt + 9, end === -1 ? raw.length : end)));
      i = end === -1 ? raw.length : end + 3;
    } else if (raw.startsWith('<!--', lt)) {
      i = skipPast(raw, '-->', lt + 4);
    } else if (raw.startsWith('<?', lt) || raw.startsWith('<!', lt)) {
      i = skipPast(raw, '>', lt + 2);
    } else {
      const gt = tagEnd(raw, lt);
      checkTag(raw, lt, gt);
      if (raw.charCodeAt(lt + 1) === 47) depth -= 1;
      else if (raw.charCodeAt(gt - 2) !== 47 && ++depth > MAX_DEPTH) {
        throw new Error('Maximum nested tags exceeded');
      }
      if (keepMarkup) parts.push(raw.slice(lt, gt));
      i = gt;
    }
  }
  return parts.join('');
}

function asIs(s: string): string {
  return s;
}

/**
 * Throw on the reserved names fast-xml-parser refuses, as element or attribute names, for the
 * tag spanning `lt`..`gt` (`gt` just past its `>`). Returns the index where its name ends.
 */
export function checkTag(raw: string, lt: number, gt: number): number {
  const from = raw.charCodeAt(lt + 1) === 47 ? lt + 2 : lt + 1;
  const end = endOfName(raw, from, gt);
  if (RESERVED.has(raw.slice(from, end))) throw reserved(raw.slice(from, end));
  if (end < gt - 2) {
    const rest = raw.slice(end, gt);
    if (rest.indexOf('=') !== -1 && RESERVED_ATTR.test(rest)) throw reserved(rest.trim());
  }
  return end;
}

function reserved(what: string): Error {
  return new Error(`[SECURITY] Invalid name: ${what.slice(0, 40)}`);
}

/** End of the tag name starting at `from` (whitespace, `/` or `>` ends it). */
export function endOfName(raw: string, from: number, gt: number): number {
  for (let i = from; i < gt; i++) {
    const c = raw.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62) return i;
  }
  return gt;
}

/** Index just past the next `marker` from `from`, or the end. */
export function skipPast(raw: string, marker: string, from: number): number {
  const end = raw.indexOf(marker, from);
  return end === -1 ? raw.length : end + marker.length;
}

/** Index just past the `>` that ends the tag starting at `lt`, skipping quoted attribute values. */
export function tagEnd(raw: string, lt: number): number {
  let quote = 0;
  for (let i = lt + 1; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) {
      quote = c;
    } else if (c === 62) {
      return i + 1;
    }
  }
  return raw.length;
}
