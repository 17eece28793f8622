import { DataSource } from 'typeorm';

import { chainHash, GENESIS_HASH } from '@app/core/audit';
import { hashPassword } from '@app/core/auth';
import { Role } from '@app/core/authz';
import type { AppLogger } from '@app/core/logging';
import { DEFAULT_SECRECY_DOMAIN, OrganizationKind } from '@app/organizations';

import { generateCaseData, type GeneratedCounts } from './case-generator';

export interface DemoLogin {
  email: string;
  password: string;
  role: Role;
  organization: string;
}

export const DEMO_PASSWORD = 'brygga-demo-2026';

// The municipality's catalogue of measures, mapped to SCB's categories.
const MEASURE_TYPES: Array<[code: string, name: string, scbCategory: string, tier: string]> = [
  ['SYV', 'Studie- och yrkesvägledning', 'STUDY_AND_CAREER_GUIDANCE', 'PREVENTIVE'],
  ['IM', 'Introduktionsprogram', 'INTRODUCTION_PROGRAMME', 'REMEDIAL'],
  ['KOMVUX', 'Studier på komvux', 'ADULT_EDUCATION', 'REMEDIAL'],
  ['FHSK', 'Motivationskurs på folkhögskola', 'FOLK_HIGH_SCHOOL', 'REMEDIAL'],
  ['PRAKTIK', 'Praktik', 'WORK_PLACEMENT', 'REMEDIAL'],
  ['MOTIV', 'Motiverande samtal', 'MOTIVATIONAL', 'PREVENTIVE'],
];

// Young people of each KAA unit. Two units of 300 give leadership's reports by unit and by sex
// groups of about 300: many cells of at least five beside hidden small ones (one unit of 300 left
// the breakdowns almost all hidden, and a unit breakdown of one unit is the whole table).
const DEMO_YOUNG_PEOPLE = 300;
const DEMO_YOUNG_PEOPLE_WEST = 300;
// Of the gap alerts open today, the share nobody has acknowledged: the older of them the
// evaluation job has escalated to the team lead, so the escalations view is not empty.
const DEMO_UNACKNOWLEDGED_SHARE = 0.35;

const ORGANIZATIONS: Array<{ key: string; name: string; kind: OrganizationKind }> = [
  { key: 'kaa', name: 'KAA-enheten', kind: OrganizationKind.KAA_UNIT },
  { key: 'kaa-vast', name: 'KAA Väster', kind: OrganizationKind.KAA_UNIT },
  { key: 'gymnasium', name: 'Norra gymnasiet', kind: OrganizationKind.SCHOOL },
  { key: 'vastra', name: 'Västra gymnasiet', kind: OrganizationKind.SCHOOL },
  { key: 'grundskola', name: 'Södra grundskolan', kind: OrganizationKind.SCHOOL },
  { key: 'social', name: 'Socialtjänsten, ungdomsenheten', kind: OrganizationKind.SOCIAL_SERVICES },
  { key: 'af', name: 'Arbetsförmedlingen', kind: OrganizationKind.EMPLOYMENT_SERVICE },
  { key: 'region', name: 'Region, ungdomsmottagningen', kind: OrganizationKind.HEALTH_CARE },
  { key: 'komvux', name: 'Komvux', kind: OrganizationKind.ADULT_EDUCATION },
  { key: 'ledning', name: 'Kommunledningen', kind: OrganizationKind.MANAGEMENT },
];

const USERS: Array<{ email: string; name: string; org: string; role: Role }> = [
  { email: 'admin@demo.brygga.se', name: 'Alva Admin', org: 'kaa', role: Role.ADMIN },
  { email: 'samordnare@demo.brygga.se', name: 'Sam Samordnare', org: 'kaa', role: Role.COORDINATOR },
  { email: 'samordnare2@demo.brygga.se', name: 'Sara Samordnare', org: 'kaa', role: Role.COORDINATOR },
  { email: 'samordnare3@demo.brygga.se', name: 'Sixten Samordnare', org: 'kaa', role: Role.COORDINATOR },
  { email: 'teamledare@demo.brygga.se', name: 'Tea Teamledare', org: 'kaa', role: Role.TEAM_LEAD },
  { email: 'samordnare4@demo.brygga.se', name: 'Vide Samordnare', org: 'kaa-vast', role: Role.COORDINATOR },
  { email: 'samordnare5@demo.brygga.se', name: 'Vanja Samordnare', org: 'kaa-vast', role: Role.COORDINATOR },
  { email: 'teamledare2@demo.brygga.se', name: 'Valter Teamledare', org: 'kaa-vast', role: Role.TEAM_LEAD },
  { email: 'mentor@demo.brygga.se', name: 'Mira Mentor', org: 'gymnasium', role: Role.SCHOOL_STAFF },
  {
    email: 'socialsekreterare@demo.brygga.se',
    name: 'Sigge Socialsekreterare',
    org: 'social',
    role: Role.PARTNER_CASEWORKER,
  },
  { email: 'handlaggare@demo.brygga.se', name: 'Hanna Handläggare', org: 'af', role: Role.PARTNER_CASEWORKER },
  { email: 'kurator@demo.brygga.se', name: 'Kim Kurator', org: 'region', role: Role.PARTNER_CASEWORKER },
  { email: 'chef@demo.brygga.se', name: 'Charlie Chef', org: 'ledning', role: Role.LEADERSHIP },
  { email: 'granskare@demo.brygga.se', name: 'Greta Granskare', org: 'kaa', role: Role.LOG_REVIEWER },
];

