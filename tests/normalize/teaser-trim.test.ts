import { describe, expect, it } from 'vitest';
import { normalizeItems } from '../../lib/normalize';
import { trimTeaser } from '../../lib/normalize/teaser-trim';
import type { ParsedItem } from '../../lib/model';

const parsed = (p: Partial<ParsedItem>): ParsedItem => ({ guid: 'g', guidIsPermaLink: false, title: 'T', link: '', summary: '', publishedAt: null, categories: [], ...p });

describe('teaser furniture', () => {
  it.each([
    ['[19.05.2025] Die Stadt Nürnberg hat vier Abholstationen eröffnet.', 'Die Stadt Nürnberg hat vier Abholstationen eröffnet.'],
    ['Die Stadt baut Glasfaser aus. mehr...', 'Die Stadt baut Glasfaser aus.'],
    ['Die Stadt baut Glasfaser aus. Mehr…', 'Die Stadt baut Glasfaser aus.'],
    ['Die Stadt baut Glasfaser aus. Weiterlesen', 'Die Stadt baut Glasfaser aus.'],
    ['Die Stadt baut Glasfaser aus. Weiterlesen »', 'Die Stadt baut Glasfaser aus.'],
    ['Die Stadt baut Glasfaser aus […]', 'Die Stadt baut Glasfaser aus'],
    ['Die Stadt baut Glasfaser aus [...] Weiterlesen', 'Die Stadt baut Glasfaser aus'],
    ['[03.03.2025] Kurz. [mehr]', 'Kurz.'],
    ['Die Kommunen brauchen mehr', 'Die Kommunen brauchen mehr'],
    ['Ein Sehr…', 'Ein Sehr…'],
    ['[Anzeige] Text', '[Anzeige] Text'],
    ['[1.2.20255] Text', '[1.2.20255] Text'],
    ['', ''],
  ])('%j → %j', (input, out) => {
    expect(trimTeaser(input).text).toBe(out);
  });

  it('the leading date is the date of an item whose feed has none, midnight in Berlin', () => {
    const [n] = normalizeItems([parsed({ summary: '[19.05.2025] Die Stadt Nürnberg hat Abholstationen. mehr...' })], { sourceId: 'k21' });
    expect(n!.summary).toBe('Die Stadt Nürnberg hat Abholstationen.');
    expect(new Date(n!.publishedAt!).toISOString()).toBe('2025-05-18T22:00:00.000Z');
    const [dated] = normalizeItems([parsed({ summary: '[19.05.2025] Text', publishedAt: Date.UTC(2025, 4, 19, 8) })], { sourceId: 'k21' });
    expect(dated!.publishedAt).toBe(Date.UTC(2025, 4, 19, 8));
  });

  it('answers long hostile tails within 2 s', () => {
    const t0 = Date.now();
    trimTeaser(`[${'1'.repeat(5000)}] ${'»'.repeat(100_000)}mehr...`);
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});
