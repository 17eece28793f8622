import { createHash } from 'node:crypto';

import request from 'supertest';

import { Role } from '@app/core/authz';
import { JobQueue } from '@app/core/jobs';
import { OrganizationKind } from '@app/organizations';

import type { TestUser } from '../support/factories';
import { startTestApi, type TestApi } from '../support/test-api';

// Files for imports travel over plain HTTP with the same bearer token as /graphql and stream
// into the database; jobs report their progress and result to whoever started them.
describe('files and jobs', () => {
  let t: TestApi;
  let coordinator: TestUser;
  let colleague: TestUser;
  let leadership: TestUser;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApi({ env: { UPLOAD_MAX_BYTES: String(256 * 1024) } });
    const m = await t.factories.municipality();
    const kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    const management = await t.factories.organization(m.id, OrganizationKind.MANAGEMENT);
    coordinator = await t.factories.user(kaa, Role.COORDINATOR);
    colleague = await t.factories.user(kaa, Role.COORDINATOR);
    leadership = await t.factories.user(management, Role.LEADERSHIP);
    for (const [name, user] of Object.entries({ coordinator, colleague, leadership }))
      tokens[name] = await t.login(user);
  });

  afterAll(async () => {
    await t?.close();
  });

  const upload = (body: Buffer, token?: string, fileName = 'lista.csv') => {
    let req = request(t.url)
      .post('/files')
      .set('content-type', 'text/csv')
      .set('x-file-name', encodeURIComponent(fileName));
    if (token) req = req.set('authorization', `Bearer ${token}`);
    return req.send(body);
  };

  it('stores an upload (over a megabyte, in chunks) and gives it back byte for byte to its uploader only', async () => {
    const body = Buffer.from(`pnr;namn\n${'20080115-2381;Åsa Öberg\n'.repeat(50_000)}`);
    const big = await startTestApi({ db: t.db, env: { UPLOAD_MAX_BYTES: String(4 * 1024 * 1024) } });
    try {
      const token = await big.login(coordinator);
      const res = await request(big.url)
        .post('/files')
        .set('authorization', `Bearer ${token}`)
        .set('content-type', 'text/csv')
        .set('x-file-name', encodeURIComponent('Elevlista höst.csv'))
        .send(body);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        fileName: 'Elevlista höst.csv',
        byteSize: body.length,
        sha256: createHash('sha256').update(body).digest('hex'),
      });
      const back = await request(big.url)
        .get(`/files/${(res.body as { id: string }).id}`)
        .set('authorization', `Bearer ${token}`)
        .buffer(true)
        .parse((response, done) => {
          const parts: Buffer[] = [];
          response.on('data', (part: Buffer) => parts.push(part));
          response.on('end', () => done(null, Buffer.concat(parts)));
        });
      expect(back.status).toBe(200);
      expect(back.headers['content-disposition']).toContain("filename*=UTF-8''Elevlista%20h%C3%B6st.csv");
      expect(Buffer.compare(back.body as Buffer, body)).toBe(0);
      const { rows } = await t.pool.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM stored_file_chunk WHERE file_id = $1',
        [(res.body as { id: string }).id],
      );
      expect(rows[0].n).toBeGreaterThan(1);
      // Another user of the same unit: no such file for them.
      const other = await request(big.url)
        .get(`/files/${(res.body as { id: string }).id}`)
        .set('authorization', `Bearer ${tokens.colleague}`);
      expect(other.status).toBe(404);
      expect(other.body).toMatchObject({ code: 'FILE_NOT_FOUND' });
    } finally {
      await big.close();
    }
  });

  it('refuses uploads without a token, from roles that import nothing, and above the limit, keeping nothing', async () => {
    const before = (await t.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM stored_file')).rows[0].n;
    expect((await upload(Buffer.from('a;b\n'))).status).toBe(401);
    const refused = await upload(Buffer.from('a;b\n'), tokens.leadership);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'FORBIDDEN' });
    const tooLarge = await upload(Buffer.alloc(300 * 1024, 65), tokens.coordinator);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body).toMatchObject({ code: 'FILE_TOO_LARGE' });
    expect((await t.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM stored_file')).rows[0].n).toBe(before);
    expect(
      (await request(t.url).get('/files/not-a-uuid').set('authorization', `Bearer ${tokens.coordinator}`)).status,
    ).toBe(404);
  });

  it('shows a job’s progress and result to the one who started it, and to no one else', async () => {
    const queue = t.api.app.get(JobQueue);
    const job = await queue.enqueue({
      municipalityId: coordinator.municipalityId,
      kind: 'test-report',
      payload: {},
      createdById: coordinator.id,
    });
    const QUERY = 'query ($id: ID!) { job(id: $id) { status progressDone counts { name value } errorCode } }';
    const mine = await t.graphql<{ job: { status: string } }>(QUERY, { id: job.id }, tokens.coordinator);
    expect(mine.data?.job).toEqual({ status: 'QUEUED', progressDone: 0, counts: [], errorCode: null });
    const theirs = await t.graphql(QUERY, { id: job.id }, tokens.colleague);
    expect(theirs.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await t.pool.query(`UPDATE job SET status = 'SUCCEEDED', result = '{"created": 5, "refused": 1}' WHERE id = $1`, [
      job.id,
    ]);
    const done = await t.graphql<{ job: unknown }>(QUERY, { id: job.id }, tokens.coordinator);
    expect(done.data?.job).toEqual({
      status: 'SUCCEEDED',
      progressDone: 0,
      counts: [
        { name: 'created', value: 5 },
        { name: 'refused', value: 1 },
      ],
      errorCode: null,
    });
  });
});
