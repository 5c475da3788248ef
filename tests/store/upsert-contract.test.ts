/**
 * One contract, two stores: the extension's Dexie store and the command line's file store must
 * apply the same identity and upsert rules (store/upsert-plan.ts). Every case runs against both.
 */
import { describe, expect, it } from 'vitest';
import { createFileStore, emptyState } from '../../lib/cli/aggregate/file-store';
import type { Item, TaggedItem } from '../../lib/model';
import { initialSourceState } from '../../lib/refresh';
import { upsertItems } from '../../lib/store/items';
import { pruneItems } from '../../lib/store/retention';
import type { Tombstone } from '../../lib/store/upsert-plan';
import { DAY, freshDb, NOW, tagged } from './test-db';

const SRC = 'kommune21';
const H = 3_600_000;

interface Subject {
  /** Stores one poll of `source` (SRC unless given); returns the ids announced as new. */
  poll(items: TaggedItem[], now: number, source?: string): Promise<string[]>;
  items(): Promise<Item[]>;
  tombstones(): Promise<Tombstone[]>;
  /** Drops what is older than the 30-day window (items first seen and dated before it). */
  prune(now: number): Promise<void>;
}

type Factory = (tombstones?: Tombstone[]) => Promise<Subject>;

const dexie: Factory = async (tombstones = []) => {
  const db = freshDb();
  if (tombstones.length) await db.tombstones.bulkPut(tombstones);
  return {
    poll: async (items, now, source = SRC) => (await upsertItems(db, source, items, now, { retentionDays: 30 })).added.map((i) => i.id),
    items: async () => (await db.items.toArray()).map(({ regionSort: _r, themeSort: _t, placeSort: _p, copySort: _c, ...i }: Item & { regionSort?: unknown; themeSort?: unknown; placeSort?: unknown; copySort?: unknown }) => i),
    tombstones: () => db.tombstones.toArray(),
    prune: async (now) => void (await pruneItems(db, { retentionDays: 30, now })),
  };
};

const file: Factory = async (tombstones = []) => {
  const store = createFileStore({ ...emptyState(), tombstones }, { retentionDays: 30 });
  return {
    poll: async (items, now, source = SRC) => (await store.commitSource(initialSourceState(source), items, now)).added.map((i) => i.id),
    items: async () => store.items(),
    tombstones: async () => store.snapshot().tombstones,
    prune: async (now) => void store.prune(now),
  };
};

const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));

function meldung(guid: string, over: Parameters<typeof tagged>[1] = {}): TaggedItem {
  return tagged(SRC, {
    guid,
    title: `Landkreis testet digitale Bauakte (${guid})`,
    link: `https://www.kommune21.de/meldung_${guid}`,
    summary: 'Der Landkreis führt die digitale Bauakte in allen Ämtern ein.',
    publishedAt: NOW - 2 * H,
    ...over,
  }, { regions: ['BY'], themes: ['bauen'] });
}

const BOTE = 'kreisbote';

/** The same kind of teaser as another source carries it. */
function bote(guid: string, over: Parameters<typeof tagged>[1] = {}): TaggedItem {
  return tagged(BOTE, {
    guid,
    title: `Kreisbote: ${guid}`,
    link: `https://www.kreisbote.de/lokales/${guid}`,
    summary: 'Auch der Kreisbote berichtet.',
    publishedAt: NOW - 3 * H,
    ...over,
  }, { regions: ['BY'], themes: [] });
}

