/**
 * Which URLs the extension may fetch: http(s) only, and no private-network hosts unless allowed,
 * so a feed (or a redirect it sends) cannot make the browser probe the user's intranet.
 * The check is by host name and literal address; names that resolve to private addresses
 * cannot be seen from fetch.
 */
import { oneLine, parseHttpUrl } from '../safe-text';

/** True when `s` parses as an absolute URL with the http: or https: scheme. */
export function isHttpUrl(s: string): boolean {
  return parseHttpUrl(s) !== null;
}

/**
 * True for loopback, private, link-local and unspecified addresses (IPv4, IPv6 and
 * IPv4-mapped IPv6), localhost, and the *.local / *.internal / *.localhost names.
 * Accepts a URL's `hostname` (IPv6 in brackets or not, any IPv4 spelling URL accepts).
 */
export function isPrivateHost(hostname: string): boolean {
  const host = canonicalHost(hostname);
  if (host === undefined) return false;
  if (host.startsWith('[')) return isPrivateIpv6(host.slice(1, -1));
  const v4 = parseIpv4(host);
  if (v4) return isPrivateIpv4(v4);
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host.endsWith('.local') ||
    host.endsWith('.internal')
  );
}

/**
 * Returns a one-line reason (without module prefix) when `url` must not be fetched,
 * or undefined when it may.
 */
export function checkFetchTarget(url: string, opts: { allowPrivate: boolean }): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `not a valid URL: ${oneLine(url, 200)}`;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return `only http and https URLs are fetched, not ${parsed.protocol}`;
  }
  if (!opts.allowPrivate && isPrivateHost(parsed.hostname)) {
    return `private network address ${parsed.hostname} refused`;
  }
  return undefined;
}

/** Lower-cased, trailing dot removed, numeric IPv4/IPv6 spellings normalised the way URL does. */
function canonicalHost(hostname: string): string | undefined {
  let h = hostname.trim().toLowerCase().replace(/\.$/, '');
  if (h.includes(':') && !h.startsWith('[')) h = `[${h}]`;
  try {
    return new URL(`http://${h}/`).hostname;
  } catch {
    return undefined;
  }
}

function parseIpv4(host: string): number[] | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  return parts.every((p) => p <= 255) ? parts : undefined;
}

function isPrivateIpv4([a = 0, b = 0]: number[]): boolean {
  return (
    a === 0 || // 0.0.0.0/8, "this network"
    a === 10 ||
    a === 127 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254)
  );
}

function isPrivateIpv6(addr: string): boolean {
  const g = expandIpv6(addr);
  if (!g) return false;
  const [g0 = 0, , , , , g5 = 0, g6 = 0, g7 = 0] = g;
  const zeroUpTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroUpTo(7) && (g7 === 0 || g7 === 1)) return true; // :: and ::1
  if ((g0 & 0xfe00) === 0xfc00) return true; // fc00::/7 unique local
  if ((g0 & 0xffc0) === 0xfe80) return true; // fe80::/10 link-local
  // ::ffff:a.b.c.d (mapped) and the deprecated ::a.b.c.d (compatible) carry an IPv4 address.
  if (zeroUpTo(5) && (g5 === 0xffff || g5 === 0)) {
    return isPrivateIpv4([g6 >> 8, g6 & 0xff, g7 >> 8, g7 & 0xff]);
  }
  return false;
}

/** Eight 16-bit groups of a URL-canonical IPv6 address (no embedded dotted quad). */
function expandIpv6(addr: string): number[] | undefined {
  const halves = addr.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const fill = halves.length === 2 ? 8 - head.length - tail.length : 0;
  const groups = [...head, ...Array<string>(fill).fill('0'), ...tail].map((x) => parseInt(x, 16));
  return groups.length === 8 && groups.every((x) => x >= 0 && x <= 0xffff) ? groups : undefined;
}

