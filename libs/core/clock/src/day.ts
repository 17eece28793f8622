// Calendar days in a municipality's time zone. Consents, registrations, measures and plans are
// dated in Swedish days ("valid through 2026-12-31"), so the day a rule judges on is the
// municipality's local date, never the UTC date: between midnight in Stockholm and midnight UTC
// the two differ.

export const DEFAULT_TIME_ZONE = 'Europe/Stockholm';

// Formatting is the expensive part, so one formatter per zone (there are a handful at most).
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // en-CA formats as YYYY-MM-DD; the parts are read explicitly all the same.
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

// The ISO date (YYYY-MM-DD) of `instant` in `timeZone`.
export function dayIn(timeZone: string, instant: Date): string {
  let year = '';
  let month = '';
  let day = '';
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  return `${year}-${month}-${day}`;
}

// Whether `value` names an IANA time zone this runtime knows (Node ships full ICU).
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return value.length > 0 && value.length <= 64;
  } catch {
    return false;
  }
}

// `iso` (YYYY-MM-DD) moved by whole days, as an ISO date; calendar arithmetic in UTC, which has
// no daylight-saving gaps.
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
