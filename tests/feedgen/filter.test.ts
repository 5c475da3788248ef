import { describe, expect, it } from 'vitest';
import { DEFAULT_FEED_LIMIT, filterItems, type FeedFilter } from '../../lib/feedgen/index';
import { loadItems, makeItem } from './helpers';

const items = loadItems();
const ids = (list: { id: string }[]) => list.map((i) => i.id.split('|')[0]);

describe('filterItems', () => {
  it.each<[string, FeedFilter, string[]]>([
    ['no criteria keeps everything', {}, ['kommune21', 'egovernment', 'behoerden-spiegel', 'vdz', 'negz', 'kommune21', 'move']],
    ['empty lists do not narrow', { regions: [], themes: [], keywords: [], sourceIds: [] }, ['kommune21', 'egovernment', 'behoerden-spiegel', 'vdz', 'negz', 'kommune21', 'move']],
    ['regions: any of', { regions: ['BY', 'SN'] }, ['kommune21', 'move']],
    ['regions: an item about several Länder matches each', { regions: ['HE'] }, ['negz']],
    ['regions: DE is a region like any other', { regions: ['DE'] }, ['behoerden-spiegel']],
    ['themes: any of', { themes: ['ki', 'smart-city'] }, ['kommune21', 'vdz']],
    ['sourceIds', { sourceIds: ['kommune21', 'negz'] }, ['kommune21', 'negz', 'kommune21']],
    ['since is inclusive on sortAt', { since: 1772438400000 }, ['kommune21', 'egovernment', 'behoerden-spiegel']],
    ['criteria combine: region AND theme', { regions: ['BY', 'BB'], themes: ['verwaltungsmodernisierung'] }, ['egovernment']],
    ['criteria combine: nothing passes both', { regions: ['SN'], themes: ['ki'] }, []],
  ])('%s', (_name, filter, expected) => {
    expect(ids(filterItems(items, filter))).toEqual(expected);
  });

  it.each<[string, string[], string[]]>([
    ['ignores case', ['nürnberg'], ['kommune21']],
    ['spelt-out umlaut finds the umlaut', ['Nuernberg'], ['kommune21']],
    ['lower-case umlaut finds the capital', ['überblick'], ['negz']],
    ['bare vowel finds the umlaut', ['Lubeck'], ['vdz']],
    ['capital umlaut in the keyword', ['LÜBECK'], ['vdz']],
    ['ß and ss are one', ['Massnahmen'], ['negz']],
    ['decomposed umlaut (NFD) in the keyword', ['Lu\u0308beck'], ['vdz']],
    ['searches the summary as well', ['Prenzlau'], ['egovernment']],
    ['any keyword suffices', ['Chatbot', 'LoRaWAN'], ['kommune21', 'vdz']],
    ['blank keywords do not narrow', ['  '], ['kommune21', 'egovernment', 'behoerden-spiegel', 'vdz', 'negz', 'kommune21', 'move']],
    ['no match gives nothing', ['Glasfaser'], []],
  ])('keywords: %s', (_name, keywords, expected) => {
    expect(ids(filterItems(items, { keywords }))).toEqual(expected);
  });

  it('keywords match umlauts spelt out in the item text too', () => {
    const spelt = makeItem({ id: 'x|1', title: 'Muenchen digitalisiert die Strassenverwaltung' });
    expect(filterItems([spelt], { keywords: ['München'] })).toHaveLength(1);
    expect(filterItems([spelt], { keywords: ['Straße'] })).toHaveLength(1);
  });

  it('sorts newest first by sortAt, ties by id descending (the order the database pages in), without touching the input', () => {
    const t = Date.UTC(2026, 2, 1);
    const input = [
      makeItem({ id: 'b|2', sortAt: t }),
      makeItem({ id: 'c|3', sortAt: t - 1000 }),
      makeItem({ id: 'a|1', sortAt: t }),
      makeItem({ id: 'd|4', sortAt: t + 1000 }),
    ];
    const before = input.map((i) => i.id);
    expect(filterItems(input, {}).map((i) => i.id)).toEqual(['d|4', 'b|2', 'a|1', 'c|3']);
    expect(input.map((i) => i.id)).toEqual(before);
  });

  it.each<[string, number | undefined, number]>([
    ['defaults to 100', undefined, DEFAULT_FEED_LIMIT],
    ['takes a smaller limit', 5, 5],
    ['0 gives nothing', 0, 0],
    ['Infinity gives all', Infinity, 150],
    ['a fraction is floored', 2.9, 2],
  ])('limit %s', (_name, limit, expected) => {
    const many = Array.from({ length: 150 }, (_, i) => makeItem({ id: `s|${i}`, sortAt: i * 60_000 }));
    const out = filterItems(many, { limit });
    expect(out).toHaveLength(expected);
    if (expected > 0) expect(out[0]?.id).toBe('s|149');
  });
});
