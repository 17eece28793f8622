// The Swedish strings of the administrator's integration credentials (issue 16): school systems
// that send their signal files and absence days (issue 17) to Brygga. Spread into sv.ts (`integrations`, and the error
// messages under `errors`).
export const svIntegrations = {
  nav: 'Integrationer',
  title: 'Integrationer',
  intro:
    'En skolas system kan skicka sina filer med signaler (frånvaro, avbrott med mera) och med frånvarodagar direkt till Brygga. Skapa en integrationsnyckel för skolan och lämna den till den som sköter skolans system. Nyckeln kan bara skicka den skolans filer.',
  createHeading: 'Skapa integrationsnyckel',
  school: 'Skola',
  name: 'Namn',
  nameHint: 'Till exempel skolsystemets namn.',
  validDays: 'Giltig i antal dagar',
  validDaysHint: 'Högst 730 dagar.',
  create: 'Skapa nyckel',
  required: 'Fyll i {{field}}.',
  nameLength: 'Namnet ska vara 2–100 tecken.',
  daysRange: 'Skriv ett antal dagar mellan 1 och 730.',
  secretHeading: 'Nyckeln för {{name}} är skapad',
  secretBody:
    'Kopiera nyckeln nu och lämna den säkert till den som sköter skolans system. Den visas bara den här gången; Brygga sparar den inte.',
  secretLabel: 'Integrationsnyckel',
  secretDone: 'Jag har kopierat nyckeln',
  listHeading: 'Integrationsnycklar',
  listCaption: 'Kommunens integrationsnycklar',
  empty: 'Det finns inga integrationsnycklar.',
  createdAt: 'Skapad',
  createdBy: 'Skapad av',
  expiresAt: 'Giltig till',
  lastUsedAt: 'Senast använd',
  never: 'Aldrig',
  state: 'Läge',
  active: 'Aktiv',
  expired: 'Utgången',
  revoked: 'Återkallad',
  actions: 'Åtgärd',
  revoke: 'Återkalla',
  revokeLabel: 'Återkalla nyckeln {{name}}',
  revokeHeading: 'Återkalla nyckeln?',
  revokeBody: '{{name}} för {{school}} slutar fungera direkt. Skolans system kan inte skicka filer med den längre.',
  revokeConfirm: 'Återkalla nyckeln',
  revokeCancel: 'Avbryt',
  revokedNotice: 'Nyckeln {{name}} är återkallad.',
  howTo: 'Så skickar skolans system en fil',
  howToBody:
    'Systemet skickar filen (CSV eller Excel) med POST, signaler till /signals/import och frånvarodagar till /early-warning/absence-days/import, med samma nyckel i Authorization: Bearer och en egen Idempotency-Key per fil. Samma fil två gånger skapar inget nytt.',
} as const;

export const svIntegrationsErrors = {
  INTEGRATION_CREDENTIAL_ORGANIZATION_INVALID: 'Integrationsnycklar kan bara skapas för skolor.',
  INTEGRATION_CREDENTIAL_INVALID: 'Integrationsnyckeln är inte giltig.',
  INTEGRATION_CREDENTIAL_REVOKED: 'Integrationsnyckeln är återkallad. Be kommunens administratör om en ny.',
  INTEGRATION_CREDENTIAL_EXPIRED: 'Integrationsnyckeln har gått ut. Be kommunens administratör om en ny.',
  SIGNAL_IMPORT_KEY_MISSING: 'Anropet saknar en giltig Idempotency-Key.',
  SIGNAL_IMPORT_CONTENT_TYPE_UNSUPPORTED: 'Skicka filen som anropets innehåll (text/csv eller .xlsx).',
} as const;
