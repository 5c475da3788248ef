/**
 * The character-level steps of the one-pass scanner (scan.ts): each reads forward from an
 * index with indexOf or a bounded loop, and throws Fault where the careful path must decide.
 */

/** Thrown where the careful path must decide. */
export class Fault extends Error {}

/**
 * After a plain `<?xml …?>` at the start (pseudo-attributes `name="value"`, values without
 * `<>?`, as the library reads them): the index after it.
 */
export function xmlDeclEnd(doc: string): number {
  let k = 5;
  for (;;) {
    const space = k;
    while (isSpace(doc.charCodeAt(k))) k++;
    if (doc.startsWith('?>', k)) return k + 2;
    if (k === space) throw new Fault();
    const nameFrom = k;
    while (isAsciiLetter(doc.charCodeAt(k))) k++;
    if (k === nameFrom) throw new Fault();
    while (isSpace(doc.charCodeAt(k))) k++;
    if (doc.charCodeAt(k) !== 61) throw new Fault();
    k++;
    while (isSpace(doc.charCodeAt(k))) k++;
    const q = doc.charCodeAt(k);
    if (q !== 34 && q !== 39) throw new Fault();
    for (k++; doc.charCodeAt(k) !== q; k++) {
      const c = doc.charCodeAt(k);
      if (c === 60 || c === 62 || c === 63 || k >= doc.length) throw new Fault();
    }
    k++;
  }
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

export function past(doc: string, marker: string, from: number): number {
  const end = doc.indexOf(marker, from);
  if (end === -1) throw new Fault();
  return end + marker.length;
}

export function blank(doc: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = doc.charCodeAt(k);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/**
 * A reference at `amp` as XMLValidator accepts it, at most 20 word characters or digits:
 * returns the index after its `;`.
 */
export function reference(doc: string, amp: number): number {
  let k = amp + 1;
  const limit = Math.min(doc.length, amp + 24);
  if (doc.charCodeAt(k) === 35 /* # */) {
    k++;
    const hex = doc.charCodeAt(k) === 120 /* x */;
    if (hex) k++;
    const first = k;
    for (; k < limit; k++) {
      const c = doc.charCodeAt(k);
      if (c === 59 && k > first) return k + 1;
      if (!(c >= 48 && c <= 57) && !(hex && ((c >= 97 && c <= 102) || (c >= 65 && c <= 70)))) break;
    }
    throw new Fault();
  }
  const first = k;
  for (; k < limit; k++) {
    const c = doc.charCodeAt(k);
    if (c === 59 && k > first) return k + 1;
    if (!isWordChar(c)) break;
  }
  throw new Fault();
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

export function isNameChar(c: number): boolean {
  return isWordChar(c) || c === 58 || c === 45 || c === 46;
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9;
}

/** The end of the ASCII XML name starting at `from`; a name must start with a letter, `_` or `:`. */
export function nameEnd(doc: string, from: number): number {
  const c = doc.charCodeAt(from);
  if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58)) throw new Fault();
  let k = from + 1;
  while (isNameChar(doc.charCodeAt(k))) k++;
  return k;
}
