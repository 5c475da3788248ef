/**
 * Cleaning plain text: invisible and control characters removed, C1 controls read as
 * windows-1252, whitespace collapsed and trimmed. One loop, which a pattern lets skip the long
 * stretches of ordinary text between the places where it has something to do.
 */
import { WINDOWS_1252_HIGH } from '../fetch/windows-1252';

/** Whether `c` is whitespace as `\s` and `trim()` see it. */
export function isSpace(c: number): boolean {
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
 * to one space and trimming. C1 controls (U+0080–U+009F) are read as the windows-1252
 * characters of their bytes (`don\u0092t` → `don’t`), as feedparser and browsers do: they come
 * from cp1252 text labelled or re-encoded as Latin-1; the five bytes cp1252 leaves undefined go.
 */
export function cleanText(text: string): string {
  // Most titles, guids and categories need nothing but the trim: a linear pattern and a search
  // say so faster than the loop. trim() removes what the loop drops at either end (whitespace, BOM).
  const trimmed = text.trim();
  UNUSUAL.lastIndex = 0;
  if (UNUSUAL.test(trimmed)) {
    // Where it is in `text`: trim() removed leading whitespace, which isSpace tells.
    let lead = 0;
    while (isSpace(text.charCodeAt(lead))) lead++;
    return scan(text, true, lead + UNUSUAL.lastIndex - 1);
  }
  return trimmed.indexOf('  ') !== -1 ? scan(text, true, -1) : trimmed;
}

/**
 * A character cleanText changes or drops: outside printable ASCII, Latin-1 to Arabic and the
 * punctuation block U+2010–U+2027. (A run of two spaces, the other thing it changes, is found
 * by indexOf, faster than an alternative in the pattern.) Global, so that lastIndex tells where
 * a match ends, and no match array is made.
 */
const UNUSUAL = /[^\x20-\x7e\xa1-\u061b\u2010-\u2027]/g;

/** cleanText by its character loop (exported so that a property test can hold the two together). */
export function cleanTextByScan(text: string): string {
  return scan(text, false, -1);
}

/**
 * The loop. With `skip`, from a visible character `i` kept outside a whitespace run, it passes
 * over everything up to the next unusual character or double space (moved back over a single
 * space before it): the loop would keep all of it verbatim and leave its state as it is
 * (outside a run, `prev` the last character). `firstUnusual`: where the first unusual
 * character after the leading whitespace is, when the caller knows (else -1).
 */
function scan(text: string, skip: boolean, firstUnusual: number): string {
  const n = text.length;
  let out = '';
  let from = 0; // start of the run copied verbatim
  let inSpace = false; // inside a whitespace run (removed characters do not end it)
  let spaceAt = 0; // where that run started
  let simpleSpace = false; // the run is one ' ', kept as it stands
  let kept = false; // a visible character has been seen
  let prev = 0; // previous character that is not a removed control
  let c1 = false; // the current character is a C1 control read as windows-1252
  // The next unusual character and the next '  ' at or after i (n: none; -1: not looked for
  // yet): each search starts where the last one's answer was passed, so all stay linear.
  let unusual = firstUnusual;
  let double = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Fast path: printable ASCII, Latin-1 letters and typographic punctuation outside a whitespace run.
    if (!inSpace && ((c > 32 && c < 0x7f) || (c > 0xa0 && c < 0x061c) || (c >= 0x2010 && c <= 0x2027))) {
      kept = true;
      prev = c;
      if (skip) {
        if (unusual < i) {
          UNUSUAL.lastIndex = i;
          unusual = UNUSUAL.test(text) ? UNUSUAL.lastIndex - 1 : n;
        }
        if (double < i) {
          const at = text.indexOf('  ', i);
          double = at === -1 ? n : at;
        }
        let t = unusual < double ? unusual : double;
        if (text.charCodeAt(t - 1) === 32) t--;
        if (t > i + 1) {
          i = t - 1;
          prev = text.charCodeAt(i);
        }
      }
      continue;
    }
    // A lone ' ' between such characters stays as it is (what the run logic below decides too).
    if (c === 32 && !inSpace && kept) {
      const d = text.charCodeAt(i + 1);
      if ((d > 32 && d < 0x7f) || (d > 0xa0 && d < 0x061c)) {
        prev = c;
        continue;
      }
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
    } else if (c >= 0x80 && c <= 0x9f && WINDOWS_1252_HIGH[c - 0x80]! > 0x9f) {
      // A C1 control stands for the windows-1252 character of its byte (see the doc comment).
      prev = c;
      c1 = true;
      drop = false;
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
    if (c1) {
      c1 = false;
      if (i > from) out += text.slice(from, i);
      out += String.fromCharCode(WINDOWS_1252_HIGH[c - 0x80]!);
      from = i + 1;
    }
  }
  const end = inSpace ? spaceAt : n;
  if (from === 0 && end === n) return text;
  return end > from ? out + text.slice(from, end) : out;
}
