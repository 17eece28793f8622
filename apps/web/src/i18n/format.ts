// Dates, numbers and names always in sv-SE. Dates are shown in Swedish time whatever the
// browser's zone is, as the api's day boundaries are Swedish (Europe/Stockholm).
const zone = 'Europe/Stockholm';
const dateFormat = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeZone: zone });
const longDateFormat = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: zone });
const dateTimeFormat = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short', timeZone: zone });
const numberFormat = new Intl.NumberFormat('sv-SE');
const collator = new Intl.Collator('sv-SE');

// An ISO date (YYYY-MM-DD) is a calendar day, not an instant: format it without a zone shift.
export function formatDate(value: string | null | undefined): string {
  if (!value) return '–';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return dateFormat.format(new Date(value));
}

export function formatLongDate(value: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return longDateFormat.format(date);
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '–';
  return dateTimeFormat.format(new Date(value));
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

export const compareSv = (a: string, b: string): number => collator.compare(a, b);

// Today's date in Swedish time, as the api counts days.
export function todayIso(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: zone }).format(now);
}

// Swedish time's offset from UTC at an instant, in milliseconds (+1 h in winter, +2 h in summer).
function swedishOffset(instant: number): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  const local = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return local - Math.floor(instant / 1000) * 1000;
}

// The first instant of a calendar day (YYYY-MM-DD) in Swedish time, whatever the browser's zone:
// a filter "from 2026-03-29" starts at that day's Swedish midnight, as the api counts days.
// Midnight is never skipped or repeated in Sweden (the clocks change at 02:00 and 03:00), so the
// offset found at the first guess's own instant is the day's.
export function swedishDayStart(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  const utcMidnight = Date.UTC(year ?? 0, (month ?? 1) - 1, date ?? 1);
  const guess = utcMidnight - swedishOffset(utcMidnight);
  return new Date(utcMidnight - swedishOffset(guess)).toISOString();
}

// The first instant after a calendar day in Swedish time (the next day's start): the exclusive
// end of a period "to and including" that day.
export function swedishDayEnd(day: string): string {
  const next = new Date(`${day}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return swedishDayStart(next.toISOString().slice(0, 10));
}
