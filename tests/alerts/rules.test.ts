import { describe, expect, it } from 'vitest';
import { describeRule, ruleLabel } from '../../lib/alerts/describe';
import { compileRules, migrateWatch, type AlertRule } from '../../lib/alerts/rules';
import type { Item } from '../../lib/model';
import { planNotification } from '../../lib/alerts/notify';
import { DEFAULT_SETTINGS, withDefaults, type Settings } from '../../lib/settings';

const now = Date.UTC(2025, 4, 19, 8);
function item(id: string, over: Partial<Item>): Item {
  return {
    id, sourceId: 'k21', key: id, guid: id, title: `Meldung ${id}`, link: `https://example.org/${id}`,
    summary: '', categories: [], publishedAt: now, firstSeenAt: now, sortAt: now, updatedAt: now,
    unread: 1, notifiedAt: 0, regions: [], places: [], themes: [], tagVersion: 't', ...over,
  };
}
const rule = (over: Partial<AlertRule>): AlertRule => ({ id: 'r', regions: [], themes: [], keywords: [], ...over });
const notifyWith = (settings: Settings, items: Item[]) =>
  planNotification(items, { settings, now, firstRefresh: false, sentAt: [] }).notification;

// The example of the issue, verbatim: watching Sachsen plus "Glasfaser".
const nuernberg = item('nbg', { title: 'Nürnberg: Glasfaser für alle Schulen', regions: ['BY'], themes: ['breitband'] });
const leipzig = item('lpz', { title: 'Leipzig: Neues Ratsinformationssystem', regions: ['SN'], themes: ['verwaltungsmodernisierung'] });

describe('settings saved under the old "Land, Thema oder Stichwort" text', () => {
  const old = { watch: { regions: ['SN' as const], themes: [], keywords: ['Glasfaser'] } };

  it('become one rule per watched part', () => {
    expect(withDefaults(old).alertRules).toEqual([
      { id: 'watch-regions', regions: ['SN'], themes: [], keywords: [] },
      { id: 'watch-keywords', regions: [], themes: [], keywords: ['Glasfaser'] },
    ]);
    expect(migrateWatch({ regions: ['BY'], themes: ['ki'], keywords: [' ', 'OZG'] })).toHaveLength(3);
    expect(migrateWatch({ regions: [], themes: [], keywords: [] })).toEqual([]);
    expect('watch' in withDefaults(old)).toBe(false);
  });

  it('so watching Sachsen plus "Glasfaser" notifies both "Nürnberg: Glasfaser für alle Schulen" and "Leipzig: Neues Ratsinformationssystem", as the user was told', () => {
    const n = notifyWith(withDefaults(old), [nuernberg, leipzig]);
    expect(n?.itemIds.sort()).toEqual(['lpz', 'nbg']);
    expect(n?.title).toBe('2 neue Meldungen: Sachsen · Stichwort Glasfaser');
  });

  it('rules already saved are kept, not re-migrated', () => {
    const rules = [rule({ id: 'mine', regions: ['HE'] })];
    expect(withDefaults({ ...old, alertRules: rules }).alertRules).toEqual(rules);
  });
});

describe('a single new rule "Sachsen + Glasfaser"', () => {
  const sachsenGlasfaser = rule({ id: 'sn-glas', regions: ['SN'], keywords: ['Glasfaser'] });
  const settings = { ...DEFAULT_SETTINGS, alertRules: [sachsenGlasfaser] };
  const dresden = item('dd', { title: 'Dresden: Glasfaserausbau in allen Ortsteilen', regions: ['SN'] });

  it('announces only Saxon items about Glasfaser', () => {
    expect(notifyWith(settings, [nuernberg, leipzig])).toBeUndefined();
    const n = notifyWith(settings, [nuernberg, leipzig, dresden]);
    expect(n?.itemIds).toEqual(['dd']);
    expect(n?.title).toBe('Dresden: Glasfaserausbau in allen Ortsteilen');
    expect(n?.message.startsWith('Sachsen + Stichwort Glasfaser')).toBe(true);
  });

  it('and its sentence says so', () => {
    expect(describeRule(sachsenGlasfaser)).toBe('Benachrichtigt bei jeder neuen Meldung aus Sachsen mit dem Stichwort „Glasfaser“.');
    expect(describeRule(sachsenGlasfaser, 'en')).toBe('Notifies of every new item from Sachsen containing the keyword “Glasfaser”.');
  });
});

