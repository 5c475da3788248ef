import { describe, expect, it } from 'vitest';
import { formatDateTime, formatRelative } from '../../lib/ui/format-date';

const TZ = 'Europe/Berlin';
/** Monday 19 May 2025, 14:00 in Berlin (CEST). */
const NOW = Date.UTC(2025, 4, 19, 12, 0);
const MIN = 60_000;
const H = 60 * MIN;

describe('formatRelative', () => {
  it.each([
    ['a moment ago', NOW - 20_000, 'gerade eben', 'just now'],
    ['a clock ahead of ours', NOW + 5 * MIN, 'gerade eben', 'just now'],
    ['5 minutes ago', NOW - 5 * MIN, 'vor 5 Min.', '5 min ago'],
    ['3 hours ago, same day', NOW - 3 * H, 'vor 3 Std.', '3 h ago'],
    ['yesterday evening', NOW - 16 * H, 'gestern, 22:00', 'yesterday, 22:00'],
    ['two days ago', NOW - 50 * H, '17.05.2025', '17 May 2025'],
    ['last year', Date.UTC(2024, 11, 31, 22, 30), '31.12.2024', '31 Dec 2024'],
  ])('%s', (_name, ts, de, en) => {
    expect(formatRelative(ts, NOW, 'de', TZ)).toBe(de);
    expect(formatRelative(ts, NOW, 'en', TZ)).toBe(en);
  });

  it('counts a time after midnight in Berlin as today even when UTC is still on the day before', () => {
    const now = Date.UTC(2025, 4, 19, 23, 30); // 01:30 on 20 May in Berlin
    expect(formatRelative(Date.UTC(2025, 4, 19, 22, 15), now, 'de', TZ)).toBe('vor 1 Std.');
    expect(formatRelative(Date.UTC(2025, 4, 19, 21, 0), now, 'de', TZ)).toBe('gestern, 23:00');
  });

  it('finds yesterday across the change to summer time', () => {
    const now = Date.UTC(2025, 2, 30, 8, 0); // Sunday 30 March 2025, 10:00 CEST
    expect(formatRelative(Date.UTC(2025, 2, 29, 8, 0), now, 'de', TZ)).toBe('gestern, 09:00');
  });
});

describe('formatDateTime', () => {
  it('writes German date and time in Berlin time', () => {
    expect(formatDateTime(Date.UTC(2025, 4, 19, 8, 0), 'de', TZ)).toBe('19.05.2025, 10:00');
  });
});
