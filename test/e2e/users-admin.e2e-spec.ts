import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';

import type { TestOrganization, TestUser } from '../support/factories';
import { startTestApi, type TestApi } from '../support/test-api';
import { errorCode } from '../support/young-people';

const DISABLE = 'mutation ($input: SetUserDisabledInput!) { setUserDisabled(input: $input) { id disabled version } }';
const UPDATE = 'mutation ($input: UpdateUserInput!) { updateUser(input: $input) { id displayName email version } }';
const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }';
const REFRESH =
  'mutation ($input: RefreshAccessTokenInput!) { refreshAccessToken(input: $input) { accessToken refreshToken } }';

interface UsersPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Array<{ id: string }>;
}

// Issue 15: the administrator disables, enables and edits users.
describe('administering users', () => {
  let t: TestApi;
  let kaa: TestOrganization;
  let admin: TestUser;
  let adminToken: string;

  beforeAll(async () => {
    t = await startTestApi();
    const m = await t.factories.municipality();
    kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    admin = await t.factories.user(kaa, Role.ADMIN);
    adminToken = await t.login(admin);
  });

  afterAll(async () => {
    await t?.close();
  });

  async function lastAudit(subjectId: string): Promise<string | undefined> {
    const { rows } = await t.pool.query<{ action: string }>(
      'SELECT action FROM audit_event WHERE subject_id = $1 ORDER BY occurred_at DESC LIMIT 1',
      [subjectId],
    );
    return rows[0]?.action;
  }

  it('disabling ends the running session and its refresh token, refuses sign-in, and is audited', async () => {
    const coordinator = await t.factories.user(kaa, Role.COORDINATOR);
    const login = await t.graphql<{ login: { accessToken: string; refreshToken: string } }>(LOGIN, {
      input: { email: coordinator.email, password: coordinator.password },
    });
    const { accessToken, refreshToken } = login.data!.login;
    expect((await t.graphql('{ me { user { id } } }', {}, accessToken)).errors).toBeUndefined();

    const disabled = await t.graphql<{ setUserDisabled: { disabled: boolean } }>(
      DISABLE,
      { input: { id: coordinator.id, disabled: true } },
      adminToken,
    );
    expect(disabled.errors).toBeUndefined();
    expect(disabled.data?.setUserDisabled.disabled).toBe(true);
    expect(await lastAudit(coordinator.id)).toBe('user.disable');

    expect(errorCode(await t.graphql('{ me { user { id } } }', {}, accessToken))).toBe('AUTH_UNAUTHENTICATED');
    expect(errorCode(await t.graphql(REFRESH, { input: { refreshToken } }))).toBe('AUTH_REFRESH_TOKEN_INVALID');
    expect(
      errorCode(await t.graphql(LOGIN, { input: { email: coordinator.email, password: coordinator.password } })),
    ).toBe('AUTH_INVALID_CREDENTIALS');

    // Disabling twice changes and records nothing more.
    const { rows: before } = await t.pool.query('SELECT id FROM audit_event WHERE subject_id = $1', [coordinator.id]);
    await t.graphql(DISABLE, { input: { id: coordinator.id, disabled: true } }, adminToken);
    const { rows: after } = await t.pool.query('SELECT id FROM audit_event WHERE subject_id = $1', [coordinator.id]);
    expect(after).toHaveLength(before.length);

    // Enabled again, the same memberships work.
    const enabled = await t.graphql<{ setUserDisabled: { disabled: boolean } }>(
      DISABLE,
      { input: { id: coordinator.id, disabled: false } },
      adminToken,
    );
    expect(enabled.data?.setUserDisabled.disabled).toBe(false);
    expect(await lastAudit(coordinator.id)).toBe('user.enable');
    expect(await t.login(coordinator)).toEqual(expect.any(String));
  });

  it('cannot disable oneself, and only an admin of the municipality disables anyone', async () => {
    expect(errorCode(await t.graphql(DISABLE, { input: { id: admin.id, disabled: true } }, adminToken))).toBe(
      'USER_DISABLE_OWN',
    );
    const coordinator = await t.factories.user(kaa, Role.COORDINATOR);
    const lead = await t.factories.user(kaa, Role.TEAM_LEAD);
    expect(
      errorCode(await t.graphql(DISABLE, { input: { id: coordinator.id, disabled: true } }, await t.login(lead))),
    ).toBe('FORBIDDEN');
    const elsewhere = await t.factories.municipality();
    const foreign = await t.factories.user(
      await t.factories.organization(elsewhere.id, OrganizationKind.KAA_UNIT),
      Role.COORDINATOR,
    );
    expect(errorCode(await t.graphql(DISABLE, { input: { id: foreign.id, disabled: true } }, adminToken))).toBe(
      'NOT_FOUND',
    );
    expect(
      errorCode(await t.graphql(UPDATE, { input: { id: foreign.id, version: 1, displayName: 'X Y' } }, adminToken)),
    ).toBe('NOT_FOUND');
  });

  it('edits name and e-mail with optimistic concurrency; the new e-mail is the login name', async () => {
    const coordinator = await t.factories.user(kaa, Role.COORDINATOR);
    const read = await t.graphql<{ user: { version: number } }>(
      'query ($id: ID!) { user(id: $id) { version } }',
      { id: coordinator.id },
      adminToken,
    );
    const version = read.data!.user.version;
    const email = `Renamed.${coordinator.id.slice(0, 8)}@example.se`;
    const updated = await t.graphql<{ updateUser: { displayName: string; email: string; version: number } }>(
      UPDATE,
      { input: { id: coordinator.id, version, displayName: '  Ny Namnsdotter ', email } },
      adminToken,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateUser).toEqual({
      id: coordinator.id,
      displayName: 'Ny Namnsdotter',
      email: email.toLowerCase(),
      version: version + 1,
    });
    expect(await lastAudit(coordinator.id)).toBe('user.update');
    // The audit names the fields, never the values.
    const { rows } = await t.pool.query<{ summary: unknown }>(
      "SELECT summary FROM audit_event WHERE subject_id = $1 AND action = 'user.update'",
      [coordinator.id],
    );
    expect(JSON.stringify(rows[0]?.summary)).not.toContain('example.se');
    expect(await t.login({ ...coordinator, email })).toEqual(expect.any(String));

    // A change based on the old version is a conflict and changes nothing.
    expect(
      errorCode(await t.graphql(UPDATE, { input: { id: coordinator.id, version, displayName: 'Gammal' } }, adminToken)),
    ).toBe('CONFLICT');
    // Another user's e-mail is refused.
    expect(
      errorCode(
        await t.graphql(
          UPDATE,
          { input: { id: coordinator.id, version: version + 1, email: admin.email } },
          adminToken,
        ),
      ),
    ).toBe('USER_EMAIL_TAKEN');
  });

  it('pages the users by name', async () => {
    const m = await t.factories.municipality();
    const unit = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    const own = await t.factories.user(unit, Role.ADMIN);
    for (let i = 0; i < 4; i += 1) await t.factories.user(unit, Role.COORDINATOR);
    const token = await t.login(own);
    const PAGE =
      'query ($after: String) { users(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }';
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const users: UsersPage = (await t.graphql<{ users: UsersPage }>(PAGE, { after }, token)).data!.users;
      expect(users.totalCount).toBe(5);
      seen.push(...users.nodes.map((n) => n.id));
      if (!users.pageInfo.hasNextPage) break;
      after = users.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(5);
  });

  describe('searching users by name', () => {
    const SEARCH =
      'query ($search: String, $first: Int, $after: String) { users(search: $search, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id displayName } } }';
    interface NamedPage extends UsersPage {
      nodes: Array<{ id: string; displayName: string }>;
    }
    let ownToken: string;
    let otherToken: string;
    const ids = new Map<string, string>();
    const foreignIds = new Set<string>();

    // Users of two municipalities, with names that differ in case, marks and Swedish letters.
    let coordinatorToken: string;
    async function named(organization: TestOrganization, name: string): Promise<string> {
      const user = await t.factories.user(organization, Role.COORDINATOR);
      await t.pool.query('UPDATE app_user SET display_name = $2 WHERE id = $1', [user.id, name]);
      if (name === 'Karin Söderberg 1') coordinatorToken = await t.login(user);
      return user.id;
    }

    beforeAll(async () => {
      const [one, two] = [await t.factories.municipality(), await t.factories.municipality()];
      const [unitOne, unitTwo] = [
        await t.factories.organization(one.id, OrganizationKind.KAA_UNIT),
        await t.factories.organization(two.id, OrganizationKind.KAA_UNIT),
      ];
      const adminOne = await t.factories.user(unitOne, Role.ADMIN);
      const adminTwo = await t.factories.user(unitTwo, Role.ADMIN);
      await t.pool.query("UPDATE app_user SET display_name = 'Alva Admin' WHERE id = ANY($1)", [
        [adminOne.id, adminTwo.id],
      ]);
      ownToken = await t.login(adminOne);
      otherToken = await t.login(adminTwo);
      for (const name of ['Åsa Ångström', 'Asa Angstrom', 'José Éclair', 'Zoë Müller', 'Bo 100%_Procent']) {
        ids.set(name, await named(unitOne, name));
      }
      for (let i = 1; i <= 5; i += 1) ids.set(`Karin Söderberg ${i}`, await named(unitOne, `Karin Söderberg ${i}`));
      for (const name of ['Åsa Ångström', 'José Éclair', 'Karin Söderberg 6', 'Karin Söderberg 7']) {
        foreignIds.add(await named(unitTwo, name));
      }
    });

    async function search(variables: Record<string, unknown>, token = ownToken): Promise<NamedPage> {
      const res = await t.graphql<{ users: NamedPage }>(SEARCH, variables, token);
      expect(res.errors).toBeUndefined();
      return res.data!.users;
    }
    const names = (page: NamedPage) => page.nodes.map((n) => n.displayName);

    it('finds a part of the name in any case, é as e, but å, ä and ö as letters of their own', async () => {
      expect(names(await search({ search: 'ÅNG' }))).toEqual(['Åsa Ångström']);
      expect(names(await search({ search: 'ang' }))).toEqual(['Asa Angstrom']);
      expect(names(await search({ search: '  jose  ECLAIR ' }))).toEqual(['José Éclair']);
      expect(names(await search({ search: 'zoe mull' }))).toEqual(['Zoë Müller']);
      expect(names(await search({ search: 'ström' }))).toEqual(['Åsa Ångström']);
      // LIKE's own characters are matched as themselves.
      expect(names(await search({ search: '%' }))).toEqual(['Bo 100%_Procent']);
      expect(names(await search({ search: '%_p' }))).toEqual(['Bo 100%_Procent']);
      expect(names(await search({ search: 'nobody here' }))).toEqual([]);
      expect((await search({ search: 'nobody here' })).totalCount).toBe(0);
    });

    it('never finds another municipality’s users', async () => {
      for (const term of ['Åsa', 'josé', 'söderberg', 'a', 'Alva']) {
        const page = await search({ search: term, first: 100 });
        expect(page.nodes.filter((n) => foreignIds.has(n.id))).toEqual([]);
        expect(page.totalCount).toBe(page.nodes.length);
      }
      // The search narrows what the caller may read, never widens it: a coordinator reads only
      // themselves among the users.
      expect(names(await search({ search: 'söderberg', first: 100 }, coordinatorToken))).toEqual(['Karin Söderberg 1']);
      const theirs = await search({ search: 'Söderberg', first: 100 }, otherToken);
      expect(names(theirs)).toEqual(['Karin Söderberg 6', 'Karin Söderberg 7']);
      expect(theirs.nodes.every((n) => foreignIds.has(n.id))).toBe(true);
    });

    it('lists everyone for a blank or absent search', async () => {
      const all = await search({ first: 100 });
      expect(all.totalCount).toBe(11);
      for (const blank of ['', '   ', null]) {
        const page = await search({ search: blank, first: 100 });
        expect(page.totalCount).toBe(all.totalCount);
        expect(page.nodes.map((n) => n.id)).toEqual(all.nodes.map((n) => n.id));
      }
    });

    it('pages a filtered list by keyset, the total counting the matches only', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: NamedPage = await search({ search: 'SÖDERBERG', first: 2, after });
        expect(page.totalCount).toBe(5);
        expect(page.nodes.length).toBeLessThanOrEqual(2);
        seen.push(...names(page));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual([1, 2, 3, 4, 5].map((i) => `Karin Söderberg ${i}`));
      // A cursor from the unfiltered list continues the filtered one after that name.
      const unfiltered = await search({ first: 100 });
      const cut = unfiltered.nodes.findIndex((n) => n.displayName === 'Karin Söderberg 2');
      const cursor = (await search({ first: cut + 1 })).pageInfo.endCursor;
      expect(names(await search({ search: 'söderberg', after: cursor, first: 10 }))).toEqual(
        [3, 4, 5].map((i) => `Karin Söderberg ${i}`),
      );
    });

    it('refuses a search longer than 100 characters', async () => {
      const res = await t.graphql(SEARCH, { search: 'a'.repeat(101) }, ownToken);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect((await search({ search: 'a'.repeat(100) })).totalCount).toBe(0);
    });
  });
});
