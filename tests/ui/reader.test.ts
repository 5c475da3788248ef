import { describe, expect, it } from 'vitest';
import type { Item } from '../../lib/model';
import { dayLabel, groupByDay } from '../../lib/ui/day-groups';
import { isTyping, readerAction } from '../../lib/ui/reader-keys';
import { readerFilter, readerStateFromSearch, readerStateToSearch, toggleFacet, type ReaderState } from '../../lib/ui/reader-state';

const TZ = 'Europe/Berlin';
/** 19 May 2025, 12:00 in Berlin. */
const NOW = Date.UTC(2025, 4, 19, 10, 0);
const H = 3_600_000;

describe('the full page in the address bar', () => {
  it.each<[ReaderState, string]>([
    [{ view: 'all' }, ''],
    [{ view: 'unread', region: 'BY' }, '?view=unread&land=BY'],
    [{ view: 'starred' }, '?view=starred'],
    [{ view: 'today', theme: 'ki', sourceId: 'kommune21', search: 'Bürgeramt Nürnberg' }, '?view=today&thema=ki&quelle=kommune21&q=B%C3%BCrgeramt+N%C3%BCrnberg'],
  ])('%j ⇄ %s', (state, search) => {
    expect(readerStateToSearch(state)).toBe(search);
    expect(readerStateFromSearch(search)).toEqual(state);
  });

  it('ignores what it does not know: views, Länder, odd ids', () => {
    expect(readerStateFromSearch('?view=alles&land=XX&thema=<script>&quelle=' + 'a'.repeat(300))).toEqual({ view: 'all' });
    expect(readerStateFromSearch('?land=by')).toEqual({ view: 'all', region: 'BY' });
  });

  it('turns a state into the item filter; "Heute" starts at local midnight', () => {
    expect(readerFilter({ view: 'unread', region: 'SN', theme: 'ki' }, 0)).toEqual({ regions: ['SN'], themes: ['ki'], unreadOnly: true });
    expect(readerFilter({ view: 'today' }, 1234)).toEqual({ since: 1234 });
    expect(readerFilter({ view: 'starred' }, 0)).toEqual({ starredOnly: true });
    expect(readerFilter({ view: 'all', search: '  ' }, 0)).toEqual({});
  });

  it('choosing the chosen facet again clears it', () => {
    const s = toggleFacet({ view: 'all' }, 'region', 'BY');
    expect(s).toEqual({ view: 'all', region: 'BY' });
    expect(toggleFacet(s, 'region', 'HE')).toEqual({ view: 'all', region: 'HE' });
    expect(toggleFacet(s, 'region', 'BY')).toEqual({ view: 'all' });
  });
});

describe('the list grouped by day', () => {
  const at = (ts: number, id: string) => ({ id, sortAt: ts }) as Item;

  it('labels today, yesterday, then the date (in Berlin time)', () => {
    expect(dayLabel(NOW - 2 * H, NOW, 'de', TZ)).toBe('Heute');
    expect(dayLabel(NOW - 11 * H, NOW, 'de', TZ)).toBe('Heute');
    expect(dayLabel(NOW - 13 * H, NOW, 'de', TZ)).toBe('Gestern');
    expect(dayLabel(NOW - 13 * H, NOW, 'en', TZ)).toBe('Yesterday');
    expect(dayLabel(NOW - 40 * H, NOW, 'de', TZ)).toBe('17.05.2025');
  });

  it('puts one heading before the first item of each day and keeps the item positions', () => {
    const items = [at(NOW - H, 'a'), at(NOW - 3 * H, 'b'), at(NOW - 20 * H, 'c'), at(NOW - 58 * H, 'd'), at(NOW - 61 * H, 'e')];
    const rows = groupByDay(items, NOW, 'de', TZ);
    expect(rows.map((r) => (r.kind === 'day' ? `# ${r.label}` : `${r.item.id}@${r.index}`))).toEqual([
      '# Heute', 'a@0', 'b@1', '# Gestern', 'c@2', '# 17.05.2025', 'd@3', '# 16.05.2025', 'e@4',
    ]);
  });
});

describe('the keyboard of the full page', () => {
  const body = { tagName: 'BODY' };
  it.each([
    ['j', 'next'], ['k', 'previous'], ['o', 'open'], ['Enter', 'open'], ['v', 'original'],
    ['m', 'toggle-read'], ['s', 'star'], ['/', 'search'], ['?', 'help'], ['Escape', 'close'], ['x', null], ['a', null],
  ])('%s → %s', (key, action) => {
    expect(readerAction({ key, target: body })).toBe(action);
  });

  it('Enter on a button or link is left to it (a map tile, an action); o still opens', () => {
    expect(readerAction({ key: 'Enter', target: { tagName: 'BUTTON' } })).toBeNull();
    expect(readerAction({ key: 'Enter', target: { tagName: 'A' } })).toBeNull();
    expect(readerAction({ key: 'o', target: { tagName: 'BUTTON' } })).toBe('open');
    expect(readerAction({ key: 'Enter', target: { tagName: 'DIV' } })).toBe('open');
  });

  it('Shift+A marks all read; with Ctrl, Alt or Meta the browser keeps the key', () => {
    expect(readerAction({ key: 'A', shiftKey: true, target: body })).toBe('mark-all-read');
    expect(readerAction({ key: 'j', ctrlKey: true, target: body })).toBeNull();
    expect(readerAction({ key: 'k', metaKey: true, target: body })).toBeNull();
    expect(readerAction({ key: 'o', altKey: true, target: body })).toBeNull();
  });

  it.each([
    [{ tagName: 'INPUT', type: 'search' }, true], [{ tagName: 'INPUT', type: 'text' }, true], [{ tagName: 'TEXTAREA' }, true],
    [{ tagName: 'DIV', isContentEditable: true }, true], [{ tagName: 'INPUT', type: 'checkbox' }, false], [{ tagName: 'BUTTON' }, false],
  ])('never while typing: %j → %s', (target, typing) => {
    expect(isTyping(target)).toBe(typing);
    for (const key of ['j', 'k', 'm', 's', '/', 'v', 'A', '?']) expect(readerAction({ key, shiftKey: key === 'A', target }) === null).toBe(typing);
    // Escape still leaves the field.
    expect(readerAction({ key: 'Escape', target })).toBe('close');
  });
});
