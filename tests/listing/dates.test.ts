import { describe, expect, it } from 'vitest';
import { findDate, leadingDate, readDate } from '../../lib/listing/dates';

const iso = (ms: number | null | undefined) => (ms == null ? null : new Date(ms).toISOString());

describe('German dates in page text', () => {
  it.each([
    ['24.03.2025', '2025-03-23T23:00:00.000Z'],
    ['25.3.2025', '2025-03-24T23:00:00.000Z'],
    ['Mi., 19.03.2025 - 10:15', '2025-03-19T09:15:00.000Z'],
    ['Veröffentlicht am 3. März 2025', '2025-03-02T23:00:00.000Z'],
    ['[27.03.2025] Der Kreistag …', '2025-03-26T23:00:00.000Z'],
    ['Stand: 1. Juli 2025, 14:30 Uhr', '2025-07-01T12:30:00.000Z'],
    ['am 5.3.25 um 9:05', '2025-03-05T08:05:00.000Z'],
    ['2025-03-24', '2025-03-23T23:00:00.000Z'],
    ['Freitag, 31. Okt. 2025', '2025-10-30T23:00:00.000Z'],
  ])('%s', (text, expected) => {
    expect(iso(findDate(text)?.at)).toBe(expected);
  });

  it.each([['Version 1.2.3'], ['31.02.2025'], ['Tel. 0711 12.34.56'], ['3. Mai'], ['12.13.2025'], ['IP 10.0.0.1']])('no date in %s', (text) => {
    expect(findDate(text)).toBeNull();
  });

  it('a day on either side of the clock change is midnight in Berlin', () => {
    expect(iso(findDate('29.03.2025')?.at)).toBe('2025-03-28T23:00:00.000Z');
    expect(iso(findDate('31.03.2025')?.at)).toBe('2025-03-30T22:00:00.000Z');
  });

  it('a date opening a teaser or title is the date and is removed from the text', () => {
    expect(leadingDate('[27.03.2025] Der Landkreis …')).toEqual({ at: Date.parse('2025-03-26T23:00:00Z'), rest: 'Der Landkreis …' });
    expect(leadingDate('28.03.2025 – Neues Bürgerportal')?.rest).toBe('Neues Bürgerportal');
    expect(leadingDate('Mi., 19.03.2025 - 10:15: Sitzung')?.rest).toBe('Sitzung');
    expect(leadingDate('Am 28.03.2025 öffnet das Bürgerportal')).toBeNull();
    expect(leadingDate('28.03.2025')).toBeNull();
  });

  it('reads attribute values by format', () => {
    expect(iso(readDate('2025-03-24T09:30:00+01:00', 'iso'))).toBe('2025-03-24T08:30:00.000Z');
    expect(readDate('24.03.2025', 'iso')).toBeNull();
    expect(iso(readDate('24.03.2025', 'de'))).toBe('2025-03-23T23:00:00.000Z');
    expect(readDate('kein Datum')).toBeNull();
  });

  it('stays linear on long runs of digits and dots (answers within 2 s)', () => {
    const t0 = Date.now();
    for (const text of ['1.'.repeat(200_000), '12.12.'.repeat(50_000), '9'.repeat(300_000), ' 3. '.repeat(80_000)]) {
      findDate(text);
      leadingDate(text);
      readDate(text);
    }
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});
