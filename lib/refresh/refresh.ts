import { fetchErrorInfo, parseErrorInfo, storeErrorInfo, type ErrorInfo } from '../errors';
import { oneLine } from '../safe-text';
import { fetchFeed } from '../fetch';
import type { FetchResult, Item, LandCode, NormalizedItem, ParsedFeed, Source, SourceState, TaggedItem, Tags } from '../model';
import { normalizeItems } from '../normalize';
import { parseFeed } from '../parse';
import { isRelevant } from '../normalize/relevance';
import type { ScrapePage } from '../listing';
import { emptyListingState, isListing, readListing } from './listing';
import { deferForHost, initialSourceState, isDue, nextSourceState, type PollOutcome } from './schedule';

/** At most this many items of one feed are processed per poll (C13): the newest. */
export const MAX_ITEMS_PER_POLL = 200;
/** Sources fetched at once; each commits on its own as soon as it is done. */
const CONCURRENCY = 4;
/** Stop starting sources after this long, so one worker event stays well under 5 minutes. */
const DEFAULT_BUDGET_MS = 4 * 60_000;

export type { TaggedItem } from '../model';

/** What the refresh needs from storage: the Dexie store in the extension, files in the CLI. */
export interface RefreshStore {
  getSourceState(sourceId: string): Promise<SourceState | undefined>;
  /** Stores a source's items and its new state together. */
  commitSource(state: SourceState, items: TaggedItem[] | null, now: number): Promise<CommitResult>;
  putSourceStates(states: SourceState[]): Promise<void>;
}

/** What storing one poll's items did. */
export interface CommitResult {
  /** Items seen for the first time (to announce). */
  added: Item[];
  /** Items dated before the retention window: carried by the feed, kept out of what is shown and published. */
  old: number;
  /** Copies of articles another source brought first, recorded on that source's item (E08). */
  merged: number;
}

/** The commit of a poll without items. */
export const NOTHING_COMMITTED: CommitResult = { added: [], old: 0, merged: 0 };

export interface RefreshDeps {
  store: RefreshStore;
  fetch: typeof fetch;
  now: () => number;
  random: () => number;
  tag: (input: { title: string; summary: string; sourceLand?: LandCode }) => Tags;
  tagVersion: string;
  /** Whether the browser lets us fetch this URL; absent means yes (Node, Chromium catalogue hosts). */
  hasPermission?: (url: string) => Promise<boolean>;
  /** Allow private-network hosts for every source (the CLI on localhost, tests). */
  allowPrivate?: boolean;
  /** Reads listing pages (lib/listing); without it listing sources fail with a message. */
  scrape?: ScrapePage;
  /** 'manual' in Node: redirects followed hop by hop, each target checked first (see fetchFeed). */
  redirects?: 'follow' | 'manual';
  timeoutMs?: number;
  budgetMs?: number;
  /**
   * Marks a source as being processed (parse → normalise → tag, the CPU-bound part) and clears
   * the mark after; a mark still there at the next start names the source that stopped the worker.
   */
  processing?: { begin(sourceId: string): Promise<void>; end(sourceId: string): Promise<void> };
  onProgress?: (p: { done: number; total: number; result?: SourceResult }) => void;
}

export interface SourceResult {
  sourceId: string;
  status: 'ok' | 'not-modified' | 'error' | 'gone' | 'deferred';
  added: number;
  items: number;
  /** Of `items`, how many were dated before the retention window (CommitResult.old). */
  old?: number;
  /** Entries the feed carried beyond the per-poll cap (MAX_ITEMS_PER_POLL), left unread. */
  overCap?: number;
  /** Of `items`, how many another source brought first (CommitResult.merged, E08). */
  merged?: number;
  /** Technical detail, one line ("fetch: …"). */
  error?: string;
  /** What went wrong, as a code with parameters: what code reacts to and people read. */
  errorInfo?: ErrorInfo;
  ms: number;
}

