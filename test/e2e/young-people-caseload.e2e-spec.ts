import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';

import type { TestUser } from '../support/factories';
import { startTestApi, type GraphqlResponse, type TestApi } from '../support/test-api';
import { errorCode, randomIdentityNumber, register, today, type YoungPersonView } from '../support/young-people';

const PAGE = `query ($filter: CaseloadFilter, $sort: CaseloadSort, $direction: SortDirection, $first: Int, $after: String) {
  caseload(filter: $filter, sort: $sort, direction: $direction, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id givenName familyName age lastContactAt twentiethBirthday enrollment { status registeredOn } } } }`;
const NESTED = `{ caseload(first: 50) { totalCount nodes { id givenName
  enrollment { status statusHistory { toStatus } } latestContact { occurredAt outcome }
  guardians { name } occupations { kind category } measures { status } actionPlan { status nextFollowUpOn } } } }`;

interface Row {
  id: string;
  givenName: string;
  familyName: string;
  age: number;
  lastContactAt: string | null;
  twentiethBirthday: string;
  enrollment: { status: string; registeredOn: string };
}
interface Page {
  caseload: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Row[] };
}

// The coordinator's caseload and the team lead's view of the unit: row access, filters,
// sorting, keyset paging, counts, load per coordinator, reassignment, and SQL statements that
// do not grow with the caseload.
describe('caseload', () => {
  let t: TestApi;
  let coordinator: TestUser;
  let colleague: TestUser;
  const tokens: Record<string, string> = {};
  const mine: YoungPersonView[] = [];

  beforeAll(async () => {
    t = await startTestApi();
    const m = await t.factories.municipality();
    const kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    coordinator = await t.factories.user(kaa, Role.COORDINATOR);
    colleague = await t.factories.user(kaa, Role.COORDINATOR);
    tokens.coordinator = await t.login(coordinator);
    tokens.colleague = await t.login(colleague);
    tokens.teamLead = await t.login(await t.factories.user(kaa, Role.TEAM_LEAD));
    tokens.big = await t.login(await t.factories.user(kaa, Role.COORDINATOR));
    tokens.admin = await t.login(await t.factories.user(kaa, Role.ADMIN));
    const names = ['Öberg', 'Andersson', 'Berg', 'Lind', 'Karlsson', 'Ek'];
    for (const [i, familyName] of names.entries()) {
      mine.push(
        await register(t, tokens.coordinator, {
          familyName,
          givenName: `Ung${i}`,
          personalIdentityNumber: randomIdentityNumber({ age: 16 + (i % 4) }).number,
        }),
      );
    }
    await register(t, tokens.colleague, { familyName: 'Kollegasson' });
    await register(t, tokens.teamLead, { familyName: 'Otilldelad' });
    // A caseload ten times larger for the statement count.
    await Promise.all(Array.from({ length: 30 }, (_, i) => register(t, tokens.big, { givenName: `Stor${i}` })));
  });

  afterAll(async () => {
    await t?.close();
  });

  async function page(token: string, variables: Record<string, unknown> = {}): Promise<Page['caseload']> {
    const res = await t.graphql<Page>(PAGE, { first: 50, ...variables }, token);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.caseload;
  }

  function contact(person: YoungPersonView, outcome: string, hoursAgo: number): Promise<GraphqlResponse> {
    return t.graphql(
      'mutation ($input: LogContactAttemptInput!) { logContactAttempt(input: $input) { id } }',
      {
        input: {
          youngPersonId: person.id,
          channel: 'PHONE',
          outcome,
          occurredAt: new Date(Date.now() - hoursAgo * 3_600_000).toISOString(),
        },
      },
      tokens.coordinator,
    );
  }

  it('shows a coordinator exactly their own registered young people and the team lead the whole unit', async () => {
    const own = await page(tokens.coordinator);
    expect(own.totalCount).toBe(mine.length);
    expect(new Set(own.nodes.map((n) => n.id))).toEqual(new Set(mine.map((p) => p.id)));
    const unit = await page(tokens.teamLead);
    expect(unit.totalCount).toBe(mine.length + 2 + 30);
    const unassigned = await page(tokens.teamLead, { filter: { unassigned: true } });
    expect(unassigned.nodes.map((n) => n.familyName)).toEqual(['Otilldelad']);
    const colleagues = await page(tokens.teamLead, { filter: { coordinatorId: colleague.id } });
    expect(colleagues.nodes.map((n) => n.familyName)).toEqual(['Kollegasson']);
  });

  it('filters by status, age and time since contact, and counts per status', async () => {
    expect((await contact(mine[0], 'NOT_REACHED', 24 * 40)).errors).toBeUndefined();
    expect((await contact(mine[1], 'REACHED', 2)).errors).toBeUndefined();
    const attempted = await page(tokens.coordinator, { filter: { statuses: ['CONTACT_ATTEMPTED'] } });
    expect(attempted.nodes.map((n) => n.id)).toEqual([mine[0].id]);
    const stale = await page(tokens.coordinator, {
      filter: { noContactSince: new Date(Date.now() - 30 * 86_400_000).toISOString() },
    });
    expect(stale.nodes.map((n) => n.id)).not.toContain(mine[1].id);
    expect(stale.nodes.map((n) => n.id)).toContain(mine[0].id);
    expect(stale.totalCount).toBe(mine.length - 1);
    const olderThan17 = await page(tokens.coordinator, { filter: { minAge: 18 } });
    expect(olderThan17.nodes.every((n) => n.age >= 18)).toBe(true);
    expect(olderThan17.totalCount).toBe(mine.filter((p) => p.age >= 18).length);
    const young = await page(tokens.coordinator, { filter: { maxAge: 16 } });
    expect(young.totalCount).toBe(mine.filter((p) => p.age <= 16).length);
    expect(young.totalCount).toBeGreaterThan(0);

    const counts = await t.graphql<{ caseloadStatusCounts: Array<{ status: string; count: number }> }>(
      '{ caseloadStatusCounts { status count } }',
      {},
      tokens.coordinator,
    );
    const byStatus = Object.fromEntries(counts.data!.caseloadStatusCounts.map((c) => [c.status, c.count]));
    expect(byStatus).toEqual({ NOT_CONTACTED: mine.length - 2, CONTACT_ATTEMPTED: 1, IN_DIALOGUE: 1 });
  });

  it('sorts by name, last contact and 20th birthday, and pages by keyset without gaps or repeats', async () => {
    const byName = await page(tokens.coordinator, { sort: 'NAME' });
    const names = byName.nodes.map((n) => `${n.familyName} ${n.givenName}`);
    expect(names).toEqual([...names].sort());
    const byContact = await page(tokens.coordinator, { sort: 'LAST_CONTACT' });
    // Never contacted first, then the longest since.
    expect(byContact.nodes.slice(-2).map((n) => n.id)).toEqual([mine[0].id, mine[1].id]);
    const byBirthday = await page(tokens.coordinator, { sort: 'TWENTIETH_BIRTHDAY' });
    const birthdays = byBirthday.nodes.map((n) => n.twentiethBirthday);
    expect(birthdays).toEqual([...birthdays].sort());

    for (const sort of ['NAME', 'LAST_CONTACT', 'TWENTIETH_BIRTHDAY', 'REGISTERED_ON']) {
      const whole = (await page(tokens.coordinator, { sort })).nodes.map((n) => n.id);
      const walked: string[] = [];
      let after: string | null = null;
      do {
        const part: Page['caseload'] = await page(tokens.coordinator, { sort, first: 2, after });
        walked.push(...part.nodes.map((n) => n.id));
        // Every page tells the size of the whole caseload, not what is left of it.
        expect(part.totalCount).toBe(whole.length);
        after = part.pageInfo.hasNextPage ? part.pageInfo.endCursor : null;
      } while (after);
      expect(walked).toEqual(whole);
    }
    // A cursor at the very last row: an empty page that still counts the whole caseload.
    const all = await page(tokens.coordinator, { sort: 'NAME', first: 50 });
    const past = await page(tokens.coordinator, { sort: 'NAME', first: 2, after: all.pageInfo.endCursor });
    expect(past.nodes).toEqual([]);
    expect(past.totalCount).toBe(all.totalCount);
    expect(past.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
    const tampered = await t.graphql(
      PAGE,
      { sort: 'LAST_CONTACT', after: Buffer.from('["x","y"]').toString('base64url') },
      tokens.coordinator,
    );
    expect(errorCode(tampered)).toBe('BAD_USER_INPUT');
  });

  it('sorts each key descending as its ascending order reversed, and pages it by keyset (issue 15)', async () => {
    for (const sort of ['NAME', 'LAST_CONTACT', 'TWENTIETH_BIRTHDAY', 'REGISTERED_ON']) {
      const ascending = (await page(tokens.coordinator, { sort })).nodes.map((n) => n.id);
      // Ties (a day many were registered on) are broken by the id, reversed as well.
      const whole = (await page(tokens.coordinator, { sort, direction: 'DESC' })).nodes.map((n) => n.id);
      expect(whole.length).toBeGreaterThan(2);
      expect(whole).toEqual([...ascending].reverse());
      const walked: string[] = [];
      let after: string | null = null;
      do {
        const part: Page['caseload'] = await page(tokens.coordinator, { sort, direction: 'DESC', first: 2, after });
        walked.push(...part.nodes.map((n) => n.id));
        expect(part.totalCount).toBe(whole.length);
        after = part.pageInfo.hasNextPage ? part.pageInfo.endCursor : null;
      } while (after);
      expect(walked).toEqual(whole);
    }
    // Last contact descending: the most recently contacted first, the never contacted last.
    const byContact = await page(tokens.coordinator, { sort: 'LAST_CONTACT', direction: 'DESC' });
    expect(byContact.nodes.slice(0, 2).map((n) => n.id)).toEqual([mine[1].id, mine[0].id]);
    const contacted = byContact.nodes.map((n) => n.lastContactAt).filter((at): at is string => at !== null);
    expect(contacted).toEqual([...contacted].sort().reverse());
  });

  it('gives the team lead the load per coordinator and lets them reassign; coordinators cannot', async () => {
    const load = await t.graphql<{
      coordinatorLoad: Array<{ coordinatorId: string | null; youngPeople: number; notContacted: number }>;
    }>(
      '{ coordinatorLoad(contactWithinDays: 30) { coordinatorId youngPeople notContacted withoutRecentContact } }',
      {},
      tokens.teamLead,
    );
    const byCoordinator = new Map(load.data!.coordinatorLoad.map((row) => [row.coordinatorId, row]));
    expect(byCoordinator.get(coordinator.id)?.youngPeople).toBe(mine.length);
    expect(byCoordinator.get(colleague.id)?.youngPeople).toBe(1);
    expect(byCoordinator.get(null)?.youngPeople).toBe(1);
    expect(errorCode(await t.graphql('{ coordinatorLoad { youngPeople } }', {}, tokens.coordinator))).toBe('FORBIDDEN');

    const ASSIGN =
      'mutation ($input: AssignCoordinatorInput!) { assignCoordinator(input: $input) { coordinatorId version } }';
    const moved = mine[5];
    const byCoordinatorSelf = await t.graphql(
      ASSIGN,
      { input: { youngPersonId: moved.id, version: 1, coordinatorId: colleague.id } },
      tokens.coordinator,
    );
    expect(errorCode(byCoordinatorSelf)).toBe('FORBIDDEN');
    const assigned = await t.graphql(
      ASSIGN,
      { input: { youngPersonId: moved.id, version: 1, coordinatorId: colleague.id } },
      tokens.teamLead,
    );
    expect(assigned.data).toEqual({ assignCoordinator: { coordinatorId: colleague.id, version: 2 } });
    const stale = await t.graphql(
      ASSIGN,
      { input: { youngPersonId: moved.id, version: 1, coordinatorId: coordinator.id } },
      tokens.teamLead,
    );
    expect(errorCode(stale)).toBe('CONFLICT');
    const READ = 'query ($id: ID!) { youngPerson(id: $id) { id } }';
    expect(errorCode(await t.graphql(READ, { id: moved.id }, tokens.coordinator))).toBe('NOT_FOUND');
    expect((await t.graphql(READ, { id: moved.id }, tokens.colleague)).errors).toBeUndefined();
    const { rows } = await t.pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_event WHERE action = 'young_person.assign' AND subject_id = $1",
      [moved.id],
    );
    expect(rows[0].n).toBe(1);
  });

  it('takes the same number of SQL statements for a page of 5 and of 30 young people with nested fields', async () => {
    const counts: number[] = [];
    for (const token of [tokens.coordinator, tokens.big]) {
      const res = await t.graphql<{ caseload: { totalCount: number; nodes: Array<{ enrollment: unknown }> } }>(
        NESTED,
        {},
        token,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.caseload.nodes.every((n) => n.enrollment !== null)).toBe(true);
      counts.push(res.extensions?.sqlStatements as number);
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[1]).toBe(counts[0]);
    // The count, the page (carrying each row's registration, latest contact, measures and plan
    // with its follow-ups), and one batch per other nested field (status history, guardians,
    // occupations) and the principal: 8 while measures and the plan came in batches of their own.
    expect(counts[0]).toBeLessThanOrEqual(6);
  });

  async function ok<T>(query: string, input: Record<string, unknown>, token: string): Promise<T> {
    const res = await t.graphql<T>(query, { input }, token);
    expect(res.errors).toBeUndefined();
    return res.data!;
  }

  // Two measures (one ended) for one young person, and an active plan with follow-ups (one held)
  // for another.
  async function measuresAndPlan(): Promise<void> {
    const type = await ok<{ createMeasureType: { id: string } }>(
      'mutation ($input: CreateMeasureTypeInput!) { createMeasureType(input: $input) { id } }',
      { code: 'STUDIE', name: 'Studiestöd', scbCategory: 'ADULT_EDUCATION', defaultTier: 'REMEDIAL' },
      tokens.admin,
    );
    const OFFER = 'mutation ($input: OfferMeasureInput!) { offerMeasure(input: $input) { id } }';
    const measure = (offeredOn: string) => ({
      youngPersonId: mine[2].id,
      measureTypeId: type.createMeasureType.id,
      offeredOn,
      planningAndGoal: 'Läsa in matematik',
    });
    const first = await ok<{ offerMeasure: { id: string } }>(OFFER, measure('2026-01-10'), tokens.coordinator);
    await ok(
      'mutation ($input: RespondToMeasureInput!) { respondToMeasure(input: $input) { id } }',
      { id: first.offerMeasure.id, version: 1, accepted: false, respondedOn: '2026-01-12' },
      tokens.coordinator,
    );
    await ok(OFFER, measure('2026-02-01'), tokens.coordinator);
    type Created = { id: string; version: number; goals: Array<{ id: string }>; followUps: Array<{ id: string }> };
    const plan = await ok<{ createActionPlan: Created }>(
      'mutation ($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id version goals { id } followUps { id } } }',
      {
        scope: 'INDIVIDUAL',
        youngPersonId: mine[3].id,
        title: 'Mot studier',
        goals: [{ text: 'Jag vill plugga', owner: 'YOUNG_PERSON' }],
        followUps: [{ plannedOn: today() }, { plannedOn: '2099-02-15' }],
      },
      tokens.coordinator,
    );
    const created = plan.createActionPlan;
    await ok(
      'mutation ($input: RecordPlanFollowUpInput!) { recordPlanFollowUp(input: $input) { id } }',
      {
        planId: created.id,
        version: created.version,
        followUpId: created.followUps[0].id,
        heldOn: today(),
        summary: 'Gick bra',
        goalEvaluations: [{ goalId: created.goals[0].id, assessment: 'PARTLY_ACHIEVED' }],
      },
      tokens.coordinator,
    );
  }

  // The page's registrations, latest contacts, measures and active plans come with the page's
  // own statement (as JSON); the single record reads them through the loaders. Both must give
  // the same values.
  it('shows each row’s registration, latest contact, measures and plan exactly as the record does', async () => {
    await contact(mine[1], 'NOT_REACHED', 30);
    await contact(mine[1], 'REACHED', 2);
    await measuresAndPlan();
    // One query per part: all four in one page exceed the query cost limit.
    const PARTS = [
      `enrollment { id status registeredOn registrationReason endedOn endReason version youngPersonId }
       latestContact { id channel occurredAt outcome occupationLearned performedById youngPersonId }`,
      'measures { id status version offeredOn respondedOn }',
      'actionPlan { id status version title nextFollowUpOn followUps { id plannedOn heldOn } }',
    ];
    const nodes: Array<Record<string, unknown> & { id: string }> = [];
    for (const fields of PARTS) {
      const listed = await t.graphql<{ caseload: { nodes: Array<Record<string, unknown> & { id: string }> } }>(
        `{ caseload(first: 40) { nodes { id ${fields} } } }`,
        {},
        tokens.teamLead,
      );
      expect(listed.errors).toBeUndefined();
      const rows = listed.data!.caseload.nodes;
      expect(rows.length).toBe(mine.length + 2 + 30);
      for (const row of rows) {
        const single = await t.graphql<{ youngPerson: Record<string, unknown> }>(
          `query ($id: ID!) { youngPerson(id: $id) { id ${fields} } }`,
          { id: row.id },
          tokens.teamLead,
        );
        expect(single.data!.youngPerson).toEqual(row);
        const merged = nodes.find((n) => n.id === row.id);
        if (merged) Object.assign(merged, row);
        else nodes.push({ ...row });
      }
    }
    const withContacts = nodes.find((n) => n.id === mine[1].id);
    expect(withContacts?.latestContact).toMatchObject({ outcome: 'REACHED', channel: 'PHONE' });
    expect(nodes.some((n) => n.latestContact === null)).toBe(true);
    const withMeasures = nodes.find((n) => n.id === mine[2].id);
    expect(withMeasures?.measures).toEqual([
      expect.objectContaining({ status: 'OFFERED', offeredOn: '2026-02-01' }),
      expect.objectContaining({ status: 'DECLINED', offeredOn: '2026-01-10' }),
    ]);
    const withPlan = nodes.find((n) => n.id === mine[3].id);
    expect(withPlan?.actionPlan).toMatchObject({ status: 'ACTIVE', nextFollowUpOn: '2099-02-15' });
  });
});
