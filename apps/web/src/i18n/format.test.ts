import { describe, expect, it } from 'vitest';

import {
  compareSv,
  formatDateTime,
  formatLongDate,
  formatNumber,
  swedishDayEnd,
  swedishDayStart,
  todayIso,
} from './format';

describe('sv-SE formatting', () => {
  it('formats numbers and dates the Swedish way, in Swedish time', () => {
    expect(formatNumber(1234567.5)).toBe('1\u00a0234\u00a0567,5');
    expect(formatLongDate('2026-11-24')).toBe('24 november 2026');
    // 23:30 UTC is already the next day in Stockholm.
    expect(formatDateTime('2026-11-24T23:30:00Z')).toBe('2026-11-25 00:30');
    expect(todayIso(new Date('2026-11-24T23:30:00Z'))).toBe('2026-11-25');
  });

  it('sorts å, ä and ö after z', () => {
    expect(['Örjan', 'Åsa', 'Zelda', 'Ärla', 'Anna'].sort(compareSv)).toEqual([
      'Anna',
      'Zelda',
      'Åsa',
      'Ärla',
      'Örjan',
    ]);
  });

  // A period filter's days are Swedish days whatever zone the browser is in (the test runner's
  // zone is not Sweden's), also across the changes to and from summer time.
  it('turns a calendar day into its Swedish first instant and the next day’s, across summer time', () => {
    expect(swedishDayStart('2026-01-15')).toBe('2026-01-14T23:00:00.000Z');
    expect(swedishDayStart('2026-07-01')).toBe('2026-06-30T22:00:00.000Z');
    // The clocks go forward on 29 March 2026 at 02:00 and back on 25 October at 03:00.
    expect(swedishDayStart('2026-03-29')).toBe('2026-03-28T23:00:00.000Z');
    expect(swedishDayEnd('2026-03-29')).toBe('2026-03-29T22:00:00.000Z');
    expect(swedishDayStart('2026-10-25')).toBe('2026-10-24T22:00:00.000Z');
    expect(swedishDayEnd('2026-10-25')).toBe('2026-10-25T23:00:00.000Z');
    expect(swedishDayEnd('2026-12-31')).toBe('2026-12-31T23:00:00.000Z');
  });
});
