// The Swedish strings of rectification requests (issue 19), shared by the own view and the staff
// panel on the young person's page, and the own view's errors; spread into sv.ts. The own view's
// pages have theirs in sv-own-view-pages.ts, loaded with its chunk.
// The staff side: the requests on the young person's page, and the decision.
export const svRectification = {
  heading: 'Begäran om rättelse',
  fields: {
    NAME: 'Namn',
    CONTACT_DETAILS: 'Kontaktuppgifter',
    OCCUPATION: 'Vad jag gör nu (skola, arbete)',
    PLAN: 'Min plan',
    CONSENT: 'Samtycken',
    GUARDIAN: 'Vårdnadshavare',
    OTHER: 'Något annat',
  },
  status: { OPEN: 'Inte besvarad ännu', ACCEPTED: 'Rättas', REFUSED: 'Rättas inte' },
  none: 'Inga begäranden om rättelse.',
  from: { YOUNG_PERSON: 'Från den unga', GUARDIAN: 'Från vårdnadshavare' },
  received: 'Mottagen {{date}}',
  decision: 'Beslut',
  accept: 'Rättas',
  refuse: 'Rättas inte',
  reason: 'Motivering (visas för den unga)',
  reasonMissing: 'Skriv varför uppgiften inte rättas.',
  save: 'Spara beslut',
  decided: '{{status}} – {{who}}, {{date}}',
};

export const svOwnViewErrors = {
  SELF_SERVICE_IDENTITY_MISSING: 'Inloggningen gav inget personnummer. Försök igen med e-legitimation.',
  SELF_SERVICE_NO_RECORD: 'Det finns inga uppgifter om dig i Brygga.',
  SELF_SERVICE_NO_WARD: 'Du är inte registrerad som vårdnadshavare för någon under 18 år i Brygga.',
  SELF_SERVICE_SESSION_INVALID: 'Du är utloggad. Logga in igen med e-legitimation.',
  RECTIFICATION_ALREADY_DECIDED: 'Begäran om rättelse är redan beslutad.',
  RECTIFICATION_TEXT_INVALID: 'Skriv vad som är fel och vad som borde stå.',
};
