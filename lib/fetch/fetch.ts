/**
 * One polite HTTP fetch of a feed: conditional GET, a deadline over headers and body, a size
 * cap enforced while streaming, URL policy, status handling and charset decoding.
 * Every expected failure comes back as a FetchResult, never as an exception.
 */
import type { FetchErrorCode, FetchResult } from '../model';
import { decodeFeedBytes } from './charset';
import { readBodyCapped } from './body';
import { detectBotProtection, readCacheInfo, statusLine } from './headers';
import { describeNetworkError, formatBytes, formatSeconds, oneLine } from './messages';
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
  /**
   * 'follow' (default) lets fetch follow redirects; only the final URL can then be checked, as
   * a browser hides a manual redirect's target. 'manual' (Node: the CLI and aggregate) follows
   * them here, hop by hop, and checks each target before it is requested.
   */
  redirects?: 'follow' | 'manual';
}

/** Hops followed in 'manual' mode, as browsers (20) and curl (50) would, but fewer. */
export const MAX_REDIRECTS = 10;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Deadline for headers and body together: well under the 30 s a service worker waits for a fetch. */
export const DEFAULT_TIMEOUT_MS = 20_000;
/** Body cap (decompressed), as in Miniflux: larger responses are not feeds worth reading. */
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
  if (refused) return fail('forbidden-url', refused, { reason: refused });

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
  const manual = opts.redirects === 'manual';
  try {
    let current = url;
    let response: Response;
    for (let hop = 0; ; hop++) {
      response = await Promise.race([
        opts.fetch(current, {
          method: 'GET',
          headers: requestHeaders(opts),
          redirect: manual ? 'manual' : 'follow',
          // Our own validators already bypass the HTTP cache; no-store also keeps a
          // first fetch from being answered by a stale cached copy.
          cache: 'no-store',
          credentials: 'omit',
          signal: controller.signal,
        }),
        aborted,
      ]);
      if (!manual || !REDIRECT_STATUSES.has(response.status)) break;
      const location = response.headers.get('location');
      if (location === null) break; // a 3xx without a target is reported as its status
      void response.body?.cancel().catch(() => undefined);
      let next: string;
      try {
        next = new URL(location, current).href;
      } catch {
        return fail('forbidden-url', `redirected to a refused URL: not a valid URL: ${oneLine(location, 200)}`, { reason: 'not a valid URL' }, { finalUrl: current });
      }
      // Checked before the hop is requested: a public host cannot send us into the intranet.
      const refusedHop = checkFetchTarget(next, { allowPrivate });
      if (refusedHop) return fail('forbidden-url', `redirected to a refused URL: ${refusedHop}`, { reason: refusedHop }, { finalUrl: next });
      if (hop + 1 > MAX_REDIRECTS) return fail('network', `more than ${MAX_REDIRECTS} redirects`, { detail: `mehr als ${MAX_REDIRECTS} Weiterleitungen` }, { finalUrl: next });
      current = next;
    }
    // In manual mode fetch followed nothing: the URL is the one we asked for.
    finalUrl = manual ? current : response.url || current;
    // Fakes and some runtimes leave `redirected` false; a different URL says the same.
    const redirected = response.redirected || finalUrl !== withoutHash(url);
    const discard = () => void response.body?.cancel().catch(() => undefined);

    // fetch follows redirects on its own, so a redirect into the intranet shows only here,
    // before a byte of the body is read.
    const refusedFinal = checkFetchTarget(finalUrl, { allowPrivate });
    if (refusedFinal) {
      discard();
      return fail('forbidden-url', `redirected to a refused URL: ${refusedFinal}`, { reason: refusedFinal }, { finalUrl });
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
      return fail('blocked', `blocked by bot protection (${blocker}, HTTP ${status})`, { vendor: blocker, status }, { status, finalUrl });
    }
    if (status < 200 || status > 299) {
      discard();
      return httpError(status, response.statusText, headers, now(), finalUrl);
    }

    const declared = Number(headers.get('content-length') ?? NaN);
    if (declared > maxBytes) {
      discard();
      return fail('too-large', `response larger than ${formatBytes(maxBytes)}`, { limit: formatBytes(maxBytes) }, { status, finalUrl });
    }
    const body = await readBodyCapped(response.body, maxBytes, aborted);
    if (body.kind === 'too-large') {
      return fail('too-large', `response larger than ${formatBytes(maxBytes)}`, { limit: formatBytes(maxBytes) }, { status, finalUrl });
    }
    const contentType = headers.get('content-type') ?? '';
    const { text } = decodeFeedBytes(body.bytes, contentType);
    if (text.trim() === '') return fail('empty', 'empty body', {}, { status, finalUrl });
    return { kind: 'ok', status, text, finalUrl, redirected, contentType, ...cache };
  } catch (err) {
    if (timedOut) return fail('timeout', `timeout after ${formatSeconds(timeoutMs)}`, { seconds: timeoutMs / 1000 }, { finalUrl });
    const detail = describeNetworkError(err);
    return fail('network', `network error: ${detail}`, { detail: oneLine(detail, 200) }, { finalUrl });
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
  if (status === 410) return fail('gone', `${line}: the feed was removed`, {}, { status, finalUrl });
  if (status === 429 || status === 503) {
    const retryAfterMs = parseRetryAfter(headers.get('retry-after'), now);
    const hint = retryAfterMs === undefined ? '' : `, retry after ${formatSeconds(retryAfterMs)}`;
    return fail('rate-limited', `${line}${hint}`, { status }, { status, finalUrl, retryAfterMs });
  }
  return fail('http', line, { status, line }, { status, finalUrl });
}

function fail(
  code: FetchErrorCode,
  detail: string,
  params: Record<string, string | number>,
  extra: { status?: number; finalUrl?: string; retryAfterMs?: number } = {},
): FetchResult {
  const result: FetchResult = { kind: 'error', code, params, message: `fetch: ${oneLine(detail)}` };
  if (extra.status !== undefined) result.status = extra.status;
  if (extra.finalUrl !== undefined) result.finalUrl = extra.finalUrl;
  if (extra.retryAfterMs !== undefined) result.retryAfterMs = extra.retryAfterMs;
  return result;
}

function withoutHash(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.href;
}
