import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';

import { startTestApi, type TestApi } from '../support/test-api';

describe('smoke', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startTestApi();
  });
  afterAll(async () => {
    await t.close();
  });

  it('signs in and reads the caller and the organisations', async () => {
    const m = await t.factories.municipality();
    const kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    const admin = await t.factories.user(kaa, Role.ADMIN);
    const token = await t.login(admin);
    const res = await t.graphql<{ me: { user: { id: string } }; organizations: { totalCount: number } }>(
      '{ me { user { id } membership { role organization { id name } } } organizations { totalCount nodes { id } } }',
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.me.user.id).toBe(admin.id);
    expect(res.data?.organizations.totalCount).toBe(1);
  });
});
