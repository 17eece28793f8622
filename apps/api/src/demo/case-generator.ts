import { randomUUID } from 'node:crypto';

import { makeIdentityNumber } from '@app/young-people';

// Anything that runs SQL with parameters: a TypeORM EntityManager or a pg Client.
export interface SqlExecutor {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

// Generates a municipality's case data (young people with their registration, status history,
// guardians, occupations, contacts, measures and plans) for the demo and the benchmark. The
// contents come from a seeded generator, so the same seed gives the same people; rows go in
// with one multi-row INSERT per table and chunk, so 20,000 young people take seconds.

export interface CaseGeneratorOptions {
  municipalityId: string;
  kaaUnitId: string;
  coordinatorIds: string[];
  // Share of young people with no coordinator yet (0 to 1).
  unassignedShare: number;
  youngPeople: number;
  seed: number;
  // Organisations that take actions in plans (partners).
  partnerOrganizationIds: string[];
  measureTypeIds: string[];
  today?: Date;
}

export interface GeneratedCounts {
  youngPeople: number;
  enrollments: number;
  contacts: number;
  measures: number;
  plans: number;
}

const GIVEN = [
  'Alva',
  'Elias',
  'Maja',
  'Noah',
  'Ella',
  'Hugo',
  'Vera',
  'Liam',
  'Alice',
  'William',
  'Saga',
  'Oscar',
  'Selma',
  'Lucas',
  'Wilma',
  'Adam',
  'Ebba',
  'Ali',
  'Leah',
  'Omar',
  'Nora',
  'Matteo',
  'Freja',
  'Yusuf',
  'Stella',
  'Isak',
  'Juni',
  'Leo',
  'Amira',
  'Edvin',
];
const FAMILY = [
  'Andersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Persson',
  'Svensson',
  'Gustafsson',
  'Pettersson',
  'Jonsson',
  'Jansson',
  'Hansson',
  'Bengtsson',
  'Lindberg',
  'Jakobsson',
  'Magnusson',
  'Lindström',
  'Öberg',
  'Åberg',
  'Mohammed',
  'Hassan',
  'Ali',
  'Nguyen',
  'Berg',
  'Holm',
  'Ek',
  'Sandberg',
  'Lund',
];
const STREETS = ['Storgatan', 'Skolvägen', 'Björkvägen', 'Kyrkogatan', 'Ängsvägen', 'Parkgatan', 'Sjövägen'];
const GOALS = [
  'Jag vill börja plugga igen',
  'Jag vill ha ett jobb',
  'Komma upp på morgonen',
  'Ta körkort',
  'Klara matten',
  'Hitta en praktikplats',
];
const ACTIONS = [
  'Studie- och yrkesvägledning',
  'Studiebesök på komvux',
  'Inskrivning på Arbetsförmedlingen',
  'Samtal om mående',
  'Praktik två dagar i veckan',
  'Motiverande samtal',
];

// mulberry32: small, fast and good enough for test data.
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Row = unknown[];

interface Table {
  name: string;
  columns: string[];
  // PostgreSQL types of the columns, for unnest() of the parameter arrays.
  types: string[];
  rows: Row[];
}

function table(name: string, spec: Array<[string, string]>): Table {
  return { name, columns: spec.map(([c]) => c), types: spec.map(([, t]) => t), rows: [] };
}

const CHUNK = 2000;

// One INSERT ... SELECT FROM unnest(...) per chunk: one round trip for thousands of rows.
// Array-typed columns travel as their text form and are cast back in the SELECT.
async function flush(manager: SqlExecutor, t: Table): Promise<void> {
  for (let start = 0; start < t.rows.length; start += CHUNK) {
    const chunk = t.rows.slice(start, start + CHUNK);
    const params = t.columns.map((_, c) => chunk.map((row) => row[c]));
    const unnest = t.types.map((type, i) => `$${i + 1}::${type.endsWith('[]') ? 'text' : type}[]`).join(', ');
    const select = t.columns.map((c, i) => (t.types[i]?.endsWith('[]') ? `${c}::${t.types[i]}` : c)).join(', ');
    await manager.query(
      `INSERT INTO ${t.name} (${t.columns.join(', ')}) SELECT ${select} FROM unnest(${unnest}) AS u(${t.columns.join(', ')})`,
      params,
    );
  }
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

export async function generateCaseData(manager: SqlExecutor, options: CaseGeneratorOptions): Promise<GeneratedCounts> {
  const random = prng(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const chance = (p: number): boolean => random() < p;
  const today = options.today ?? new Date();
  const m = options.municipalityId;

  const people = table('young_person', [
    ['id', 'uuid'],
    ['municipality_id', 'uuid'],
    ['personal_identity_number', 'text'],
    ['coordination_number', 'boolean'],
    ['date_of_birth', 'date'],
    ['given_name', 'text'],
    ['family_name', 'text'],
    ['phone', 'text'],
    ['email', 'text'],
    ['street_address', 'text'],
    ['postal_code', 'text'],
    ['city', 'text'],
    ['protected_identity', 'boolean'],
    ['protected_named_user_ids', 'uuid[]'],
    ['kaa_unit_id', 'uuid'],
    ['coordinator_id', 'uuid'],
    ['last_contact_at', 'timestamptz'],
  ]);
  const guardians = table('guardian', [
    ['municipality_id', 'uuid'],
    ['young_person_id', 'uuid'],
    ['name', 'text'],
    ['relation', 'guardian_relation'],
    ['phone', 'text'],
    ['email', 'text'],
  ]);
  const enrollments = table('kaa_enrollment', [
    ['id', 'uuid'],
    ['municipality_id', 'uuid'],
    ['young_person_id', 'uuid'],
    ['registered_on', 'date'],
    ['registration_reason', 'kaa_registration_reason'],
    ['status', 'kaa_enrollment_status'],
    ['ended_on', 'date'],
    ['end_reason', 'kaa_enrollment_end_reason'],
  ]);
  const statusChanges = table('kaa_enrollment_status_change', [
    ['municipality_id', 'uuid'],
    ['enrollment_id', 'uuid'],
    ['from_status', 'kaa_enrollment_status'],
    ['to_status', 'kaa_enrollment_status'],
    ['cause', 'kaa_status_change_cause'],
    ['changed_by_id', 'uuid'],
    ['changed_at', 'timestamptz'],
  ]);
  const occupations = table('occupation', [
    ['municipality_id', 'uuid'],
    ['young_person_id', 'uuid'],
    ['kind', 'occupation_kind'],
    ['category', 'occupation_category'],
    ['valid_from', 'date'],
    ['source', 'occupation_source'],
    ['recorded_by_id', 'uuid'],
  ]);
  const contacts = table('contact_attempt', [
    ['municipality_id', 'uuid'],
    ['young_person_id', 'uuid'],
    ['channel', 'contact_channel'],
    ['occurred_at', 'timestamptz'],
    ['performed_by_id', 'uuid'],
    ['outcome', 'contact_outcome'],
    ['occupation_learned', 'occupation_category'],
  ]);
  const measures = table('measure', [
    ['municipality_id', 'uuid'],
    ['young_person_id', 'uuid'],
    ['measure_type_id', 'uuid'],
    ['tier', 'measure_tier'],
    ['level', 'measure_level'],
    ['status', 'measure_status'],
    ['offered_on', 'date'],
    ['responded_on', 'date'],
    ['started_on', 'date'],
    ['ended_on', 'date'],
    ['end_reason', 'measure_end_reason'],
    ['occupation_after', 'occupation_category'],
    ['planning_and_goal', 'text'],
    ['municipality_responsibility', 'text'],
    ['follow_up_on', 'date'],
    ['created_by_id', 'uuid'],
  ]);
  const plans = table('action_plan', [
    ['id', 'uuid'],
    ['municipality_id', 'uuid'],
    ['young_person_id', 'uuid'],
    ['scope', 'plan_scope'],
    ['owner_organization_id', 'uuid'],
    ['title', 'text'],
    ['lead_organization_id', 'uuid'],
    ['participation', 'plan_participation'],
    ['status', 'plan_status'],
    ['created_by_id', 'uuid'],
  ]);
  const goals = table('action_plan_goal', [
    ['id', 'uuid'],
    ['municipality_id', 'uuid'],
    ['plan_id', 'uuid'],
    ['position', 'integer'],
    ['text', 'text'],
    ['owner', 'plan_goal_owner'],
  ]);
  const actions = table('action_plan_action', [
    ['municipality_id', 'uuid'],
    ['plan_id', 'uuid'],
    ['goal_id', 'uuid'],
    ['position', 'integer'],
    ['description', 'text'],
    ['responsible_organization_id', 'uuid'],
    ['due_on', 'date'],
    ['status', 'plan_action_status'],
  ]);
  const followUps = table('action_plan_follow_up', [
    ['municipality_id', 'uuid'],
    ['plan_id', 'uuid'],
    ['planned_on', 'date'],
  ]);
  const revisions = table('action_plan_revision', [
    ['municipality_id', 'uuid'],
    ['plan_id', 'uuid'],
    ['version', 'integer'],
    ['snapshot', 'jsonb'],
    ['changed_fields', 'text[]'],
    ['changed_by_id', 'uuid'],
  ]);

  const consents = table('consent', [
    ['id', 'uuid'],
    ['municipality_id', 'uuid'],
    ['young_person_id', 'uuid'],
    ['recipient_organization_id', 'uuid'],
    ['categories', 'information_category[]'],
    ['purpose', 'text'],
    ['given_by', 'consent_giver'],
    ['form', 'consent_form'],
    ['documented_by_id', 'uuid'],
    ['documented_at', 'timestamptz'],
    ['valid_from', 'date'],
    ['valid_to', 'date'],
  ]);
  const grants = table('consent_grant', [
    ['municipality_id', 'uuid'],
    ['consent_id', 'uuid'],
    ['young_person_id', 'uuid'],
    ['organization_id', 'uuid'],
    ['category', 'information_category'],
    ['valid_from', 'date'],
    ['valid_to', 'date'],
  ]);

  const referrals = table('referral', [
    ['id', 'uuid'],
    ['municipality_id', 'uuid'],
    ['young_person_id', 'uuid'],
    ['from_organization_id', 'uuid'],
    ['sent_by_id', 'uuid'],
    ['to_organization_id', 'uuid'],
    ['purpose', 'text'],
    ['categories', 'information_category[]'],
    ['legal_ground', 'legal_ground'],
    ['consent_id', 'uuid'],
    ['status', 'referral_status'],
    ['sent_at', 'timestamptz'],
    ['answered_at', 'timestamptz'],
  ]);
  const disclosures = table('disclosure', [
    ['municipality_id', 'uuid'],
    ['young_person_id', 'uuid'],
    ['from_organization_id', 'uuid'],
    ['disclosed_by_id', 'uuid'],
    ['recipient_organization_id', 'uuid'],
    ['categories', 'information_category[]'],
    ['legal_ground', 'legal_ground'],
    ['consent_id', 'uuid'],
    ['referral_id', 'uuid'],
    ['disclosed_at', 'timestamptz'],
  ]);

  const taken = new Set<string>();
  const partners = options.partnerOrganizationIds.length > 0 ? options.partnerOrganizationIds : [options.kaaUnitId];
  for (let i = 0; i < options.youngPeople; i += 1) {
    const id = randomUUID();
    // 16 to 19 years old today (a few days short of 20 at most).
    const dateOfBirth = addDays(today, -Math.floor(365.25 * 16 + random() * (365.25 * 4 - 10)));
    const dob = iso(dateOfBirth);
    let pin = makeIdentityNumber(dob, 1 + Math.floor(random() * 999));
    while (taken.has(pin)) pin = makeIdentityNumber(dob, 1 + Math.floor(random() * 999));
    taken.add(pin);
    const coordinatorId = chance(options.unassignedShare)
      ? null
      : (options.coordinatorIds[i % options.coordinatorIds.length] ?? null);
    const actor = coordinatorId ?? options.coordinatorIds[0] ?? null;
    const given = pick(GIVEN);
    const family = pick(FAMILY);
    // About one in a hundred, at fixed places, so every generated municipality has some.
    const protectedIdentity = i % 97 === 13;

    // Registered after the 16th birthday, within the last 18 months.
    const earliest = Math.max(dateOfBirth.getTime() + 365.25 * 16 * 86_400_000, today.getTime() - 540 * 86_400_000);
    const registeredAt = new Date(earliest + random() * (today.getTime() - earliest));
    const registeredOn = iso(registeredAt);

    // Contacts since registration, oldest first; the last one decides the status.
    const contactCount = Math.floor(random() * 7);
    const times = Array.from(
      { length: contactCount },
      () => registeredAt.getTime() + random() * (today.getTime() - registeredAt.getTime()),
    ).sort((a, b) => a - b);
    let status = 'NOT_CONTACTED';
    let lastContact: Date | null = null;
    let learned: string | null = null;
    for (const time of times) {
      const outcome = chance(0.55) ? 'REACHED' : chance(0.85) ? 'NOT_REACHED' : 'DECLINED';
      const occupation =
        outcome === 'REACHED' && chance(0.4) ? pick(['EDUCATION', 'WORK', 'OTHER_ACTIVITY', 'NONE']) : null;
      contacts.rows.push([
        m,
        id,
        pick(['LETTER', 'TEXT_MESSAGE', 'PHONE', 'EMAIL', 'SOCIAL_MEDIA', 'HOME_VISIT', 'MEETING']),
        new Date(time),
        actor ?? options.coordinatorIds[0],
        outcome,
        occupation,
      ]);
      lastContact = new Date(time);
      if (occupation) learned = occupation;
      status =
        outcome === 'DECLINED'
          ? 'DECLINED'
          : outcome === 'NOT_REACHED'
            ? status === 'NOT_CONTACTED'
              ? 'CONTACT_ATTEMPTED'
              : status
            : occupation === 'EDUCATION'
              ? 'IN_EDUCATION'
              : occupation === 'WORK'
                ? 'IN_WORK'
                : 'IN_DIALOGUE';
    }
    if (status === 'IN_DIALOGUE' && chance(0.1)) status = 'UNKNOWN';

    // Some young people run a measure; a started one puts the registration in IN_MEASURE.
    if (status === 'IN_DIALOGUE' && options.measureTypeIds.length > 0 && chance(0.6)) {
      const offered = iso(lastContact ?? registeredAt);
      const state = pick(['OFFERED', 'ACCEPTED', 'DECLINED', 'STARTED', 'STARTED', 'ENDED']);
      const started = state === 'STARTED' || state === 'ENDED' ? offered : null;
      measures.rows.push([
        m,
        id,
        pick(options.measureTypeIds),
        pick(['PREVENTIVE', 'REMEDIAL']),
        'INDIVIDUAL',
        state,
        offered,
        state === 'OFFERED' ? null : offered,
        started,
        state === 'ENDED' ? offered : null,
        state === 'ENDED' ? pick(['COMPLETED', 'INTERRUPTED', 'STARTED_EDUCATION']) : null,
        state === 'ENDED' ? pick(['EDUCATION', 'WORK', 'UNKNOWN']) : null,
        'Kartläggning av mål och intressen tillsammans med den unga',
        'Samordnaren bokar och följer upp',
        iso(addDays(today, Math.floor(random() * 60) - 20)),
        actor ?? options.coordinatorIds[0],
      ]);
      if (state === 'STARTED') status = 'IN_MEASURE';
    }

    // A share of registrations have ended.
    let endedOn: string | null = null;
    let endReason: string | null = null;
    if (chance(0.08)) {
      endedOn = iso(lastContact ?? registeredAt);
      endReason = pick(['STARTED_EDUCATION', 'COMPLETED_EDUCATION', 'MOVED', 'EMIGRATED', 'OTHER']);
    }
    const enrollmentId = randomUUID();
    enrollments.rows.push([
      enrollmentId,
      m,
      id,
      registeredOn,
      pick([
        'DROPPED_OUT',
        'LEAVING_CERTIFICATE',
        'NEVER_STARTED',
        'LEFT_INTRODUCTION_PROGRAMME',
        'ARRIVED_AFTER_COMPULSORY_AGE',
        'MOVED_IN',
      ]),
      status,
      endedOn,
      endReason,
    ]);
    statusChanges.rows.push([m, enrollmentId, null, 'NOT_CONTACTED', 'REGISTRATION', actor, registeredAt]);
    if (status !== 'NOT_CONTACTED') {
      statusChanges.rows.push([
        m,
        enrollmentId,
        'NOT_CONTACTED',
        status,
        'CONTACT',
        actor,
        lastContact ?? registeredAt,
      ]);
    }

    people.rows.push([
      id,
      m,
      pin,
      false,
      dob,
      given,
      family,
      `07${Math.floor(10_000_000 + random() * 89_999_999)}`,
      `${given.toLowerCase()}.${i}@example.se`.normalize('NFD').replace(/[\u0300-\u036f]/g, ''),
      `${pick(STREETS)} ${1 + Math.floor(random() * 80)}`,
      `${10000 + Math.floor(random() * 89999)}`,
      'Demostad',
      protectedIdentity,
      protectedIdentity && coordinatorId ? `{${coordinatorId}}` : '{}',
      options.kaaUnitId,
      coordinatorId,
      lastContact,
    ]);
    guardians.rows.push([
      m,
      id,
      `${pick(GIVEN)} ${family}`,
      'PARENT',
      `070${Math.floor(1_000_000 + random() * 8_999_999)}`,
      null,
    ]);
    if (chance(0.5)) guardians.rows.push([m, id, `${pick(GIVEN)} ${pick(FAMILY)}`, 'PARENT', null, null]);
    occupations.rows.push([m, id, 'PREVIOUS', 'EDUCATION', iso(addDays(registeredAt, -120)), 'REGISTER', actor]);
    occupations.rows.push([
      m,
      id,
      'CURRENT',
      learned ?? 'NONE',
      iso(lastContact ?? registeredAt),
      learned ? 'CONTACT_ATTEMPT' : 'REGISTER',
      actor,
    ]);

    // A plan for a share of those in dialogue or a measure.
    if (!endedOn && (status === 'IN_DIALOGUE' || status === 'IN_MEASURE') && chance(0.5)) {
      const planId = randomUUID();
      plans.rows.push([
        planId,
        m,
        id,
        'INDIVIDUAL',
        options.kaaUnitId,
        'Min väg framåt',
        options.kaaUnitId,
        'PARTICIPATED',
        'ACTIVE',
        actor ?? options.coordinatorIds[0],
      ]);
      const goalIds = [randomUUID(), randomUUID()];
      goalIds.forEach((goalId, position) =>
        goals.rows.push([goalId, m, planId, position, pick(GOALS), 'YOUNG_PERSON']),
      );
      const actionPartners = [pick(partners), pick(partners)];
      // Most young people with a plan let the first partner on it see the plan and occupation
      // (some also their identity number), so partner logins have something to see.
      if (chance(0.7)) {
        const consentId = randomUUID();
        const categories = chance(0.3) ? ['IDENTITY', 'OCCUPATION', 'PLAN'] : ['OCCUPATION', 'PLAN'];
        const from = iso(addDays(today, -Math.floor(random() * 60)));
        const to = iso(addDays(today, 300));
        const recipient = actionPartners[0] ?? options.kaaUnitId;
        consents.rows.push([
          consentId,
          m,
          id,
          recipient,
          `{${categories.join(',')}}`,
          'Samordning av insatser enligt planen',
          'YOUNG_PERSON',
          'ORAL',
          actor ?? options.coordinatorIds[0],
          new Date(`${from}T09:00:00Z`),
          from,
          to,
        ]);
        for (const category of categories) grants.rows.push([m, consentId, id, recipient, category, from, to]);
        // Half of them were also referred to that partner on the consent: a referral in some
        // state and the disclosure it made.
        if (chance(0.5)) {
          const referralId = randomUUID();
          const sentAt = new Date(`${from}T10:00:00Z`);
          const status = pick(['REQUESTED', 'ACCEPTED', 'DONE']);
          const sender = actor ?? options.coordinatorIds[0];
          referrals.rows.push([
            referralId,
            m,
            id,
            options.kaaUnitId,
            sender,
            recipient,
            'Stöd enligt handlingsplanen',
            '{PLAN}',
            'CONSENT',
            consentId,
            status,
            sentAt,
            status === 'REQUESTED' ? null : addDays(sentAt, 3),
          ]);
          disclosures.rows.push([
            m,
            id,
            options.kaaUnitId,
            sender,
            recipient,
            '{PLAN}',
            'CONSENT',
            consentId,
            referralId,
            sentAt,
          ]);
        }
      }
      for (let position = 0; position < 2; position += 1) {
        actions.rows.push([
          m,
          planId,
          goalIds[position],
          position,
          pick(ACTIONS),
          actionPartners[position],
          iso(addDays(today, Math.floor(random() * 90))),
          pick(['PLANNED', 'IN_PROGRESS', 'DONE']),
        ]);
      }
      followUps.rows.push([m, planId, iso(addDays(today, Math.floor(random() * 60) - 10))]);
      revisions.rows.push([
        m,
        planId,
        1,
        JSON.stringify({ title: 'Min väg framåt', generated: true }),
        '{created}',
        actor ?? options.coordinatorIds[0],
      ]);
    }
  }

  for (const t of [
    people,
    guardians,
    enrollments,
    statusChanges,
    occupations,
    contacts,
    measures,
    plans,
    goals,
    actions,
    followUps,
    revisions,
    consents,
    grants,
    referrals,
    disclosures,
  ]) {
    await flush(manager, t);
  }
  return {
    youngPeople: people.rows.length,
    enrollments: enrollments.rows.length,
    contacts: contacts.rows.length,
    measures: measures.rows.length,
    plans: plans.rows.length,
  };
}
