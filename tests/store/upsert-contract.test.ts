/**
 * One contract, two stores: the extension's Dexie store and the command line's file store must
 * apply the same identity and upsert rules (store/upsert-plan.ts). Every case runs against both.
 */
import { describe, expect, it } from 'vitest';
import { createFileStore, emptyState } from '../../lib/cli/aggregate/file-store';
import type { Item, SourceState, TaggedItem } from '../../lib/model';
import { initialSourceState } from '../../lib/refresh';
import { upsertItems } from '../../lib/store/items';
import type { Tombstone } from '../../lib/store/upsert-plan';
import { DAY, freshDb, NOW, tagged } from './test-db';

const SRC = 'kommune21';
const H = 3_600_000;

interface Subject {
  /** Stores one poll of SRC; returns the ids announced as new. */
  poll(items: TaggedItem[], now: number): Promise<string[]>;
  items(): Promise<Item[]>;
  tombstones(): Promise<Tombstone[]>;
}

type Factory = (tombstones?: Tombstone[]) => Promise<Subject>;

const dexie: Factory = async (tombstones = []) => {
  const db = freshDb();
  if (tombstones.length) await db.tombstones.bulkPut(tombstones);
  return {
    poll: async (items, now) => (await upsertItems(db, SRC, items, now, { retentionDays: 30 })).added.map((i) => i.id),
    items: async () => (await db.items.toArray()).map(({ regionSort: _r, themeSort: _t, ...i }: Item & { regionSort?: unknown; themeSort?: unknown }) => i),
    tombstones: () => db.tombstones.toArray(),
  };
};

const file: Factory = async (tombstones = []) => {
  const store = createFileStore({ ...emptyState(), tombstones }, { retentionDays: 30 });
  const state: SourceState = initialSourceState(SRC);
  return {
    poll: async (items, now) => (await store.commitSource(state, items, now)).added.map((i) => i.id),
    items: async () => store.items(),
    tombstones: async () => store.snapshot().tombstones,
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

  it('F05 a date in the future sorts as now; items of another source or a repeated id are left out', async () => {
    const s = await make();
    const other = { ...meldung('x'), sourceId: 'heise', id: 'heise|x' };
    expect(await s.poll([meldung('a', { publishedAt: NOW + 5 * DAY }), meldung('a'), other], NOW)).toEqual([`${SRC}|a`]);
    expect((await s.items()).map((i) => [i.id, i.sortAt])).toEqual([[`${SRC}|a`, NOW]]);
  });
});
