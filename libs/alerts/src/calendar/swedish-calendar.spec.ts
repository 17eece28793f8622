import { addWorkingDays, calendarArrays, easterSunday, isWorkingDay, swedishHolidays } from './swedish-calendar';

describe('the Swedish working-day calendar', () => {
  it('computes Easter Sunday (checked against the almanac)', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2038)).toBe('2038-04-25');
    expect(easterSunday(2285)).toBe('2285-03-22');
  });

  it('lists the holidays of 2026 with the movable ones in place', () => {
    const holidays = Object.fromEntries(swedishHolidays(2026).map((h) => [h.name, h.on]));
    expect(holidays).toEqual({
      Nyårsdagen: '2026-01-01',
      'Trettondedag jul': '2026-01-06',
      Långfredagen: '2026-04-03',
      Påskafton: '2026-04-04',
      Påskdagen: '2026-04-05',
      'Annandag påsk': '2026-04-06',
      'Första maj': '2026-05-01',
      'Kristi himmelsfärdsdag': '2026-05-14',
      Pingstdagen: '2026-05-24',
      'Sveriges nationaldag': '2026-06-06',
      Midsommarafton: '2026-06-19',
      Midsommardagen: '2026-06-20',
      'Alla helgons dag': '2026-10-31',
      Julafton: '2026-12-24',
      Juldagen: '2026-12-25',
      'Annandag jul': '2026-12-26',
      Nyårsafton: '2026-12-31',
    });
  });

  it('puts midsommar and alla helgons dag on the Saturday of their week, at both ends of the range', () => {
    const of = (year: number, name: string) => swedishHolidays(year).find((h) => h.name === name)?.on;
    expect(of(2025, 'Midsommarafton')).toBe('2025-06-20');
    expect(of(2025, 'Midsommardagen')).toBe('2025-06-21');
    expect(of(2027, 'Midsommardagen')).toBe('2027-06-26');
    expect(of(2027, 'Midsommarafton')).toBe('2027-06-25');
    expect(of(2025, 'Alla helgons dag')).toBe('2025-11-01');
    expect(of(2027, 'Alla helgons dag')).toBe('2027-11-06');
    expect(of(2025, 'Kristi himmelsfärdsdag')).toBe('2025-05-29');
  });

  it('treats weekends, holidays and the three eves as non-working days', () => {
    expect(isWorkingDay('2026-12-07')).toBe(true); // Monday
    expect(isWorkingDay('2026-12-05')).toBe(false); // Saturday
    expect(isWorkingDay('2026-12-06')).toBe(false); // Sunday
    expect(isWorkingDay('2026-04-03')).toBe(false); // Långfredagen
    expect(isWorkingDay('2026-04-06')).toBe(false); // Annandag påsk
    expect(isWorkingDay('2026-04-07')).toBe(true);
    expect(isWorkingDay('2026-05-14')).toBe(false); // Kristi himmelsfärd, a Thursday
    expect(isWorkingDay('2026-05-15')).toBe(true); // the "klämdag" after it is a working day
    expect(isWorkingDay('2026-06-19')).toBe(false); // midsommarafton
    expect(isWorkingDay('2026-12-24')).toBe(false); // julafton
    expect(isWorkingDay('2026-12-31')).toBe(false); // nyårsafton
    expect(isWorkingDay('2026-01-06')).toBe(false); // trettondedagen, a Tuesday
    expect(isWorkingDay('2026-06-05')).toBe(true);
    expect(isWorkingDay('2027-06-07')).toBe(true); // 6 June 2027 is a Sunday: no substitute day
  });

  it('counts working days past weekends and holidays', () => {
    // Monday + 5 working days is the next Monday.
    expect(addWorkingDays('2026-11-30', 5)).toBe('2026-12-07');
    // Registered on a Saturday: the count starts on Monday.
    expect(addWorkingDays('2026-12-05', 1)).toBe('2026-12-07');
    expect(addWorkingDays('2026-12-05', 0)).toBe('2026-12-05');
    // Christmas: 23 Dec (Wed) + 5 → 28, 29, 30 Dec, (31 Dec, 1 Jan off) 4, 5 Jan (6 Jan off) → 2027-01-05.
    expect(addWorkingDays('2026-12-23', 5)).toBe('2027-01-05');
    // Easter 2026: Thursday 2 April + 1 skips Långfredagen, the weekend and Annandag påsk.
    expect(addWorkingDays('2026-04-02', 1)).toBe('2026-04-07');
    // Midsommar 2026: Thursday 18 June + 1 is Monday 22 June.
    expect(addWorkingDays('2026-06-18', 1)).toBe('2026-06-22');
    expect(() => addWorkingDays('2026-06-18', -1)).toThrow();
  });

  it('gives SQL the same answer through ordinals as addWorkingDays', () => {
    const cal = calendarArrays('2026-12-01', '2027-01-31');
    const ordinalOf = (day: string) => cal.ordinals[cal.days.indexOf(day)];
    const nth = (day: string, n: number) =>
      cal.days.find((_d, i) => cal.working[i] && cal.ordinals[i] === ordinalOf(day) + n);
    for (const day of ['2026-12-05', '2026-12-18', '2026-12-23', '2026-12-24', '2026-12-31']) {
      expect(nth(day, 5)).toBe(addWorkingDays(day, 5));
    }
  });
});
