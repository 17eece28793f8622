import { Client } from 'pg';

import { hashPassword } from '@app/core/auth';

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
