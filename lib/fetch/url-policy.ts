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

/** Names that always mean this machine or the local network, whatever the resolver says. */
const LOCAL_NAMES = new Set(['localhost', 'localhost.localdomain', 'ip6-localhost', 'ip6-loopback', 'fritz.box']);
/** Suffixes of names that exist only inside a local network. */
const LOCAL_SUFFIXES = ['.localhost', '.local', '.internal', '.home.arpa', '.lan', '.intranet', '.corp', '.localdomain'];

/**
 * True for loopback, private, shared (CGNAT), benchmarking, link-local, multicast, reserved,
 * broadcast and unspecified addresses (IPv4; IPv6 with site-local, unique-local, multicast, and
 * the IPv4-carrying forms: mapped, compatible, translated, NAT64, 6to4), for localhost and its
 * aliases, the router name fritz.box, names under *.local, *.internal, *.home.arpa, *.lan and
 * the like, and single-label names (an intranet host such as `wiki`).
 * Accepts a URL's `hostname` (IPv6 in brackets or not, any IPv4 spelling URL accepts).
 */
export function isPrivateHost(hostname: string): boolean {
  const host = canonicalHost(hostname);
  if (host === undefined) return false;
  if (host.startsWith('[')) return isPrivateIpv6(host.slice(1, -1));
  const v4 = parseIpv4(host);
  if (v4) return isPrivateIpv4(v4);
  return LOCAL_NAMES.has(host) || !host.includes('.') || LOCAL_SUFFIXES.some((s) => host.endsWith(s));
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

function isPrivateIpv4([a = 0, b = 0, c = 0]: number[]): boolean {
  return (
    a === 0 || // 0.0.0.0/8, "this network"
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) || // 100.64.0.0/10, shared address space (CGNAT)
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0 && c === 0) || // 192.0.0.0/24, IETF protocol assignments
    (a === 169 && b === 254) ||
    (a === 198 && (b === 18 || b === 19)) || // 198.18.0.0/15, benchmarking
    a >= 224 // multicast 224/4, reserved 240/4 and the broadcast address
  );
}

function isPrivateIpv6(addr: string): boolean {
  const g = expandIpv6(addr);
  if (!g) return false;
  const [g0 = 0, g1 = 0, g2 = 0, , g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  const zeroUpTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  const v4 = (hi: number, lo: number) => isPrivateIpv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
  if (zeroUpTo(7) && (g7 === 0 || g7 === 1)) return true; // :: and ::1
  if ((g0 & 0xfe00) === 0xfc00) return true; // fc00::/7 unique local
  if ((g0 & 0xffc0) === 0xfe80) return true; // fe80::/10 link-local
  if ((g0 & 0xffc0) === 0xfec0) return true; // fec0::/10 site-local (deprecated, still routed inside)
  if ((g0 & 0xff00) === 0xff00) return true; // ff00::/8 multicast
  // ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible) and ::ffff:0:a.b.c.d (translated).
  if (zeroUpTo(5) && (g5 === 0xffff || g5 === 0)) return v4(g6, g7);
  if (zeroUpTo(4) && g4 === 0xffff && g5 === 0) return v4(g6, g7);
  // NAT64 64:ff9b::/96 and the local-use 64:ff9b:1::/48 reach the IPv4 address in the last 32 bits.
  if (g0 === 0x64 && g1 === 0xff9b) return g2 === 1 || v4(g6, g7);
  // 6to4 2002:AABB:CCDD::/48 carries the IPv4 address AA.BB.CC.DD.
  if (g0 === 0x2002) return v4(g1, g2);
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

