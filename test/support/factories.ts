import { randomBytes } from 'node:crypto';

import { Pool } from 'pg';

import { hashPassword } from '@app/core/auth';
import { Role } from '@app/core/authz';
import { DEFAULT_SECRECY_DOMAIN, OrganizationKind } from '@app/organizations';

export const TEST_PASSWORD = 'correct horse battery staple';

let passwordHash: Promise<string> | undefined;
// scrypt is deliberately slow; every test user shares one hash of the test password.
function testPasswordHash(): Promise<string> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return passwordHash;
}

export interface TestMunicipality {
  id: string;
  code: string;
}

export interface TestOrganization {
  id: string;
  municipalityId: string;
  kind: OrganizationKind;
  name: string;
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  municipalityId: string;
  membershipId: string;
  organizationId: string;
  role: Role;
}

// Rows written directly with the superuser connection: test set-up, not behaviour under test.
export class Factories {
  constructor(readonly pool: Pool) {}

  async municipality(name = `Kommun ${randomBytes(3).toString('hex')}`): Promise<TestMunicipality> {
    const code = String(1000 + Math.floor(Math.random() * 8999));
    const { rows } = await this.pool.query<{ id: string }>(
      `INSERT INTO municipality (code, name) VALUES ($1, $2) ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
      [code, name],
    );
    return { id: rows[0].id, code };
  }

  async organization(
    municipalityId: string,
    kind = OrganizationKind.KAA_UNIT,
    name?: string,
  ): Promise<TestOrganization> {
    const orgName = name ?? `${kind} ${randomBytes(3).toString('hex')}`;
    const { rows } = await this.pool.query<{ id: string }>(
      'INSERT INTO organization (municipality_id, name, kind, secrecy_domain) VALUES ($1, $2, $3, $4) RETURNING id',
      [municipalityId, orgName, kind, DEFAULT_SECRECY_DOMAIN[kind]],
    );
    return { id: rows[0].id, municipalityId, kind, name: orgName };
  }

  async user(
    organization: TestOrganization,
    role: Role,
    options: { externalSubject?: string } = {},
  ): Promise<TestUser> {
    const email = `${role.toLowerCase()}-${randomBytes(4).toString('hex')}@test.brygga.se`;
    const { rows } = await this.pool.query<{ id: string }>(
      'INSERT INTO app_user (municipality_id, email, display_name, password_hash, external_subject) VALUES ($1, $2, $3, $4, $5) RETURNING id',
      [organization.municipalityId, email, `Test ${role}`, await testPasswordHash(), options.externalSubject ?? null],
    );
    const userId = rows[0].id;
    const membership = await this.membership(userId, organization, role);
    return {
      id: userId,
      email,
      password: TEST_PASSWORD,
      municipalityId: organization.municipalityId,
      membershipId: membership,
      organizationId: organization.id,
      role,
    };
  }

  async membership(userId: string, organization: TestOrganization, role: Role): Promise<string> {
    const { rows } = await this.pool.query<{ id: string }>(
      'INSERT INTO membership (municipality_id, user_id, organization_id, role) VALUES ($1, $2, $3, $4) RETURNING id',
      [organization.municipalityId, userId, organization.id, role],
    );
    return rows[0].id;
  }

  async auditCount(municipalityId?: string): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM audit_event WHERE $1::uuid IS NULL OR municipality_id = $1',
      [municipalityId ?? null],
    );
    return rows[0].n;
  }
}
