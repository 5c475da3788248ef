/**
 * Skipping an XML prolog (whitespace, processing instructions, comments, one DOCTYPE with its
 * internal subset) by plain index scans. Every character is looked at a bounded number of
 * times, so a hostile prolog (`<!DOCTYPE` followed by thousands of `[]`, an unclosed comment,
 * a DOCTYPE of megabytes) costs time linear in its length and never more.
 */

/** Index of the first character after the prolog: the root element's `<`, or where the scan gave up. */
export function skipProlog(text: string, from = 0): number {
  const end = text.length;
  let i = from;
  for (;;) {
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (text.startsWith('<?', i)) {
      const close = text.indexOf('?>', i + 2);
      if (close < 0) return end;
      i = close + 2;
    } else if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      if (close < 0) return end;
      i = close + 3;
    } else if (startsWithIgnoreCase(text, '<!DOCTYPE', i)) {
      i = skipDoctype(text, i + 9);
    } else {
      return i;
    }
  }
}

/** After `<!DOCTYPE`: the index after its closing `>`, skipping quoted literals and `[ … ]`. */
function skipDoctype(text: string, from: number): number {
  const end = text.length;
  let i = from;
  let inSubset = false;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x27) {
      // A quoted literal ("…" or '…') may hold `>` and `]`.
      const close = text.indexOf(c === 0x22 ? '"' : "'", i + 1);
      if (close < 0) return end;
      i = close + 1;
    } else if (inSubset && c === 0x3c && text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      if (close < 0) return end;
      i = close + 3;
    } else if (c === 0x5b /* [ */) {
      inSubset = true;
      i++;
    } else if (c === 0x5d /* ] */) {
      inSubset = false;
      i++;
    } else if (c === 0x3e /* > */ && !inSubset) {
      return i + 1;
    } else {
      i++;
    }
  }
  return end;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function startsWithIgnoreCase(text: string, word: string, at: number): boolean {
  if (at + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) {
    const a = text.charCodeAt(at + k);
    const b = word.charCodeAt(k);
    if (a !== b && (a | 0x20) !== (b | 0x20)) return false;
  }
  return true;
}

/**
 * The name of the first internal entity whose replacement text holds a reference
 * (`<!ENTITY lol2 "&lol1;&lol1;">`), or undefined. Nested references are what entity bombs
 * (billion laughs) are built from, and the XML layer drops such a value silently (the title
 * would read `&lol9;`); no news feed needs them, so the document is refused with a clear error
 * (H15). Plain-text entities (`<!ENTITY ort "Kiel">`) are fine. Linear: one pass over the prolog.
 */
export function nestedEntity(text: string, from = 0): string | undefined {
  const prologEnd = skipProlog(text, from);
  // Most feeds have no DOCTYPE: then the search never leaves the few bytes of the prolog.
  if (!text.slice(from, prologEnd).includes('<!ENTITY')) return undefined;
  let next = from;
  for (let at = text.indexOf('<!ENTITY', next); at !== -1 && at < prologEnd; at = text.indexOf('<!ENTITY', next)) {
    let i = at + 8;
    next = i;
    while (i < prologEnd && isSpace(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) === 0x25 /* % */) i++;
    while (i < prologEnd && isSpace(text.charCodeAt(i))) i++;
    const nameStart = i;
    while (i < prologEnd && !isSpace(text.charCodeAt(i)) && text.charCodeAt(i) !== 0x22 && text.charCodeAt(i) !== 0x27 && text.charCodeAt(i) !== 0x3e) i++;
    const name = text.slice(nameStart, i);
    while (i < prologEnd && isSpace(text.charCodeAt(i))) i++;
    const q = text.charCodeAt(i);
    if (q !== 0x22 && q !== 0x27) continue; // SYSTEM/PUBLIC: the parser refuses those itself
    const close = text.indexOf(q === 0x22 ? '"' : "'", i + 1);
    if (close === -1 || close > prologEnd) return undefined;
    const amp = text.indexOf('&', i + 1);
    if (amp !== -1 && amp < close) return name.slice(0, 64);
    next = close + 1;
  }
  return undefined;
}

