import { Client } from 'pg';

import { hashPassword } from '@app/core/auth';

import { generateCaseData } from '../../apps/api/src/demo/case-generator';

export const BENCH_PASSWORD = 'bench-password-2026';

export interface BenchDataset {
  municipalityId: string;
  organizationIds: string[];
  adminEmail: string;
  coordinatorEmail: string;
}

// Generates the dataset set-based in SQL (fast at any size): one municipality, N
// organisations, M users, each with one or two memberships, plus a known admin and coordinator.
export async function seedBenchData(
  url: string,
  sizes: { users: number; organizations: number },
): Promise<BenchDataset> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const hash = await hashPassword(BENCH_PASSWORD);
    await client.query('BEGIN');
    const m = await client.query<{ id: string }>(
      `INSERT INTO municipality (code, name) VALUES ('8888', 'Benchkommun') RETURNING id`,
    );
    const municipalityId = m.rows[0].id;
    const orgs = await client.query<{ id: string }>(
      `INSERT INTO organization (municipality_id, name, kind, secrecy_domain)
       SELECT $1, 'Organisation ' || lpad(g::text, 5, '0'),
              (CASE WHEN g = 1 THEN 'KAA_UNIT' ELSE 'SCHOOL' END)::organization_kind,
              (CASE WHEN g = 1 THEN 'KAA' ELSE 'SCHOOL' END)::secrecy_domain
       FROM generate_series(1, $2) g RETURNING id`,
      [municipalityId, sizes.organizations],
    );
    const organizationIds = orgs.rows.map((r) => r.id);
    await client.query(
      `INSERT INTO app_user (municipality_id, email, display_name, password_hash)
       SELECT $1, 'user' || g || '@bench.brygga.se', 'Användare ' || lpad(g::text, 6, '0'), $2 FROM generate_series(1, $3) g`,
      [municipalityId, hash, sizes.users],
    );
    // Every user has a membership in one organisation; every third a second one.
    await client.query(
      `INSERT INTO membership (municipality_id, user_id, organization_id, role)
       SELECT u.municipality_id, u.id, o.ids[1 + (row_number() OVER (ORDER BY u.id))::int % array_length(o.ids, 1)], 'COORDINATOR'
       FROM app_user u, (SELECT array_agg(id ORDER BY name) AS ids FROM organization WHERE municipality_id = $1) o
       WHERE u.municipality_id = $1`,
      [municipalityId],
    );
    await client.query(
      `INSERT INTO membership (municipality_id, user_id, organization_id, role)
       SELECT u.municipality_id, u.id, o.ids[1 + (row_number() OVER (ORDER BY u.id) + 7)::int % array_length(o.ids, 1)], 'SCHOOL_STAFF'
       FROM (SELECT * FROM app_user WHERE municipality_id = $1 ORDER BY id) u,
            (SELECT array_agg(id ORDER BY name) AS ids FROM organization WHERE municipality_id = $1) o
       WHERE right(u.display_name, 1) IN ('0', '3', '6')
       ON CONFLICT DO NOTHING`,
      [municipalityId],
    );
    const adminEmail = 'admin@bench.brygga.se';
    const coordinatorEmail = 'coordinator@bench.brygga.se';
    for (const [email, role] of [
      [adminEmail, 'ADMIN'],
      [coordinatorEmail, 'COORDINATOR'],
    ] as const) {
      const u = await client.query<{ id: string }>(
        `INSERT INTO app_user (municipality_id, email, display_name, password_hash) VALUES ($1, $2, $3, $4) RETURNING id`,
        [municipalityId, email, role, hash],
      );
      await client.query(
        `INSERT INTO membership (municipality_id, user_id, organization_id, role) VALUES ($1, $2, $3, $4)`,
        [municipalityId, u.rows[0].id, organizationIds[0], role],
      );
    }
    await client.query('COMMIT');
    await client.query('ANALYZE');
    return { municipalityId, organizationIds, adminEmail, coordinatorEmail };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

export interface CaseDataset {
  coordinatorEmail: string;
  // The KAA unit's team lead (produces the SCB file).
  teamLeadEmail: string;
  // A caseworker at Arbetsförmedlingen, who reads what young people consented to share.
  partnerEmail: string;
  // The known coordinator's young people, for the single-record scenario.
  youngPersonIds: string[];
  youngPeople: number;
}

