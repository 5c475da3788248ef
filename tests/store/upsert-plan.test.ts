/**
 * The pure identity plan (store/upsert-plan.ts) for the same article in several sources (E08),
 * against an in-memory lookup: what the plan decides, before either store applies it.
 */
import { describe, expect, it } from 'vitest';
import type { Item, TaggedItem } from '../../lib/model';
import { toStoredItem, MAX_ALSO_IN } from '../../lib/store/stored-item';
import { articleTombstone, planUpsert, tombstonesFor, type Tombstone, type UpsertLookup } from '../../lib/store/upsert-plan';
import { DAY, NOW, tagged } from './test-db';

const H = 3_600_000;
const LINK = 'https://www.egovernment.de/registermodernisierung-startet';

function stored(sourceId: string, guid: string, over: Partial<Item> = {}, link = LINK): Item {
  const n = tagged(sourceId, { guid, title: `Registermodernisierung startet (${sourceId})`, link, publishedAt: NOW - DAY }, { regions: ['DE'] });
  return { ...toStoredItem(n, { firstSeenAt: NOW - DAY, sortAt: NOW - DAY, updatedAt: NOW - DAY, unread: 1, notifiedAt: NOW - DAY }), ...over };
}

function copy(sourceId: string, guid: string, link = LINK): TaggedItem {
  return tagged(sourceId, { guid, title: `Register: Start in ${sourceId}`, link, publishedAt: NOW - DAY }, { regions: ['BY'] });
}

/** A lookup over plain lists, as a store answers it for a poll of `bsi`. */
function lookup(items: Item[], tombs: Tombstone[] = []): UpsertLookup {
  const key = (l: string) => l.split('#')[0]!;
  return {
    item: (id) => items.find((i) => i.id === id),
    tombstone: (id) => tombs.find((t) => t.id === id),
    itemIdsWithLink: (link) => items.filter((i) => i.sourceId === 'bsi' && i.link === link).map((i) => i.id),
    tombstoneWithLink: (link) => tombs.find((t) => t.sourceId === 'bsi' && t.link === link),
    itemsWithArticle: (k) => items.filter((i) => i.link !== '' && key(i.link) === k),
    articleTombstone: (k) => tombs.find((t) => t.sourceId === '*' && t.link === k),
  };
}

const plan = (sourceId: string, batch: TaggedItem[], l: UpsertLookup, now = NOW) => planUpsert(sourceId, batch, l, now, { retentionDays: 30 });

