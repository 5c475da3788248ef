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
const RESERVED = /^(?:__proto__|constructor|prototype)$/;
const RESERVED_ATTR = /\s(?:__proto__|constructor|prototype)\s*=/;
const NAME = /^<\/?([^\s/>]+)/;

/**
 * Raw element content → text. CDATA is taken literally, entities outside it are decoded once
 * (with `decode`, which knows the document's own entities), comments and processing
 * instructions are dropped. With `keepMarkup` child tags stay in the result (HTML for a
 * summary); without, only their text is kept (a title).
 */
export function readRaw(raw: string, keepMarkup: boolean, decode: (s: string) => string): string {
  if (raw.indexOf('<') === -1) return decode(raw);
  const parts: string[] = [];
  const check = mentionsReserved(raw);
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
      parts.push(raw.slice(lt + 9, end === -1 ? raw.length : end));
      i = end === -1 ? raw.length : end + 3;
    } else if (raw.startsWith('<!--', lt)) {
      i = skipPast(raw, '-->', lt + 4);
    } else if (raw.startsWith('<?', lt) || raw.startsWith('<!', lt)) {
      i = skipPast(raw, '>', lt + 2);
    } else {
      const gt = tagEnd(raw, lt);
      const tag = raw.slice(lt, gt);
      if (check) checkTag(tag);
      if (tag.charCodeAt(1) === 47) depth -= 1;
      else if (tag.charCodeAt(tag.length - 2) !== 47 && ++depth > MAX_DEPTH) {
        throw new Error('Maximum nested tags exceeded');
      }
      if (keepMarkup) parts.push(tag);
      i = gt;
    }
  }
  return parts.join('');
}

/** Whether a text mentions a reserved name at all: tags are checked one by one only then. */
export function mentionsReserved(raw: string): boolean {
  return raw.indexOf('__proto__') !== -1 || raw.indexOf('constructor') !== -1 || raw.indexOf('prototype') !== -1;
}

/** Throw on the reserved names fast-xml-parser refuses, as element or attribute names. */
export function checkTag(tag: string): void {
  const name = NAME.exec(tag)?.[1] ?? '';
  if (RESERVED.test(name) || RESERVED_ATTR.test(tag)) {
    throw new Error(`[SECURITY] Invalid name in ${tag.slice(0, 40)}`);
  }
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
