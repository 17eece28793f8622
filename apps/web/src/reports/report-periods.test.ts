import { describe, expect, it } from 'vitest';

import { reportPeriods } from './report-periods';

describe('report periods', () => {
  it('offers the current half-year up to today and the three before it, whole', () => {
    const periods = reportPeriods('2026-12-06');
    expect(periods.slice(0, 4).map((p) => [p.id, p.from, p.to])).toEqual([
      ['2026H2', '2026-07-01', '2026-12-06'],
      ['2026H1', '2026-01-01', '2026-06-30'],
      ['2025H2', '2025-07-01', '2025-12-31'],
      ['2025H1', '2025-01-01', '2025-06-30'],
    ]);
  });

  it('turns the half-year on the first of July and counts twelve months back to the day after', () => {
    expect(reportPeriods('2026-06-30')[0].id).toBe('2026H1');
    expect(reportPeriods('2026-07-01')[0]).toMatchObject({ id: '2026H2', from: '2026-07-01', to: '2026-07-01' });
    const last12 = reportPeriods('2026-03-01').find((p) => p.id === '12M');
    expect(last12).toMatchObject({ from: '2025-03-02', to: '2026-03-01' });
    expect(reportPeriods('2026-03-01').find((p) => p.id === 'YTD')).toMatchObject({ from: '2026-01-01' });
  });
});
