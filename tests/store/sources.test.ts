import { describe, expect, it } from 'vitest';
import type { SourceState } from '../../lib/model';
import { upsertItems, deleteItems } from '../../lib/store/items';
import { getAllSourceStates, getSourceState, putSourceState, removeSource } from '../../lib/store/sources';
import { freshDb, NOW, tagged } from './test-db';

function state(sourceId: string, over: Partial<SourceState> = {}): SourceState {
  return {
    sourceId,
    etag: 'W/"5f3a-1"',
    lastModified: 'Mon, 03 Mar 2025 09:00:00 GMT',
    lastCheckedAt: NOW,
    lastSuccessAt: NOW,
    nextCheckAt: NOW + 3_600_000,
    errorCount: 0,
    lastError: '',
    status: 'ok',
    itemCount: 2,
    ...over,
  };
}

describe('source state', () => {
  it('is stored, replaced and listed', async () => {
    const db = freshDb();
    expect(await getSourceState(db, 'stadt-essen')).toBeUndefined();
    await putSourceState(db, state('stadt-essen'));
    await putSourceState(db, state('stadt-essen', { errorCount: 2, status: 'error', lastError: 'fetch: HTTP 503' }));
    await putSourceState(db, state('stadt-hamm'));
    expect(await getSourceState(db, 'stadt-essen')).toMatchObject({ errorCount: 2, status: 'error', etag: 'W/"5f3a-1"' });
    expect((await getAllSourceStates(db)).map((s) => s.sourceId).sort()).toEqual(['stadt-essen', 'stadt-hamm']);
  });

  it.each([
    [true, 0, 0],
    [false, 2, 1],
  ])('removeSource with deleteItems=%s leaves %i items and %i tombstones', async (del, items, tombs) => {
    const db = freshDb();
    await putSourceState(db, state('stadt-essen'));
    await upsertItems(db, 'stadt-essen', ['a', 'b', 'c'].map((g) => tagged('stadt-essen', { guid: g, title: `Essen ${g}` })), NOW);
    await upsertItems(db, 'stadt-hamm', [tagged('stadt-hamm', { guid: 'h', title: 'Hamm' })], NOW);
    await deleteItems(db, ['stadt-essen|c'], NOW);
    expect(await removeSource(db, 'stadt-essen', { deleteItems: del })).toBe(del ? 2 : 0);
    expect(await getSourceState(db, 'stadt-essen')).toBeUndefined();
    expect(await db.items.where('sourceId').equals('stadt-essen').count()).toBe(items);
    expect(await db.tombstones.count()).toBe(tombs);
    expect(await db.items.get('stadt-hamm|h')).toBeDefined();
  });
});
