// A reporting period of the SCB collection: a half-year (halvår). H1 is 1 January to 30 June and
// H2 1 July to 31 December (assumption A1 in ./README.md: inferred from "första/andra halvåret",
// not stated by SCB in anything we could read).
export interface HalfYear {
  year: number;
  half: 1 | 2;
  // The key used everywhere: '2026H1'.
  key: string;
  // First and last day, ISO dates, inclusive.
  from: string;
  to: string;
}

const KEY = /^(\d{4})H([12])$/;

export function halfYear(year: number, half: 1 | 2): HalfYear {
  const y = String(year).padStart(4, '0');
  return {
    year,
    half,
    key: `${y}H${half}`,
    from: half === 1 ? `${y}-01-01` : `${y}-07-01`,
    to: half === 1 ? `${y}-06-30` : `${y}-12-31`,
  };
}

// The half-year of a key such as '2026H1', or null when the text is not one.
export function parseHalfYear(key: string): HalfYear | null {
  const match = KEY.exec(key);
  if (!match) return null;
  const year = Number.parseInt(match[1], 10);
  if (year < 2000 || year > 2999) return null;
  return halfYear(year, match[2] === '1' ? 1 : 2);
}

// The half-year a day (ISO date) falls in.
export function halfYearOf(day: string): HalfYear {
  const year = Number.parseInt(day.slice(0, 4), 10);
  return halfYear(year, day.slice(5, 7) <= '06' ? 1 : 2);
}

export function previousHalfYear(period: HalfYear): HalfYear {
  return period.half === 2 ? halfYear(period.year, 1) : halfYear(period.year - 1, 2);
}

// Half-year keys sort as text ('2017H2' < '2018H1').
export function compareHalfYears(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
