import { randomInt } from 'node:crypto';

import { makeIdentityNumber } from '@app/young-people';

import type { GraphqlResponse, TestApi } from './test-api';

// Numbers drawn in this process: a suite registers many young people in one municipality, and a
// repeated draw (about one in a million per pair) would fail a test as a duplicate by chance.
const drawn = new Set<string>();

// A valid identity number no other test will draw by chance: a random date of birth between
// 16 and 19 years before `today` and a random serial, never the same twice in one process.
export function randomIdentityNumber(options: { age?: number; coordination?: boolean } = {}): {
  number: string;
  dateOfBirth: string;
} {
  for (;;) {
    const today = new Date();
    const age = options.age ?? 16 + randomInt(3);
    const birth = new Date(Date.UTC(today.getUTCFullYear() - age - 1, today.getUTCMonth(), today.getUTCDate()));
    birth.setUTCDate(birth.getUTCDate() + 1 + randomInt(360));
    const dateOfBirth = birth.toISOString().slice(0, 10);
    const number = makeIdentityNumber(dateOfBirth, 1 + randomInt(999), options.coordination ?? false);
    if (drawn.has(number)) continue;
    drawn.add(number);
    return { number, dateOfBirth };
  }
}

// The test municipalities' day (Europe/Stockholm), which the api judges dates by: between
// 23:00 and 24:00 UTC (22:00 in summer) the UTC day is still yesterday there.
const STOCKHOLM_DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' });

export function stockholmDay(instant: Date = new Date()): string {
  return STOCKHOLM_DAY.format(instant);
}

export function today(): string {
  return stockholmDay();
}

export interface RegisterOverrides {
  personalIdentityNumber?: string;
  givenName?: string;
  familyName?: string;
  contact?: Record<string, string | null>;
  guardians?: Array<Record<string, string | null>>;
  protectedIdentity?: boolean;
  coordinatorId?: string;
  enrollment?: Record<string, unknown>;
}

// A registration that passes every rule unless overridden.
export function registerInput(overrides: RegisterOverrides = {}): Record<string, unknown> {
  return {
    personalIdentityNumber: randomIdentityNumber().number,
    givenName: 'Alva',
    familyName: 'Lind',
    contact: {
      phone: '070-123 45 67',
      email: 'alva@example.se',
      streetAddress: 'Storgatan 1',
      postalCode: '123 45',
      city: 'Demo',
    },
    guardians: [{ name: 'Eva Lind', relation: 'PARENT', phone: '070-765 43 21', email: 'eva@example.se' }],
    enrollment: {
      registeredOn: today(),
      reason: 'DROPPED_OUT',
      eligibility: { compulsorySchool: 'COMPLETED', upperSecondary: 'DROPPED_OUT' },
    },
    ...overrides,
  };
}

export const YOUNG_PERSON_FIELDS = `id personalIdentityNumber coordinationNumber dateOfBirth age twentiethBirthday
  givenName familyName protectedIdentity protectedNamedUserIds kaaUnitId coordinatorId lastContactAt version
  contact { phone email streetAddress postalCode city }
  guardians { name relation phone email }
  enrollment { id status version registeredOn registrationReason endedOn endReason }`;

export interface YoungPersonView {
  id: string;
  personalIdentityNumber: string;
  coordinationNumber: boolean;
  dateOfBirth: string;
  age: number;
  twentiethBirthday: string;
  givenName: string;
  familyName: string;
  protectedIdentity: boolean;
  protectedNamedUserIds: string[];
  kaaUnitId: string | null;
  coordinatorId: string | null;
  lastContactAt: string | null;
  version: number;
  contact: Record<string, string | null> | null;
  guardians: Array<Record<string, string | null>>;
  enrollment: {
    id: string;
    status: string;
    version: number;
    registeredOn: string;
    registrationReason: string;
    endedOn: string | null;
    endReason: string | null;
  } | null;
}

export const REGISTER = `mutation ($input: RegisterYoungPersonInput!) { registerYoungPerson(input: $input) { ${YOUNG_PERSON_FIELDS} } }`;

// Registers through the API as `token` and returns the new record (throws on any error).
export async function register(t: TestApi, token: string, overrides: RegisterOverrides = {}): Promise<YoungPersonView> {
  const res = await t.graphql<{ registerYoungPerson: YoungPersonView }>(
    REGISTER,
    { input: registerInput(overrides) },
    token,
  );
  if (!res.data?.registerYoungPerson) throw new Error(`register failed: ${JSON.stringify(res.errors)}`);
  return res.data.registerYoungPerson;
}

// An oral consent from the young person to one organisation, recorded as `token`; the response
// as it came (for tests that expect a refusal).
export function requestConsent(
  t: TestApi,
  token: string,
  consent: { youngPersonId: string; recipientOrganizationId: string; categories: string[] },
): Promise<GraphqlResponse<{ recordConsent: { id: string } }>> {
  return t.graphql<{ recordConsent: { id: string } }>(
    'mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }',
    { input: { ...consent, purpose: 'Samordnat stöd', givenBy: 'YOUNG_PERSON', form: 'ORAL' } },
    token,
  );
}

// The same, returning the consent's id (throws on any error).
export async function recordConsent(
  t: TestApi,
  token: string,
  consent: { youngPersonId: string; recipientOrganizationId: string; categories: string[] },
): Promise<string> {
  const res = await requestConsent(t, token, consent);
  if (!res.data) throw new Error(`recordConsent failed: ${JSON.stringify(res.errors)}`);
  return res.data.recordConsent.id;
}

export function errorCode(res: { errors?: Array<{ extensions?: Record<string, unknown> }> }): unknown {
  return res.errors?.[0]?.extensions?.code;
}
