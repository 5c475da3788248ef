import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * Follows a Dexie query: re-runs it whenever the background writes the tables it read
 * (liveQuery sees writes from every context of the extension's origin). Returns `initial`
 * until the first result; a failing query is reported through `onError` (else the console) and keeps the last value.
 * Reads must start before the query's first `await` of something that is not Dexie's, or wrap
 * them in a transaction: liveQuery only tracks reads begun in its zone.
 */
/**
 * liveQuery over `query`, always through an async function. Dexie's liveQuery follows a
 * query's native awaits (keeps its transaction and read tracking across them) only when the
 * querier itself is an async function; a plain arrow returning a promise (`() => countByFacet(…)`)
 * lost the transaction after the first native await and failed with PrematureCommitError.
 */
export function liveRead<T>(query: () => Promise<T>) {
  return liveQuery(async () => query());
}

export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[], initial: T, onError?: (e: unknown) => void): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    const sub = liveRead(query).subscribe({
      next: (v) => setValue(() => v),
      error: (e: unknown) => (onError ? onError(e) : console.error('Kommunalradar: liveQuery', e)),
    });
    return () => sub.unsubscribe();
    // The caller lists what the query depends on, as with useEffect.
  }, deps);
  return value;
}
