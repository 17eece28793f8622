import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';

import type { TestMunicipality, TestUser } from '../support/factories';
import { startTestApi, type TestApi } from '../support/test-api';
import { errorCode, register, today, YOUNG_PERSON_FIELDS, type YoungPersonView } from '../support/young-people';

const SEND = `mutation ($input: HandOverInput!) { handOverToMunicipality(input: $input) {
  id status movedOn youngPersonId receivedYoungPersonId person { personalIdentityNumber givenName } } }`;
const ACCEPT = `mutation ($input: AcceptHandOverInput!) { acceptHandOver(input: $input) {
  handOver { id status receivedYoungPersonId youngPersonId person { givenName } }
  youngPerson { ${YOUNG_PERSON_FIELDS} occupations { kind category source } } } }`;
const LIST = `query ($direction: HandOverDirection!) { handOvers(direction: $direction) { totalCount nodes {
  id status youngPersonId receivedYoungPersonId fromMunicipality { code } toMunicipality { code }
  person { personalIdentityNumber givenName familyName protectedIdentity } } } }`;

interface HandOverView {
  id: string;
  status: string;
  youngPersonId: string | null;
  receivedYoungPersonId: string | null;
  person: { personalIdentityNumber: string; givenName: string } | null;
  fromMunicipality?: { code: string };
  toMunicipality?: { code: string };
}

