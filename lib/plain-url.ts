/**
 * Recognising the links that need no URL parse: an absolute http(s) URL written exactly as the
 * URL parser writes it back. Nearly every item link of a feed is one, and parsing each twice
 * (the parser resolves it, the normaliser takes it apart) was a good part of an item's cost.
 */

/**
 * Whether `s` is an absolute http(s) URL in a form simple enough to vouch for by its
 * characters, and for which therefore `new URL(s).href === s`, and `new URL(s, base).href === s`
 * for every valid base:
 * - `http://` or `https://` in lower case;
 * - a host of dot-separated, non-empty labels of lower-case letters, digits and `-`, none of
 *   them punycode (`xn--`), the last one starting with a letter (so it is no IPv4 address);
 *   no user, no port;
 * - a path starting with `/`, of letters, digits, `-._~!$&'()*+,;=:@/` and `%XX` escapes,
 *   without a `.` or `..` segment and without an escaped dot;
 * - no query, no fragment.
 * Anything else (also every URL the parser would change) answers false: the caller parses it.
 * Linear: one look at each character.
 */
export function isPlainHttpUrl(s: string): boolean {
  let i: number;
  if (s.startsWith('https://')) i = 8;
  else if (s.startsWith('http://')) i = 7;
  else return false;
  const n = s.length;
  // Host: labels; `label` is where the current one started.
  let label = i;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 47 /* / */) break;
    if (c === 46 /* . */) {
      if (i === label || isPunycode(s, label)) return false;
      label = i + 1;
    } else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45)) {
      return false;
    }
  }
  if (i === n || i === label || isPunycode(s, label)) return false;
  const last = s.charCodeAt(label);
  if (!(last >= 97 && last <= 122)) return false;
  // Path: `segment` is where the current segment started.
  let segment = i + 1;
  for (i++; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 47) {
      if (isDotSegment(s, segment, i)) return false;
      segment = i + 1;
    } else if (c === 37 /* % */) {
      if (!isHex(s.charCodeAt(i + 1)) || !isHex(s.charCodeAt(i + 2))) return false;
      if (s.charCodeAt(i + 1) === 50 && (s.charCodeAt(i + 2) | 32) === 101) return false; // %2e
      i += 2;
    } else if (!isPathChar(c)) {
      return false;
    }
  }
  return !isDotSegment(s, segment, n);
}

function isPunycode(s: string, label: number): boolean {
  return s.startsWith('xn--', label);
}

function isDotSegment(s: string, from: number, to: number): boolean {
  const len = to - from;
  return (len === 1 && s.charCodeAt(from) === 46) || (len === 2 && s.charCodeAt(from) === 46 && s.charCodeAt(from + 1) === 46);
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/** Letters, digits and `-._~!$&'()*+,;=:@` (the path's `/` and `%` are handled apart). */
function isPathChar(c: number): boolean {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  return (
    c === 45 || c === 46 || c === 95 || c === 126 || c === 33 || c === 36 || c === 38 || c === 39 || c === 40 ||
    c === 41 || c === 42 || c === 43 || c === 44 || c === 59 || c === 61 || c === 58 || c === 64
  );
}
