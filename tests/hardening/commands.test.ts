/** H14: the background checks every field of a command, and takes no internal command from a message. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type SourceOverride } from '../../lib/settings';
import type { ViewFilter } from '../../lib/messages';
import { KEYWORD_MAX, parseCommand } from '../../lib/worker/validate-command';

describe('commands from runtime messages', () => {
  it.each([
    [{ type: 'notification-clicked', id: 'kr-1' }, 'an internal command'],
    [{ type: 'mark-read', ids: [1, 2], read: true }, 'numeric ids'],
    [{ type: 'mark-read', ids: ['a'], read: 'yes' }, 'a string for a boolean'],
    [{ type: 'open-item', id: { toString: 'x' } }, 'an object id'],
    [{ type: 'delete-items', ids: 'all' }, 'a string for a list'],
    [{ type: 'update-source', id: 'k21', intervalMin: 'abc' }, 'an interval that becomes NaN'],
    [{ type: 'update-source', id: 'k21', intervalMin: Number.NaN }, 'a NaN interval'],
    [{ type: 'update-source', id: 'k21', intervalMin: Infinity }, 'an infinite interval'],
    [{ type: 'update-source', id: 'k21', intervalMin: 0.5 }, 'a fractional interval'],
    [{ type: 'save-settings', settings: { retentionDays: Number.NaN } }, 'NaN retention'],
    [{ type: 'save-settings', settings: { retentionDays: '30' } }, 'a string retention'],
    [{ type: 'save-settings', settings: { alertRules: 'alles' } }, 'a string for the alert rules'],
    [{ type: 'save-settings', settings: { alertRules: [{ id: 'a', regions: ['XX'], themes: [], keywords: [] }] } }, 'an unknown region'],
    [{ type: 'save-settings', settings: { listDensity: 'riesig' } }, 'an unknown list density'],
    [{ type: 'save-settings', settings: { notifications: { muted: false, maxPerRefresh: -1, maxPerHour: 4 } } }, 'a negative limit'],
    [{ type: 'save-settings', settings: { keywordRules: [{ id: 'r', label: 'L', keywords: ['*'.repeat(KEYWORD_MAX + 1)] }] } }, 'an overlong keyword'],
    [{ type: 'save-settings', settings: { badgeMode: 'blink' } }, 'an unknown badge mode'],
    [{ type: 'save-settings', settings: { __proto__: { polluted: true }, isAdmin: true } }, 'an unknown key'],
    [{ type: 'save-settings', settings: { sourceOverrides: { k21: { intervalMin: 'oft' } } } }, 'a bad override'],
    [{ type: 'add-source', source: { name: 'X'.repeat(10_000), url: 'https://a.example/feed' } }, 'a 10,000-character name'],
    [{ type: 'import-sources', sources: [{ name: 'A', url: 42 }] }, 'a numeric URL'],
    [{ type: 'refresh', sourceIds: [null] }, 'a null source id'],
    [null, 'null'],
    ['refresh', 'a bare string'],
  ] as [unknown, string][])('H14 refuses %j (%s)', (msg) => {
    expect(parseCommand(msg)).toBeUndefined();
  });

  it.each([
    { type: 'refresh' },
    { type: 'refresh', sourceIds: ['kommune21'] },
    { type: 'popup-opened' },
    { type: 'mark-read', ids: ['kommune21|1'], read: true },
    { type: 'mark-all-read', filter: { regions: ['BY', 'DE'], unreadOnly: true, search: 'OZG' } },
    { type: 'open-item', id: 'kommune21|1' },
    { type: 'update-source', id: 'k21', enabled: false, intervalMin: 60 },
    { type: 'remove-source', id: 'user-x', deleteItems: true },
    { type: 'save-settings', settings: { ...DEFAULT_SETTINGS, retentionDays: 14, alertRules: [{ id: 'a1', regions: ['SH'], themes: ['ki'], keywords: ['Glasfaser'] }] } },
    { type: 'add-source', source: { name: 'Kiel', url: 'https://www.kiel.de/rss.xml', broad: false, confirmed: false } },
    { type: 'probe-source', url: 'https://www.kiel.de/' },
  ])('H14 accepts the well-formed command %j unchanged', (msg) => {
    expect(parseCommand(msg)).toEqual(msg);
  });
});

describe('commands keep every field they are meant to carry', () => {
  it('"mark all as read" keeps the whole view filter: kept items, places and the names searched', () => {
    // Required<…>: a field added to ViewFilter must be added here, and the check must keep it.
    const filter: Required<ViewFilter> = {
      regions: ['SN'], themes: ['ki'], sourceIds: ['k21'], places: ['14626'], unreadOnly: true, starredOnly: true,
      search: 'Bürgeramt', searchNames: { sourceNames: { k21: 'Kommune21' }, ruleLabels: { r1: 'Ausweise' } }, since: 1_700_000_000_000,
    };
    expect(parseCommand({ type: 'mark-all-read', filter })).toEqual({ type: 'mark-all-read', filter });
    expect(parseCommand({ type: 'mark-all-read', filter: { places: [14626] } })).toBeUndefined();
    expect(parseCommand({ type: 'mark-all-read', filter: { searchNames: { sourceNames: { k21: 5 } } } })).toBeUndefined();
  });

  it('saving settings keeps a source override\'s name and listing rule', () => {
    const sourceOverrides: Record<string, Required<SourceOverride>> = {
      k21: { enabled: true, intervalMin: 60, name: 'Meine Quelle', rule: { item: 'li.news', title: 'h3' } },
    };
    expect(parseCommand({ type: 'save-settings', settings: { sourceOverrides } })).toEqual({ type: 'save-settings', settings: { sourceOverrides } });
    expect(parseCommand({ type: 'save-settings', settings: { sourceOverrides: { k21: { rule: { title: 'h3' } } } } })).toBeUndefined();
  });
});
