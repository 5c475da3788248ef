/**
 * One polite HTTP fetch of a feed: conditional GET, a deadline over headers and body, a size
 * cap enforced while streaming, URL policy, status handling and charset decoding.
 * Every expected failure comes back as a FetchResult, never as an exception.
 */
import type { FetchErrorCode, FetchResult } from './model';
import { decodeFeedBytes } from './charset';
import { readBodyCapped } from './fetch-body';
import { detectBotProtection, readCacheInfo, statusLine } from './fetch-headers';
import { parseRetryAfter } from './retry-after';
import { checkFetchTarget } from './url-policy';

export interface FetchFeedOptions {
  /** Injected fetch; in the extension pass `globalThis.fetch.bind(globalThis)`. */
  fetch: typeof fetch;
  /** Validators from the previous poll, sent as If-None-Match / If-Modified-Since. */
  etag?: string;
  lastModified?: string;
  /** Deadline covering headers and body; default 20 s, below the service worker's 30 s limit. */
  timeoutMs?: number;
  /** Cap on the (decompressed) body; default 5 MiB. */
  maxBytes?: number;
  now?: () => number;
  /** Allow private-network hosts (intranet, localhost); default false, checked again after redirects. */
  allowPrivate?: boolean;
  userAgent?: string;
}

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Feeds first, then XML, then anything (some servers send feeds as text/html). */
export const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5';

class DeadlineError extends Error {}

/** Fetches `url` and classifies the outcome; see FetchResult in model.ts. */
export async function fetchFeed(url: string, opts: FetchFeedOptions): Promise<FetchResult> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const now = opts.now ?? Date.now;
  const allowPrivate = opts.allowPrivate ?? false;

  const refused = checkFetchTarget(url, { allowPrivate });
  if (refused) return fail('forbidden-url', refused);

  const controller = new AbortController();
  let timedOut = false;
  let rejectAbort: (err: unknown) => void = () => undefined;
  const aborted = new Promise<never>((_, reject) => (rejectAbort = reject));
  aborted.catch(() => undefined); // only ever observed through Promise.race
  const timer = setTimeout(() => {
    timedOut = true;
    const err = new DeadlineError('deadline');
    controller.abort(err);
    rejectAbort(err);
  }, timeoutMs);

  let finalUrl: string | undefined;
  try {
    const response = await Promise.race([
      opts.fetch(url, {
        method: 'GET',
        headers: requestHeaders(opts),
        redirect: 'follow',
        // Our own validators already bypass the HTTP cache; no-store also keeps a
        // first fetch from being answered by a stale cached copy.
        cache: 'no-store',
        credentials: 'omit',
        signal: controller.signal,
      }),
      aborted,
    ]);
    finalUrl = response.url || url;
    const redirected = response.redirected || finalUrl !== url;
    const discard = () => void response.body?.cancel().catch(() => undefined);

    // fetch follows redirects on its own, so a redirect into the intranet shows only here,
    // before a byte of the body is read.
    const refusedFinal = checkFetchTarget(finalUrl, { allowPrivate });
    if (refusedFinal) {
      discard();
      return fail('forbidden-url', `redirected to a refused URL: ${refusedFinal}`, { finalUrl });
    }

    const { status, headers } = response;
    const cache = readCacheInfo(headers, now());
    if (status === 304) {
      discard();
      return { kind: 'not-modified', finalUrl, ...cache };
    }
    const blocker = detectBotProtection(status, headers);
    if (blocker) {
      discard();
      return fail('blocked', `blocked by bot protection (${blocker}, HTTP ${status})`, { status, finalUrl });
    }
    if (status < 200 || status > 299) {
      discard();
      return httpError(status, response.statusText, headers, now(), finalUrl);
    }

    const declared = Number(headers.get('content-length') ?? NaN);
    if (declared > maxBytes) {
      discard();
      return fail('too-large', `response larger than ${formatBytes(maxBytes)}`, { status, finalUrl });
    }
    const body = await readBodyCapped(response.body, maxBytes, aborted);
    if (body.kind === 'too-large') {
      return fail('too-large', `response larger than ${formatBytes(maxBytes)}`, { status, finalUrl });
    }
    const contentType = headers.get('content-type') ?? '';
    const { text } = decodeFeedBytes(body.bytes, contentType);
    if (text.trim() === '') return fail('empty', 'empty body', { status, finalUrl });
    return { kind: 'ok', status, text, finalUrl, redirected, contentType, ...cache };
  } catch (err) {
    if (timedOut) return fail('timeout', `timeout after ${formatSeconds(timeoutMs)}`, { finalUrl });
    return fail('network', `network error: ${describeNetworkError(err)}`, { finalUrl });
  } finally {
    clearTimeout(timer);
  }
}

function requestHeaders(opts: FetchFeedOptions): Record<string, string> {
  const h: Record<string, string> = { accept: FEED_ACCEPT };
  if (opts.etag) h['if-none-match'] = opts.etag;
  if (opts.lastModified) h['if-modified-since'] = opts.lastModified;
  if (opts.userAgent) h['user-agent'] = opts.userAgent;
  return h;
}

function httpError(status: number, statusText: string, headers: Headers, now: number, finalUrl: string): FetchResult {
  const line = statusLine(status, statusText);
  if (status === 410) return fail('gone', `${line}: the feed was removed`, { status, finalUrl });
  if (status === 429 || status === 503) {
    const retryAfterMs = parseRetryAfter(headers.get('retry-after'), now);
    const hint = retryAfterMs === undefined ? '' : `, retry after ${formatSeconds(retryAfterMs)}`;
    return fail('rate-limited', `${line}${hint}`, { status, finalUrl, retryAfterMs });
  }
  return fail('http', line, { status, finalUrl });
}

function fail(
  code: FetchErrorCode,
  detail: string,
  extra: { status?: number; finalUrl?: string; retryAfterMs?: number } = {},
): FetchResult {
  const result: FetchResult = { kind: 'error', code, message: `fetch: ${oneLine(detail)}` };
  if (extra.status !== undefined) result.status = extra.status;
  if (extra.finalUrl !== undefined) result.finalUrl = extra.finalUrl;
  if (extra.retryAfterMs !== undefined) result.retryAfterMs = extra.retryAfterMs;
  return result;
}

const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found (DNS)',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_SOCKET: 'connection closed',
  CERT_HAS_EXPIRED: 'certificate expired',
};

/** Node puts the reason in `cause`; browsers only say "Failed to fetch". */
function describeNetworkError(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } } | null)?.cause;
  const code = cause?.code;
  if (code && NETWORK_CODES[code]) return NETWORK_CODES[code];
  const msg = cause?.message || (err instanceof Error ? err.message : String(err));
  if (/redirect count exceeded/i.test(msg)) return 'too many redirects';
  if (/scheme must be a? ?HTTP\(S\)/i.test(msg)) return 'redirect to a non-http(s) URL';
  return msg || 'request failed';
}

function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

function formatBytes(n: number): string {
  if (n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
