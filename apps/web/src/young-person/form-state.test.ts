import { describe, expect, it } from 'vitest';

import { dateError, daysBetween, todayIn } from './form-state';

describe('the young person page’s form helpers', () => {
  it('counts calendar days between ISO dates, across the change to summer time', () => {
    expect(daysBetween('2026-12-06', '2026-12-06')).toBe(0);
    expect(daysBetween('2026-12-06', '2027-12-06')).toBe(365);
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
    expect(daysBetween('2026-12-07', '2026-12-06')).toBe(-1);
  });

  it('takes today from the municipality’s time zone, not the browser’s', () => {
    // 23:30 UTC on 31 December is already New Year's Day in Stockholm.
    const instant = new Date('2026-12-31T23:30:00Z');
    expect(todayIn('Europe/Stockholm', instant)).toBe('2027-01-01');
    expect(todayIn('UTC', instant)).toBe('2026-12-31');
  });

  it('checks the date format, optionally allowing an empty field', () => {
    expect(dateError('2026-12-06', 'fel', 'f')).toEqual([]);
    expect(dateError('6/12', 'fel', 'f')).toEqual([{ fieldId: 'f', message: 'fel' }]);
    expect(dateError('', 'fel', 'f')).toEqual([{ fieldId: 'f', message: 'fel' }]);
    expect(dateError('', 'fel', 'f', true)).toEqual([]);
  });
});
