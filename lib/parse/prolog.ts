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
