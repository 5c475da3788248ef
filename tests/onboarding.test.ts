import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../feeds';
import { sourcesForLands, updateOverrides, watchFromWelcome, welcomeSettings } from '../lib/onboarding';
import { DEFAULT_SETTINGS, resolveSources, withDefaults } from '../lib/settings';

describe('the welcome answers', () => {
  it('Sachsen and KI: watch rule set, Sachsen\'s sources on, federal ones still on, other Länder off', () => {
    const patch = welcomeSettings({ lands: ['SN'], themes: ['ki'], notifications: true }, DEFAULT_SETTINGS, CATALOGUE);
    const settings = withDefaults({ ...DEFAULT_SETTINGS, ...patch });
    expect(settings.watch).toEqual({ regions: ['SN'], themes: ['ki'], keywords: [] });
    expect(settings.notifications.muted).toBe(false);
    const on = resolveSources(CATALOGUE, settings).filter((s) => s.enabled);
    expect(on.filter((s) => s.land === 'SN').map((s) => s.id).sort()).toEqual(CATALOGUE.filter((s) => s.land === 'SN').map((s) => s.id).sort());
    expect(on.filter((s) => s.land && s.land !== 'SN')).toEqual([]);
    expect(on.filter((s) => s.nationwide).length).toBe(CATALOGUE.filter((s) => s.nationwide).length);
  });

  it('keeps what the user set before: keywords, a switched-off federal source, another Land switched on by hand', () => {
    const before = withDefaults({
      watch: { regions: ['BY'], themes: [], keywords: ['Bezahlkarte'] },
      sourceOverrides: { bsi: { enabled: false }, 'mdr-thueringen': { enabled: true, intervalMin: 60 } },
    });
    const after = withDefaults({ ...before, ...welcomeSettings({ lands: ['SN', 'TH'], themes: [], notifications: false }, before, CATALOGUE) });
    expect(after.watch).toEqual({ regions: ['SN', 'TH'], themes: [], keywords: ['Bezahlkarte'] });
    expect(after.notifications.muted).toBe(true);
    expect(after.sourceOverrides.bsi).toEqual({ enabled: false });
    expect(after.sourceOverrides['mdr-thueringen']).toEqual({ enabled: true, intervalMin: 60 });
  });

  it('maps answers to the watch rule in one function', () => {
    expect(watchFromWelcome({ lands: [], themes: [], notifications: true }, { regions: ['DE'], themes: ['ki'], keywords: [] }))
      .toEqual({ regions: [], themes: [], keywords: [] });
    expect(sourcesForLands(CATALOGUE, []).length).toBe(0);
  });

  it('an update keeps the three formerly default sources on unless switched off', () => {
    expect(updateOverrides(withDefaults({ sourceOverrides: { 'tagesschau-nrw': { enabled: false } } }))).toEqual({
      'tagesschau-bayern': { enabled: true }, 'tagesschau-nrw': { enabled: false }, 'tagesschau-sachsen': { enabled: true },
    });
    const all = { 'tagesschau-bayern': { enabled: true }, 'tagesschau-nrw': { enabled: false }, 'tagesschau-sachsen': { enabled: true } };
    expect(updateOverrides(withDefaults({ sourceOverrides: all }))).toBeUndefined();
  });
});
