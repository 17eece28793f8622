import { randomUUID } from 'node:crypto';

import { DataSource } from 'typeorm';

import { dataSourceOptions, TransactionHost } from '@app/core/database';
import { createTestDatabase, silentTypeOrmLogger, TEST_ROLES, type TestDatabase } from '@app/core/testing';

import { AccessGround, AccessLogService, verifyAccessChains, type AccessReader } from './index';

// Two api instances (two writers with their own pools and tail caches) logging reads of one
// municipality at once: every row lands, and the chain stays one gap-free, verifiable line.
describe('access log writers (PostgreSQL)', () => {
  let db: TestDatabase;
  const sources: DataSource[] = [];
  const writers: AccessLogService[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    for (const name of ['one', 'two']) {
      const dataSource = new DataSource(
        dataSourceOptions(
          { url: db.adminUrl, role: TEST_ROLES.app, poolSize: 5, statementTimeoutMs: 15_000, applicationName: name },
          [],
          silentTypeOrmLogger,
        ),
      );
      await dataSource.initialize();
      sources.push(dataSource);
      writers.push(new AccessLogService(dataSource, new TransactionHost(dataSource)));
    }
  });

  afterAll(async () => {
    for (const source of sources) await source.destroy();
    await db?.drop();
  });

  const reader = (municipalityId: string): AccessReader => ({
    userId: randomUUID(),
    membershipId: randomUUID(),
    municipalityId,
    organizationId: randomUUID(),
    secrecyDomain: 'KAA',
    role: 'COORDINATOR',
    today: '2026-12-06',
    emergencyYoungPersonIds: [],
    standInForUserIds: [],
  });

  const caseloadRead = () => ({
    youngPersonId: randomUUID(),
    categories: ['IDENTITY'],
    ground: AccessGround.CASELOAD,
    consentIds: [],
    emergencyAccessId: null,
    disclosureId: null,
  });

  it('keeps one chain per municipality when two instances write concurrently', async () => {
    const municipalities = [randomUUID(), randomUUID()];
    const writes: Array<Promise<void>> = [];
    for (let i = 0; i < 60; i += 1) {
      const municipalityId = municipalities[i % 2] ?? '';
      const writer = writers[Math.floor(i / 2) % 2];
      const entries = Array.from({ length: 1 + (i % 4) }, caseloadRead);
      writes.push(writer.append(reader(municipalityId), entries, 'query youngPerson'));
    }
    await Promise.all(writes);
    const result = await verifyAccessChains(db.adminUrl);
    expect(result.breaks).toEqual([]);
    // One row per response and ground, naming every young person read.
    expect(result.rows).toBe(60);
    const named = await sources[0].query<Array<{ n: string }>>(
      'SELECT sum(cardinality(young_person_ids))::text AS n FROM access_log WHERE municipality_id = ANY($1)',
      [municipalities],
    );
    const expected = Array.from({ length: 60 }, (_, i) => 1 + (i % 4)).reduce((a, b) => a + b, 0);
    expect(named[0]?.n).toBe(String(expected));
    expect(result.chains.map((c) => c.municipalityId).sort()).toEqual([...municipalities].sort());
  });

  it('re-reads the tail when another instance extended the chain since its last write', async () => {
    const municipalityId = randomUUID();
    const entry = {
      youngPersonId: randomUUID(),
      categories: ['PLAN'],
      ground: AccessGround.CASELOAD,
      consentIds: [],
      emergencyAccessId: null,
      disclosureId: null,
    };
    const [one, two] = writers as [AccessLogService, AccessLogService];
    await one.append(reader(municipalityId), [entry], 'query a'); // one caches seq 1
    await two.append(reader(municipalityId), [entry], 'query b'); // two reads seq 1, writes 2
    // Two grounds: two rows. One's cache is stale.
    await one.append(reader(municipalityId), [entry, { ...entry, ground: AccessGround.UNIT }], 'query c');
    const result = await verifyAccessChains(db.adminUrl);
    expect(result.breaks).toEqual([]);
    expect(result.chains.find((c) => c.municipalityId === municipalityId)).toMatchObject({ rows: 4, lastSeq: '4' });
  });

  it('writes the reads of one turn of the event loop with one INSERT (group commit)', async () => {
    const inserts: string[] = [];
    const counting = new DataSource(
      dataSourceOptions(
        { url: db.adminUrl, role: TEST_ROLES.app, poolSize: 2, statementTimeoutMs: 15_000, applicationName: 'count' },
        [],
        {
          ...silentTypeOrmLogger,
          logQuery: (query: string) => void (query.includes('INSERT INTO access_log') && inserts.push(query)),
        },
      ),
    );
    await counting.initialize();
    try {
      const writer = new AccessLogService(counting, new TransactionHost(counting));
      const municipalityId = randomUUID();
      // Twenty responses finishing in the same turn, as under load.
      await Promise.all(
        Array.from({ length: 20 }, () => writer.append(reader(municipalityId), [caseloadRead()], 'query youngPerson')),
      );
      expect(inserts).toHaveLength(1);
      const result = await verifyAccessChains(db.adminUrl);
      expect(result.breaks).toEqual([]);
      expect(result.chains.find((c) => c.municipalityId === municipalityId)).toMatchObject({ rows: 20 });
    } finally {
      await counting.destroy();
    }
  });
});
