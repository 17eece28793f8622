import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';

import type { TestMunicipality, TestOrganization } from '../support/factories';
import { startTestApi, type TestApi } from '../support/test-api';

const READ = 'query ($id: ID!) { organization(id: $id) { id name version } }';
const UPDATE = 'mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id name version } }';

interface OrganizationView {
  id: string;
  name: string;
  version: number;
}

// updateOrganization carries the version the change was based on; a change based on an older
// version is refused with CONFLICT instead of silently overwriting someone else's change.
describe('updateOrganization lost-update protection', () => {
  let t: TestApi;
  let m: TestMunicipality;
  let kaa: TestOrganization;
  let tokens: [string, string];

  beforeAll(async () => {
    t = await startTestApi();
    m = await t.factories.municipality();
    kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    const [first, second] = await Promise.all([t.factories.user(kaa, Role.ADMIN), t.factories.user(kaa, Role.ADMIN)]);
    tokens = [await t.login(first), await t.login(second)];
  });

  afterAll(async () => {
    await t?.close();
  });

  async function stored(id: string): Promise<{ name: string; version: number }> {
    const { rows } = await t.pool.query<{ name: string; version: number }>(
      'SELECT name, version FROM organization WHERE id = $1',
      [id],
    );
    return rows[0];
  }

  async function updateAudits(id: string): Promise<number> {
    const { rows } = await t.pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_event WHERE action = 'organization.update' AND subject_id = $1",
      [id],
    );
    return rows[0].n;
  }

  it('refuses the second of two admins who both loaded version 1', async () => {
    const org = await t.factories.organization(m.id, OrganizationKind.SCHOOL, 'Norra skolan');
    const [firstView, secondView] = await Promise.all(
      tokens.map((token) => t.graphql<{ organization: OrganizationView }>(READ, { id: org.id }, token)),
    );
    expect(firstView?.data?.organization.version).toBe(1);
    expect(secondView?.data?.organization.version).toBe(1);

    const first = await t.graphql<{ updateOrganization: OrganizationView }>(
      UPDATE,
      { input: { id: org.id, version: 1, name: 'Norra skolan (first admin)' } },
      tokens[0],
    );
    expect(first.errors).toBeUndefined();
    expect(first.data?.updateOrganization).toEqual({ id: org.id, name: 'Norra skolan (first admin)', version: 2 });

    const second = await t.graphql(
      UPDATE,
      { input: { id: org.id, version: 1, name: 'Norra skolan (second admin)' } },
      tokens[1],
    );
    expect(second.data).toBeNull();
    expect(second.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    expect(await stored(org.id)).toEqual({ name: 'Norra skolan (first admin)', version: 2 });
    const reread = await t.graphql<{ organization: OrganizationView }>(READ, { id: org.id }, tokens[1]);
    expect(reread.data?.organization).toEqual({ id: org.id, name: 'Norra skolan (first admin)', version: 2 });
    expect(await updateAudits(org.id)).toBe(1);

    // Based on the version just read, the second admin's change goes through.
    const retry = await t.graphql<{ updateOrganization: OrganizationView }>(
      UPDATE,
      { input: { id: org.id, version: 2, name: 'Norra skolan (second admin)' } },
      tokens[1],
    );
    expect(retry.data?.updateOrganization.version).toBe(3);
  });

  it('lets exactly one of ten simultaneous updates of the same version succeed', async () => {
    const org = await t.factories.organization(m.id, OrganizationKind.SCHOOL, 'Södra skolan');
    const names = Array.from({ length: 10 }, (_, i) => `Södra skolan ${i}`);
    const responses = await Promise.all(
      names.map((name, i) =>
        t.graphql<{ updateOrganization: OrganizationView }>(
          UPDATE,
          { input: { id: org.id, version: 1, name } },
          tokens[i % 2],
        ),
      ),
    );
    const winners = responses.filter((r) => r.errors === undefined);
    expect(winners).toHaveLength(1);
    expect(responses.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(9);

    const winner = winners[0].data!.updateOrganization;
    expect(winner.version).toBe(2);
    expect(names).toContain(winner.name);
    expect(await stored(org.id)).toEqual({ name: winner.name, version: 2 });
    expect(await updateAudits(org.id)).toBe(1);
  });
});
