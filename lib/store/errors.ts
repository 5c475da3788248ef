/** Recognising storage errors the refresh loop handles rather than reports as a feed's failure. */

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/**
 * True for a quota error (G08): a DOMException/Dexie error named QuotaExceededError, or one
 * wrapped as Dexie's AbortError (`inner`), a BulkError (`failures`) or an Error `cause`.
 */
export function isQuotaError(e: unknown): boolean {
  return check(e, 0);
}

function check(e: unknown, depth: number): boolean {
  // Depth guard: wrapper chains are short, but a cyclic `cause` must not recurse forever.
  if (depth > 5 || e === null || typeof e !== 'object') return false;
  const err = e as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (typeof err.name === 'string' && QUOTA_NAMES.has(err.name)) return true;
  if (check(err.inner, depth + 1) || check(err.cause, depth + 1)) return true;
  if (Array.isArray(err.failures)) return err.failures.some((f) => check(f, depth + 1));
  return false;
}
