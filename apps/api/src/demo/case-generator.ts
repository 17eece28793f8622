import { createHash, randomUUID } from 'node:crypto';

import { escalateAlertsAt } from '@app/alerts';
import { makeIdentityNumber } from '@app/young-people';

// Anything that runs SQL with parameters: a TypeORM EntityManager or a pg Client.
export interface SqlExecutor {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

// Generates a municipality's case data (young people with their registration, status history,
// guardians, occupations, contacts, measures and plans, school signals about them and the gap
// alerts their history would have raised) for the demo and the benchmark. The contents come from
// a seeded generator, so the same seed gives the same people; rows go in with one multi-row
// INSERT per table and chunk, so 20,000 young people take seconds.

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
  // Schools that send signals about the young people: upper-secondary schools (absence, start,
  // drop-out) and compulsory schools (absence investigations). No school: no signals.
  upperSecondarySchoolIds?: string[];
  compulsorySchoolIds?: string[];
  // Share of young people (0 to 1) with one or two signals over the last two years; 0.4 unless given.
  signalShare?: number;
  // The KAA unit's team lead: owns the alerts of young people without a coordinator and receives
  // the escalated ones. Without one, no alert is escalated (as the evaluation job does).
  teamLeadId?: string | null;
  // Further KAA units of the municipality, each with its own young people (after the first
  // unit's `youngPeople`, so adding a unit leaves the first unit's people as they were),
  // coordinators and team lead. Alerts about nobody registered stay the first unit's, as the
  // job keeps them.
  moreUnits?: KaaUnitOptions[];
  // Share (0 to 1) of the alerts open today that nobody has acknowledged; 0 unless given. The
  // job escalates those older than its days to the team lead: the generator replays its morning
  // runs (escalateAlertsAt) after writing the rows, so they are escalated as the job would have.
  unacknowledgedShare?: number;
  today?: Date;
}

export interface KaaUnitOptions {
  kaaUnitId: string;
  coordinatorIds: string[];
  teamLeadId: string | null;
  youngPeople: number;
}

export interface GeneratedCounts {
  youngPeople: number;
  enrollments: number;
  contacts: number;
  measures: number;
  plans: number;
  signals: number;
  alerts: number;
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

const DAY = 86_400_000;
const HOUR = 3_600_000;

// The evaluation job's default thresholds (alert_settings), which a generated municipality keeps.
const FIRST_CONTACT_WORKING_DAYS = 5;
const NO_CONTACT_DAYS = 30;
const NEVER_REACHED_ATTEMPTS = 3;
const SIGNAL_NOT_HANDLED_DAYS = 7;
const ESCALATE_AFTER_DAYS = 7;

// How often each kind of signal comes: mostly absence, some drop-outs, few starts.
const SIGNAL_KINDS: ReadonlyArray<[string, number]> = [
  ['UNEXCUSED_ABSENCE', 0.4],
  ['ABSENCE_PERIOD', 0.3],
  ['LEFT_UPPER_SECONDARY', 0.15],
  ['ABSENCE_INVESTIGATION_STARTED', 0.08],
  ['STARTED_UPPER_SECONDARY', 0.07],
];
// Days from a signal's arrival to its handling (first and last day of each band), or not handled.
const HANDLING: ReadonlyArray<[[number, number] | null, number]> = [
  [[0, 2], 0.35],
  [[3, 7], 0.3],
  [[8, 30], 0.17],
  [[31, 90], 0.06],
  [null, 0.12],
];
// Never 35: the signals browser spec finds the signal it uploads by "35 % frånvaro" among the demo's.
const ABSENCE_PERCENTS = [15, 20, 25, 30, 40, 45, 50, 60];
const NO_ACTION_REASONS = [
  'Eleven har redan kontakt med KAA-enheten.',
  'Frånvaron var styrkt sjukdom; skolan följer upp.',
  'Eleven har flyttat från kommunen.',
];
const ACKNOWLEDGE_REASONS = [
  'Jag har bokat ett möte nästa vecka.',
  'Väntar på svar från skolan.',
  'Har sökt den unga via sms.',
];
const RESOLVE_REASONS = [
  'Kontakt tagen via mentorn, noteras i nästa kontaktförsök.',
  'Den unga har börjat på komvux enligt skolan.',
  'Följs upp inom ett pågående ärende hos socialtjänsten.',
];

function weighted<T>(random: () => number, items: ReadonlyArray<[T, number]>): T {
  let rest = random() * items.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [item, weight] of items) {
    rest -= weight;
    if (rest < 0) return item;
  }
  const last = items[items.length - 1];
  if (!last) throw new Error('weighted: no items');
  return last[0];
}

