/** Reading the response headers that steer polite polling: validators, freshness, bot walls. */

/** Validators and freshness to hand back to the scheduler. */
export interface CacheInfo {
  etag?: string;
  lastModified?: string;
  maxAgeSec?: number;
}

/**
 * ETag and Last-Modified, dropped when `Expires` says the response is already stale
 * (`Expires: 0`, an unreadable date, or a date not after `now`): such servers tend to send
 * validators that never match, and Miniflux does the same.
 */
export function readCacheInfo(headers: Headers, now: number): CacheInfo {
  const info: CacheInfo = {};
  const maxAge = parseMaxAge(headers.get('cache-control'));
  if (maxAge !== undefined) info.maxAgeSec = maxAge;
  if (expiresAlready(headers.get('expires'), now)) return info;
  const etag = headers.get('etag')?.trim();
  const lastModified = headers.get('last-modified')?.trim();
  if (etag) info.etag = etag;
  if (lastModified) info.lastModified = lastModified;
  return info;
}

/** `max-age` of a Cache-Control value in seconds, or undefined. */
export function parseMaxAge(cacheControl: string | null): number | undefined {
  const m = /(?:^|,)\s*max-age\s*=\s*"?(\d+)"?\s*(?:,|$)/i.exec(cacheControl ?? '');
  return m ? Number(m[1]) : undefined;
}

function expiresAlready(expires: string | null, now: number): boolean {
  if (expires === null) return false;
  // RFC 9111 §5.3: an invalid date, notably "0", means "already expired".
  const at = Date.parse(expires);
  return Number.isNaN(at) || at <= now;
}

/**
 * The name of the bot protection that answered instead of the feed, or undefined.
 * These pages are HTML challenges a feed reader can never pass, so they get their own
 * message instead of a bare "HTTP 403".
 */
export function detectBotProtection(status: number, headers: Headers): string | undefined {
  const cf = headers.get('cf-mitigated')?.toLowerCase();
  if (cf === 'challenge' || cf === 'block') return 'Cloudflare';
  if (status !== 403 && status !== 405 && status !== 429 && status !== 503) return undefined;
  const waf = headers.get('x-amzn-waf-action')?.toLowerCase();
  if (waf === 'captcha' || waf === 'challenge' || waf === 'block') return 'AWS WAF';
  if (headers.has('x-datadome') || headers.has('x-datadome-cid')) return 'DataDome';
  if (headers.has('x-sucuri-block')) return 'Sucuri';
  if (/ddos-guard/i.test(headers.get('server') ?? '')) return 'DDoS-Guard';
  return undefined;
}

const REASONS: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 406: 'Not Acceptable', 408: 'Request Timeout', 410: 'Gone',
  429: 'Too Many Requests', 451: 'Unavailable For Legal Reasons', 500: 'Internal Server Error',
  501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};

/** "HTTP 404 Not Found"; HTTP/2 has no reason phrase, so known codes get the standard one. */
export function statusLine(status: number, statusText: string): string {
  const reason = REASONS[status] ?? statusText.replace(/\s+/g, ' ').trim();
  return reason ? `HTTP ${status} ${reason}` : `HTTP ${status}`;
}
