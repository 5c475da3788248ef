import { describe, expect, it, vi } from 'vitest';
import { ItemList } from '../../components/ItemList';
import type { Item } from '../../lib/model';
import { fire, mount, NOW } from './dom';

const items = (n: number): Item[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `k21|${i}`, sourceId: 'k21', key: String(i), guid: String(i),
    title: `Meldung ${i}`, link: `https://www.kommune21.de/meldung/${i}`, summary: '', categories: [],
    publishedAt: NOW - i * 60_000, regions: [], places: [], themes: [],
    firstSeenAt: NOW - i * 60_000, sortAt: NOW - i * 60_000, updatedAt: NOW, unread: 1, notifiedAt: 0, tagVersion: 'v1',
  }));

/** Gives the list a layout: `height` px visible of `total` px, scrolled to `top`. */
function layout(list: HTMLElement, { height, total, top }: { height: number; total: number; top: number }) {
  Object.defineProperty(list, 'clientHeight', { configurable: true, value: height });
  Object.defineProperty(list, 'scrollHeight', { configurable: true, value: total });
  list.scrollTop = top;
}

const list = (props: Partial<Parameters<typeof ItemList>[0]>) =>
  mount(<ItemList items={items(40)} hasMore selected={-1} sourceNames={{ k21: 'Kommune21' }} onSelect={() => {}} onOpen={() => {}} onLoadMore={() => {}} {...props} />);

describe('the popup list', () => {
  it('renders every loaded row as an option of the listbox, in order', () => {
    const root = list({ hasMore: false });
    const rows = root.querySelectorAll('[role="listbox"] [role="option"]');
    expect(rows).toHaveLength(40);
    expect(rows[0]!.textContent).toContain('Meldung 0');
    expect(rows[39]!.textContent).toContain('Meldung 39');
  });

  it('asks for the next page when scrolled near the end, not before', () => {
    const onLoadMore = vi.fn();
    const root = list({ onLoadMore });
    const box = root.querySelector<HTMLElement>('[role="listbox"]')!;
    onLoadMore.mockClear(); // the first check ran before there was a layout
    layout(box, { height: 540, total: 40 * 31, top: 0 });
    fire(box, 'scroll');
    expect(onLoadMore).not.toHaveBeenCalled();
    layout(box, { height: 540, total: 40 * 31, top: 40 * 31 - 540 - 100 });
    fire(box, 'scroll');
    expect(onLoadMore).toHaveBeenCalled();
  });

  it('never asks for more when there is no more', () => {
    const onLoadMore = vi.fn();
    const root = list({ hasMore: false, onLoadMore });
    const box = root.querySelector<HTMLElement>('[role="listbox"]')!;
    layout(box, { height: 540, total: 40 * 31, top: 40 * 31 - 540 });
    fire(box, 'scroll');
    expect(onLoadMore).not.toHaveBeenCalled();
  });

  it('announces the selected row and scrolls it into view', () => {
    const scrolled: string[] = [];
    // The test DOM has no layout: record the call on its element class instead.
    const probe = list({ hasMore: false }).querySelector('[role="option"]')!;
    const proto = Object.getPrototypeOf(Object.getPrototypeOf(probe)) as { scrollIntoView?: () => void };
    const before = proto.scrollIntoView;
    proto.scrollIntoView = function (this: HTMLElement) { scrolled.push(this.id); };
    try {
      const root = list({ selected: 25, hasMore: false });
      expect(root.querySelector('[role="listbox"]')!.getAttribute('aria-activedescendant')).toBe('item-row-25');
      expect(scrolled).toContain('item-row-25');
    } finally {
      proto.scrollIntoView = before;
    }
  });
});
