import { Writable } from 'node:stream';

import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { AlertEvaluationService } from '@app/alerts';
import { AuditService } from '@app/core/audit';
import type { ManualClock } from '@app/core/clock';
import type { AppConfig } from '@app/core/config';
import { dataSourceOptions, TransactionHost } from '@app/core/database';
import { JobRunEntity, JobRunner } from '@app/core/jobs';
import { createLogger } from '@app/core/logging';
import { createTestDatabase, silentTypeOrmLogger, TEST_ROLES, type TestDatabase } from '@app/core/testing';
import { makeIdentityNumber } from '@app/young-people';

// The set-up the alert evaluation's integration specs (libs/alerts/src/*.int-spec.ts) share: a
// database of their own with one municipality, rows written directly as the superuser (`admin`),
// and the evaluation job on the app role's connection under the spec's clock (no timer: the spec
// calls runOnce or evaluate).
export interface AlertFixture {
  db: TestDatabase;
  admin: Client;
  municipalityId: string;
  tx: TransactionHost;
  service: AlertEvaluationService;
  // Another instance of the job, with a runner of its own (two api instances).
  newService(): AlertEvaluationService;
  addOrganization(organization: {
    id: string;
    name?: string;
    kind?: string;
    secrecyDomain?: string;
    createdAt?: string;
  }): Promise<void>;
  // A user with one membership; the display name is the role.
  addStaff(user: { id: string; organizationId: string; role: string }): Promise<void>;
  // A young person in a KAA unit with an open registration; answers the enrollment's id and the
  // identity number (makeIdentityNumber of the date of birth and serial).
  addYoungPerson(person: {
    id: string;
    unitId: string;
    coordinatorId: string | null;
    dateOfBirth: string;
    serial: number;
    familyName: string;
    registeredOn: string;
    status?: string;
  }): Promise<{ enrollmentId: string; identityNumber: string }>;
  // Switches rules off for the municipality, so a spec sees only the rules it is about.
  disableRules(rules: string[]): Promise<void>;
  close(): Promise<void>;
}

const JOB_CONFIG = { env: { KAA_JOBS_INTERVAL_SECONDS: 0 } } as unknown as AppConfig;

export async function startAlertFixture(options: {
  municipality: { id: string; code: string; name: string };
  clock: ManualClock;
  poolSize?: number;
}): Promise<AlertFixture> {
  const { municipality, clock } = options;
  const db = await createTestDatabase();
  const admin = new Client({ connectionString: db.adminUrl });
  await admin.connect();
  await admin.query(`INSERT INTO municipality (id, code, name) VALUES ($1, $2, $3)`, [
    municipality.id,
    municipality.code,
    municipality.name,
  ]);
  const dataSource = new DataSource(
    dataSourceOptions(
      {
        url: db.adminUrl,
        role: TEST_ROLES.app,
        poolSize: options.poolSize ?? 4,
        statementTimeoutMs: 20_000,
        applicationName: 'alerts',
      },
      [JobRunEntity],
      silentTypeOrmLogger,
    ),
  );
  await dataSource.initialize();
  const tx = new TransactionHost(dataSource);
  const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });
  const newService = () =>
    new AlertEvaluationService(
      tx,
      new AuditService(tx, clock),
      JOB_CONFIG,
      new JobRunner(tx, clock, createLogger('info', {}, quiet)),
    );
  const municipalityId = municipality.id;

  return {
    db,
    admin,
    municipalityId,
    tx,
    service: newService(),
    newService,
    addOrganization: async ({ id, name = 'KAA', kind = 'KAA_UNIT', secrecyDomain = 'KAA', createdAt }) => {
      await admin.query(
        `INSERT INTO organization (id, municipality_id, name, kind, secrecy_domain, created_at)
         VALUES ($1, $2, $3, $4, $5, COALESCE($6::timestamptz, now()))`,
        [id, municipalityId, name, kind, secrecyDomain, createdAt ?? null],
      );
    },
    addStaff: async ({ id, organizationId, role }) => {
      await admin.query(`INSERT INTO app_user (id, municipality_id, email, display_name) VALUES ($1, $2, $3, $4)`, [
        id,
        municipalityId,
        `${id}@alerts.test`,
        role,
      ]);
      await admin.query(
        `INSERT INTO membership (municipality_id, user_id, organization_id, role) VALUES ($1, $2, $3, $4)`,
        [municipalityId, id, organizationId, role],
      );
    },
    addYoungPerson: async (person) => {
      const identityNumber = makeIdentityNumber(person.dateOfBirth, person.serial);
      await admin.query(
        `INSERT INTO young_person (id, municipality_id, personal_identity_number, coordination_number, date_of_birth,
           given_name, family_name, kaa_unit_id, coordinator_id) VALUES ($1, $2, $3, false, $4, 'Test', $5, $6, $7)`,
        [
          person.id,
          municipalityId,
          identityNumber,
          person.dateOfBirth,
          person.familyName,
          person.unitId,
          person.coordinatorId,
        ],
      );
      const { rows } = await admin.query<{ id: string }>(
        `INSERT INTO kaa_enrollment (municipality_id, young_person_id, registered_on, registration_reason, status)
         VALUES ($1, $2, $3, 'DROPPED_OUT', $4) RETURNING id`,
        [municipalityId, person.id, person.registeredOn, person.status ?? 'NOT_CONTACTED'],
      );
      return { enrollmentId: rows[0].id, identityNumber };
    },
    disableRules: async (rules) => {
      await admin.query(`INSERT INTO alert_settings (municipality_id, disabled_rules) VALUES ($1, $2)`, [
        municipalityId,
        rules,
      ]);
    },
    close: async () => {
      await dataSource.destroy();
      await admin.end();
      await db.drop();
    },
  };
}