// The evaluation job's morning run `days` days after the day of `time` (UTC days: the job judges
// on the municipality's day, a few hours apart at most).
function runAfter(time: number, days: number): number {
  return Math.floor(time / DAY) * DAY + days * DAY + 5 * HOUR;
}

// `days` working days (Monday to Friday) after the day of `time`, as a date. The job uses the
// Swedish calendar with its holidays; the generator does not need them: an alert opened a day
// late in a holiday week is still a true one.
function workingDaysAfter(time: number, days: number): number {
  let day = Math.floor(time / DAY) * DAY;
  for (let left = days; left > 0;) {
    day += DAY;
    const weekday = new Date(day).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return day;
}

function signalHash(schoolId: string, kind: string, pin: string, occurredOn: string, period: string[]): string {
  // The same digest as SignalsService's, so the same notice sent again by the school is this one.
  return createHash('sha256')
    .update([schoolId, kind, pin, occurredOn, period[0] ?? '', period[1] ?? ''].join('|'))
    .digest('hex');
}

// One gap a rule found in a young person's generated history (or, for a school's signal before
// the registration, about nobody registered): when the job would have opened it and when its
// condition ended (null: it holds today).
interface FoundGap {
  youngPersonId: string | null;
  rule: string;
  conditionKey: string;
  dueOn: string;
  facts: Record<string, string | number | boolean | null>;
  openedAt: number;
  endsAt: number | null;
}

interface AlertPeople {
  // Who must act: the coordinator, else the unit's team lead (as the job assigns it).
  owner: string | null;
  teamLeadId: string | null;
  kaaUnitId: string;
}

export async function generateCaseData(manager: SqlExecutor, options: CaseGeneratorOptions): Promise<GeneratedCounts> {
  const random = prng(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const chance = (p: number): boolean => random() < p;
  const today = options.today ?? new Date();
  const m = options.municipalityId;
  // Signals and alerts draw from a stream of their own, so that a seed gives the same young
  // people, contacts, measures and plans as before they were added.
  const rng = prng((options.seed ^ 0x51a7e5) >>> 0);
  const now = today.getTime();
  const upperSecondary = options.upperSecondarySchoolIds ?? [];
  const compulsory = options.compulsorySchoolIds ?? [];
  const signalShare = upperSecondary.length + compulsory.length > 0 ? (options.signalShare ?? 0.4) : 0;
  const teamLeadId = options.teamLeadId ?? null;
  const signalHashes = new Set<string>();
  const choose = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)];
  // Whether an alert open today was acknowledged: a stream of its own, so the other streams (and
  // so the people, signals and alerts of a seed) stay as they were without it.
  const acknowledging = prng((options.seed ^ 0xac4e0d) >>> 0);
  const unacknowledgedShare = options.unacknowledgedShare ?? 0;
  const units: KaaUnitOptions[] = [
    {
      kaaUnitId: options.kaaUnitId,
      coordinatorIds: options.coordinatorIds,
      teamLeadId,
      youngPeople: options.youngPeople,
    },
    ...(options.moreUnits ?? []),
  ];
  const unitOf = (index: number): KaaUnitOptions => {
    let rest = index;
    for (const unit of units) {
      if (rest < unit.youngPeople) return unit;
      rest -= unit.youngPeople;
    }
    return units[0];
  };
  const totalYoungPeople = units.reduce((sum, unit) => sum + unit.youngPeople, 0);
  // When each alert left unacknowledged was opened: the instants of the job's runs to replay.
  const unacknowledgedOpenedAt: number[] = [];

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

  const signals = table('signal', [
    ['id', 'uuid'],
    ['municipality_id', 'uuid'],
    ['home_municipality_id', 'uuid'],
    ['school_id', 'uuid'],
    ['kind', 'text'],
    ['personal_identity_number', 'text'],
    ['coordination_number', 'boolean'],
    ['young_person_id', 'uuid'],
    ['occurred_on', 'date'],
    ['period_start', 'date'],
    ['period_end', 'date'],
    ['absence_percent', 'smallint'],
    ['hash', 'text'],
    ['created_at', 'timestamptz'],
    ['decision', 'text'],
    ['decision_reason', 'text'],
    ['handled_by_id', 'uuid'],
    ['handled_at', 'timestamptz'],
    ['version', 'integer'],
  ]);
  const alerts = table('alert', [
    ['municipality_id', 'uuid'],
    ['young_person_id', 'uuid'],
    ['kaa_unit_id', 'uuid'],
    ['rule', 'text'],
    ['condition_key', 'text'],
    ['due_on', 'date'],
    ['facts', 'jsonb'],
    ['owner_user_id', 'uuid'],
    ['opened_at', 'timestamptz'],
    ['escalated_at', 'timestamptz'],
    ['escalated_to_id', 'uuid'],
    ['acknowledged_at', 'timestamptz'],
    ['acknowledged_by_id', 'uuid'],
    ['acknowledge_reason', 'text'],
    ['resolved_at', 'timestamptz'],
    ['resolved_by_id', 'uuid'],
    ['resolution', 'text'],
    ['resolve_reason', 'text'],
    ['ended_at', 'timestamptz'],
    ['version', 'integer'],
  ]);

  // An alert's life as a unit that works its alerts lives it. One whose condition has ended was
  // resolved then by the job (or earlier by hand, with a reason), acknowledged in its first days
  // or else escalated to the team lead after the municipality's days. One whose condition holds
  // today was acknowledged, except a share (`unacknowledgedShare`) that nobody has: those are
  // escalated after the rows are written, by the job's own escalation replayed at its morning
  // runs (never here, so the rule decides).
  const pushAlert = (gap: FoundGap, people: AlertPeople): void => {
    const { owner } = people;
    const opened = gap.openedAt;
    let acknowledgedAt: number | null = null;
    let escalatedAt: number | null = null;
    let resolvedAt: number | null = null;
    let resolvedBy: string | null = null;
    let resolution: string | null = null;
    let resolveReason: string | null = null;
    if (gap.endsAt === null) {
      const acknowledged = opened + Math.min(5 * DAY, now - opened) * (0.1 + 0.8 * rng());
      if (acknowledging() >= unacknowledgedShare) acknowledgedAt = acknowledged;
      else if (gap.youngPersonId !== null) unacknowledgedOpenedAt.push(opened);
    } else {
      resolvedAt = gap.endsAt;
      resolution = 'CONDITION_ENDED';
      if (gap.endsAt - opened > 2 * DAY && rng() < 0.2) {
        resolvedAt = opened + (gap.endsAt - opened) * (0.3 + 0.6 * rng());
        resolution = 'BY_HAND';
        resolveReason = choose(RESOLVE_REASONS);
      }
      const acknowledged = opened + (0.05 + 4 * rng()) * DAY;
      if (rng() < 0.4 && acknowledged < resolvedAt) acknowledgedAt = acknowledged;
      const escalation = opened + ESCALATE_AFTER_DAYS * DAY;
      if (
        acknowledgedAt === null &&
        people.teamLeadId !== null &&
        owner !== people.teamLeadId &&
        escalation < resolvedAt
      ) {
        escalatedAt = escalation;
      }
      if (resolution === 'BY_HAND') resolvedBy = escalatedAt !== null ? people.teamLeadId : owner;
    }
    const changes = [acknowledgedAt, escalatedAt, resolution === 'BY_HAND' ? resolvedAt : null, gap.endsAt];
    alerts.rows.push([
      m,
      gap.youngPersonId,
      people.kaaUnitId,
      gap.rule,
      gap.conditionKey,
      gap.dueOn,
      JSON.stringify(gap.facts),
      owner,
      new Date(opened),
      escalatedAt === null ? null : new Date(escalatedAt),
      escalatedAt === null ? null : people.teamLeadId,
      acknowledgedAt === null ? null : new Date(acknowledgedAt),
      acknowledgedAt === null ? null : owner,
      acknowledgedAt === null ? null : choose(ACKNOWLEDGE_REASONS),
      resolvedAt === null ? null : new Date(resolvedAt),
      resolvedBy,
      resolution,
      resolveReason,
      gap.endsAt === null ? null : new Date(gap.endsAt),
      1 + changes.filter((c) => c !== null).length,
    ]);
  };

  const taken = new Set<string>();
  for (let i = 0; i < totalYoungPeople; i += 1) {
    const unit = unitOf(i);
    const kaaUnitId = unit.kaaUnitId;
    const coordinatorIds = unit.coordinatorIds;
    const unitTeamLeadId = unit.teamLeadId;
    const partners = options.partnerOrganizationIds.length > 0 ? options.partnerOrganizationIds : [kaaUnitId];
    const id = randomUUID();
    // 16 to 19 years old today (a few days short of 20 at most).
    const dateOfBirth = addDays(today, -Math.floor(365.25 * 16 + random() * (365.25 * 4 - 10)));
    const dob = iso(dateOfBirth);
    let pin = makeIdentityNumber(dob, 1 + Math.floor(random() * 999));
    while (taken.has(pin)) pin = makeIdentityNumber(dob, 1 + Math.floor(random() * 999));
    taken.add(pin);
    const coordinatorId = chance(options.unassignedShare) ? null : (coordinatorIds[i % coordinatorIds.length] ?? null);
    const actor = coordinatorId ?? coordinatorIds[0] ?? null;
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
    const history: Array<{ time: number; outcome: string }> = [];
    for (const time of times) {
      const outcome = chance(0.55) ? 'REACHED' : chance(0.85) ? 'NOT_REACHED' : 'DECLINED';
      history.push({ time, outcome });
      const occupation =
        outcome === 'REACHED' && chance(0.4) ? pick(['EDUCATION', 'WORK', 'OTHER_ACTIVITY', 'NONE']) : null;
      contacts.rows.push([
        m,
        id,
        pick(['LETTER', 'TEXT_MESSAGE', 'PHONE', 'EMAIL', 'SOCIAL_MEDIA', 'HOME_VISIT', 'MEETING']),
        new Date(time),
        actor ?? coordinatorIds[0],
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
        actor ?? coordinatorIds[0],
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
      kaaUnitId,
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
        kaaUnitId,
        'Min väg framåt',
        kaaUnitId,
        'PARTICIPATED',
        'ACTIVE',
        actor ?? coordinatorIds[0],
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
        const recipient = actionPartners[0] ?? kaaUnitId;
        consents.rows.push([
          consentId,
          m,
          id,
          recipient,
          `{${categories.join(',')}}`,
          'Samordning av insatser enligt planen',
          'YOUNG_PERSON',
          'ORAL',
          actor ?? coordinatorIds[0],
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
          const sender = actor ?? coordinatorIds[0];
          referrals.rows.push([
            referralId,
            m,
            id,
            kaaUnitId,
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
            kaaUnitId,
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
        actor ?? coordinatorIds[0],
      ]);
    }

    const owner = coordinatorId ?? unitTeamLeadId;
    const alertPeople: AlertPeople = { owner, teamLeadId: unitTeamLeadId, kaaUnitId };
    const registered = registeredAt.getTime();

    // Signals from schools over the last two years, some before the registration (a drop-out or
    // absence is often how the KAA unit hears of someone). One that came before it was handled by
    // the registration at the latest; recent ones may still wait. Not about people with a
    // protected identity (a school's file would not reach the KAA unit's lists for them).
    if (!protectedIdentity && rng() < signalShare) {
      const count = rng() < 0.3 ? 2 : 1;
      for (let n = 0; n < count; n += 1) {
        let kind = weighted(rng, SIGNAL_KINDS);
        if (kind === 'ABSENCE_INVESTIGATION_STARTED' && compulsory.length === 0) kind = 'UNEXCUSED_ABSENCE';
        const schools = kind === 'ABSENCE_INVESTIGATION_STARTED' ? compulsory : upperSecondary;
        if (schools.length === 0) continue;
        const schoolId = choose(schools);
        const received = now - (0.5 + rng() * 729.5) * DAY;
        const occurredOn = iso(new Date(received - Math.floor(rng() * 5) * DAY));
        const period = kind === 'ABSENCE_PERIOD' ? [iso(new Date(received - 28 * DAY)), occurredOn] : [];
        const hash = signalHash(schoolId, kind, pin, occurredOn, period);
        if (signalHashes.has(`${schoolId}|${hash}`)) continue;
        signalHashes.add(`${schoolId}|${hash}`);
        const band = weighted(rng, HANDLING);
        let handled: number | null = band
          ? received + (band[0] + Math.floor(rng() * (band[1] - band[0] + 1))) * DAY + rng() * 8 * HOUR
          : null;
        if (received < registered && (handled === null || handled > registered)) handled = registered;
        if (handled !== null && handled > now) handled = null;
        const decision =
          handled === null
            ? null
            : weighted(rng, [
                ['CONTACTED', 0.6],
                [handled >= registered ? 'MEASURE_STARTED' : 'CONTACTED', 0.15],
                ['NO_ACTION', 0.25],
              ]);
        const signalId = randomUUID();
        signals.rows.push([
          signalId,
          m,
          m,
          schoolId,
          kind,
          pin,
          false,
          id,
          occurredOn,
          period[0] ?? null,
          period[1] ?? null,
          kind === 'ABSENCE_PERIOD' ? choose(ABSENCE_PERCENTS) : null,
          hash,
          new Date(received),
          decision,
          decision === 'NO_ACTION' ? choose(NO_ACTION_REASONS) : null,
          // A decision of no action is the team lead's; the others the coordinator's.
          decision === null ? null : decision === 'NO_ACTION' ? (unitTeamLeadId ?? actor) : actor,
          handled === null ? null : new Date(handled),
          decision === null ? 1 : 2,
        ]);
        // Not handled in the municipality's days: an alert, about the young person once
        // registered, else the KAA unit's (its team lead's) about nobody registered.
        const opened = runAfter(received, SIGNAL_NOT_HANDLED_DAYS);
        if (handled === null ? opened < now - DAY : handled > opened + HOUR) {
          const receivedOn = iso(new Date(received));
          pushAlert(
            {
              youngPersonId: opened >= registered ? id : null,
              rule: 'SIGNAL_NOT_HANDLED',
              conditionKey: signalId,
              dueOn: iso(addDays(new Date(received), SIGNAL_NOT_HANDLED_DAYS)),
              facts: { receivedOn, signalId, kind, occurredOn, threshold: SIGNAL_NOT_HANDLED_DAYS },
              openedAt: opened,
              endsAt: handled,
            },
            opened >= registered ? alertPeople : { owner: teamLeadId, teamLeadId, kaaUnitId: options.kaaUnitId },
          );
        }
      }
    }

    // The gaps the rules found in the contact history, for a share of the young people (not
    // every past gap has its alert: a municipality switches rules on over time). The registration
    // ended at the last contact, so no condition outlives an ended one.
    const open = endedOn === null;
    const firstContact = history[0]?.time ?? null;
    const deadline = workingDaysAfter(registered, FIRST_CONTACT_WORKING_DAYS);
    const firstOpened = deadline + DAY + 5 * HOUR;
    if (
      rng() < 0.5 &&
      (firstContact === null ? open && now - registered > 17 * DAY : firstContact > firstOpened + HOUR)
    ) {
      pushAlert(
        {
          youngPersonId: id,
          rule: 'FIRST_CONTACT_DUE',
          conditionKey: '',
          dueOn: iso(new Date(deadline)),
          facts: {
            registeredOn,
            deadline: iso(new Date(deadline)),
            threshold: FIRST_CONTACT_WORKING_DAYS,
            workingDays: true,
          },
          openedAt: firstOpened,
          endsAt: firstContact,
        },
        alertPeople,
      );
    }
    // No contact for the municipality's days: each such gap (to the next contact, or to today
    // while the registration is open), half of them with their alert.
    const since = [registered, ...history.map((h) => h.time)];
    for (const [g, from] of since.entries()) {
      const next = history[g]?.time ?? null;
      const opened = runAfter(from, NO_CONTACT_DAYS);
      const held = next === null ? open && now - from > (NO_CONTACT_DAYS + 2) * DAY : next > opened + HOUR;
      if (!held || rng() >= 0.5) continue;
      pushAlert(
        {
          youngPersonId: id,
          rule: 'NO_CONTACT',
          conditionKey: '',
          dueOn: iso(addDays(new Date(from), NO_CONTACT_DAYS)),
          facts: {
            since: iso(new Date(from)),
            lastContactOn: g === 0 ? null : iso(new Date(from)),
            threshold: NO_CONTACT_DAYS,
          },
          openedAt: opened,
          endsAt: next,
        },
        alertPeople,
      );
    }
    // Never reached after the municipality's number of attempts, until someone answered (or the
    // registration ended).
    let attempts = 0;
    for (const [index, contact] of history.entries()) {
      if (contact.outcome !== 'NOT_REACHED') break;
      attempts += 1;
      if (attempts < NEVER_REACHED_ATTEMPTS) continue;
      const opened = contact.time + 6 * HOUR;
      const answer = history.slice(index + 1).find((h) => h.outcome !== 'NOT_REACHED')?.time ?? null;
      const last = history[history.length - 1]?.time ?? contact.time;
      const endsAt = answer ?? (open ? null : last + 12 * HOUR);
      if (endsAt === null ? opened < now - DAY : endsAt > opened + HOUR && endsAt <= now) {
        pushAlert(
          {
            youngPersonId: id,
            rule: 'NEVER_REACHED',
            conditionKey: '',
            dueOn: iso(new Date(contact.time)),
            facts: { attempts, lastAttemptOn: iso(new Date(contact.time)), threshold: NEVER_REACHED_ATTEMPTS },
            openedAt: opened,
            endsAt,
          },
          alertPeople,
        );
      }
      break;
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
    signals,
    alerts,
  ]) {
    await flush(manager, t);
  }
  // The job's morning runs since the oldest alert left unacknowledged, each on the day one of
  // them reaches its days (the runs between escalate nothing of these): what the job, running
  // every morning, would have escalated and when. Later runs' instants only, ascending.
  const runs = [...new Set(unacknowledgedOpenedAt.map((opened) => runAfter(opened, ESCALATE_AFTER_DAYS)))]
    .filter((run) => run <= now)
    .sort((a, b) => a - b);
  for (const run of runs) await escalateAlertsAt(manager, new Date(run), m);
  return {
    youngPeople: people.rows.length,
    enrollments: enrollments.rows.length,
    contacts: contacts.rows.length,
    measures: measures.rows.length,
    plans: plans.rows.length,
    signals: signals.rows.length,
    alerts: alerts.rows.length,
  };
}
