import { randomBytes, randomUUID } from 'node:crypto';

import { Pool, type PoolClient } from 'pg';
import { DataSource } from 'typeorm';

import { ManualClock } from '@app/core/clock';
import { dataSourceOptions, TransactionHost } from '@app/core/database';
import { createTestDatabase, silentTypeOrmLogger, TEST_ROLES, type TestDatabase } from '@app/core/testing';

import { chainHash, GENESIS_HASH, verifyAuditChains, AuditService, type AuditActor, type ChainBreak } from './index';

interface StoredRow {
  id: string;
  seq: string;
  prev_hash: string;
  hash: string;
}

// The audit writer and the verifier against a real PostgreSQL: the writer runs through a
// TypeORM DataSource acting as the application role, exactly as the api's pool does; the
// superuser pool plays the set-up and the attacker.
describe('audit trail (PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let tx: TransactionHost;
  let audit: AuditService;
  let admin: Pool;
  // The api clock the writer stamps rows with; starts at the real time.
  const clock = new ManualClock();

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = new DataSource(
      dataSourceOptions(
        {
          url: db.adminUrl,
          role: TEST_ROLES.app,
          poolSize: 20,
          statementTimeoutMs: 15_000,
          applicationName: 'audit-int-spec',
        },
        [],
        silentTypeOrmLogger,
      ),
    );
    await dataSource.initialize();
    tx = new TransactionHost(dataSource);
    audit = new AuditService(tx, clock);
    admin = new Pool({ connectionString: db.adminUrl, max: 3 });
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await admin?.end();
    await db?.drop();
  });

  function actor(municipalityId: string): AuditActor {
    return { userId: randomUUID(), role: 'ADMIN', organizationId: randomUUID(), municipalityId };
  }

  function event(n: number) {
    return {
      action: 'test.event',
      subjectType: 'Organization',
      subjectId: randomUUID(),
      summary: { n, changed: ['name'] },
    };
  }

  async function chain(municipalityId: string): Promise<StoredRow[]> {
    const { rows } = await admin.query<StoredRow>(
      'SELECT id, seq, prev_hash, hash FROM audit_event WHERE municipality_id = $1 ORDER BY seq',
      [municipalityId],
    );
    return rows;
  }

  // Writes `count` events for a fresh municipality, each in its own transaction.
  async function municipalityWithEvents(count: number): Promise<{ municipalityId: string; rows: StoredRow[] }> {
    const municipalityId = randomUUID();
    for (let i = 1; i <= count; i += 1) {
      await tx.run(() => audit.record(actor(municipalityId), event(i)), { requireAudit: true });
    }
    return { municipalityId, rows: await chain(municipalityId) };
  }

  async function breaksOf(municipalityId: string): Promise<ChainBreak[]> {
    const result = await verifyAuditChains(db.adminUrl);
    return result.breaks.filter((b) => b.municipalityId === municipalityId);
  }

  function expectLinkedChain(rows: StoredRow[], length: number): void {
    expect(rows.map((r) => Number(r.seq))).toEqual(Array.from({ length }, (_, i) => i + 1));
    rows.forEach((row, i) => expect(row.prev_hash).toBe(i === 0 ? GENESIS_HASH : rows[i - 1]?.hash));
    expect(new Set(rows.map((r) => r.hash)).size).toBe(length);
  }

  // With the append-only trigger switched off for one transaction, as only a superuser can.
  async function tamper(work: (client: PoolClient) => Promise<void>): Promise<void> {
    const client = await admin.connect();
    try {
      await client.query('BEGIN');
      await client.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete');
      await work(client);
      await client.query('ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_delete');
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  }

  it('runs the writer as the application role', async () => {
    const rows = await dataSource.query<Array<{ role: string }>>('SELECT current_user AS role');
    expect(rows[0]?.role).toBe(TEST_ROLES.app);
  });

  it('numbers the events of one transaction 1..n, each linked to the one before', async () => {
    const municipalityId = randomUUID();
    await tx.run(
      async () => {
        for (let i = 1; i <= 5; i += 1) await audit.record(actor(municipalityId), event(i));
      },
      { requireAudit: true },
    );
    expectLinkedChain(await chain(municipalityId), 5);
    const result = await verifyAuditChains(db.adminUrl);
    expect(result.breaks).toEqual([]);
    expect(result.chains.find((c) => c.municipalityId === municipalityId)).toEqual({
      municipalityId,
      startsAfterSeq: null,
      rows: 5,
      lastSeq: '5',
    });
  });

  it('gives 50 concurrent transactions seq 1..50 with no gap and a verifiable chain', async () => {
    const municipalityId = randomUUID();
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        tx.run(() => audit.record(actor(municipalityId), event(i)), { requireAudit: true }),
      ),
    );
    expectLinkedChain(await chain(municipalityId), 50);
    expect(await breaksOf(municipalityId)).toEqual([]);
  });

  it('keeps an independent chain per municipality under interleaved concurrent writes', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        tx.run(() => audit.record(actor(i % 2 === 0 ? a : b), event(i)), { requireAudit: true }),
      ),
    );
    // Each starts from the genesis hash at seq 1: neither chain links into the other.
    expectLinkedChain(await chain(a), 20);
    expectLinkedChain(await chain(b), 20);
    const result = await verifyAuditChains(db.adminUrl);
    expect(result.breaks).toEqual([]);
    expect(result.chains.filter((c) => c.municipalityId === a || c.municipalityId === b).map((c) => c.rows)).toEqual([
      20, 20,
    ]);
  });

  it('leaves no row when the transaction that recorded the event fails, and no gap after it', async () => {
    const municipalityId = randomUUID();
    await expect(
      tx.run(
        async () => {
          await audit.record(actor(municipalityId), event(1));
          throw new Error('the change failed after its audit event was recorded');
        },
        { requireAudit: true },
      ),
    ).rejects.toThrow('the change failed');
    expect(await chain(municipalityId)).toEqual([]);
    // The next event takes seq 1: numbers are not consumed by rolled-back transactions.
    await tx.run(() => audit.record(actor(municipalityId), event(2)), { requireAudit: true });
    expectLinkedChain(await chain(municipalityId), 1);
  });

  it('refuses to record outside a transaction', async () => {
    await expect(audit.record(actor(randomUUID()), event(1))).rejects.toThrow(/only inside a transaction/);
  });

  it('rolls back a transaction that requires an audit event and recorded none', async () => {
    const { rows } = await admin.query<{ id: string }>(
      'INSERT INTO municipality (code, name) VALUES ($1, $2) RETURNING id',
      [String(1000 + Math.floor(Math.random() * 8999)), `Kommun ${randomBytes(3).toString('hex')}`],
    );
    const municipalityId = rows[0].id;
    const insertOrganization = (name: string) => () =>
      tx.manager.query(
        "INSERT INTO organization (municipality_id, name, kind, secrecy_domain) VALUES ($1, $2, 'KAA_UNIT', 'KAA')",
        [municipalityId, name],
      );
    const count = async (name: string): Promise<number> =>
      (await admin.query<{ n: number }>('SELECT count(*)::int AS n FROM organization WHERE name = $1', [name])).rows[0]
        .n;

    await expect(tx.run(insertOrganization('Unaudited'), { requireAudit: true })).rejects.toThrow(
      /without recording an audit event/,
    );
    expect(await count('Unaudited')).toBe(0);

    // Control: the same write commits when no audit event is required, so the rollback above
    // came from the missing audit event and not from the INSERT.
    await tx.run(insertOrganization('Control'), { requireAudit: false });
    expect(await count('Control')).toBe(1);
  });

  describe('append-only', () => {
    let municipalityId: string;
    let before: StoredRow[];

    beforeAll(async () => {
      ({ municipalityId, rows: before } = await municipalityWithEvents(3));
    });

    afterEach(async () => {
      // Whatever was tried, the rows are untouched and the chain still verifies.
      expect(await chain(municipalityId)).toEqual(before);
      expect(await breaksOf(municipalityId)).toEqual([]);
    });

    const permissionDenied: Record<string, unknown> = {
      code: '42501',
      message: expect.stringMatching(/permission denied for table audit_event/) as unknown,
    };

    it.each([
      ['UPDATE', "UPDATE audit_event SET summary = '{}'::jsonb WHERE municipality_id = $1"],
      ['DELETE', 'DELETE FROM audit_event WHERE municipality_id = $1'],
    ])('refuses %s to the application role (no privilege)', async (_op, sql) => {
      await expect(dataSource.query(sql, [municipalityId])).rejects.toMatchObject(permissionDenied);
    });

    it('refuses TRUNCATE to the application role (no privilege)', async () => {
      await expect(dataSource.query('TRUNCATE audit_event')).rejects.toMatchObject(permissionDenied);
    });

    it('refuses UPDATE to the application role also via SET ROLE on a superuser connection', async () => {
      const client = await admin.connect();
      try {
        await client.query(`SET ROLE ${TEST_ROLES.app}`);
        await expect(
          client.query("UPDATE audit_event SET action = 'x' WHERE municipality_id = $1", [municipalityId]),
        ).rejects.toMatchObject(permissionDenied);
      } finally {
        await client.query('RESET ROLE');
        client.release();
      }
    });

    // A superuser bypasses privileges, and the owner role holds them all; the triggers still
    // refuse, so changing a row takes a deliberate ALTER TABLE ... DISABLE TRIGGER.
    it.each([
      ['UPDATE', "UPDATE audit_event SET summary = '{}'::jsonb WHERE municipality_id = $1", [true]],
      ['DELETE', 'DELETE FROM audit_event WHERE municipality_id = $1', [true]],
      ['TRUNCATE', 'TRUNCATE audit_event', [false]],
    ] as const)('refuses %s to the superuser and the owner role (trigger)', async (op, sql, [withParam]) => {
      const params = withParam ? [municipalityId] : [];
      const refused = { message: `audit_event is append-only (${op} refused)` };
      await expect(admin.query(sql, params)).rejects.toMatchObject(refused);
      const client = await admin.connect();
      try {
        await client.query(`SET ROLE ${TEST_ROLES.owner}`);
        await expect(client.query(sql, params)).rejects.toMatchObject(refused);
      } finally {
        await client.query('RESET ROLE');
        client.release();
      }
    });
  });

  describe('tampering', () => {
    it('reports a changed row as hash-mismatch at exactly that row', async () => {
      const { municipalityId, rows } = await municipalityWithEvents(10);
      const { municipalityId: untouched } = await municipalityWithEvents(3);
      const seventh = rows[6];
      await tamper(async (client) => {
        await client.query(`UPDATE audit_event SET summary = '{"n": 70, "changed": ["kind"]}'::jsonb WHERE id = $1`, [
          seventh.id,
        ]);
      });
      expect(await breaksOf(municipalityId)).toEqual([
        { municipalityId, id: seventh.id, seq: '7', reason: 'hash-mismatch' },
      ]);
      expect(await breaksOf(untouched)).toEqual([]);
    });

    it('reports a changed row whose own hash was recomputed at the next row (prev-hash-mismatch)', async () => {
      const { municipalityId, rows } = await municipalityWithEvents(10);
      const seventh = rows[6];
      await tamper(async (client) => {
        // An attacker who recomputes the changed row's hash breaks the link from the next row.
        const { rows: stored } = await client.query<{
          municipality_id: string;
          seq: string;
          occurred_at: Date;
          actor_user_id: string | null;
          actor_role: string | null;
          actor_organization_id: string | null;
          action: string;
          subject_type: string;
          subject_id: string | null;
          request_id: string | null;
          prev_hash: string;
        }>('SELECT * FROM audit_event WHERE id = $1', [seventh.id]);
        const row = stored[0];
        const summary = { n: 70, changed: ['kind'] };
        const hash = chainHash(row.prev_hash, {
          municipalityId: row.municipality_id,
          seq: row.seq,
          occurredAt: row.occurred_at,
          actorUserId: row.actor_user_id,
          actorRole: row.actor_role,
          actorOrganizationId: row.actor_organization_id,
          action: row.action,
          subjectType: row.subject_type,
          subjectId: row.subject_id,
          summary,
          requestId: row.request_id,
        });
        await client.query('UPDATE audit_event SET summary = $2, hash = $3 WHERE id = $1', [
          seventh.id,
          JSON.stringify(summary),
          hash,
        ]);
      });
      expect(await breaksOf(municipalityId)).toEqual([
        { municipalityId, id: rows[7].id, seq: '8', reason: 'prev-hash-mismatch' },
      ]);
    });

    it('reports a deleted row as a seq-gap at the row after it', async () => {
      const { municipalityId, rows } = await municipalityWithEvents(10);
      await tamper(async (client) => {
        await client.query('DELETE FROM audit_event WHERE id = $1', [rows[4].id]);
      });
      expect(await breaksOf(municipalityId)).toEqual([{ municipalityId, id: rows[5].id, seq: '6', reason: 'seq-gap' }]);
      // The trigger is back on after the tampering transaction.
      await expect(admin.query('DELETE FROM audit_event WHERE id = $1', [rows[6].id])).rejects.toThrow(/append-only/);
    });
  });

  it('stamps each row with the api clock, which a test moves, and the chain still verifies', async () => {
    const municipalityId = randomUUID();
    clock.set('2031-03-04T05:06:07.089Z');
    await tx.run(() => audit.record(actor(municipalityId), event(1)), { requireAudit: true });
    clock.advanceDays(40);
    await tx.run(() => audit.record(actor(municipalityId), event(2)), { requireAudit: true });
    const { rows } = await admin.query<{ occurred_at: Date }>(
      'SELECT occurred_at FROM audit_event WHERE municipality_id = $1 ORDER BY seq',
      [municipalityId],
    );
    expect(rows.map((row) => row.occurred_at.toISOString())).toEqual([
      '2031-03-04T05:06:07.089Z',
      '2031-04-13T05:06:07.089Z',
    ]);
    expect(await breaksOf(municipalityId)).toEqual([]);
  });
});
