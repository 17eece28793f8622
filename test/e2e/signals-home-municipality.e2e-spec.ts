import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';
import { makeIdentityNumber } from '@app/young-people';

import type { TestMunicipality, TestOrganization } from '../support/factories';
import { uploadFile } from '../support/target-group';
import { startTestApi, type TestApi } from '../support/test-api';
import { register, stockholmDay } from '../support/young-people';

// A school teaching pupils of other municipalities (issue 16): a signal names the pupil's home
// municipality (an SCB code in recordSignal, a code or name in the file's Hemkommun column; the
// school's own by default) and goes to that municipality's KAA unit, which sees and handles it;
// the school still sees what it sent, and its own municipality's KAA unit does not.
const FIELDS = 'id schoolId schoolName homeMunicipalityId homeMunicipalityName youngPersonId status';
const IMPORT = `mutation ($input: ImportSignalsInput!) { importSignals(input: $input) { rowCount createdCount } }`;

function daysAgo(days: number): string {
  return stockholmDay(new Date(Date.now() - days * 86_400_000));
}

interface SignalView {
  id: string;
  schoolId: string;
  homeMunicipalityId: string;
  homeMunicipalityName: string;
  youngPersonId: string | null;
}

describe('signals about pupils of another home municipality', () => {
  let t: TestApi;
  let schoolTown: TestMunicipality;
  let home: TestMunicipality;
  let school: TestOrganization;
  const tokens: Record<string, string> = {};
  let homeName: string;
  let registeredId: string;
  let registeredNumber: string;
  const dropOut = makeIdentityNumber('2008-09-09', 401);
  const ownPupil = makeIdentityNumber('2008-10-10', 402);

  beforeAll(async () => {
    t = await startTestApi();
    schoolTown = await t.factories.municipality();
    home = await t.factories.municipality();
    homeName = (await t.pool.query<{ name: string }>('SELECT name FROM municipality WHERE id = $1', [home.id])).rows[0]
      .name;
    school = await t.factories.organization(schoolTown.id, OrganizationKind.SCHOOL, 'Friskolan Fyren');
    const ownKaa = await t.factories.organization(schoolTown.id, OrganizationKind.KAA_UNIT);
    const homeKaa = await t.factories.organization(home.id, OrganizationKind.KAA_UNIT);
    tokens.staff = await t.login(await t.factories.user(school, Role.SCHOOL_STAFF));
    tokens.ownCoordinator = await t.login(await t.factories.user(ownKaa, Role.COORDINATOR));
    tokens.homeCoordinator = await t.login(await t.factories.user(homeKaa, Role.COORDINATOR));
    const person = await register(t, tokens.homeCoordinator);
    registeredId = person.id;
    registeredNumber = person.personalIdentityNumber;
  });

  afterAll(async () => {
    await t?.close();
  });

  async function signals(token: string): Promise<SignalView[]> {
    const res = await t.graphql<{ signals: { nodes: SignalView[] } }>(`{ signals { nodes { ${FIELDS} } } }`, {}, token);
    expect(res.errors).toBeUndefined();
    return res.data!.signals.nodes;
  }

  it('sends one signal to the home municipality named by its code, linked to its registered young person', async () => {
    const res = await t.graphql<{ recordSignal: SignalView }>(
      `mutation ($input: RecordSignalInput!) { recordSignal(input: $input) { ${FIELDS} } }`,
      {
        input: {
          kind: 'UNEXCUSED_ABSENCE',
          personalIdentityNumber: registeredNumber,
          occurredOn: daysAgo(1),
          homeMunicipalityCode: home.code,
        },
      },
      tokens.staff,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.recordSignal).toMatchObject({
      homeMunicipalityId: home.id,
      homeMunicipalityName: homeName,
      youngPersonId: registeredId,
      schoolName: 'Friskolan Fyren',
    });
    const unknown = await t.graphql(
      `mutation ($input: RecordSignalInput!) { recordSignal(input: $input) { id } }`,
      {
        input: {
          kind: 'UNEXCUSED_ABSENCE',
          personalIdentityNumber: ownPupil,
          occurredOn: daysAgo(1),
          homeMunicipalityCode: '0000',
        },
      },
      tokens.staff,
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'SIGNAL_MUNICIPALITY_UNKNOWN' });
  });

  it('imports a file whose Hemkommun column names each pupil’s municipality (code or name; empty is the school’s)', async () => {
    const body = [
      'Personnummer;Signal;Datum;Hemkommun',
      `${dropOut};Avbrott;${daysAgo(2)};${homeName} kommun`,
      `${ownPupil};Ogiltig frånvaro;${daysAgo(2)};`,
    ].join('\n');
    const fileId = await uploadFile(t, tokens.staff, 'fyren.csv', Buffer.from(body));
    const res = await t.graphql<{ importSignals: { rowCount: number; createdCount: number } }>(
      IMPORT,
      { input: { fileId, idempotencyKey: 'fyren-2026-v49' } },
      tokens.staff,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.importSignals).toEqual({ rowCount: 2, createdCount: 2 });

    const bad = await uploadFile(
      t,
      tokens.staff,
      'fel.csv',
      Buffer.from(`Personnummer;Signal;Datum;Kommunkod\n${ownPupil};Frånvaroutredning;${daysAgo(1)};9999\n`),
    );
    const refused = await t.graphql(IMPORT, { input: { fileId: bad, idempotencyKey: 'fyren-fel-1' } }, tokens.staff);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'SIGNAL_ROWS_INVALID',
      details: { rows: ['2:SIGNAL_ROW_MUNICIPALITY_UNKNOWN:Kommunkod'] },
    });
  });

  it('shows each signal to its home municipality’s KAA unit and all of them to the school', async () => {
    const sent = await signals(tokens.staff);
    expect(sent).toHaveLength(3);
    const homeSeen = await signals(tokens.homeCoordinator);
    expect(homeSeen).toHaveLength(2);
    expect(homeSeen.every((s) => s.homeMunicipalityId === home.id)).toBe(true);
    const ownSeen = await signals(tokens.ownCoordinator);
    expect(ownSeen).toHaveLength(1);
    expect(ownSeen[0].homeMunicipalityId).toBe(schoolTown.id);
    // The signal is on the registered young person's timeline in the home municipality.
    const timeline = await t.graphql<{ youngPerson: { signals: Array<{ id: string }> } }>(
      'query ($id: ID!) { youngPerson(id: $id) { signals { id } } }',
      { id: registeredId },
      tokens.homeCoordinator,
    );
    expect(timeline.data?.youngPerson.signals).toHaveLength(1);
  });

  it('lets only the home municipality’s KAA unit handle it', async () => {
    const homeSignal = (await signals(tokens.homeCoordinator))[0];
    const handle = `mutation ($input: HandleSignalInput!) { handleSignal(input: $input) { status } }`;
    const byOwn = await t.graphql(
      handle,
      { input: { signalId: homeSignal.id, decision: 'CONTACTED' } },
      tokens.ownCoordinator,
    );
    expect(byOwn.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const byHome = await t.graphql<{ handleSignal: { status: string } }>(
      handle,
      { input: { signalId: homeSignal.id, decision: 'CONTACTED' } },
      tokens.homeCoordinator,
    );
    expect(byHome.data?.handleSignal.status).toBe('HANDLED');
  });

  it('puts the drop-out in the home municipality’s "to check" queue, naming the school', async () => {
    const queue = async (token: string) =>
      (
        await t.graphql<{
          targetGroupChecks: { nodes: Array<{ personalIdentityNumber: string; lastSchool: string }> };
        }>('{ targetGroupChecks(status: TO_CHECK) { nodes { personalIdentityNumber lastSchool } } }', {}, token)
      ).data?.targetGroupChecks.nodes.filter((n) => n.personalIdentityNumber.replace('-', '') === dropOut) ?? [];
    expect(await queue(tokens.homeCoordinator)).toEqual([expect.objectContaining({ lastSchool: 'Friskolan Fyren' })]);
    expect(await queue(tokens.ownCoordinator)).toEqual([]);
    // Its audit row is in the home municipality's chain.
    const audit = await t.pool.query(
      "SELECT municipality_id FROM audit_event WHERE action = 'target_group_check.open_from_signal' AND municipality_id = $1",
      [home.id],
    );
    expect(audit.rowCount).toBe(1);
  });
});
