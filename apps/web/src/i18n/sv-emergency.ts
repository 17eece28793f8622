// The partner caseworker's banner on every page while an emergency access runs, and the list
// of their own emergency accesses (issue 15). They load with those chunks
// (consent/emergency-strings.ts), never in the entry (the web budget); the type is part of the
// catalog's static type (i18n.ts).
export const svEmergency = {
  banner_one: 'Du har en pågående nödåtkomst.',
  banner_other: 'Du har {{count}} pågående nödåtkomster.',
  bannerItem: 'Till kl. {{time}}:',
  toYoungPerson: 'ungdomens sida',
  toList: 'Mina nödåtkomster',
  title: 'Mina nödåtkomster',
  intro:
    'Nödåtkomster du har öppnat, den senaste först. Varje nödåtkomst och allt du läste under den granskas av logggranskaren.',
  none: 'Du har inte öppnat någon nödåtkomst.',
  caption: 'Mina nödåtkomster',
  region: 'Tabell över nödåtkomster, rullbar i sidled',
  started: 'Öppnad',
  ends: 'Slutar eller slutade',
  reason: 'Skäl',
  status: 'Status',
  active: 'Pågår',
  endedEarly: 'Avslutad',
  expired: 'Utgången',
  youngPerson: 'Ungdom',
  open: 'Ungdomens sida (öppnad {{time}})',
  previous: 'Föregående sida',
  next: 'Nästa sida',
};