describe('rule sentences and labels', () => {
  it.each([
    [rule({ regions: ['SN'] }), 'Benachrichtigt bei jeder neuen Meldung aus Sachsen.', 'Sachsen'],
    [rule({ regions: ['BY', 'HE', 'DE'] }), 'Benachrichtigt bei jeder neuen Meldung aus Bayern oder Hessen oder bundesweit.', 'Bayern, Hessen, bundesweit'],
    [rule({ themes: ['ki'] }), 'Benachrichtigt bei jeder neuen Meldung zum Thema Künstliche Intelligenz.', 'Künstliche Intelligenz'],
    [rule({ themes: ['ki', 'breitband'], keywords: ['Schule', 'Kita'] }),
      'Benachrichtigt bei jeder neuen Meldung zu den Themen Künstliche Intelligenz oder Breitband & Netze mit einem der Stichwörter „Schule“ oder „Kita“.',
      'Künstliche Intelligenz, Breitband & Netze + Stichwörter Schule, Kita'],
    [rule({ keywords: ['Glasfaser'] }), 'Benachrichtigt bei jeder neuen Meldung mit dem Stichwort „Glasfaser“.', 'Stichwort Glasfaser'],
    [rule({ keywords: [' '] }), 'Diese Regel ist leer und benachrichtigt über nichts.', ''],
  ])('%j', (r, sentence, label) => {
    expect(describeRule(r)).toBe(sentence);
    expect(ruleLabel(r)).toBe(label);
  });
});

describe('matching', () => {
  const text = (title: string) => item('x', { title, regions: ['BY'], themes: ['ki'] });
  it.each([
    [rule({ regions: ['BY'] }), 'Irgendwas', true],
    [rule({ regions: ['HE'] }), 'Irgendwas', false],
    [rule({ regions: ['BY'], themes: ['breitband'] }), 'Irgendwas', false],
    [rule({ regions: ['BY', 'HE'], themes: ['ki', 'breitband'] }), 'Irgendwas', true],
    [rule({ keywords: ['buergerbuero'] }), 'KI-Assistent im Bürgerbüro', true],
    [rule({ keywords: ['Bürgerbüro'] }), 'KI-Assistent im Buergerbuero', true],
    [rule({ keywords: ['KI'] }), 'KI-Assistent im Bürgerbüro', true],
    [rule({ keywords: ['KI'] }), 'Kiel digitalisiert das Bürgeramt', false],
    [rule({ keywords: ['Glasfaser'] }), 'Glasfaserausbau', true],
    [rule({}), 'Irgendwas', false],
  ] as const)('%j on %j → %s', (r, title, expected) => {
    expect(compileRules([r])(text(title)) !== undefined).toBe(expected);
  });

  it('gives the first rule in the user\'s order that matches', () => {
    const a = rule({ id: 'a', themes: ['breitband'] });
    const b = rule({ id: 'b', regions: ['BY'] });
    const c = rule({ id: 'c', themes: ['ki'] });
    expect(compileRules([a, b, c])(text('x'))?.id).toBe('b');
  });

  it('answers long text within 2 s (no backtracking on keywords)', () => {
    const long = item('l', { title: 'k'.repeat(50_000), summary: 'ki'.repeat(50_000) });
    const t0 = Date.now();
    expect(compileRules([rule({ keywords: ['ki', 'kkkkkkkkx'] })])(long)).toBeUndefined();
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});