describe('planUpsert: one article in several sources (E08)', () => {
  it('records the copy on the item the first source brought and stores nothing else', () => {
    const first = stored('egovernment', 'eg-1', { unread: 0, starred: 1 });
    const p = plan('bsi', [copy('bsi', 'bsi-9')], lookup([first]));
    expect(p.result).toMatchObject({ added: [], merged: 1, stale: 0 });
    expect(p.puts).toEqual([{ ...first, alsoIn: [{ sourceId: 'bsi', id: 'bsi|bsi-9', seenAt: NOW }] }]);
  });

  it('a copy already recorded writes nothing', () => {
    const first = stored('egovernment', 'eg-1', { alsoIn: [{ sourceId: 'bsi', id: 'bsi|bsi-9', seenAt: NOW - H }] });
    const p = plan('bsi', [copy('bsi', 'bsi-9')], lookup([first]), NOW + H);
    expect(p.result.merged).toBe(1);
    expect(p.puts).toEqual([]);
  });

  it('E04 a copy under a guid regenerated on every poll writes nothing; a deleted one stays away by its link', () => {
    const first = stored('egovernment', 'eg-1', { alsoIn: [{ sourceId: 'bsi', id: 'bsi|t1', seenAt: NOW - H }] });
    const p = plan('bsi', [copy('bsi', 't2')], lookup([first]));
    expect(p.result).toMatchObject({ added: [], merged: 1 });
    expect(p.puts).toEqual([]);
    const tombs = tombstonesFor(first, NOW, { article: false });
    expect(plan('bsi', [copy('bsi', 't3')], lookup([], tombs)).result).toMatchObject({ added: [], skipped: 1 });
  });

  it('the first seen of several sources hosts the copy; a source whose items share the link is passed over', () => {
    const early = stored('kommune21', 'k-1', { firstSeenAt: NOW - 3 * DAY });
    const later = stored('egovernment', 'eg-1', { firstSeenAt: NOW - DAY });
    const page1 = stored('stadt-a', 's-1', { firstSeenAt: NOW - 9 * DAY });
    const page2 = stored('stadt-a', 's-2', { firstSeenAt: NOW - 9 * DAY });
    const p = plan('bsi', [copy('bsi', 'bsi-9')], lookup([later, page1, page2, early]));
    expect(p.puts.map((i) => [i.id, i.alsoIn?.map((a) => a.sourceId)])).toEqual([['kommune21|k-1', ['bsi']]]);
  });

  it('links that differ only in the fragment are one article; the copy keeps its own link', () => {
    const first = stored('egovernment', 'eg-1');
    const p = plan('bsi', [copy('bsi', 'bsi-9', `${LINK}#absatz-2`)], lookup([first]));
    expect(p.puts[0]!.alsoIn).toEqual([{ sourceId: 'bsi', id: 'bsi|bsi-9', link: `${LINK}#absatz-2`, seenAt: NOW }]);
  });

  it('a different path, query or host is another article', () => {
    const first = stored('egovernment', 'eg-1');
    for (const link of [`${LINK}/2`, `${LINK}?seite=2`, LINK.replace('www.', 'm.')]) {
      expect(plan('bsi', [copy('bsi', 'bsi-9', link)], lookup([first])).result.added).toHaveLength(1);
    }
  });

  it(`records at most ${MAX_ALSO_IN} other sources; further copies are still not stored`, () => {
    const full = stored('egovernment', 'eg-1', {
      alsoIn: Array.from({ length: MAX_ALSO_IN }, (_, k) => ({ sourceId: `quelle-${k}`, id: `quelle-${k}|1`, seenAt: NOW })),
    });
    const p = plan('bsi', [copy('bsi', 'bsi-9')], lookup([full]));
    expect(p.result).toMatchObject({ added: [], merged: 1 });
    expect(p.puts).toEqual([]);
  });

  it('an article tombstone keeps every source\'s copy away and is refreshed at most once a day', () => {
    const tomb = articleTombstone(`${LINK}#x`, NOW - 2 * DAY)!;
    expect(tomb).toEqual({ id: `*|${LINK}`, sourceId: '*', link: LINK, seenAt: NOW - 2 * DAY });
    const p = plan('bsi', [copy('bsi', 'bsi-9')], lookup([], [tomb]));
    expect(p.result).toMatchObject({ added: [], skipped: 1 });
    expect(p.tombstones).toEqual([{ ...tomb, seenAt: NOW }]);
  });

  it('a deleted item leaves its own tombstone, one per other source and the article\'s; a pruned one no article tombstone', () => {
    const item = stored('egovernment', 'eg-1', { alsoIn: [{ sourceId: 'bsi', id: 'bsi|bsi-9', link: `${LINK}#a`, seenAt: NOW }] });
    expect(tombstonesFor(item, NOW, { article: true })).toEqual([
      { id: 'egovernment|eg-1', sourceId: 'egovernment', link: LINK, seenAt: NOW },
      { id: 'bsi|bsi-9', sourceId: 'bsi', link: `${LINK}#a`, seenAt: NOW },
      { id: `*|${LINK}`, sourceId: '*', link: LINK, seenAt: NOW },
    ]);
    expect(tombstonesFor(item, NOW, { article: false }).map((t) => t.id)).toEqual(['egovernment|eg-1', 'bsi|bsi-9']);
  });
});
