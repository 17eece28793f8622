import { schoolCalendarAround } from './early-warning-evaluation.service';

// The calendar the absence patterns join: the year of absence days before the run and the weeks
// after it, with Easter, midsummer and the eves as holidays that are not school days.
describe('schoolCalendarAround', () => {
  const working = (cal: ReturnType<typeof schoolCalendarAround>, day: string) => cal.working[cal.days.indexOf(day)];

  it('names Easter 2027 and midsummer 2027 holidays, not school days', () => {
    const cal = schoolCalendarAround(new Date('2027-07-02T08:00:00Z'));
    for (const day of ['2027-03-26', '2027-03-27', '2027-03-28', '2027-03-29', '2027-06-25', '2027-06-26']) {
      expect(cal.holidays).toContain(day);
      expect(working(cal, day)).toBe(false);
    }
    for (const day of ['2027-03-25', '2027-03-30', '2027-06-24', '2027-06-28']) {
      expect(cal.holidays).not.toContain(day);
      expect(working(cal, day)).toBe(true);
    }
    // The Thursday before Easter and the Tuesday after are consecutive school days.
    const ordinal = (day: string) => cal.ordinals[cal.days.indexOf(day)];
    expect(ordinal('2027-03-30')).toBe(ordinal('2027-03-25') + 1);
    expect(ordinal('2027-06-28')).toBe(ordinal('2027-06-24') + 1);
  });

  it('covers the year of absence days before the run across New Year, and the weeks after', () => {
    const cal = schoolCalendarAround(new Date('2027-01-10T12:00:00Z'));
    expect(cal.days[0] <= '2026-01-05').toBe(true);
    expect(cal.days.at(-1)! >= '2027-01-24').toBe(true);
    // Both years' Christmas, New Year and Epiphany.
    for (const day of [
      '2025-12-24',
      '2025-12-31',
      '2026-01-06',
      '2026-12-24',
      '2026-12-31',
      '2027-01-01',
      '2027-01-06',
    ]) {
      if (day >= cal.days[0]) expect(cal.holidays).toContain(day);
    }
    expect(cal.holidays).toEqual([...cal.holidays].sort());
  });
});
