/**
 * The options page probes a feed, then adds it, and the add starts a refresh of it: without
 * this, the feed was downloaded twice within a second. The probe's response is kept (a clone,
 * for two minutes) and answers the refresh's first request for the same URL, once.
 */
const KEEP_MS = 120_000;

function urlOf(input: RequestInfo | URL): string {
  return typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
}

/** Whether a request carries validators: then the caller wants the server's answer, not ours. */
function conditional(init: RequestInit | undefined): boolean {
  const h = new Headers(init?.headers);
  return h.has('if-none-match') || h.has('if-modified-since');
}

export function createProbeReuse(fetchImpl: typeof fetch, now: () => number) {
  let kept: { url: string; at: number; response: Response } | undefined;
  const probeFetch: typeof fetch = async (input, init) => {
    const res = await fetchImpl(input, init);
    if (res.ok && res.status === 200) kept = { url: urlOf(input), at: now(), response: res.clone() };
    return res;
  };
  const refreshFetch: typeof fetch = async (input, init) => {
    const hit = kept;
    if (hit && hit.url === urlOf(input) && now() - hit.at < KEEP_MS && !conditional(init)) {
      kept = undefined;
      return hit.response;
    }
    return fetchImpl(input, init);
  };
  return { probeFetch, refreshFetch };
}
