/** Our own parser reads the feeds we generate back to the same titles, links and guids. */
import { describe, expect, it } from 'vitest';
import { buildAtom, buildRss, compareNewest } from '../../lib/feedgen/index';
import { itemDate, publicItemId } from '../../lib/feedgen/entry';
import { escapeHtml } from '../../lib/feedgen/xml-text';
import { parseFeed } from '../../lib/parse/index';
import type { Item } from '../../lib/model';
import { syntheticItems } from '../fixtures/feedgen/synthetic';
import { hostileItems, loadItems, META } from './helpers';

const CASES: [string, Item[]][] = [
  ['German fixture items', loadItems()],
  ['D09 hostile items', hostileItems()],
  ['100 synthetic items', syntheticItems(100)],
];

const ILLEGAL = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]/g;

describe('parseFeed reads generated feeds back', () => {
  it.each(CASES.flatMap(([name, items]) => (['RSS', 'Atom'] as const).map((f) => [name, f, items] as const)))(
    '%s: %s gives the same titles, links and dates',
    (_name, format, items) => {
      const xml = format === 'RSS' ? buildRss(items, META) : buildAtom(items, META);
      const result = parseFeed(xml, META.selfUrl!);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const feed = result.feed;
      expect(feed.format).toBe(format === 'RSS' ? 'rss2' : 'atom');
      expect(feed.bozo).toBe(false);
      expect(feed.title).toBe(META.title);
      const sorted = [...items].sort(compareNewest);
      // An RSS title holding a `<` is escaped as HTML (H04); parseFeed reads titles as text.
      const title = (t: string) => (format === 'RSS' && t.includes('<') ? escapeHtml(t) : t);
      expect(feed.items.map((i) => i.title)).toEqual(sorted.map((i) => title(i.title.replace(ILLEGAL, '').trim())));
      expect(feed.items.map((i) => i.link)).toEqual(
        sorted.map((i) => (/^https?:\/\//.test(i.link) ? i.link.replace('<2>', '%3C2%3E') : '')),
      );
      // Both date formats carry whole seconds.
      expect(feed.items.map((i) => i.publishedAt)).toEqual(sorted.map((i) => Math.floor(itemDate(i) / 1000) * 1000));
      if (format === 'RSS') {
        expect(feed.items.map((i) => i.guid)).toEqual(sorted.map((i) => publicItemId(i.id)));
        expect(feed.items.every((i) => !i.guidIsPermaLink)).toBe(true);
      }
    },
  );
});
