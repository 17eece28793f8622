import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';

import { startTestApi, type TestApi } from '../support/test-api';
import { errorCode } from '../support/young-people';

const SEARCH =
  'query ($search: String, $kind: OrganizationKind, $first: Int, $after: String) { organizations(search: $search, kind: $kind, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id name } } }';

interface NamedPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Array<{ id: string; name: string }>;
}

// Issue 15: the app's organisation pickers search on the server (`organizations(search:)`), so
// that an organisation past the first hundred can be found; the search narrows the caller's
// access predicate (their municipality), never widens it.
describe('searching organisations by name', () => {
  let t: TestApi;
  let ownToken: string;
  let coordinatorToken: string;
  let otherToken: string;
  const foreignIds = new Set<string>();

  beforeAll(async () => {
    t = await startTestApi();
    const [one, two] = [await t.factories.municipality(), await t.factories.municipality()];
    const unitOne = await t.factories.organization(one.id, OrganizationKind.KAA_UNIT, 'Aktivitetsansvaret');
    const unitTwo = await t.factories.organization(two.id, OrganizationKind.KAA_UNIT, 'Aktivitetsansvaret');
    foreignIds.add(unitTwo.id);
    ownToken = await t.login(await t.factories.user(unitOne, Role.ADMIN));
    coordinatorToken = await t.login(await t.factories.user(unitOne, Role.COORDINATOR));
    otherToken = await t.login(await t.factories.user(unitTwo, Role.ADMIN));
    for (const name of [
      'Ångströmskolan',
      'Angstrom AB',
      'Éclairs fritidsgård',
      'Müllers verkstad',
      'Hus 100%_Procent',
    ]) {
      await t.factories.organization(one.id, OrganizationKind.OTHER, name);
    }
    for (let i = 1; i <= 5; i += 1) {
      await t.factories.organization(one.id, OrganizationKind.SCHOOL, `Söderskolan ${i}`);
    }
    for (const name of ['Ångströmskolan', 'Söderskolan 6', 'Söderskolan 7']) {
      foreignIds.add((await t.factories.organization(two.id, OrganizationKind.SCHOOL, name)).id);
    }
  });

  afterAll(async () => {
    await t?.close();
  });

  async function search(variables: Record<string, unknown>, token = ownToken): Promise<NamedPage> {
    const res = await t.graphql<{ organizations: NamedPage }>(SEARCH, variables, token);
    expect(res.errors).toBeUndefined();
    return res.data!.organizations;
  }
  const names = (page: NamedPage) => page.nodes.map((n) => n.name);

  it('finds a part of the name in any case, é as e, but å, ä and ö as letters of their own', async () => {
    expect(names(await search({ search: 'ÅNG' }))).toEqual(['Ångströmskolan']);
    expect(names(await search({ search: 'ang' }))).toEqual(['Angstrom AB']);
    expect(names(await search({ search: '  ECLAIRS  fritid ' }))).toEqual(['Éclairs fritidsgård']);
    expect(names(await search({ search: 'mull' }))).toEqual(['Müllers verkstad']);
    expect(names(await search({ search: 'ström' }))).toEqual(['Ångströmskolan']);
    // LIKE's own characters are matched as themselves.
    expect(names(await search({ search: '%' }))).toEqual(['Hus 100%_Procent']);
    expect(names(await search({ search: '_' }))).toEqual(['Hus 100%_Procent']);
    expect(names(await search({ search: '%_p' }))).toEqual(['Hus 100%_Procent']);
    expect(names(await search({ search: '\\' }))).toEqual([]);
    expect((await search({ search: 'ingen alls' })).totalCount).toBe(0);
  });

  it('never finds another municipality’s organisations, whoever asks', async () => {
    for (const token of [ownToken, coordinatorToken]) {
      for (const term of ['Ång', 'söder', 'a', 'Aktivitet']) {
        const page = await search({ search: term, first: 100 }, token);
        expect(page.nodes.filter((n) => foreignIds.has(n.id))).toEqual([]);
        expect(page.totalCount).toBe(page.nodes.length);
      }
    }
    const theirs = await search({ search: 'SÖDER', first: 100 }, otherToken);
    expect(names(theirs)).toEqual(['Söderskolan 6', 'Söderskolan 7']);
    expect(theirs.nodes.every((n) => foreignIds.has(n.id))).toBe(true);
  });

  it('lists every organisation for a blank or absent search, and combines with the kind', async () => {
    const all = await search({ first: 100 });
    expect(all.totalCount).toBe(11);
    for (const blank of ['', '   ', null]) {
      const page = await search({ search: blank, first: 100 });
      expect(page.totalCount).toBe(all.totalCount);
      expect(page.nodes.map((n) => n.id)).toEqual(all.nodes.map((n) => n.id));
    }
    // (Sorted here: the api orders by the database's collation.)
    expect(names(await search({ search: 'a', kind: OrganizationKind.OTHER })).sort()).toEqual(
      ['Angstrom AB', 'Éclairs fritidsgård', 'Müllers verkstad', 'Ångströmskolan'].sort(),
    );
  });

  it('pages a filtered list by keyset, the total counting the matches only', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: NamedPage = await search({ search: 'söder', first: 2, after });
      expect(page.totalCount).toBe(5);
      seen.push(...names(page));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual([1, 2, 3, 4, 5].map((i) => `Söderskolan ${i}`));
  });

  it('refuses a search longer than 100 characters', async () => {
    const res = await t.graphql(SEARCH, { search: 'a'.repeat(101) }, ownToken);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect((await search({ search: 'a'.repeat(100) })).totalCount).toBe(0);
  });
});
