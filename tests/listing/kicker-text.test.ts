/** What of a Dachzeile is a kicker, which words before a headline are its date, month-only dates. */
import { describe, expect, it } from 'vitest';
import { readDate } from '../../lib/listing/dates';
import { kickerText, labelledDate } from '../../lib/listing/text';

const day = (iso: string) => new Date(`${iso}T00:00:00+01:00`).getTime();

describe('kickerText', () => {
  it('keeps a kicker that names a place or a topic', () => {
    expect(kickerText('Brandenburg')).toBe('Brandenburg');
    expect(kickerText('Diez/Kaisersesch/Montabaur')).toBe('Diez/Kaisersesch/Montabaur');
    expect(kickerText('Treffen am Rhein')).toBe('Treffen am Rhein');
  });

  it('drops a Dachzeile made only of date, document type and number', () => {
    expect(kickerText('Datum 03.12.2025 Pressemitteilung Nr. 123/2025')).toBe('');
    expect(kickerText('Pressemitteilung')).toBe('');
    expect(kickerText('Meldung vom 3. Dezember 2025')).toBe('');
  });

  it('keeps what a Dachzeile says beside its date', () => {
    expect(kickerText('03.12.2025 | Landkreis Uckermark')).toBe('Landkreis Uckermark');
  });
});

describe('labelledDate', () => {
  it('reads the date behind a document type and takes it off the headline', () => {
    expect(labelledDate('Pressemitteilung vom 03.12.2025: Kreisstraße frei')).toEqual({ at: day('2025-12-03'), rest: 'Kreisstraße frei' });
    expect(labelledDate('Nr. 123/2025 vom 3. Dezember 2025 – Haushalt beschlossen')).toEqual({ at: day('2025-12-03'), rest: 'Haushalt beschlossen' });
  });

  it('leaves headlines that only start with such a word', () => {
    expect(labelledDate('Pressemitteilung zum Haushalt 2026')).toBeNull();
    expect(labelledDate('PM 12 Ideen für den Ortskern')).toBeNull();
    expect(labelledDate('Kreisstraße frei')).toBeNull();
  });
});

describe('month and year alone', () => {
  it('reads "Dezember 2025" and "Nov. 2025" as the first of the month in Berlin', () => {
    expect(readDate('Dezember 2025')).toBe(day('2025-12-01'));
    expect(readDate('Nov. 2025')).toBe(day('2025-11-01'));
  });

  it('reads nothing from a month in running text', () => {
    expect(readDate('Im Dezember 2025 beginnt der Umbau')).toBeNull();
    expect(readDate('Dezember')).toBeNull();
  });
});
