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
 * Linear: a few forward passes over the text.
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
  // Path: allowed characters by a pattern; escapes and dot segments found by indexOf.
  PATH_OTHER.lastIndex = i;
  if (PATH_OTHER.test(s)) return false;
  for (let p = s.indexOf('%', i); p !== -1; p = s.indexOf('%', p + 3)) {
    if (!isHex(s.charCodeAt(p + 1)) || !isHex(s.charCodeAt(p + 2))) return false;
    if (s.charCodeAt(p + 1) === 50 && (s.charCodeAt(p + 2) | 32) === 101) return false; // %2e
  }
  for (let p = s.indexOf('/.', i); p !== -1; p = s.indexOf('/.', p + 1)) {
    const after = s.charCodeAt(p + 2) === 46 ? p + 3 : p + 2;
    if (after === n || s.charCodeAt(after) === 47) return false;
  }
  return true;
}

/** A character other than letters, digits, `-._~!$&'()*+,;=:@`, `/` and `%`. */
const PATH_OTHER = /[^-\w.~!$&'()*+,;=:@/%]/g;

function isPunycode(s: string, label: number): boolean {
  return s.startsWith('xn--', label);
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}