/**
 * The text with the parameter entities of its DOCTYPE's internal subset blanked out (their
 * declarations, `<!ENTITY % lat1 PUBLIC "…" "…">`, and references, `%lat1;`), each character
 * replaced by a space so that positions and line numbers stay. Feeds pull in the XHTML entity
 * sets that way; we never fetch a DTD (C04: the entity stays unexpanded), and the XML library
 * refuses the whole document over a declaration it would not use. General entities, external
 * ones included, are left for the library and its limits. Linear: one pass over the prolog.
 */
export function withoutParameterEntities(text: string, from = 0): string {
  const prologEnd = skipProlog(text, from);
  const subset = text.indexOf('[', from);
  if (subset === -1 || subset > prologEnd || text.indexOf('%', subset) === -1 || text.indexOf('%', subset) > prologEnd) return text;
  const spans: number[] = [];
  let i = subset + 1;
  while (i < prologEnd) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x27) {
      i = Math.min(closeOf(text, c === 0x22 ? '"' : "'", i + 1), prologEnd);
    } else if (c === 0x3c && text.startsWith('<!--', i)) {
      i = Math.min(closeOf(text, '-->', i + 4), prologEnd);
    } else if (c === 0x3c && text.startsWith('<!ENTITY', i) && isParameterDeclaration(text, i + 8)) {
      const end = Math.min(declarationEnd(text, i + 8), prologEnd);
      addSpan(spans, i, end);
      i = end;
    } else if (c === 0x25 /* % */) {
      let j = i + 1;
      while (j < prologEnd && j - i <= 256 && isNameChar(text.charCodeAt(j))) j++;
      if (j > i + 1 && text.charCodeAt(j) === 0x3b /* ; */) addSpan(spans, i, j + 1);
      i = j > i + 1 ? j : i + 1;
    } else {
      i++;
    }
  }
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (let k = 0; k < spans.length; k += 2) {
    parts.push(text.slice(at, spans[k]), ' '.repeat(spans[k + 1]! - spans[k]!));
    at = spans[k + 1]!;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Adds the span [from, to), joined to the last one when they touch (`%a;%a;…` is one blank). */
function addSpan(spans: number[], from: number, to: number): void {
  if (spans.length > 0 && spans[spans.length - 1] === from) spans[spans.length - 1] = to;
  else spans.push(from, to);
}

/** After `<!ENTITY`: whitespace, then `%` and whitespace. */
function isParameterDeclaration(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i > at && text.charCodeAt(i) === 0x25 && isSpace(text.charCodeAt(i + 1));
}

/** The index after the `>` that ends a declaration, skipping quoted literals. */
function declarationEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x27) i = closeOf(text, c === 0x22 ? '"' : "'", i + 1);
    else if (c === 0x3e) return i + 1;
    else i++;
  }
  return text.length;
}

/** The index just after the next `marker` from `from`, or the end of the text. */
function closeOf(text: string, marker: string, from: number): number {
  const at = text.indexOf(marker, from);
  return at === -1 ? text.length : at + marker.length;
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 58 || c === 45 || c === 46 || c > 127;
}

/**
 * The text with its XML declaration first, as XML requires: whitespace before it (a blank line
 * a PHP template printed, the most common fault of generated feeds) is dropped, and after
 * comments the declaration itself is (the text is decoded by then). Otherwise a strict
 * reader refuses the prolog, and salvage keeps the items but loses the channel's title and
 * link. Returns the text itself when the declaration is first or absent. Linear.
 */
export function declarationFirst(text: string): string {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  if (isDeclaration(text, i)) return i === 0 ? text : text.slice(i);
  if (!text.startsWith('<!--', i)) return text;
  let j = i;
  while (text.startsWith('<!--', j)) {
    const close = text.indexOf('-->', j + 4);
    if (close === -1) return text;
    j = close + 3;
    while (j < text.length && isSpace(text.charCodeAt(j))) j++;
  }
  if (!isDeclaration(text, j)) return text;
  const end = text.indexOf('?>', j + 5);
  return end === -1 ? text : text.slice(i, j) + text.slice(end + 2);
}

/** `<?xml` followed by whitespace (not `<?xml-stylesheet`) at `at`. */
function isDeclaration(text: string, at: number): boolean {
  return text.startsWith('<?xml', at) && isSpace(text.charCodeAt(at + 5));
}
