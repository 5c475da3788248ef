import { describe, expect, it } from 'vitest';
import { compileRules } from '../../lib/alerts';
import { filterItems } from '../../lib/feedgen';
import { foldBare, foldForms, foldSpelt } from '../../lib/normalize/fold';
import { itemMatcher } from '../../lib/store/filter';
import { makeItem } from '../feedgen/helpers';

describe('the umlaut fold', () => {
  it.each([
    ['München', 'muenchen', 'munchen'],
    ['Straße', 'strasse', 'strasse'],
    ['GROẞE KREISSTADT', 'grosse kreisstadt', 'grosse kreisstadt'],
    ['Bürgerbüro', 'buergerbuero', 'burgerburo'],
    ['Café Élysée', 'cafe elysee', 'cafe elysee'],
    // decomposed ü (u + combining diaeresis), as some feeds send it
    ['Mu\u0308nchen', 'muenchen', 'munchen'],
  ])('%s → %s / %s', (text, spelt, bare) => {
    expect(foldSpelt(text)).toBe(spelt);
    expect(foldBare(text)).toBe(bare);
    expect(foldForms(text)).toEqual([spelt, bare]);
  });
});

describe('search, published feeds and alert rules match text the same way', () => {
  const item = makeItem({ id: 'k|1', title: 'München startet Bürgerbüro-App', summary: 'Die Straßenverkehrsbehörde zieht mit.' });
  const alerts = (keywords: string[]) => compileRules([{ id: 'r', regions: [], themes: [], keywords }])(item) !== undefined;

  it.each([
    ['muenchen', true],
    ['münchen', true],
    ['munchen', true],
    ['MÜNCHEN', true],
    ['buergerbuero', true],
    ['strassenverkehr', true],
    ['Nürnberg', false],
  ])('%s → %s', (term, expected) => {
    expect(itemMatcher({ search: term })(item)).toBe(expected);
    expect(filterItems([item], { keywords: [term] }).length === 1).toBe(expected);
    expect(alerts([term])).toBe(expected);
  });

  it('search needs every term, keywords any one', () => {
    expect(itemMatcher({ search: 'münchen nürnberg' })(item)).toBe(false);
    expect(itemMatcher({ keywords: ['münchen', 'nürnberg'] })(item)).toBe(true);
    expect(alerts(['nürnberg', 'München'])).toBe(true);
  });
});