export interface RefreshSummary {
  started: number;
  finished: number;
  total: number;
  results: SourceResult[];
  added: Item[];
  /** Every source failed with a network error: the machine is offline, the sources are fine. */
  offline: boolean;
}

/**
 * Polls the sources that are due (all enabled ones when `force`): fetch → parse → normalize →
 * filter → tag → store. Never throws past a source: each failure is recorded on that source.
 */
export async function refreshSources(
  sources: readonly Source[],
  deps: RefreshDeps,
  opts: { force?: boolean } = {},
): Promise<RefreshSummary> {
  const started = deps.now();
  const budget = deps.budgetMs ?? DEFAULT_BUDGET_MS;
  const candidates = sources.filter((s) => s.enabled !== false);
  const previous = new Map<string, SourceState>();
  for (const s of candidates) previous.set(s.id, (await deps.store.getSourceState(s.id)) ?? initialSourceState(s.id));
  const wanted = candidates.filter((s) => opts.force || isDue(previous.get(s.id), started));
  // A source that stopped the worker last time is skipped this once (its mark is consumed).
  const skipped = wanted.filter((s) => previous.get(s.id)!.skipOnce);
  if (skipped.length > 0) {
    await deps.store.putSourceStates(skipped.map((s) => ({ ...previous.get(s.id)!, skipOnce: false })));
  }
  const due = wanted.filter((s) => !previous.get(s.id)!.skipOnce);

  const deferredHosts = new Map<string, number>();
  const results: SourceResult[] = [];
  const added: Item[] = [];
  const networkFailed: SourceState[] = [];
  // Sources on one host are polled one after another (polite, and a 429 defers the rest, A08);
  // different hosts in parallel.
  const byHost = new Map<string, Source[]>();
  for (const s of due) {
    const host = hostOf(s.url);
    const queue = byHost.get(host);
    if (queue) queue.push(s);
    else byHost.set(host, [s]);
  }
  const queues = [...byHost.values()];
  let done = 0;
  deps.onProgress?.({ done, total: due.length });

  const worker = async () => {
    for (let queue = queues.shift(); queue; queue = queues.shift()) {
      for (const source of queue) {
        if (deps.now() - started >= budget) return;
        const prev = previous.get(source.id)!;
        const result = await pollSource(source, prev, deps, deferredHosts);
        results.push(result.summary);
        added.push(...result.added);
        if (result.networkError) networkFailed.push(prev);
        done++;
        deps.onProgress?.({ done, total: due.length, result: result.summary });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, queues.length) }, worker));

  const attempted = results.filter((r) => r.status !== 'deferred').length;
  const offline = attempted >= 2 && networkFailed.length === attempted;
  if (offline) {
    // A19: the network is down, not the sources. Undo the counters, retry in a few minutes.
    const now = deps.now();
    await deps.store.putSourceStates(
      networkFailed.map((p) => ({ ...p, lastCheckedAt: now, nextCheckAt: now + 5 * 60_000 })),
    );
  }
  return { started, finished: deps.now(), total: due.length, results, added, offline };
}

interface PollResult {
  summary: SourceResult;
  added: Item[];
  networkError: boolean;
}

