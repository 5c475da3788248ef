import { describe, expect, it } from 'vitest';
import {
  backoffMs, FAILING_AFTER, initialSourceState, isDue, MAX_DELAY_MS, MIN_INTERVAL_MIN, nextSourceState,
} from '../../lib/refresh';

const MIN = 60_000;
const now = Date.UTC(2025, 2, 3, 9, 0, 0);
const noJitter = () => 0;
const fullJitter = () => 0.999;
const fresh = initialSourceState('kommune21');

describe('schedule', () => {
  it('A01 a successful poll schedules the next check after max(base, TTL, max-age)', () => {
    expect(nextSourceState(fresh, { kind: 'ok' }, { now, random: noJitter }).nextCheckAt).toBe(now + 30 * MIN);
    expect(nextSourceState(fresh, { kind: 'ok', ttlMin: 120 }, { now, random: noJitter }).nextCheckAt).toBe(now + 120 * MIN);
    expect(nextSourceState(fresh, { kind: 'ok', maxAgeSec: 3600 }, { now, random: noJitter }).nextCheckAt).toBe(now + 60 * MIN);
    const s = nextSourceState({ ...fresh, errorCount: 2, status: 'error', lastError: 'x', error: { code: 'fetch.empty' } }, { kind: 'ok' }, { now, random: noJitter });
    expect(s).toMatchObject({ errorCount: 0, status: 'ok', lastError: '', lastSuccessAt: now });
    expect(s.error).toBeUndefined();
  });

  it('jitter adds at most 10 % so sources drift apart', () => {
    const s = nextSourceState(fresh, { kind: 'ok' }, { now, random: fullJitter });
    expect(s.nextCheckAt).toBeGreaterThan(now + 30 * MIN);
    expect(s.nextCheckAt).toBeLessThanOrEqual(now + 33 * MIN);
  });

  it('A02 a 304 resets the error counter like a success', () => {
    const s = nextSourceState({ ...fresh, errorCount: 1 }, { kind: 'not-modified' }, { now, random: noJitter });
    expect(s).toMatchObject({ errorCount: 0, status: 'ok', lastCheckedAt: now });
  });

  it('A05 5xx without Retry-After backs off min(base·2^k, 24h) with jitter', () => {
    let s = fresh;
    const waits: number[] = [];
    for (let k = 1; k <= 2; k++) {
      s = nextSourceState(s, { kind: 'error', error: { code: 'fetch.http', params: { status: 500, line: 'HTTP 500' } }, message: 'fetch: HTTP 500' }, { now, random: noJitter });
      waits.push(s.nextCheckAt - now);
    }
    expect(waits).toEqual([60 * MIN, 120 * MIN]);
    expect(s).toMatchObject({ errorCount: 2, status: 'error', lastError: 'fetch: HTTP 500' });
    expect(backoffMs(20, 30 * MIN, noJitter)).toBe(MAX_DELAY_MS);
  });

  it('A06 after three errors in a row the source is failing and polled daily', () => {
    let s = fresh;
    for (let k = 0; k < FAILING_AFTER; k++) {
      s = nextSourceState(s, { kind: 'error', error: { code: 'fetch.http', params: { status: 404, line: 'HTTP 404 Not Found' } }, message: 'fetch: HTTP 404 Not Found' }, { now, random: noJitter });
    }
    expect(s.status).toBe('failing');
    expect(s.nextCheckAt - now).toBe(24 * 60 * MIN);
    expect(s.lastError).toContain('404');
  });

  it('A07 410 stops polling for good', () => {
    const s = nextSourceState(fresh, { kind: 'gone' }, { now, random: noJitter });
    expect(s.status).toBe('gone');
    expect(isDue(s, now + 365 * 24 * 60 * MIN)).toBe(false);
    expect(s.lastError).toMatch(/410/);
  });

  it('A08 429 with Retry-After waits as asked and is not counted as an error', () => {
    const s = nextSourceState({ ...fresh, errorCount: 1 }, { kind: 'rate-limited', retryAfterMs: 120_000 }, { now, random: noJitter });
    expect(s.nextCheckAt).toBeGreaterThanOrEqual(now + 120_000);
    expect(s.errorCount).toBe(1);
    expect(isDue(s, now + 119_000)).toBe(false);
    expect(isDue(s, now + 120_000)).toBe(true);
  });

  it('A09 garbage Retry-After (undefined) falls back to backoff; huge values stay clamped to 24 h', () => {
    const g = nextSourceState(fresh, { kind: 'rate-limited' }, { now, random: noJitter });
    expect(g.nextCheckAt - now).toBe(30 * MIN);
    const h = nextSourceState(fresh, { kind: 'rate-limited', retryAfterMs: 365 * 24 * 3600_000 }, { now, random: noJitter });
    expect(h.nextCheckAt - now).toBe(MAX_DELAY_MS);
  });

  it('G12 a per-source interval below the minimum is raised to 15 minutes', () => {
    const s = nextSourceState(fresh, { kind: 'ok' }, { now, random: noJitter, intervalMin: 0.1 });
    expect(s.nextCheckAt - now).toBe(MIN_INTERVAL_MIN * MIN);
  });

  it('a source never polled is due at once', () => {
    expect(isDue(undefined, now)).toBe(true);
    expect(isDue(fresh, now)).toBe(true);
  });
});
