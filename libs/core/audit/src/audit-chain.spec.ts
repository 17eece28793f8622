import { canonicalJson, chainHash, GENESIS_HASH, type ChainedFields } from './audit-chain';

describe('canonicalJson', () => {
  it('sorts keys at every depth, inside arrays too', () => {
    const value = { b: 1, a: { d: [{ z: 1, y: 2 }], c: null }, aa: 'x' };
    expect(canonicalJson(value)).toBe('{"a":{"c":null,"d":[{"y":2,"z":1}]},"aa":"x","b":1}');
  });

  it('gives the same text for the same value however its keys were ordered', () => {
    // PostgreSQL's jsonb returns keys in its own order (shorter keys first), not the order
    // they were written in; the hash must not depend on it.
    const written = { version: 2, changed: ['name'], nested: { beta: true, alpha: false } };
    const readBack = { nested: { alpha: false, beta: true }, changed: ['name'], version: 2 };
    expect(canonicalJson(readBack)).toBe(canonicalJson(written));
    expect(canonicalJson(written)).toBe(canonicalJson(JSON.parse(canonicalJson(written)) as unknown));
  });

  it('keeps array order (it carries meaning) and drops undefined properties', () => {
    expect(canonicalJson(['b', 'a'])).not.toBe(canonicalJson(['a', 'b']));
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
  });

  it('writes dates as ISO strings and scalars as JSON', () => {
    expect(canonicalJson(new Date('2030-01-02T03:04:05.678Z'))).toBe('"2030-01-02T03:04:05.678Z"');
    expect(canonicalJson('a"b')).toBe('"a\\"b"');
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson(1.5)).toBe('1.5');
  });
});

describe('chainHash', () => {
  const base: ChainedFields = {
    municipalityId: '00000000-0000-4000-8000-000000000001',
    seq: '7',
    occurredAt: new Date('2030-01-02T03:04:05.678Z'),
    actorUserId: '00000000-0000-4000-8000-000000000002',
    actorRole: 'ADMIN',
    actorOrganizationId: '00000000-0000-4000-8000-000000000003',
    action: 'organization.update',
    subjectType: 'Organization',
    subjectId: '00000000-0000-4000-8000-000000000004',
    summary: { changed: ['name'], version: 2 },
    requestId: 'req-12345678',
  };
  const baseHash = chainHash(GENESIS_HASH, base);

  it('is a hex SHA-256 and deterministic', () => {
    expect(baseHash).toMatch(/^[0-9a-f]{64}$/);
    expect(chainHash(GENESIS_HASH, { ...base, occurredAt: new Date(base.occurredAt.getTime()) })).toBe(baseHash);
  });

  it('does not depend on the key order of the summary', () => {
    expect(chainHash(GENESIS_HASH, { ...base, summary: { version: 2, changed: ['name'] } })).toBe(baseHash);
  });

  it('changes when the previous hash changes', () => {
    expect(chainHash('f'.repeat(64), base)).not.toBe(baseHash);
  });

  // One alteration per chained field: a change to any of them must be detectable.
  const alterations: { [K in keyof ChainedFields]-?: ChainedFields[K] } = {
    municipalityId: '00000000-0000-4000-8000-000000000009',
    seq: '8',
    occurredAt: new Date('2030-01-02T03:04:05.679Z'),
    actorUserId: null,
    actorRole: 'COORDINATOR',
    actorOrganizationId: '00000000-0000-4000-8000-000000000008',
    action: 'organization.create',
    subjectType: 'User',
    subjectId: null,
    summary: { changed: ['name'], version: 3 },
    requestId: null,
  };

  it.each(Object.keys(alterations) as Array<keyof ChainedFields>)('changes when %s changes', (field) => {
    const altered: ChainedFields = { ...base, [field]: alterations[field] };
    expect(chainHash(GENESIS_HASH, altered)).not.toBe(baseHash);
  });

  it('changes when a nested summary value changes or a summary key is added', () => {
    expect(chainHash(GENESIS_HASH, { ...base, summary: { changed: ['kind'], version: 2 } })).not.toBe(baseHash);
    expect(chainHash(GENESIS_HASH, { ...base, summary: { ...base.summary, extra: true } })).not.toBe(baseHash);
  });

  it('does not confuse a null field with the string "null"', () => {
    const withNull = chainHash(GENESIS_HASH, { ...base, requestId: null });
    expect(chainHash(GENESIS_HASH, { ...base, requestId: 'null' })).not.toBe(withNull);
  });
});
