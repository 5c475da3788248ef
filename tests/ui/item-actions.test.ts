import { describe, expect, it } from 'vitest';
import type { Item } from '../../lib/model';
import { actionForKey, planItemAction } from '../../lib/ui/item-actions';

const item = (over: Partial<Item> = {}): Item => ({
  id: 'k21|1', sourceId: 'k21', key: '1', guid: '1', title: 'Titel', link: 'https://www.kommune21.de/1', summary: '',
  categories: [], publishedAt: 0, regions: [], places: [], themes: [], firstSeenAt: 0, sortAt: 0, updatedAt: 0,
  unread: 1, notifiedAt: 0, tagVersion: 'v', ...over,
});

describe('item actions', () => {
  it('Merken keeps, and its undo releases', () => {
    expect(planItemAction(item(), 'star')).toEqual({
      command: { type: 'star-items', ids: ['k21|1'], starred: true }, done: 'didStar',
      undo: { type: 'star-items', ids: ['k21|1'], starred: false },
    });
    expect(planItemAction(item({ starred: 1 }), 'star')?.command).toEqual({ type: 'star-items', ids: ['k21|1'], starred: false });
  });

  it('toggles read state both ways, marks unread through the background', () => {
    expect(planItemAction(item({ unread: 0 }), 'toggle-read')?.command).toEqual({ type: 'mark-read', ids: ['k21|1'], read: false });
    expect(planItemAction(item({ unread: 1 }), 'toggle-read')?.command).toEqual({ type: 'mark-read', ids: ['k21|1'], read: true });
  });

  it('hides with delete-items and undoes by restoring the item as it was', () => {
    const i = item();
    expect(planItemAction(i, 'hide')).toEqual({ command: { type: 'delete-items', ids: ['k21|1'] }, done: 'didHide', undo: { type: 'restore-items', items: [i] } });
  });

  it('copies only http(s) links', () => {
    expect(planItemAction(item(), 'copy-link')).toEqual({ copy: 'https://www.kommune21.de/1', done: 'didCopyLink' });
    expect(planItemAction(item({ link: 'javascript:alert(1)' }), 'copy-link')).toBeUndefined();
  });

  it.each([['s', 'star'], ['u', 'toggle-read'], ['c', 'copy-link'], ['Delete', 'hide'], ['x', undefined]])('key %s → %s', (k, a) => {
    expect(actionForKey(k)).toBe(a);
  });
});
