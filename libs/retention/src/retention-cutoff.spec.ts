import { RETENTION_DEFAULTS } from './retention-defaults';
import { RetentionClass } from './retention.enums';
import { cutoffOf } from './retention.service';

describe('cutoffOf', () => {
  it('goes back whole calendar years at the same time of day', () => {
    expect(cutoffOf(new Date('2026-12-01T08:00:00.000Z'), 2).toISOString()).toBe('2024-12-01T08:00:00.000Z');
    expect(cutoffOf(new Date('2026-01-01T00:00:00.000Z'), 1).toISOString()).toBe('2025-01-01T00:00:00.000Z');
  });

  it('takes 28 February for 29 February in a year that has none', () => {
    expect(cutoffOf(new Date('2028-02-29T12:00:00.000Z'), 1).toISOString()).toBe('2027-02-28T12:00:00.000Z');
    expect(cutoffOf(new Date('2028-02-29T12:00:00.000Z'), 4).toISOString()).toBe('2024-02-29T12:00:00.000Z');
  });
});

describe('retention defaults', () => {
  it('suggest at least the floor for every class, and the chains keep two years at least', () => {
    for (const recordClass of Object.values(RetentionClass)) {
      const { keepYears, minYears } = RETENTION_DEFAULTS[recordClass];
      expect(keepYears).toBeGreaterThanOrEqual(minYears);
    }
    expect(RETENTION_DEFAULTS.AUDIT_EVENT.minYears).toBe(2);
    expect(RETENTION_DEFAULTS.ACCESS_LOG.minYears).toBe(2);
  });
});
