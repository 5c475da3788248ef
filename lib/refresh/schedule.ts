import type { ErrorInfo } from '../errors';
import type { SourceState } from '../model';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Poll every 30 minutes unless the feed or the user asks for longer. */
export const DEFAULT_INTERVAL_MIN = 30;
/** Never poll a source more often than this, whatever a setting or an alarm says (G12). */
export const MIN_INTERVAL_MIN = 15;
/** Backoff and Retry-After never push a check further out than this. */
export const MAX_DELAY_MS = 24 * HOUR;
/** After this many errors in a row a source is "failing" and polled once a day (A06). */
export const FAILING_AFTER = 3;
/** The alarm that wakes the worker to poll whatever is due. */
export const REFRESH_ALARM = 'kommunalradar-refresh';
export const ALARM_PERIOD_MIN = 5;

/** What happened to one source in one poll, as the scheduler needs to know it. */
export type PollOutcome =
  | { kind: 'ok'; ttlMin?: number; maxAgeSec?: number }
  | { kind: 'not-modified'; maxAgeSec?: number }
  | { kind: 'rate-limited'; retryAfterMs?: number }
  | { kind: 'gone' }
  /** `message` is the technical line kept in lastError; `error` the code people read a sentence for. */
  | { kind: 'error'; error: ErrorInfo; message: string };

export interface ScheduleOptions {
  now: number;
  /** 0 ≤ random() < 1, injected so tests are deterministic. */
  random: () => number;
  /** The user's interval for this source, in minutes. */
  intervalMin?: number;
}

/** A fresh state for a source never polled. */
export function initialSourceState(sourceId: string): SourceState {
  return {
    sourceId, lastCheckedAt: 0, lastSuccessAt: 0, nextCheckAt: 0,
    errorCount: 0, lastError: '', status: 'new', itemCount: 0,
  };
}

/** Whether a source should be polled now. Gone sources never are. */
export function isDue(state: SourceState | undefined, now: number): boolean {
  if (!state) return true;
  if (state.status === 'gone') return false;
  return state.nextCheckAt <= now;
}

/** The base interval in ms: the user's setting, at least the minimum. */
export function baseIntervalMs(intervalMin = DEFAULT_INTERVAL_MIN): number {
  return Math.max(MIN_INTERVAL_MIN, Number.isFinite(intervalMin) ? intervalMin : DEFAULT_INTERVAL_MIN) * MINUTE;
}

/** Up to +10 % so that sources polled together drift apart. */
function jitter(ms: number, random: () => number): number {
  return Math.floor(ms * 0.1 * random());
}

/** Exponential backoff: min(base·2^k, 24 h) plus jitter (A05). */
export function backoffMs(errorCount: number, base: number, random: () => number): number {
  const raw = Math.min(base * 2 ** Math.max(0, errorCount), MAX_DELAY_MS);
  return Math.min(raw + jitter(raw, random), MAX_DELAY_MS + jitter(MAX_DELAY_MS, random));
}

/**
 * The state a source is in after a poll: next check, error counter, status and message.
 * Pure: the refresh applies it together with the validators it got from the fetch.
 */
export function nextSourceState(prev: SourceState, outcome: PollOutcome, opts: ScheduleOptions): SourceState {
  const { now, random } = opts;
  const base = baseIntervalMs(opts.intervalMin);
  const checked = { ...prev, lastCheckedAt: now };
  switch (outcome.kind) {
    case 'ok':
    case 'not-modified': {
      const ttl = outcome.kind === 'ok' && outcome.ttlMin ? outcome.ttlMin * MINUTE : 0;
      const maxAge = (outcome.maxAgeSec ?? 0) * 1000;
      const wait = Math.min(Math.max(base, ttl, maxAge), MAX_DELAY_MS);
      const { error: _cleared, ...fine } = checked;
      return {
        ...fine, lastSuccessAt: now, nextCheckAt: now + wait + jitter(wait, random),
        errorCount: 0, lastError: '', status: 'ok',
        ...(outcome.kind === 'ok' && outcome.ttlMin ? { ttlMin: outcome.ttlMin } : {}),
      };
    }
    case 'rate-limited': {
      // Not the source's fault: wait as asked, do not count an error (A08, A09).
      const wait = outcome.retryAfterMs ?? backoffMs(prev.errorCount, base, random);
      return {
        ...checked, nextCheckAt: now + Math.min(Math.max(wait, 0), MAX_DELAY_MS),
        status: 'deferred', lastError: 'fetch: rate limited by the server (HTTP 429/503)',
        error: { code: 'fetch.rate-limited' },
      };
    }
    case 'gone':
      return {
        ...checked, nextCheckAt: Number.MAX_SAFE_INTEGER, status: 'gone',
        lastError: 'fetch: the feed is gone (HTTP 410); polling stopped',
        error: { code: 'fetch.gone' },
      };
    case 'error': {
      const errorCount = prev.errorCount + 1;
      const failing = errorCount >= FAILING_AFTER;
      const wait = failing ? MAX_DELAY_MS : backoffMs(errorCount, base, random);
      return {
        ...checked, errorCount, lastError: outcome.message, error: outcome.error,
        status: outcome.error.code === 'fetch.blocked' ? 'blocked' : failing ? 'failing' : 'error',
        nextCheckAt: now + wait,
      };
    }
  }
}

/** Deferral for other sources on a host that answered 429/503 in this run (A08). */
export function deferForHost(prev: SourceState, until: number, now: number): SourceState {
  return { ...prev, nextCheckAt: Math.max(prev.nextCheckAt, until), lastCheckedAt: prev.lastCheckedAt || now };
}
