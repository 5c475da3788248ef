/**
 * The poison-pill guard's marks. A source is marked while its feed is processed (parse →
 * normalise → tag, synchronous work) and unmarked after. A service worker that stalls on a
 * feed is stopped by the browser in the middle of that work, so its mark survives: at the next
 * start that source is recorded as 'aborted' and skipped once, and the others are polled.
 */
import type { SourceState } from '../model';
import { initialSourceState } from '../refresh/schedule';
import type { KommunalradarDb } from './db';

const PREFIX = 'processing:';

/** The error line stored with an aborted source (the UI shows the status text from _locales). */
export const ABORTED_ERROR = 'refresh: processing aborted: the worker stopped while reading this feed; skipped once';

/** begin/end for RefreshDeps.processing, on the meta table. */
export function createProcessingMarks(db: KommunalradarDb, now: () => number) {
  return {
    begin: async (sourceId: string) => void (await db.meta.put({ key: PREFIX + sourceId, value: now() })),
    end: async (sourceId: string) => void (await db.meta.delete(PREFIX + sourceId)),
  };
}

/**
 * Marks left by a worker that stopped: each such source becomes 'aborted', one more error,
 * to be skipped once; the marks are removed. Returns the source ids.
 */
export async function recoverAbortedSources(db: KommunalradarDb): Promise<string[]> {
  const marks = await db.meta.where('key').startsWith(PREFIX).toArray();
  if (marks.length === 0) return [];
  const ids = marks.map((m) => m.key.slice(PREFIX.length));
  await db.transaction('rw', db.sources, db.meta, async () => {
    for (const mark of marks) {
      const id = mark.key.slice(PREFIX.length);
      const prev: SourceState = (await db.sources.get(id)) ?? initialSourceState(id);
      const at = typeof mark.value === 'number' ? mark.value : prev.lastCheckedAt;
      await db.sources.put({
        ...prev, status: 'aborted', skipOnce: true, errorCount: prev.errorCount + 1, lastError: ABORTED_ERROR, error: { code: 'refresh.aborted' }, lastCheckedAt: at,
      });
      await db.meta.delete(mark.key);
    }
  });
  return ids;
}
