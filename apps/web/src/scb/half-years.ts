// The half-years the SCB pages offer: the current one and the three before it, newest first
// (the same keys as the api: '2026H1' is 1 January–30 June).
export function recentHalfYears(today: Date, count = 4): string[] {
  const year = Number(
    new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric' }).format(today),
  );
  const month = Number(
    new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', month: 'numeric' }).format(today),
  );
  let y = year;
  let half: 1 | 2 = month <= 6 ? 1 : 2;
  const keys: string[] = [];
  for (let i = 0; i < count; i += 1) {
    keys.push(`${y}H${half}`);
    if (half === 2) half = 1;
    else {
      half = 2;
      y -= 1;
    }
  }
  return keys;
}

// '2026H1' → { year: '2026', half: '1' }, for the labels.
export function halfYearParts(key: string): { year: string; half: string } {
  return { year: key.slice(0, 4), half: key.slice(5) };
}