describe.each([
  ['Dexie store', dexie],
  ['file store', file],
])('upsert contract: %s', (_name, make) => {
  it('stores new items unread and announces them once; a repeated poll changes nothing', async () => {
    const s = await make();
    expect(await s.poll([meldung('a'), meldung('b')], NOW)).toEqual([`${SRC}|a`, `${SRC}|b`]);
    const first = byId(await s.items());
    expect(first.map((i) => [i.id, i.unread, i.firstSeenAt, i.sortAt, i.notifiedAt])).toEqual([
      [`${SRC}|a`, 1, NOW, NOW - 2 * H, 0],
      [`${SRC}|b`, 1, NOW, NOW - 2 * H, 0],
    ]);
    expect(await s.poll([meldung('a'), meldung('b')], NOW + H)).toEqual([]);
    expect(byId(await s.items())).toEqual(first);
  });

  it('E06 an edited item is replaced in place, firstSeenAt kept, not announced again', async () => {
    const s = await make();
    await s.poll([meldung('a')], NOW);
    expect(await s.poll([meldung('a', { title: 'Landkreis testet digitale Bauakte (korrigiert)' })], NOW + DAY)).toEqual([]);
    expect((await s.items()).map((i) => [i.title, i.firstSeenAt, i.updatedAt])).toEqual([
      ['Landkreis testet digitale Bauakte (korrigiert)', NOW, NOW + DAY],
    ]);
  });

  it('E04 the same link under a new guid is the same article', async () => {
    const s = await make();
    await s.poll([meldung('a', { link: 'https://www.kommune21.de/bauakte' })], NOW);
    expect(await s.poll([meldung('a2', { link: 'https://www.kommune21.de/bauakte' })], NOW + H)).toEqual([]);
    expect((await s.items()).map((i) => i.id)).toEqual([`${SRC}|a`]);
  });

  it('a link every item of the batch carries identifies none of them', async () => {
    const s = await make();
    const page = 'https://www.kommune21.de/meldungen';
    await s.poll([meldung('a', { link: page }), meldung('b', { link: page })], NOW);
    expect(await s.poll([meldung('c', { link: page }), meldung('d', { link: page })], NOW + H)).toEqual([`${SRC}|c`, `${SRC}|d`]);
    expect((await s.items()).length).toBe(4);
  });

  it('E07 a tombstoned item stays away, by id or by link; its tombstone is refreshed at most once a day', async () => {
    const s = await make([
      { id: `${SRC}|a`, sourceId: SRC, link: 'https://www.kommune21.de/meldung_a', seenAt: NOW - 2 * DAY },
      { id: `${SRC}|alt`, sourceId: SRC, link: 'https://www.kommune21.de/meldung_b', seenAt: NOW - H },
    ]);
    expect(await s.poll([meldung('a'), meldung('b')], NOW)).toEqual([]);
    expect(await s.items()).toEqual([]);
    expect(byId(await s.tombstones()).map((t) => [t.id, t.seenAt])).toEqual([
      [`${SRC}|a`, NOW],
      [`${SRC}|alt`, NOW - H],
    ]);
  });

  it('F07 a new item older than the window is kept silenced, not announced', async () => {
    const s = await make();
    expect(await s.poll([meldung('alt', { publishedAt: NOW - 400 * DAY }), meldung('neu')], NOW)).toEqual([`${SRC}|neu`]);
    const old = (await s.items()).find((i) => i.id === `${SRC}|alt`);
    expect(old).toMatchObject({ notifiedAt: NOW, sortAt: NOW - 400 * DAY });
  });

  it('E08 the same article from a second source is one item that records the second source; it is not announced again', async () => {
    const s = await make();
    await s.poll([meldung('a', { link: 'https://www.kommune21.de/bauakte' })], NOW);
    const copy = bote('b7', { link: 'https://www.kommune21.de/bauakte#kommentare' });
    expect(await s.poll([copy], NOW + H, BOTE)).toEqual([]);
    const after = await s.items();
    expect(after.map((i) => [i.id, i.unread, i.firstSeenAt, i.notifiedAt, i.title, i.alsoIn])).toEqual([
      [`${SRC}|a`, 1, NOW, 0, 'Landkreis testet digitale Bauakte (a)',
        [{ sourceId: BOTE, id: `${BOTE}|b7`, link: 'https://www.kommune21.de/bauakte#kommentare', seenAt: NOW + H }]],
    ]);
    // The next polls of both sources change nothing.
    expect(await s.poll([copy], NOW + 2 * H, BOTE)).toEqual([]);
    expect(await s.poll([meldung('a', { link: 'https://www.kommune21.de/bauakte' })], NOW + 2 * H)).toEqual([]);
    expect(await s.items()).toEqual(after);
  });

  it('E08 the first source\'s edits keep the other sources; the copy\'s own text does not replace the item\'s', async () => {
    const s = await make();
    await s.poll([meldung('a', { link: 'https://www.kommune21.de/bauakte' })], NOW);
    await s.poll([bote('b7', { link: 'https://www.kommune21.de/bauakte', title: 'Bauakte: Landkreis digital' })], NOW + H, BOTE);
    await s.poll([meldung('a', { link: 'https://www.kommune21.de/bauakte', title: 'Digitale Bauakte im Landkreis (korrigiert)' })], NOW + 2 * H);
    expect((await s.items()).map((i) => [i.title, i.alsoIn?.map((a) => a.sourceId)])).toEqual([['Digitale Bauakte im Landkreis (korrigiert)', [BOTE]]]);
  });

  it('E08 items without link, and a link every item of the first source shares, are never merged', async () => {
    const s = await make();
    await s.poll([meldung('a', { link: '' }), meldung('p1', { link: 'https://www.kommune21.de/meldungen' }), meldung('p2', { link: 'https://www.kommune21.de/meldungen' })], NOW);
    expect(await s.poll([bote('x', { link: '', title: 'Landkreis testet digitale Bauakte (a)' }), bote('y', { link: 'https://www.kommune21.de/meldungen' })], NOW + H, BOTE))
      .toEqual([`${BOTE}|x`, `${BOTE}|y`]);
    expect((await s.items()).filter((i) => i.alsoIn)).toEqual([]);
  });

  it('E08 an item pruned by the window stays away from both sources', async () => {
    const s = await make();
    await s.poll([meldung('a', { link: 'https://www.kommune21.de/bauakte' })], NOW);
    await s.poll([bote('b7', { link: 'https://www.kommune21.de/bauakte' })], NOW + H, BOTE);
    await s.prune(NOW + 40 * DAY);
    expect(await s.items()).toEqual([]);
    expect(byId(await s.tombstones()).map((t) => [t.id, t.sourceId])).toEqual([[`${SRC}|a`, SRC], [`${BOTE}|b7`, BOTE]]);
    expect(await s.poll([bote('b7', { link: 'https://www.kommune21.de/bauakte' })], NOW + 41 * DAY, BOTE)).toEqual([]);
    expect(await s.poll([meldung('a', { link: 'https://www.kommune21.de/bauakte' })], NOW + 41 * DAY)).toEqual([]);
    expect(await s.items()).toEqual([]);
  });

  it('E08 a deleted article (its article tombstone) stays away from a source that never carried it before', async () => {
    const s = await make([{ id: '*|https://www.kommune21.de/bauakte', sourceId: '*', link: 'https://www.kommune21.de/bauakte', seenAt: NOW - DAY }]);
    expect(await s.poll([bote('b7', { link: 'https://www.kommune21.de/bauakte#oben' })], NOW, BOTE)).toEqual([]);
    expect(await s.items()).toEqual([]);
  });

  it('F05 a date in the future sorts as now; items of another source or a repeated id are left out', async () => {
    const s = await make();
    const other = { ...meldung('x'), sourceId: 'heise', id: 'heise|x' };
    expect(await s.poll([meldung('a', { publishedAt: NOW + 5 * DAY }), meldung('a'), other], NOW)).toEqual([`${SRC}|a`]);
    expect((await s.items()).map((i) => [i.id, i.sortAt])).toEqual([[`${SRC}|a`, NOW]]);
  });
});
