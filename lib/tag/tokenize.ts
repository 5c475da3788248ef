/**
 * Word tokens of a title + teaser, with what the matcher needs to know about each one:
 * its lowercase form, its case, the punctuation in front of it and where it stands.
 */

/** Gap flags: what separates a token from the one before it. */
export const GAP_HYPHEN = 1;
export const GAP_COMMA = 2;
export const GAP_COLON = 4;
/** Sentence boundary (., !, ? followed by space, not after a known abbreviation). */
export const GAP_SENT = 8;
export const GAP_SLASH = 16;
export const GAP_PAREN = 32;
/** Quotes, dashes, semicolons and other punctuation. */
export const GAP_OTHER = 64;
/** Start of the title or of the teaser. */
export const GAP_FIELD = 128;

/** Case of the original token. */
export const CASE_LOWER = 0;
export const CASE_CAP = 1;
export const CASE_UPPER = 2;

/** Where a token stands. */
export const IN_TEASER = 0;
export const IN_HEADLINE = 1;
/** The title's kicker: "Nürnberg: …", "Diez/Kaisersesch: …". */
export const IN_KICKER = 2;

export interface Tokens {
  n: number;
  lower: string[];
  casing: Uint8Array;
  /** Gap flags before each token. */
  gap: Uint16Array;
  zone: Uint8Array;
  /** Where each token starts and ends (exclusive) in its field, title or teaser. */
  start: Uint32Array;
  end: Uint32Array;
  /** The fields last tokenised (for the evidence of a tag). */
  title: string;
  summary: string;
}

// Tokens after which a period does not end a sentence ("St. Wendel", "a.d.", "Dr. Müller").
const ABBREV = new Set(['st', 'dr', 'a', 'd', 'i', 'b', 'prof', 'bzw', 'z', 'ca', 'nr', 'u', 'v', 'o', 'vgl', 'inkl', 'sog', 'hl', 'str']);

/** Allocates token buffers large enough for `cap` tokens; grown on demand. */
export function createTokens(cap = 256): Tokens {
  return {
    n: 0, lower: new Array<string>(cap), casing: new Uint8Array(cap), gap: new Uint16Array(cap), zone: new Uint8Array(cap),
    start: new Uint32Array(cap), end: new Uint32Array(cap), title: '', summary: '',
  };
}

function grow(t: Tokens): void {
  const cap = t.casing.length * 2;
  const casing = new Uint8Array(cap); casing.set(t.casing); t.casing = casing;
  const gap = new Uint16Array(cap); gap.set(t.gap); t.gap = gap;
  const zone = new Uint8Array(cap); zone.set(t.zone); t.zone = zone;
  const start = new Uint32Array(cap); start.set(t.start); t.start = start;
  const end = new Uint32Array(cap); end.set(t.end); t.end = end;
}

/** The text of tokens [from, to) as written ("Münchner", "Landkreis Cham"), within one field. */
export function tokenText(t: Tokens, from: number, to: number): string {
  const field = t.zone[from] === IN_TEASER ? t.summary : t.title;
  return field.slice(t.start[from]!, t.end[to - 1]!);
}

function gapFlags(text: string, from: number, to: number, prevLower: string | undefined): number {
  let f = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 160) continue;
    if (c === 45) f |= to - from === 1 ? GAP_HYPHEN : GAP_OTHER; // "NRW-Kommunen" vs "Städte- und"
    else if (c === 44) f |= GAP_COMMA;
    else if (c === 58) f |= GAP_COLON;
    else if (c === 46 || c === 33 || c === 63) {
      if (c !== 46 || prevLower === undefined || !ABBREV.has(prevLower)) f |= to - from > 1 ? GAP_SENT : 0;
    } else if (c === 47) f |= GAP_SLASH;
    else if (c === 40 || c === 41) f |= GAP_PAREN;
    else f |= GAP_OTHER;
  }
  return f;
}

// Letter/digit test without a regex per character: ASCII and Latin-1 by table, the rest by \p{L}.
const WORD_CHAR = new Uint8Array(592);
for (let c = 0; c < 592; c++) WORD_CHAR[c] = /[\p{L}\p{N}]/u.test(String.fromCharCode(c)) ? 1 : 0;
const OTHER_LETTER = /[\p{L}\p{N}]/u;
const isWord = (c: number) => (c < 592 ? WORD_CHAR[c] === 1 : c < 0xd800 && OTHER_LETTER.test(String.fromCharCode(c)));
const LOWER = new Uint16Array(592);
for (let c = 0; c < 592; c++) LOWER[c] = String.fromCharCode(c).toLowerCase().charCodeAt(0);

/** Appends the tokens of one field (title or teaser) to `t`. */
export function tokenizeField(t: Tokens, text: string, isTitle: boolean): void {
  let prevEnd = 0;
  let first = true;
  // The kicker ends at the first ": " of the title.
  const kickerEnd = isTitle ? text.indexOf(': ') : -1;
  const len = text.length;
  for (let pos = 0; pos < len; ) {
    if (!isWord(text.charCodeAt(pos))) {
      pos++;
      continue;
    }
    const start = pos;
    let upper = 0;
    while (pos < len) {
      const c = text.charCodeAt(pos);
      if (!isWord(c)) break;
      if (c < 592 && LOWER[c] !== c) upper++;
      pos++;
    }
    if (t.n >= t.casing.length) grow(t);
    const i = t.n++;
    const raw = text.slice(start, pos);
    t.lower[i] = upper ? raw.toLowerCase() : raw;
    const c0 = text.charCodeAt(start);
    let casing = CASE_LOWER;
    if (c0 < 592 && LOWER[c0] !== c0) {
      // "NRW", and the single capitals of "M-V".
      casing = upper === pos - start && (pos - start > 1 || text.charCodeAt(pos) === 45) ? CASE_UPPER : CASE_CAP;
    }
    t.casing[i] = casing;
    t.gap[i] = first ? GAP_FIELD | GAP_SENT : gapFlags(text, prevEnd, start, i > 0 ? t.lower[i - 1] : undefined);
    t.zone[i] = isTitle ? (kickerEnd > 0 && start < kickerEnd ? IN_KICKER : IN_HEADLINE) : IN_TEASER;
    t.start[i] = start;
    t.end[i] = pos;
    prevEnd = pos;
    first = false;
  }
}

/** Tokenises title and teaser into `t` (reused between calls to spare allocations). */
export function tokenize(t: Tokens, title: string, summary: string): Tokens {
  t.n = 0;
  t.title = title;
  t.summary = summary;
  tokenizeField(t, title, true);
  tokenizeField(t, summary, false);
  return t;
}
