/** Retry-After (RFC 9110 §10.2.3) → milliseconds to wait. */

/** The longest wait we honour: a server asking for a year gets a day. */
export const MAX_RETRY_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * Parses a Retry-After value, either delay-seconds or an HTTP-date.
 * Returns undefined for a missing or unreadable value so the caller uses its normal backoff;
 * otherwise milliseconds clamped to [0, 24 h].
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  if (/^\d+$/.test(v)) return clamp(Number(v) * 1000);
  // HTTP-dates always name a weekday and GMT; demanding a letter keeps Date.parse from
  // accepting bare numbers like "-5" or "1.5" as years.
  if (!/^[A-Za-z]{3},?\s/.test(v) && !/GMT$/i.test(v)) return undefined;
  const at = Date.parse(v);
  if (Number.isNaN(at)) return undefined;
  return clamp(at - now);
}

function clamp(ms: number): number {
  return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
}
