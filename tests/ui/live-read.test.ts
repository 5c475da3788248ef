// liveQuery reaches IndexedDB through the globals, as in the browser.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../lib/store/db';
import { upsertItems } from '../../lib/store/items';
import { countByFacet, countItems } from '../../lib/store/queries';
import { liveRead } from '../../lib/ui/use-live-query';
import { NOW, tagged } from '../store/test-db';

function first<T>(query: () => Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const sub = liveRead(query).subscribe({
      next: (v) => { resolve(v); queueMicrotask(() => sub.unsubscribe()); },
      error: (e) => { reject(e); queueMicrotask(() => sub.unsubscribe()); },
    });
  });
}

describe('live reads of the popup', () => {
  it('counts under a search and a Land inside liveQuery without PrematureCommitError, and follow new items', async () => {
    const db = openDb({ name: 'live-read' });
    const item = (i: number) => tagged('k21', { guid: `g${i}`, title: `Stuttgart: Meldung ${i}`, link: `https://k21.example/${i}`, publishedAt: NOW - i * 1000 }, { regions: ['BW'] });
    await upsertItems(db, 'k21', Array.from({ length: 30 }, (_, i) => item(i)), NOW);
    expect(await first(() => countItems(db, { search: 'Stuttgart' }))).toBe(30);
    expect(await first(() => countItems(db, { search: 'Stuttgart', regions: ['BW'] }))).toBe(30);
    expect((await first(() => countByFacet(db, { search: 'Stuttgart', regions: ['BY'] }))).regions).toEqual({ BW: 30 });
    // Following: a write (as during an OPML import) re-runs the count.
    const seen: number[] = [];
    const sub = liveRead(() => countItems(db, { search: 'Stuttgart', regions: ['BW'] })).subscribe({ next: (v) => seen.push(v) });
    await expect.poll(() => seen.at(-1)).toBe(30);
    await upsertItems(db, 'k21', [item(99)], NOW);
    await expect.poll(() => seen.at(-1)).toBe(31);
    sub.unsubscribe();
  });
});
