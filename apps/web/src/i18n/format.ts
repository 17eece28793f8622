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