// A municipality with `youngPeople` generated young people and their history (DESIGN.md §9:
// 100 per coordinator, a handful of contacts each, measures and plans for some, a school's
// signals and the gap alerts of that history), through the same generator as the demo data.
// Returns a coordinator whose caseload is a full 100.
export async function seedCaseData(
  url: string,
  options: { code: string; name: string; youngPeople: number; seed: number },
): Promise<CaseDataset> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const hash = await hashPassword(BENCH_PASSWORD);
    await client.query('BEGIN');
    const m = await client.query<{ id: string }>(`INSERT INTO municipality (code, name) VALUES ($1, $2) RETURNING id`, [
      options.code,
      options.name,
    ]);
    const municipalityId = m.rows[0].id;
    const orgs = await client.query<{ id: string; kind: string }>(
      `INSERT INTO organization (municipality_id, name, kind, secrecy_domain)
       VALUES ($1, 'KAA-enheten', 'KAA_UNIT', 'KAA'), ($1, 'Arbetsförmedlingen', 'EMPLOYMENT_SERVICE', 'LABOUR_MARKET'),
              ($1, 'Socialtjänsten', 'SOCIAL_SERVICES', 'SOCIAL_SERVICES'), ($1, 'Gymnasiet', 'SCHOOL', 'SCHOOL')
       RETURNING id, kind`,
      [municipalityId],
    );
    const kaaUnitId = orgs.rows.find((o) => o.kind === 'KAA_UNIT')?.id ?? '';
    const coordinators = Math.max(1, Math.ceil(options.youngPeople / 100));
    const users = await client.query<{ id: string }>(
      `INSERT INTO app_user (municipality_id, email, display_name, password_hash)
       SELECT $1, 'coordinator' || g || '.' || $3 || '@bench.brygga.se', 'Samordnare ' || g, $2
         FROM generate_series(1, $4) g ORDER BY g RETURNING id`,
      [municipalityId, hash, options.code, coordinators],
    );
    const coordinatorIds = users.rows.map((r) => r.id);
    await client.query(
      `INSERT INTO membership (municipality_id, user_id, organization_id, role)
       SELECT $1, unnest($2::uuid[]), $3, 'COORDINATOR'`,
      [municipalityId, coordinatorIds, kaaUnitId],
    );
    // The KAA unit's team lead, who produces the SCB half-year file (the bench's `SCB file` step).
    const teamLeadEmail = `teamlead.${options.code}@bench.brygga.se`;
    const lead = await client.query<{ id: string }>(
      `INSERT INTO app_user (municipality_id, email, display_name, password_hash) VALUES ($1, $2, 'Teamledare', $3) RETURNING id`,
      [municipalityId, teamLeadEmail, hash],
    );
    await client.query(
      `INSERT INTO membership (municipality_id, user_id, organization_id, role) VALUES ($1, $2, $3, 'TEAM_LEAD')`,
      [municipalityId, lead.rows[0].id, kaaUnitId],
    );
    const partnerEmail = `partner.${options.code}@bench.brygga.se`;
    const employment = orgs.rows.find((o) => o.kind === 'EMPLOYMENT_SERVICE')?.id ?? '';
    const partner = await client.query<{ id: string }>(
      `INSERT INTO app_user (municipality_id, email, display_name, password_hash) VALUES ($1, $2, 'Handläggare', $3) RETURNING id`,
      [municipalityId, partnerEmail, hash],
    );
    await client.query(
      `INSERT INTO membership (municipality_id, user_id, organization_id, role) VALUES ($1, $2, $3, 'PARTNER_CASEWORKER')`,
      [municipalityId, partner.rows[0].id, employment],
    );
    const types = await client.query<{ id: string }>(
      `INSERT INTO measure_type (municipality_id, code, name, scb_category, default_tier)
       VALUES ($1, 'SYV', 'Studie- och yrkesvägledning', 'STUDY_AND_CAREER_GUIDANCE', 'PREVENTIVE'),
              ($1, 'KOMVUX', 'Komvux', 'ADULT_EDUCATION', 'REMEDIAL'),
              ($1, 'PRAKTIK', 'Praktik', 'WORK_PLACEMENT', 'REMEDIAL') RETURNING id`,
      [municipalityId],
    );
    await generateCaseData(client, {
      municipalityId,
      kaaUnitId,
      coordinatorIds,
      unassignedShare: 0,
      youngPeople: options.youngPeople,
      seed: options.seed,
      partnerOrganizationIds: orgs.rows.filter((o) => o.kind !== 'KAA_UNIT' && o.kind !== 'SCHOOL').map((o) => o.id),
      measureTypeIds: types.rows.map((r) => r.id),
      // The school's signals and the gap alerts of the history, so the reports step's SIGNALS
      // and ALERTS count real rows.
      upperSecondarySchoolIds: orgs.rows.filter((o) => o.kind === 'SCHOOL').map((o) => o.id),
      teamLeadId: lead.rows[0].id,
    });
    await client.query('COMMIT');
    await client.query('ANALYZE');
    const first = coordinatorIds[0] ?? '';
    const caseload = await client.query<{ id: string }>(
      `SELECT yp.id FROM young_person yp JOIN kaa_enrollment e ON e.young_person_id = yp.id AND e.ended_on IS NULL
        WHERE yp.coordinator_id = $1 ORDER BY yp.id`,
      [first],
    );
    return {
      coordinatorEmail: `coordinator1.${options.code}@bench.brygga.se`,
      teamLeadEmail,
      partnerEmail,
      youngPersonIds: caseload.rows.map((r) => r.id),
      youngPeople: options.youngPeople,
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
