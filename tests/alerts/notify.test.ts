import { describe, expect, it } from 'vitest';
import { badgeText } from '../../lib/alerts';
import type { Item } from '../../lib/model';
import { planNotification } from '../../lib/alerts';
import { safeHttpUrl, safeText } from '../../lib/safe-text';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';

const now = Date.UTC(2025, 4, 19, 8);
function item(id: string, over: Partial<Item> = {}): Item {
  return {
    id, sourceId: 'k21', key: id, guid: id, title: `Meldung ${id}`, link: `https://example.org/${id}`,
    summary: 'Teaser', categories: [], publishedAt: now, firstSeenAt: now, sortAt: now, updatedAt: now,
    unread: 1, notifiedAt: 0, regions: ['BY'], places: [], themes: ['ki'], tagVersion: 't', ...over,
  };
}
const watching = (r: { themes: string[] }): Settings => ({ ...DEFAULT_SETTINGS, alertRules: [{ id: 'ki', regions: [], keywords: [], ...r }] });

describe('badge text', () => {
  it.each([[0, ''], [1, '1'], [42, '42'], [999, '999'], [1000, '999+'], [-3, ''], [NaN, '']])('%s → %j', (n, text) => {
    expect(badgeText(n)).toBe(text);
  });
});

describe('notifications', () => {
  const settings = watching({ themes: ['ki'] });
  it('announces one summary for the matching items with the top titles', () => {
    const items = [item('a'), item('b'), item('c'), item('d'), item('x', { themes: ['breitband'] })];
    const plan = planNotification(items, { settings, now, firstRefresh: false, sentAt: [] });
    expect(plan.notification?.title).toBe('4 neue Meldungen: Künstliche Intelligenz');
    expect(plan.notification?.message.split('\n')).toEqual(['• Meldung a', '• Meldung b', '• Meldung c', 'und 1 weitere']);
    expect(plan.notification?.ruleIds).toEqual(['ki']);
    expect(plan.notification?.url).toBeUndefined();
    expect(plan.considered).toHaveLength(5);
  });

  it('one item: its title, and a click opens its http(s) link only', () => {
    const plan = planNotification([item('a')], { settings, now, firstRefresh: false, sentAt: [] });
    expect(plan.notification).toMatchObject({ title: 'Meldung a', url: 'https://example.org/a' });
    const evil = planNotification([item('a', { link: 'javascript:alert(1)' })], { settings, now, firstRefresh: false, sentAt: [] });
    expect(evil.notification?.url).toBeUndefined();
  });

  it.each([
    ['the first refresh after install', { firstRefresh: true, sentAt: [] as number[], settings }],
    ['muted', { firstRefresh: false, sentAt: [] as number[], settings: { ...settings, notifications: { ...settings.notifications, muted: true } } }],
    ['the hourly cap is reached', { firstRefresh: false, sentAt: [now - 1000, now - 2000, now - 3000, now - 4000], settings }],
    ['no alert rules', { firstRefresh: false, sentAt: [] as number[], settings: DEFAULT_SETTINGS }],
  ])('none when %s, but the items are still marked as considered', (_why, ctx) => {
    const plan = planNotification([item('a')], { now, ...ctx });
    expect(plan.notification).toBeUndefined();
    expect(plan.considered).toEqual(['a']);
  });

  it('D08 a 2,000-character HTML title becomes short plain text without bidi controls', () => {
    const long = `<b>Neu</b>\u202E ${'Digitalisierung '.repeat(130)}`;
    const plan = planNotification([item('a', { title: long })], { settings, now, firstRefresh: false, sentAt: [] });
    expect(plan.notification!.title.length).toBeLessThanOrEqual(120);
    expect(plan.notification!.title).not.toMatch(/\u202E/);
  });

  it('D06 safeText removes bidi overrides and control characters', () => {
    expect(safeText('Neu\u202Etxt.exe\u0007', 50)).toBe('Neutxt.exe');
    expect(safeHttpUrl('JaVaScRiPt:alert(1)')).toBeUndefined();
    expect(safeHttpUrl('data:text/html,x')).toBeUndefined();
    expect(safeHttpUrl('https://www.kommune21.de/x')).toBe('https://www.kommune21.de/x');
  });
});
