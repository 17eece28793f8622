import { addDays } from '@app/core/clock';

// The Swedish working-day calendar for the statutory timers (the first contact attempt within
// 5 working days of registration): Saturdays, Sundays and the public holidays of lag (1989:253)
// om allmänna helgdagar are not working days, and neither are midsommarafton, julafton and
// nyårsafton, which are not public holidays in law but are days off in practice (and in most
// collective agreements). Dates are ISO calendar days (YYYY-MM-DD); no time zone is involved.

export interface Holiday {
  on: string;
  name: string;
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Day of the week of an ISO date, 0 = Sunday … 6 = Saturday.
export function weekday(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

// Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

// The first date from `from` (inclusive) that falls on `day` of the week.
function firstWeekdayFrom(from: string, day: number): string {
  return addDays(from, (day - weekday(from) + 7) % 7);
}

// The public holidays and the non-working eves of one year, in date order.
export function swedishHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const midsummerDay = firstWeekdayFrom(iso(year, 6, 20), 6);
  const list: Holiday[] = [
    { on: iso(year, 1, 1), name: 'Nyårsdagen' },
    { on: iso(year, 1, 6), name: 'Trettondedag jul' },
    { on: addDays(easter, -2), name: 'Långfredagen' },
    { on: addDays(easter, -1), name: 'Påskafton' },
    { on: easter, name: 'Påskdagen' },
    { on: addDays(easter, 1), name: 'Annandag påsk' },
    { on: iso(year, 5, 1), name: 'Första maj' },
    { on: addDays(easter, 39), name: 'Kristi himmelsfärdsdag' },
    { on: addDays(easter, 49), name: 'Pingstdagen' },
    { on: iso(year, 6, 6), name: 'Sveriges nationaldag' },
    { on: addDays(midsummerDay, -1), name: 'Midsommarafton' },
    { on: midsummerDay, name: 'Midsommardagen' },
    { on: firstWeekdayFrom(iso(year, 10, 31), 6), name: 'Alla helgons dag' },
    { on: iso(year, 12, 24), name: 'Julafton' },
    { on: iso(year, 12, 25), name: 'Juldagen' },
    { on: iso(year, 12, 26), name: 'Annandag jul' },
    { on: iso(year, 12, 31), name: 'Nyårsafton' },
  ];
  return list.sort((x, y) => (x.on < y.on ? -1 : x.on > y.on ? 1 : 0));
}

const byYear = new Map<number, Set<string>>();

function holidaySet(year: number): Set<string> {
  let set = byYear.get(year);
  if (!set) {
    set = new Set(swedishHolidays(year).map((h) => h.on));
    byYear.set(year, set);
  }
  return set;
}

export function isWorkingDay(day: string): boolean {
  const dow = weekday(day);
  if (dow === 0 || dow === 6) return false;
  return !holidaySet(Number(day.slice(0, 4))).has(day);
}

// The `count`th working day after `day` (the day itself not counted, whether or not it is a
// working day): registered on a Friday, 5 working days is the next Friday unless a holiday
// falls in between. `count` 0 gives `day` itself.
export function addWorkingDays(day: string, count: number): string {
  if (!Number.isInteger(count) || count < 0) throw new Error(`not a working-day count: ${count}`);
  let current = day;
  let left = count;
  while (left > 0) {
    current = addDays(current, 1);
    if (isWorkingDay(current)) left -= 1;
  }
  return current;
}

// The calendar of `from`..`to` (inclusive) as three parallel arrays for SQL: each day, its
// working-day ordinal (the number of working days from `from` up to and including it) and
// whether it is a working day. In SQL the `n`th working day after d is the working day whose
// ordinal is ordinal(d) + n: one join, set-based over every registration.
export interface CalendarArrays {
  days: string[];
  ordinals: number[];
  working: boolean[];
}

export function calendarArrays(from: string, to: string): CalendarArrays {
  const result: CalendarArrays = { days: [], ordinals: [], working: [] };
  let ordinal = 0;
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const working = isWorkingDay(day);
    if (working) ordinal += 1;
    result.days.push(day);
    result.ordinals.push(ordinal);
    result.working.push(working);
  }
  return result;
}
