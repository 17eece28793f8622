import { describe, expect, it } from 'vitest';

import { compareSv, formatDateTime, formatLongDate, formatNumber, todayIso } from './format';

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
});