// Loads a small demo municipality when the database has none, in one transaction with its
// own audit row. Returns the demo logins to print (empty when data already existed).
export async function seedDemoData(dataSource: DataSource, logger: AppLogger): Promise<DemoLogin[]> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const logins = await dataSource.transaction(async (manager) => {
    await manager.query("SELECT pg_advisory_xact_lock(hashtextextended('brygga:demo-seed', 0))");
    const existing = await manager.query<unknown[]>('SELECT 1 FROM municipality LIMIT 1');
    if (existing.length > 0) return [];
    const [municipality] = await manager.query<Array<{ id: string }>>(
      `INSERT INTO municipality (code, name) VALUES ('9999', 'Demo kommun') RETURNING id`,
    );
    if (!municipality) throw new Error('demo municipality not created');
    const orgIds = new Map<string, string>();
    for (const [index, org] of ORGANIZATIONS.entries()) {
      // Created a millisecond apart in the order listed: "the municipality's first KAA unit"
      // (where signals' alerts and "to check" entries go) is KAA-enheten, not whichever id sorts
      // first among units created in the same transaction.
      const [row] = await manager.query<Array<{ id: string }>>(
        `INSERT INTO organization (municipality_id, name, kind, secrecy_domain, created_at)
         VALUES ($1, $2, $3, $4, now() - $5::int * interval '1 millisecond') RETURNING id`,
        [municipality.id, org.name, org.kind, DEFAULT_SECRECY_DOMAIN[org.kind], ORGANIZATIONS.length - index],
      );
      if (row) orgIds.set(org.key, row.id);
    }
    const created: DemoLogin[] = [];
    const coordinatorIds = new Map<string, string[]>();
    const teamLeadIds = new Map<string, string>();
    for (const user of USERS) {
      const [row] = await manager.query<Array<{ id: string }>>(
        'INSERT INTO app_user (municipality_id, email, display_name, password_hash) VALUES ($1, $2, $3, $4) RETURNING id',
        [municipality.id, user.email, user.name, passwordHash],
      );
      if (row && user.role === Role.COORDINATOR)
        coordinatorIds.set(user.org, [...(coordinatorIds.get(user.org) ?? []), row.id]);
      if (row && user.role === Role.TEAM_LEAD) teamLeadIds.set(user.org, row.id);
      await manager.query(
        'INSERT INTO membership (municipality_id, user_id, organization_id, role) VALUES ($1, $2, $3, $4)',
        [municipality.id, row?.id, orgIds.get(user.org), user.role],
      );
      const org = ORGANIZATIONS.find((o) => o.key === user.org);
      created.push({ email: user.email, password: DEMO_PASSWORD, role: user.role, organization: org?.name ?? '' });
    }
    const measureTypeIds: string[] = [];
    for (const [code, name, scbCategory, tier] of MEASURE_TYPES) {
      const [row] = await manager.query<Array<{ id: string }>>(
        'INSERT INTO measure_type (municipality_id, code, name, scb_category, default_tier) VALUES ($1, $2, $3, $4, $5) RETURNING id',
        [municipality.id, code, name, scbCategory, tier],
      );
      if (row) measureTypeIds.push(row.id);
    }
    const cases: GeneratedCounts = await generateCaseData(manager, {
      municipalityId: municipality.id,
      kaaUnitId: orgIds.get('kaa') ?? '',
      coordinatorIds: coordinatorIds.get('kaa') ?? [],
      unassignedShare: 0.05,
      youngPeople: DEMO_YOUNG_PEOPLE,
      moreUnits: [
        {
          kaaUnitId: orgIds.get('kaa-vast') ?? '',
          coordinatorIds: coordinatorIds.get('kaa-vast') ?? [],
          teamLeadId: teamLeadIds.get('kaa-vast') ?? null,
          youngPeople: DEMO_YOUNG_PEOPLE_WEST,
        },
      ],
      unacknowledgedShare: DEMO_UNACKNOWLEDGED_SHARE,
      seed: 2026,
      partnerOrganizationIds: ['af', 'social', 'region', 'komvux'].map((key) => orgIds.get(key) ?? ''),
      measureTypeIds,
      // Signals from Västra gymnasiet and Södra grundskolan, for nine in ten young people over
      // two years: enough that leadership's SIGNALS and ALERTS reports show cells of at least
      // five in every recent period. Not from Norra gymnasiet, whose mentor login shows the
      // school's own list (the signals browser spec uploads there and counts its rows).
      upperSecondarySchoolIds: [orgIds.get('vastra') ?? ''],
      compulsorySchoolIds: [orgIds.get('grundskola') ?? ''],
      signalShare: 0.9,
      teamLeadId: teamLeadIds.get('kaa') ?? null,
    });
    // One emergency access that has run its time box and waits in the log reviewer's queue.
    await manager.query(
      `WITH reader AS (
         SELECT u.id AS user_id, m.id AS membership_id, m.organization_id
           FROM app_user u JOIN membership m ON m.user_id = u.id AND m.ended_at IS NULL
          WHERE u.email = 'socialsekreterare@demo.brygga.se' LIMIT 1),
       person AS (SELECT id FROM young_person WHERE municipality_id = $1 AND NOT protected_identity ORDER BY id LIMIT 1),
       access AS (
         INSERT INTO emergency_access (municipality_id, young_person_id, user_id, membership_id, organization_id, role,
           reason, started_at, expires_at)
         SELECT $1, person.id, reader.user_id, reader.membership_id, reader.organization_id, 'PARTNER_CASEWORKER',
                'Akut oro efter samtal från skolan; behövde kontaktuppgifter', now() - interval '2 days',
                now() - interval '2 days' + interval '1 hour'
           FROM reader, person
         RETURNING id, young_person_id, user_id, started_at, expires_at)
       INSERT INTO access_review (municipality_id, kind, user_id, young_person_id, emergency_access_id, period_from,
         period_to, opened_at, status)
       SELECT $1, 'EMERGENCY_ACCESS', user_id, young_person_id, id, started_at, expires_at, started_at, 'OPEN' FROM access`,
      [municipality.id],
    );
    // Two signals from Norra gymnasiet about registered young people, not yet handled (issue 16).
    await manager.query(
      `WITH sender AS (
         SELECT u.id AS user_id, m.organization_id FROM app_user u
           JOIN membership m ON m.user_id = u.id AND m.ended_at IS NULL
          WHERE u.email = 'mentor@demo.brygga.se' LIMIT 1),
       people AS (
         SELECT id, personal_identity_number, row_number() OVER (ORDER BY id) AS n FROM young_person
          WHERE municipality_id = $1 AND NOT protected_identity ORDER BY id LIMIT 2),
       facts AS (
         SELECT p.id, p.personal_identity_number AS pnr,
                CASE WHEN p.n = 1 THEN 'UNEXCUSED_ABSENCE' ELSE 'ABSENCE_PERIOD' END AS kind,
                (now() - interval '3 days')::date AS occurred_on,
                CASE WHEN p.n = 2 THEN (now() - interval '33 days')::date END AS period_start,
                CASE WHEN p.n = 2 THEN (now() - interval '3 days')::date END AS period_end,
                CASE WHEN p.n = 2 THEN 22 END AS absence_percent
           FROM people p)
       INSERT INTO signal (municipality_id, home_municipality_id, school_id, kind, personal_identity_number,
         coordination_number, young_person_id, occurred_on, period_start, period_end, absence_percent, details, hash,
         created_by_id, created_at)
       SELECT $1, $1, sender.organization_id, f.kind, f.pnr, substr(f.pnr, 7, 1) >= '6', f.id, f.occurred_on,
              f.period_start, f.period_end, f.absence_percent, 'Mentorn har pratat med eleven.',
              encode(sha256(convert_to(concat_ws('|', sender.organization_id, f.kind, f.pnr, f.occurred_on), 'UTF8')), 'hex'),
              sender.user_id, now()
         FROM facts f, sender`,
      [municipality.id],
    );
    // The seed is a change like any other and opens the municipality's audit chain.
    const fields = {
      municipalityId: municipality.id,
      seq: '1',
      occurredAt: new Date(),
      actorUserId: null,
      actorRole: 'SYSTEM',
      actorOrganizationId: null,
      action: 'demo.seed',
      subjectType: 'Municipality',
      subjectId: municipality.id,
      summary: { organizations: ORGANIZATIONS.length, users: USERS.length, ...cases },
      requestId: null,
    };
    await manager.query(
      `INSERT INTO audit_event (municipality_id, seq, occurred_at, actor_user_id, actor_role, actor_organization_id, action,
         subject_type, subject_id, summary, request_id, prev_hash, hash)
       VALUES ($1, 1, $2, NULL, 'SYSTEM', NULL, 'demo.seed', 'Municipality', $1, $3, NULL, $4, $5)`,
      [
        municipality.id,
        fields.occurredAt,
        JSON.stringify(fields.summary),
        GENESIS_HASH,
        chainHash(GENESIS_HASH, fields),
      ],
    );
    return created;
  });
  if (logins.length > 0) logger.info({ users: logins.length }, 'demo data loaded');
  return logins;
}
