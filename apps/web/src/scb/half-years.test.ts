import { describe, expect, it } from 'vitest';

import { halfYearParts, recentHalfYears } from './half-years';

describe('recentHalfYears', () => {
  it('offers the current half-year and the three before it, in Swedish time', () => {
    expect(recentHalfYears(new Date('2026-12-06T10:00:00Z'))).toEqual(['2026H2', '2026H1', '2025H2', '2025H1']);
    // 23:30 UTC on 30 June is already 1 July in Stockholm.
    expect(recentHalfYears(new Date('2026-06-30T23:30:00Z'), 2)).toEqual(['2026H2', '2026H1']);
    expect(recentHalfYears(new Date('2026-03-01T10:00:00Z'), 2)).toEqual(['2026H1', '2025H2']);
  });

  it('splits a key for its label', () => {
    expect(halfYearParts('2026H1')).toEqual({ year: '2026', half: '1' });
  });
});
