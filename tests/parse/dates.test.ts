import { describe, expect, it } from 'vitest';
import { berlinToUtc, isBerlinSummerTime, parseDate } from '../../lib/parse/dates';

const iso = (s: string) => Date.parse(s);

describe('parseDate', () => {
  it.each([
    ['Mon, 03 Mar 2025 10:00:00 +0100', '2025-03-03T09:00:00Z'],
    ['Mon, 03 Mar 2025 10:00:00 GMT', '2025-03-03T10:00:00Z'],
    ['Mon, 03 Mar 2025 10:00:00 UT', '2025-03-03T10:00:00Z'],
    ['Mon, 03 Mar 2025 10:00:00 Z', '2025-03-03T10:00:00Z'],
    ['Mon, 03 Mar 2025 10:00:00 EST', '2025-03-03T15:00:00Z'],
    ['Mon, 03 Mar 2025 10:00:00 EDT', '2025-03-03T14:00:00Z'],
    ['Mon, 03 Mar 2025 10:00:00 CST', '2025-03-03T16:00:00Z'],
    ['Mon, 03 Mar 2025 10:00:00 PDT', '2025-03-03T17:00:00Z'],
    ['Mon, 03 Mar 2025 10:00:00 MET', '2025-03-03T09:00:00Z'],
    ['Wed, 02 Jul 2025 10:00:00 MEST', '2025-07-02T08:00:00Z'],
    ['Mon, 03 Mar 2025 10:00:00 CET', '2025-03-03T09:00:00Z'],
    ['Wed, 02 Jul 2025 10:00:00 CEST', '2025-07-02T08:00:00Z'],
    ['Mon, 03 Mar 2025 10:00:00 MEZ', '2025-03-03T09:00:00Z'],
    ['Wed, 02 Jul 2025 10:00:00 MESZ', '2025-07-02T08:00:00Z'],
    ['Mon, 03 Mar 2025 10:00:00 -0530', '2025-03-03T15:30:00Z'],
    ['Mon, 3 Mar 2025 10:00 +0100', '2025-03-03T09:00:00Z'],
    ['Mon, 03 Mar 2025 10:00:00 +0100 (CET)', '2025-03-03T09:00:00Z'],
  ])('F01 RFC 822 %s', (input, expected) => {
    expect(parseDate(input)).toBe(iso(expected));
  });

  it.each([
    ['2025-03-03T10:00:00+01:00', '2025-03-03T09:00:00Z'],
    ['2025-03-03T10:00:00Z', '2025-03-03T10:00:00Z'],
    ['2025-03-03T10:00:00.123456+01:00', '2025-03-03T09:00:00Z'],
    ['2025-07-02T10:00:00+0200', '2025-07-02T08:00:00Z'],
    // No offset: Berlin wall time, winter (+1) and summer (+2).
    ['2025-03-03T10:00:00', '2025-03-03T09:00:00Z'],
    ['2025-07-02T10:00:00', '2025-07-02T08:00:00Z'],
    ['2025-03-03 10:00', '2025-03-03T09:00:00Z'],
    // A date only is midnight in Berlin.
    ['2025-03-03', '2025-03-02T23:00:00Z'],
    ['2025-08-01', '2025-07-31T22:00:00Z'],
  ])('F02 RFC 3339 / floating time %s', (input, expected) => {
    expect(parseDate(input)).toBe(iso(expected));
  });

  it.each([
    ['Mo, 03 Mär 2025 10:00:00 +0100', '2025-03-03T09:00:00Z'],
    ['Mo, 03 Mrz 2025 10:00:00 +0100', '2025-03-03T09:00:00Z'],
    ['Di, 03 Dez. 2024 10:00:00 +0100', '2024-12-03T09:00:00Z'],
    ['Fr, 02 Mai 2025 10:00:00 +0200', '2025-05-02T08:00:00Z'],
    ['Mi, 15 Okt 2025 10:00:00', '2025-10-15T08:00:00Z'],
    ['03.03.2025 10:00', '2025-03-03T09:00:00Z'],
    ['05.03.2025', '2025-03-04T23:00:00Z'],
    ['[05.03.2025]', '2025-03-04T23:00:00Z'],
    ['3. März 2025', '2025-03-02T23:00:00Z'],
    ['Montag, 3. März 2025 - 10:00', '2025-03-03T09:00:00Z'],
    ['3. Juli 2025, 14:30 Uhr', '2025-07-03T12:30:00Z'],
    ['12.08.2025 14:30 Uhr', '2025-08-12T12:30:00Z'],
  ])('F03 German %s (March, not May)', (input, expected) => {
    expect(parseDate(input)).toBe(iso(expected));
  });

  it.each([
    ['03 Mar 25', '2025-03-02T23:00:00Z'],
    ['03 Mar 99 10:00 GMT', '1999-03-03T10:00:00Z'],
    ['03 Mar 70 10:00 GMT', '1970-03-03T10:00:00Z'],
    ['03 Mar 69 10:00 GMT', '2069-03-03T10:00:00Z'],
    ['Tue, 03 Mar 2025 10:00:00 +0100', '2025-03-03T09:00:00Z'],
    ['Sun, 03 Mar 2025 10:00:00 GMT', '2025-03-03T10:00:00Z'],
  ])('F04 two-digit year and wrong weekday %s', (input, expected) => {
    expect(parseDate(input)).toBe(iso(expected));
  });

  it.each([
    [''],
    ['   '],
    ['gestern'],
    ['2025-13-01'],
    ['31.02.2025'],
    ['Mon, 32 Mar 2025 10:00:00 GMT'],
    ['Mon, 03 Foo 2025 10:00:00 GMT'],
    ['1899-12-31'],
    ['2201-01-01'],
    ['03.03.2025 25:00'],
    ['2025-03-03T10:61:00Z'],
  ])('unparseable or implausible %j gives null', (input) => {
    expect(parseDate(input)).toBeNull();
  });
});

describe('Berlin time', () => {
  it.each([
    // EU rule: summer time from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC.
    ['2025-03-30T00:59:59Z', false],
    ['2025-03-30T01:00:00Z', true],
    ['2025-10-26T00:59:59Z', true],
    ['2025-10-26T01:00:00Z', false],
    ['2024-03-31T01:00:00Z', true],
  ])('F02 summer time at %s is %s', (instant, expected) => {
    expect(isBerlinSummerTime(iso(instant))).toBe(expected);
  });

  it('F02 the doubled autumn hour reads as summer time, the spring gap as winter time', () => {
    expect(berlinToUtc(Date.UTC(2025, 9, 26, 2, 30))).toBe(iso('2025-10-26T00:30:00Z'));
    expect(berlinToUtc(Date.UTC(2025, 2, 30, 2, 30))).toBe(iso('2025-03-30T01:30:00Z'));
  });
});