// A young person moves: the old home municipality ends its registration and sends the entry;
// the new one's team lead takes it into their register; the old one keeps only what it must.
describe('hand-over between municipalities', () => {
  let t: TestApi;
  let from: TestMunicipality;
  let to: TestMunicipality;
  let receivingCoordinator: TestUser;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApi();
    from = await t.factories.municipality('Avsändarkommun');
    to = await t.factories.municipality('Mottagarkommun');
    while (to.id === from.id) to = await t.factories.municipality('Mottagarkommun');
    const third = await t.factories.municipality('Tredje kommun');
    const fromKaa = await t.factories.organization(from.id, OrganizationKind.KAA_UNIT);
    const toKaa = await t.factories.organization(to.id, OrganizationKind.KAA_UNIT);
    const thirdKaa = await t.factories.organization(third.id, OrganizationKind.KAA_UNIT);
    receivingCoordinator = await t.factories.user(toKaa, Role.COORDINATOR);
    tokens.sender = await t.login(await t.factories.user(fromKaa, Role.COORDINATOR));
    tokens.senderLead = await t.login(await t.factories.user(fromKaa, Role.TEAM_LEAD));
    tokens.receiver = await t.login(await t.factories.user(toKaa, Role.TEAM_LEAD));
    tokens.receivingCoordinator = await t.login(receivingCoordinator);
    tokens.bystander = await t.login(await t.factories.user(thirdKaa, Role.TEAM_LEAD));
  });

  afterAll(async () => {
    await t?.close();
  });

  async function sendOne(): Promise<{ person: YoungPersonView; handOver: HandOverView }> {
    const person = await register(t, tokens.sender, { givenName: 'Noah', familyName: 'Berg' });
    await t.graphql(
      'mutation ($input: RecordOccupationInput!) { recordOccupation(input: $input) { id } }',
      {
        input: {
          youngPersonId: person.id,
          kind: 'PLANNED',
          category: 'EDUCATION',
          validFrom: '2099-08-15',
          source: 'YOUNG_PERSON',
        },
      },
      tokens.sender,
    );
    const res = await t.graphql<{ handOverToMunicipality: HandOverView }>(
      SEND,
      { input: { youngPersonId: person.id, toMunicipalityCode: to.code, movedOn: today() } },
      tokens.sender,
    );
    if (!res.data?.handOverToMunicipality) throw new Error(JSON.stringify(res.errors));
    return { person, handOver: res.data.handOverToMunicipality };
  }

  it('sends the entry, ends the registration here, and lets the receiving team lead take it in', async () => {
    const { person, handOver } = await sendOne();
    expect(handOver).toMatchObject({ status: 'SENT', youngPersonId: person.id, person: { givenName: 'Noah' } });
    const { rows: ended } = await t.pool.query<{ end_reason: string }>(
      'SELECT end_reason FROM kaa_enrollment WHERE young_person_id = $1',
      [person.id],
    );
    expect(ended).toEqual([{ end_reason: 'MOVED' }]);

    const incoming = await t.graphql<{ handOvers: { nodes: HandOverView[] } }>(
      LIST,
      { direction: 'INCOMING' },
      tokens.receiver,
    );
    const listed = incoming.data!.handOvers.nodes.find((h) => h.id === handOver.id);
    expect(listed).toMatchObject({
      status: 'SENT',
      youngPersonId: null,
      fromMunicipality: { code: from.code },
      toMunicipality: { code: to.code },
      person: { personalIdentityNumber: person.personalIdentityNumber, givenName: 'Noah' },
    });

    const accepted = await t.graphql<{
      acceptHandOver: {
        handOver: HandOverView;
        youngPerson: YoungPersonView & { occupations: Array<{ kind: string; category: string; source: string }> };
      };
    }>(ACCEPT, { input: { id: handOver.id, coordinatorId: receivingCoordinator.id } }, tokens.receiver);
    expect(accepted.errors).toBeUndefined();
    const received = accepted.data!.acceptHandOver;
    expect(received.handOver).toMatchObject({ status: 'RECEIVED', youngPersonId: null, person: null });
    expect(received.youngPerson).toMatchObject({
      personalIdentityNumber: person.personalIdentityNumber,
      givenName: 'Noah',
      coordinatorId: receivingCoordinator.id,
      contact: { streetAddress: 'Storgatan 1', phone: '070-123 45 67' },
      guardians: [{ name: 'Eva Lind', phone: '070-765 43 21' }],
      enrollment: { status: 'NOT_CONTACTED', registrationReason: 'MOVED_IN', registeredOn: today() },
    });
    expect(received.youngPerson.occupations).toEqual([{ kind: 'PLANNED', category: 'EDUCATION', source: 'REGISTER' }]);
    // The receiving coordinator now has the young person in the caseload.
    const caseload = await t.graphql<{ caseload: { nodes: Array<{ id: string }> } }>(
      '{ caseload(first: 100) { nodes { id } } }',
      {},
      tokens.receivingCoordinator,
    );
    expect(caseload.data!.caseload.nodes.map((n) => n.id)).toContain(received.youngPerson.id);
  });

  it('leaves the old municipality only the identity, the ended registration and the history', async () => {
    const { person, handOver } = await sendOne();
    await t.graphql(ACCEPT, { input: { id: handOver.id } }, tokens.receiver);
    const { rows } = await t.pool.query<Record<string, unknown>>(
      `SELECT phone, email, street_address, postal_code, city, personal_identity_number IS NOT NULL AS identity,
              (SELECT count(*)::int FROM guardian WHERE young_person_id = $1) AS guardians,
              (SELECT count(*)::int FROM occupation WHERE young_person_id = $1) AS occupations
         FROM young_person WHERE id = $1`,
      [person.id],
    );
    expect(rows[0]).toEqual({
      phone: null,
      email: null,
      street_address: null,
      postal_code: null,
      city: null,
      identity: true,
      guardians: 0,
      occupations: 1,
    });
    const { rows: stored } = await t.pool.query<{ entry: unknown; status: string }>(
      'SELECT entry, status FROM kaa_hand_over WHERE id = $1',
      [handOver.id],
    );
    expect(stored).toEqual([{ entry: null, status: 'RECEIVED' }]);
    const outgoing = await t.graphql<{ handOvers: { nodes: HandOverView[] } }>(
      LIST,
      { direction: 'OUTGOING' },
      tokens.senderLead,
    );
    expect(outgoing.data!.handOvers.nodes.find((h) => h.id === handOver.id)).toMatchObject({
      status: 'RECEIVED',
      youngPersonId: person.id,
      receivedYoungPersonId: null,
      person: null,
    });
  });

  it('audits every step in the chain of the municipality it changes', async () => {
    const { handOver } = await sendOne();
    const accepted = await t.graphql<{ acceptHandOver: { youngPerson: { id: string } } }>(
      ACCEPT,
      { input: { id: handOver.id } },
      tokens.receiver,
    );
    const { rows } = await t.pool.query<{ municipality_id: string; action: string }>(
      `SELECT municipality_id, action FROM audit_event
        WHERE subject_id = $1 OR subject_id = $2 ORDER BY seq`,
      [handOver.id, accepted.data!.acceptHandOver.youngPerson.id],
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        { municipality_id: from.id, action: 'hand_over.send' },
        { municipality_id: from.id, action: 'hand_over.received' },
        { municipality_id: to.id, action: 'hand_over.accept' },
      ]),
    );
  });

  it('refuses unknown or own municipalities, a second acceptance, and everyone but the receiver', async () => {
    const person = await register(t, tokens.sender);
    const unknown = await t.graphql(
      SEND,
      { input: { youngPersonId: person.id, toMunicipalityCode: '0000', movedOn: today() } },
      tokens.sender,
    );
    expect(errorCode(unknown)).toBe('HAND_OVER_MUNICIPALITY_INVALID');
    const own = await t.graphql(
      SEND,
      { input: { youngPersonId: person.id, toMunicipalityCode: from.code, movedOn: today() } },
      tokens.sender,
    );
    expect(errorCode(own)).toBe('HAND_OVER_MUNICIPALITY_INVALID');

    const { handOver } = await sendOne();
    expect(errorCode(await t.graphql(ACCEPT, { input: { id: handOver.id } }, tokens.bystander))).toBe('NOT_FOUND');
    expect(errorCode(await t.graphql(ACCEPT, { input: { id: handOver.id } }, tokens.receivingCoordinator))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await t.graphql(ACCEPT, { input: { id: handOver.id } }, tokens.senderLead))).toBe('NOT_FOUND');
    const bystanderList = await t.graphql<{ handOvers: { nodes: HandOverView[] } }>(
      LIST,
      { direction: 'INCOMING' },
      tokens.bystander,
    );
    expect(bystanderList.data!.handOvers.nodes.map((h) => h.id)).not.toContain(handOver.id);

    expect((await t.graphql(ACCEPT, { input: { id: handOver.id } }, tokens.receiver)).errors).toBeUndefined();
    expect(errorCode(await t.graphql(ACCEPT, { input: { id: handOver.id } }, tokens.receiver))).toBe(
      'HAND_OVER_ALREADY_RECEIVED',
    );

    // The sent young person has no open registration left to hand over.
    const again = await t.graphql(
      SEND,
      { input: { youngPersonId: handOverPersonId(handOver), toMunicipalityCode: to.code, movedOn: today() } },
      tokens.sender,
    );
    expect(errorCode(again)).toBe('KAA_NOT_ENROLLED');
  });

  it('lets exactly one of two simultaneous acceptances through', async () => {
    const { handOver } = await sendOne();
    const results = await Promise.all(
      [1, 2].map(() => t.graphql(ACCEPT, { input: { id: handOver.id } }, tokens.receiver)),
    );
    expect(results.map((r) => (r.errors ? errorCode(r) : 'OK')).sort()).toEqual(['HAND_OVER_ALREADY_RECEIVED', 'OK']);
    const { rows } = await t.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM kaa_enrollment e JOIN young_person yp ON yp.id = e.young_person_id
        WHERE yp.municipality_id = $1 AND e.registration_reason = 'MOVED_IN' AND yp.personal_identity_number =
              (SELECT personal_identity_number FROM young_person WHERE id = $2)`,
      [to.id, handOver.youngPersonId],
    );
    expect(rows[0].n).toBe(1);
  });
});

function handOverPersonId(handOver: HandOverView): string {
  if (!handOver.youngPersonId) throw new Error('the sender sees its own record id');
  return handOver.youngPersonId;
}