async function pollSource(
  source: Source,
  prev: SourceState,
  deps: RefreshDeps,
  deferredHosts: Map<string, number>,
  /** Set when a catalogue feed falls back to its listing page. */
  fallback?: { viaListing: boolean },
): Promise<PollResult> {
  const t0 = deps.now();
  const host = hostOf(source.url);
  const schedule = { now: t0, random: deps.random, intervalMin: source.intervalMin };
  // Set while the fetched text is processed: every way out goes through finish, which clears it.
  let marked = false;
  const finish = async (
    given: SourceState,
    items: TaggedItem[] | null,
    status: SourceResult['status'],
    extra: Partial<SourceResult> = {},
  ): Promise<PollResult> => {
    if (marked) {
      marked = false;
      await deps.processing?.end(source.id);
    }
    let committed: CommitResult = NOTHING_COMMITTED;
    const state = source.listingUrl !== undefined || fallback ? { ...given, viaListing: fallback?.viaListing ?? false } : given;
    try {
      committed = await deps.store.commitSource(state, items, deps.now());
    } catch (e) {
      const message = `store: ${e instanceof Error ? e.message : String(e)}`;
      const error = storeErrorInfo(e);
      const failed = nextSourceState(prev, { kind: 'error', error, message }, schedule);
      await deps.store.putSourceStates([failed]).catch(() => undefined);
      return { summary: { sourceId: source.id, status: 'error', added: 0, items: 0, error: message, errorInfo: error, ms: deps.now() - t0 }, added: [], networkError: false };
    }
    const counts = { ...(committed.old > 0 ? { old: committed.old } : {}), ...(committed.merged > 0 ? { merged: committed.merged } : {}) };
    return {
      summary: { sourceId: source.id, status, added: committed.added.length, items: items?.length ?? 0, ...counts, ms: deps.now() - t0, ...extra },
      added: committed.added,
      networkError: false,
    };
  };

  const hostUntil = deferredHosts.get(host);
  if (hostUntil !== undefined) {
    return finish(deferForHost(prev, hostUntil, t0), null, 'deferred');
  }

  if (deps.hasPermission && !(await deps.hasPermission(source.url))) {
    // G11: a revoked host permission is the user's choice, not the source's fault: no error counted.
    const state: SourceState = {
      ...prev, lastCheckedAt: t0, nextCheckAt: t0 + 60 * 60_000, status: 'permission',
      lastError: 'fetch: no permission for this host; grant it on the options page',
      error: { code: 'fetch.permission' },
    };
    return finish(state, null, 'error', { error: state.lastError, errorInfo: state.error });
  }

  // After a fallback, the validators belong to the listing page, not to the feed.
  const ownValidators = !(source.listingUrl && prev.viaListing);
  const res: FetchResult = await fetchFeed(source.url, {
    fetch: deps.fetch,
    etag: ownValidators ? prev.etag : undefined,
    lastModified: ownValidators ? prev.lastModified : undefined,
    timeoutMs: deps.timeoutMs,
    now: deps.now,
    allowPrivate: deps.allowPrivate || source.custom === true,
    redirects: deps.redirects,
  });

  // A catalogue feed that is missing or not a feed: read its listing page instead.
  const toListing = () => {
    const listing: Source = { ...source, kind: 'listing', url: source.listingUrl!, listingUrl: undefined };
    const listingPrev = prev.viaListing ? prev : { ...prev, etag: undefined, lastModified: undefined, contentHash: undefined };
    return pollSource(listing, listingPrev, deps, deferredHosts, { viaListing: true });
  };
  if (source.listingUrl && res.kind === 'error' && (res.code === 'http' || res.code === 'gone')) return toListing();

  if (res.kind === 'not-modified') {
    const state = withValidators(nextSourceState(prev, { kind: 'not-modified', maxAgeSec: res.maxAgeSec }, schedule), res, prev);
    return finish({ ...state, finalUrl: res.finalUrl }, null, 'not-modified');
  }
  if (res.kind === 'error') {
    const outcome: PollOutcome =
      res.code === 'gone' ? { kind: 'gone' }
      : res.code === 'rate-limited' ? { kind: 'rate-limited', retryAfterMs: res.retryAfterMs }
      : { kind: 'error', error: fetchErrorInfo(res), message: res.message };
    const state = nextSourceState(prev, outcome, schedule);
    if (outcome.kind === 'rate-limited') deferredHosts.set(host, state.nextCheckAt);
    const status = outcome.kind === 'gone' ? 'gone' : outcome.kind === 'rate-limited' ? 'deferred' : 'error';
    const r = await finish(state, null, status, { error: state.lastError, errorInfo: state.error });
    return { ...r, networkError: res.code === 'network' };
  }

  // Parse, normalise and tag are synchronous: a feed that stalls them stops the worker with the mark set.
  if (deps.processing) {
    await deps.processing.begin(source.id);
    marked = true;
  }
  let feed: ParsedFeed;
  let listingHash: string | undefined;
  if (isListing(source)) {
    const read = await readListing(source, res, prev, deps.scrape);
    listingHash = read.hash;
    const good = withValidators(nextSourceState(prev, { kind: 'ok', maxAgeSec: res.maxAgeSec }, schedule), res, prev);
    if (read.kind === 'unchanged') return finish({ ...good, finalUrl: res.finalUrl, contentHash: read.hash, emptyPolls: 0 }, null, 'not-modified');
    if (read.kind === 'empty') {
      const empty = emptyListingState(prev, good, read.message);
      if (empty === 'error') {
        const error: ErrorInfo = { code: 'listing.empty', params: { detail: oneLine(read.message.replace(/^listing: /, ''), 200) } };
        const state = nextSourceState(prev, { kind: 'error', error, message: read.message }, schedule);
        return finish({ ...state, finalUrl: res.finalUrl }, null, 'error', { error: read.message, errorInfo: error });
      }
      return finish({ ...empty, finalUrl: res.finalUrl, contentHash: read.hash }, null, empty.status === 'changed' ? 'error' : 'ok', empty.status === 'changed' ? { error: empty.lastError, errorInfo: empty.error } : {});
    }
    feed = read.feed;
  } else {
    const parsed = parseFeed(res.text, res.finalUrl);
    if (!parsed.ok) {
      if (source.listingUrl) return toListing();
      const error = parseErrorInfo(parsed);
      const state = nextSourceState(prev, { kind: 'error', error, message: parsed.error }, schedule);
      return finish({ ...state, finalUrl: res.finalUrl }, null, 'error', { error: parsed.error, errorInfo: error });
    }
    feed = parsed.feed;
  }
  const newest = [...feed.items]
    .sort((a, b) => (b.publishedAt ?? 0) - (a.publishedAt ?? 0))
    .slice(0, MAX_ITEMS_PER_POLL);
  const normalized = normalizeItems(newest, { sourceId: source.id })
    .filter((i) => !source.broad || isRelevant(i));
  const tagged: TaggedItem[] = normalized.map((i) => ({
    ...i,
    ...deps.tag({ title: i.title, summary: i.summary, sourceLand: source.land }),
    tagVersion: deps.tagVersion,
  }));
  const state = withValidators(
    nextSourceState(prev, { kind: 'ok', ttlMin: feed.ttlMin, maxAgeSec: res.maxAgeSec }, schedule),
    res,
    prev,
  );
  const listingState = listingHash === undefined ? {} : { contentHash: listingHash, emptyPolls: 0 };
  const overCap = feed.items.length - newest.length;
  return finish({ ...state, finalUrl: res.finalUrl, itemCount: feed.items.length, ...listingState }, tagged, 'ok', overCap > 0 ? { overCap } : {});
}

/** Keeps the validators a response sent; a 200 without them clears the old ones (A04). */
function withValidators(
  state: SourceState,
  res: { kind: 'ok' | 'not-modified'; etag?: string; lastModified?: string },
  prev: SourceState,
): SourceState {
  const next = { ...state };
  if (res.kind === 'ok') {
    delete next.etag;
    delete next.lastModified;
  }
  const etag = res.etag ?? (res.kind === 'not-modified' ? prev.etag : undefined);
  const lastModified = res.lastModified ?? (res.kind === 'not-modified' ? prev.lastModified : undefined);
  if (etag) next.etag = etag;
  if (lastModified) next.lastModified = lastModified;
  return next;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
