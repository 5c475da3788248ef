import { describe, expect, it } from 'vitest';
import { createPlaceIndex } from '../../lib/ui/place-search';
import { GAZETTEER_SOURCE } from '../../lib/tag/builtin';

const index = createPlaceIndex(GAZETTEER_SOURCE);
const suggestPlaces = (q: string) => index.suggest(q);
const placeByAgs = (ags: string) => index.byAgs(ags);

describe('place completion from the gazetteer', () => {
  it('"Landkreis Görlitz" offers the Kreis first, then its town', () => {
    const s = suggestPlaces('Landkreis Görlitz');
    expect(s[0]).toMatchObject({ ags: '14626', label: 'Landkreis Görlitz' });
    expect(s.map((p) => p.label)).toContain('Görlitz (Landkreis Görlitz)');
  });

  it('completes a Gemeinde from its first letters, umlaut-tolerant, and names its Kreis', () => {
    expect(suggestPlaces('zitt').map((p) => p.label)).toContain('Zittau (Landkreis Görlitz)');
    expect(suggestPlaces('Goerl')[0]?.label).toMatch(/Görlitz/);
    expect(suggestPlaces('Leipz').map((p) => p.ags)).toEqual(expect.arrayContaining(['14713000', '14729']));
  });

  it('answers nothing for one letter, and a long query within 2 s', () => {
    expect(suggestPlaces('Z')).toEqual([]);
    const t0 = Date.now();
    suggestPlaces('a'.repeat(10_000));
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('finds a place again by its AGS', () => {
    expect(placeByAgs('14626')?.label).toBe('Landkreis Görlitz');
  });
});
