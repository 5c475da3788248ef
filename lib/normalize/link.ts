/**
 * Link checks for the normaliser: only absolute http(s) URLs survive (D02, D05), tracking
 * parameters are dropped, and a key form without fragment identifies an article (E01a, E04).
 */
import { isPlainHttpUrl } from '../plain-url';
import { parseHttpUrl as parseHttpUrlOnce } from '../safe-text';

/** Query parameters that only track the reader: utm_*, Matomo/Piwik, Webtrekk, AT Internet, ad click ids. */
const TRACKING_PARAM_RE =
  /^(utm_.+|mtm_.+|pk_.+|piwik_.+|wt_.+|at_.+|xtor|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|igshid|mc_cid|mc_eid|_hsenc|_hsmi|ns_campaign|ns_mchannel|ns_source|ns_linkname|ns_fee|oly_enc_id|oly_anon_id|vero_id|rb_clickid|s_cid)$/i;

/** Parses `raw` and returns the URL when it is absolute http(s), else null. */
export function parseHttpUrl(raw: string): URL | null {
  return parseHttpUrlOnce(raw.trim());
}

function dropTracking(url: URL): void {
  if (url.search === '') return;
  const names = [...new Set([...url.searchParams.keys()])];
  let changed = false;
  for (const name of names) {
    if (TRACKING_PARAM_RE.test(name)) {
      url.searchParams.delete(name);
      changed = true;
    }
  }
  // Rewriting search re-encodes it; only do so when something was removed.
  if (changed && url.searchParams.size === 0) url.search = '';
}

/**
 * The two forms of one raw link, from a single parse. `link`, as stored and shown: absolute
 * http(s), scheme and host lowercased, default port dropped (all by the URL parser), tracking
 * parameters removed, fragment kept. `key`, the identity form (E01a): `link` without its
 * fragment. Both are '' when the link is not absolute http(s). A plain link (no query, no
 * fragment, written as the parser writes it; see plain-url.ts) is both forms as it stands.
 */
export function linkForms(raw: string): { link: string; key: string } {
  const trimmed = raw.trim();
  if (isPlainHttpUrl(trimmed)) return { link: trimmed, key: trimmed };
  const url = parseHttpUrlOnce(trimmed);
  if (!url) return { link: '', key: '' };
  dropTracking(url);
  const link = url.href;
  if (url.hash === '') return { link, key: link };
  url.hash = '';
  return { link, key: url.href };
}

/** "host/path" for a fallback title, e.g. "www.stadt-musterhausen.de/aktuelles/1". */
export function hostAndPath(link: string): string {
  const url = parseHttpUrl(link);
  if (!url) return '';
  const path = url.pathname === '/' ? '' : url.pathname;
  try {
    return url.host + decodeURIComponent(path);
  } catch {
    return url.host + path;
  }
}
