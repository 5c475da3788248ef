import { describe, expect, it } from 'vitest';
import { markRead, upsertItems } from '../../lib/store/items';
import { pruneItems, TOMBSTONE_TTL_DAYS } from '../../lib/store/retention';
import { DAY, freshDb, NOW, tagged } from './test-db';

const SRC = 'landkreis-harz';

function meldung(guid: string, publishedAt: number | null) {
  return tagged(SRC, { guid, title: `Kreisverwaltung Harz: Meldung ${guid}`, link: `https://www.kreis-hz.de/de/${guid}`, publishedAt });
}

describe('pruneItems', () => {
  it('drops read items older than the window and keeps younger ones', async () => {
    const db = freshDb();
    await upsertItems(db, SRC, [meldung('alt', NOW - 5 * DAY)], NOW - 5 * DAY);
    await upsertItems(db, SRC, [meldung('alt', NOW - 5 * DAY), meldung('jung', NOW - DAY)], NOW - DAY);
    await markRead(db, [`${SRC}|alt`, `${SRC}|jung`], true);
    const later = NOW + 27 * DAY; // 'alt' is 32 days old, 'jung' 28
    expect(await pruneItems(db, { retentionDays: 30, now: later })).toBe(1);
    expect((await db.items.toArray()).map((i) => i.guid)).toEqual(['jung']);
  });

  it('never drops unread items first seen within the window, even with an old date', async () => {
    const db = freshDb();
    // found today, dated 1970 (F07) and a year ago
    await upsertItems(db, SRC, [meldung('1970', 0), meldung('vorjahr', NOW - 365 * DAY)], NOW);
    expect(await pruneItems(db, { retentionDays: 30, now: NOW + 29 * DAY })).toBe(0);
    expect(await db.items.count()).toBe(2);
    // once read, or once they have been around longer than the window, they go
    await markRead(db, [`${SRC}|1970`], true);
    expect(await pruneItems(db, { retentionDays: 30, now: NOW + 29 * DAY })).toBe(1);
    expect(await pruneItems(db, { retentionDays: 30, now: NOW + 31 * DAY })).toBe(1);
    expect(await db.items.count()).toBe(0);
  });

  it('E07 pruned items do not come back while the feed still carries them', async () => {
    const db = freshDb();
    const old = meldung('dauerbrenner', NOW - 40 * DAY);
    await upsertItems(db, SRC, [old], NOW - 40 * DAY);
    await markRead(db, [old.id], true);
    expect(await pruneItems(db, { retentionDays: 30, now: NOW })).toBe(1);
    const again = await upsertItems(db, SRC, [old], NOW + 1);
    expect(again.added).toEqual([]);
    expect(again.skipped).toBe(1);
    expect(await db.items.count()).toBe(0);
    // and not under a regenerated guid either (tombstone by link)
    const regenerated = { ...old, id: `${SRC}|neu-123`, key: 'neu-123', guid: 'neu-123' };
    expect((await upsertItems(db, SRC, [regenerated], NOW + 2)).added).toEqual([]);
  });

  it('forgets tombstones not seen for 90 days, keeps those the feed still shows', async () => {
    const db = freshDb();
    await upsertItems(db, SRC, [meldung('weg', NOW - 40 * DAY), meldung('bleibt', NOW - 40 * DAY)], NOW - 40 * DAY);
    await markRead(db, [`${SRC}|weg`, `${SRC}|bleibt`], true);
    await pruneItems(db, { retentionDays: 30, now: NOW });
    expect(await db.tombstones.count()).toBe(2);
    // 'bleibt' is still in the feed 80 days later; 'weg' has left it
    await upsertItems(db, SRC, [meldung('bleibt', NOW - 40 * DAY)], NOW + 80 * DAY);
    await pruneItems(db, { retentionDays: 30, now: NOW + (TOMBSTONE_TTL_DAYS + 1) * DAY });
    expect((await db.tombstones.toArray()).map((t) => t.id)).toEqual([`${SRC}|bleibt`]);
  });
});
