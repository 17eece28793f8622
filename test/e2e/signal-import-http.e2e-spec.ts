import request from 'supertest';

import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';
import { makeIdentityNumber } from '@app/young-people';

import type { TestMunicipality, TestOrganization, TestUser } from '../support/factories';
import { startTestApi, type TestApi } from '../support/test-api';
import { stockholmDay } from '../support/young-people';

// A school's system posts its signal file with an integration credential (issue 16): the admin
// makes the credential (secret shown once, kept as a hash), POST /signals/import takes the file
// as its body with the same rules as importSignals (all rows or none, idempotent by key and by
// content), and every refused credential is a 401 with its code and a security event.
const CREATE = `mutation ($input: CreateIntegrationCredentialInput!) {
  createIntegrationCredential(input: $input) {
    secret credential { id name organizationId organizationName createdByName expiresAt revokedAt lastUsedAt }
  }
}`;

function daysAgo(days: number): string {
  return stockholmDay(new Date(Date.now() - days * 86_400_000));
}

describe('POST /signals/import with an integration credential', () => {
  let t: TestApi;
  let m: TestMunicipality;
  let school: TestOrganization;
  let otherSchool: TestOrganization;
  let social: TestOrganization;
  let admin: TestUser;
  const tokens: Record<string, string> = {};
  const pupil = makeIdentityNumber('2008-05-11', 301);
  const dropOut = makeIdentityNumber('2008-06-12', 302);

  beforeAll(async () => {
    t = await startTestApi();
    m = await t.factories.municipality();
    const kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    school = await t.factories.organization(m.id, OrganizationKind.SCHOOL, 'Västra gymnasiet');
    otherSchool = await t.factories.organization(m.id, OrganizationKind.SCHOOL, 'Östra gymnasiet');
    social = await t.factories.organization(m.id, OrganizationKind.SOCIAL_SERVICES);
    const admins = await t.factories.organization(m.id, OrganizationKind.MANAGEMENT);
    admin = await t.factories.user(admins, Role.ADMIN);
    const users = {
      admin,
      coordinator: await t.factories.user(kaa, Role.COORDINATOR),
      staff: await t.factories.user(school, Role.SCHOOL_STAFF),
      otherStaff: await t.factories.user(otherSchool, Role.SCHOOL_STAFF),
    };
    for (const [name, user] of Object.entries(users)) tokens[name] = await t.login(user);
  });

  afterAll(async () => {
    await t?.close();
  });

  async function createCredential(organizationId: string, name = 'Skolsystemet Vklass', validDays = 365) {
    const res = await t.graphql<{
      createIntegrationCredential: { secret: string; credential: { id: string; organizationName: string } };
    }>(CREATE, { input: { organizationId, name, validDays } }, tokens.admin);
    expect(res.errors).toBeUndefined();
    return res.data!.createIntegrationCredential;
  }

  function post(secret: string | undefined, body: Buffer | string, key: string | undefined, type = 'text/csv') {
    let req = request(t.url).post('/signals/import').set('content-type', type);
    if (secret !== undefined) req = req.set('authorization', `Bearer ${secret}`);
    if (key !== undefined) req = req.set('idempotency-key', key);
    return req.send(typeof body === 'string' ? Buffer.from(body) : body);
  }

  function file(): string {
    return [
      'Personnummer;Signal;Datum;Kommentar',
      `${pupil};Ogiltig frånvaro;${daysAgo(4)};Sedan två veckor`,
      `${dropOut};Avbrott;${daysAgo(2)};`,
    ].join('\n');
  }

  async function signals(schoolId: string): Promise<number> {
    const { rows } = await t.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM signal WHERE school_id = $1', [
      schoolId,
    ]);
    return rows[0].n;
  }

  async function refusedEvents(code: string): Promise<number> {
    // The writer batches events (at most 200 ms late).
    await new Promise((resolve) => setTimeout(resolve, 400));
    const { rows } = await t.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM security_event
        WHERE kind = 'TOKEN_REFUSED' AND code = $1 AND operation = 'POST /signals/import'`,
      [code],
    );
    return rows[0].n;
  }

  let secret: string;
  let credentialId: string;
  let firstImportId: string;

  it('lets the admin make a credential for a school, shown once and kept only as a hash, audited', async () => {
    const created = await createCredential(school.id);
    secret = created.secret;
    credentialId = created.credential.id;
    expect(secret).toMatch(/^brygga_sig_[A-Za-z0-9_-]{43}$/);
    expect(created.credential).toMatchObject({ organizationName: 'Västra gymnasiet', name: 'Skolsystemet Vklass' });
    const { rows } = await t.pool.query<{ secret_hash: string }>(
      'SELECT secret_hash FROM integration_credential WHERE id = $1',
      [credentialId],
    );
    expect(rows[0].secret_hash).toHaveLength(64);
    expect(rows[0].secret_hash).not.toContain(secret.slice(11));
    const audit = await t.pool.query(
      "SELECT 1 FROM audit_event WHERE action = 'integration_credential.create' AND subject_id = $1",
      [credentialId],
    );
    expect(audit.rowCount).toBe(1);
    // The list never shows the secret again.
    const list = await t.graphql<{ integrationCredentials: Array<{ id: string }> }>(
      '{ integrationCredentials { id name organizationName lastUsedAt revokedAt } }',
      {},
      tokens.admin,
    );
    expect(list.data?.integrationCredentials.map((row) => row.id)).toContain(credentialId);
    expect(JSON.stringify(list.data)).not.toContain(secret);
  });

  it('refuses a credential for an organisation that is not a school, and to anyone but the admin', async () => {
    const res = await t.graphql(
      CREATE,
      { input: { organizationId: social.id, name: 'Fel', validDays: 30 } },
      tokens.admin,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('INTEGRATION_CREDENTIAL_ORGANIZATION_INVALID');
    const staff = await t.graphql(
      CREATE,
      { input: { organizationId: school.id, name: 'Egen', validDays: 30 } },
      tokens.staff,
    );
    expect(staff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('imports the school’s file: every row, as the school, and the drop-out enters the queue', async () => {
    const res = await post(secret, file(), 'vastra-2026-v49');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ rowCount: 2, createdCount: 2, repeated: false, fileName: 'signaler.csv' });
    firstImportId = (res.body as { id: string }).id;
    expect(await signals(school.id)).toBe(2);
    const { rows } = await t.pool.query<{ credential_id: string; created_by_id: string | null }>(
      'SELECT credential_id, created_by_id FROM signal_import WHERE id = $1',
      [firstImportId],
    );
    expect(rows[0]).toEqual({ credential_id: credentialId, created_by_id: null });
    const audit = await t.pool.query<{ actor_role: string; actor_organization_id: string }>(
      "SELECT actor_role, actor_organization_id FROM audit_event WHERE action = 'signal_import.create' AND subject_id = $1",
      [firstImportId],
    );
    expect(audit.rows[0]).toEqual({ actor_role: 'INTEGRATION', actor_organization_id: school.id });
    // The school sees what its system sent; another school sees none of it.
    const own = await t.graphql<{ signals: { nodes: unknown[] } }>('{ signals { nodes { id } } }', {}, tokens.staff);
    expect(own.data?.signals.nodes).toHaveLength(2);
    const other = await t.graphql<{ signals: { nodes: unknown[] } }>(
      '{ signals { nodes { id } } }',
      {},
      tokens.otherStaff,
    );
    expect(other.data?.signals.nodes).toHaveLength(0);
    const queue = await t.graphql<{ targetGroupChecks: { nodes: Array<{ personalIdentityNumber: string }> } }>(
      '{ targetGroupChecks(status: TO_CHECK) { nodes { personalIdentityNumber } } }',
      {},
      tokens.coordinator,
    );
    expect(queue.data?.targetGroupChecks.nodes.map((n) => n.personalIdentityNumber.replace('-', ''))).toContain(
      dropOut,
    );
    const used = await t.pool.query<{ last_used_at: Date | null }>(
      'SELECT last_used_at FROM integration_credential WHERE id = $1',
      [credentialId],
    );
    expect(used.rows[0].last_used_at).not.toBeNull();
  });

  it('answers a replay (same key) and the same file twice (another key) with the import already made', async () => {
    const replay = await post(secret, file(), 'vastra-2026-v49');
    expect(replay.status).toBe(200);
    expect(replay.body).toMatchObject({ id: firstImportId, repeated: true, createdCount: 0 });
    const again = await post(secret, file(), 'vastra-2026-v49-igen');
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: firstImportId, repeated: true });
    expect(await signals(school.id)).toBe(2);
    // A repeated file is not kept a second time.
    const files = await t.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM stored_file WHERE municipality_id = $1 AND created_by_id IS NULL',
      [m.id],
    );
    expect(files.rows[0].n).toBe(1);
    // The key used for another file is refused.
    const reused = await post(
      secret,
      `Personnummer;Signal;Datum\n${pupil};Frånvaroutredning;${daysAgo(1)}\n`,
      'vastra-2026-v49',
    );
    expect(reused.status).toBe(409);
    expect(reused.body).toMatchObject({ code: 'SIGNAL_IMPORT_KEY_REUSED' });
  });

  it('refuses a malformed file as a whole with the rows’ codes, and keeps nothing', async () => {
    const body = [
      'Personnummer;Signal;Datum',
      `${makeIdentityNumber('2008-07-01', 303)};Ogiltig frånvaro;${daysAgo(1)}`,
      `20080410-0000;Ogiltig frånvaro;${daysAgo(1)}`,
      `${makeIdentityNumber('2008-07-02', 304)};Okänt;${daysAgo(1)}`,
    ].join('\n');
    const res = await post(secret, body, 'vastra-fel-1');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      code: 'SIGNAL_ROWS_INVALID',
      details: {
        line: 3,
        refused: 2,
        rows: ['3:SIGNAL_ROW_IDENTITY_NUMBER_INVALID:Personnummer', '4:SIGNAL_ROW_KIND_INVALID:Signal'],
      },
    });
    expect(await signals(school.id)).toBe(2);
    const noHeader = await post(secret, 'a;b;c\n1;2;3\n', 'vastra-fel-2');
    expect(noHeader.body).toMatchObject({ code: 'SIGNAL_COLUMN_MISSING' });
    const empty = await post(secret, '', 'vastra-fel-3');
    expect(empty.status).toBe(400);
    expect((empty.body as { code: string }).code).toMatch(/^FILE_/);
    const multipart = await post(secret, file(), 'vastra-fel-4', 'multipart/form-data; boundary=x');
    expect(multipart.status).toBe(415);
    expect(multipart.body).toMatchObject({ code: 'SIGNAL_IMPORT_CONTENT_TYPE_UNSUPPORTED' });
    const noKey = await post(secret, file(), undefined);
    expect(noKey.status).toBe(400);
    expect(noKey.body).toMatchObject({ code: 'SIGNAL_IMPORT_KEY_MISSING' });
    const files = await t.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM stored_file WHERE municipality_id = $1 AND created_by_id IS NULL',
      [m.id],
    );
    expect(files.rows[0].n).toBe(1);
  });

  it('refuses a file over the size limit with 413', async () => {
    const big = Buffer.alloc(5 * 1024 * 1024 + 1, 'a');
    const res = await post(secret, big, 'vastra-stor-1');
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ code: 'FILE_TOO_LARGE' });
  });

  it('takes another school’s credential as that school: its own signals and its own keys', async () => {
    const other = await createCredential(otherSchool.id, 'Östras system');
    const res = await post(other.secret, file(), 'vastra-2026-v49');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ createdCount: 2, repeated: false });
    expect(await signals(otherSchool.id)).toBe(2);
    expect(await signals(school.id)).toBe(2);
    const seen = await t.graphql<{ signals: { nodes: Array<{ schoolId: string }> } }>(
      '{ signals { nodes { schoolId } } }',
      {},
      tokens.otherStaff,
    );
    expect(new Set(seen.data?.signals.nodes.map((n) => n.schoolId))).toEqual(new Set([otherSchool.id]));
  });

  it('refuses an unknown secret, a user’s token, a revoked and an expired credential: 401 and a security event', async () => {
    const unknown = await post('brygga_sig_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', file(), 'nyckel-okand');
    expect(unknown.status).toBe(401);
    expect(unknown.body).toMatchObject({ code: 'INTEGRATION_CREDENTIAL_INVALID' });
    const user = await post(tokens.staff, file(), 'nyckel-anvandare');
    expect(user.status).toBe(401);
    expect(user.body).toMatchObject({ code: 'INTEGRATION_CREDENTIAL_INVALID' });
    const none = await post(undefined, file(), 'nyckel-ingen');
    expect(none.status).toBe(401);
    expect(await refusedEvents('INTEGRATION_CREDENTIAL_INVALID')).toBe(3);

    const revoked = await createCredential(school.id, 'Gammalt system');
    const res = await t.graphql<{ revokeIntegrationCredential: { revokedAt: string | null } }>(
      'mutation ($id: ID!) { revokeIntegrationCredential(id: $id) { revokedAt } }',
      { id: revoked.credential.id },
      tokens.admin,
    );
    expect(res.data?.revokeIntegrationCredential.revokedAt).toBeTruthy();
    const afterRevoke = await post(revoked.secret, file(), 'nyckel-aterkallad');
    expect(afterRevoke.status).toBe(401);
    expect(afterRevoke.body).toMatchObject({ code: 'INTEGRATION_CREDENTIAL_REVOKED' });
    expect(await refusedEvents('INTEGRATION_CREDENTIAL_REVOKED')).toBe(1);

    const expired = await createCredential(school.id, 'Kortlivat system', 1);
    await t.pool.query("UPDATE integration_credential SET expires_at = now() - interval '1 minute' WHERE id = $1", [
      expired.credential.id,
    ]);
    const afterExpiry = await post(expired.secret, file(), 'nyckel-utgangen');
    expect(afterExpiry.status).toBe(401);
    expect(afterExpiry.body).toMatchObject({ code: 'INTEGRATION_CREDENTIAL_EXPIRED' });
    expect(await refusedEvents('INTEGRATION_CREDENTIAL_EXPIRED')).toBe(1);
    const events = await t.pool.query<{ municipality_id: string }>(
      "SELECT municipality_id FROM security_event WHERE code = 'INTEGRATION_CREDENTIAL_EXPIRED'",
    );
    expect(events.rows).toEqual([{ municipality_id: m.id }]);
    // Nothing was imported by any of them.
    expect(await signals(school.id)).toBe(2);
  });

  // The credential belongs to the school's system for sending files and can do nothing else: it
  // is not an access token (it names no user), so GraphQL, the files and a socket refuse it.
  it('refuses a valid credential everywhere but the school-file routes', async () => {
    const { secret } = await createCredential(school.id, 'Bara filer');
    const query = await t.graphql('{ me { user { id } } }', {}, secret);
    expect(query.errors?.[0]?.extensions?.code).toBe('AUTH_UNAUTHENTICATED');
    expect(query.data ?? null).toBeNull();
    const signalsQuery = await t.graphql('{ signals(first: 1) { totalCount } }', {}, secret);
    expect(signalsQuery.errors?.[0]?.extensions?.code).toBe('AUTH_UNAUTHENTICATED');
    const count = async () =>
      Number(
        (await t.pool.query<{ n: string }>('SELECT count(*) AS n FROM stored_file WHERE municipality_id = $1', [m.id]))
          .rows[0]?.n,
      );
    const before = await count();
    const upload = await request(t.url)
      .post('/files')
      .set('authorization', `Bearer ${secret}`)
      .set('content-type', 'text/csv')
      .send(Buffer.from(file()));
    expect(upload.status).toBe(401);
    const read = await request(t.url)
      .get('/files/00000000-0000-4000-8000-000000000000')
      .set('authorization', `Bearer ${secret}`);
    expect(read.status).toBe(401);
    // Nothing was stored by the refused upload.
    expect(await count()).toBe(before);
  });

  it('throttles a credential beyond its imports per minute', async () => {
    const busy = await createCredential(otherSchool.id, 'Ivrigt system');
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) {
      statuses.push((await post(busy.secret, file(), `ivrig-${i}-nyckel`)).status);
    }
    expect(statuses.slice(0, 10).every((status) => status === 200 || status === 201)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});
