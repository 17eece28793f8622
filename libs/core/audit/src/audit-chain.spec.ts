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

describe('canonicalJson against its original definition', () => {
  // The definition every stored hash was made with; the implementation may change, its output
  // may not.
  function reference(value: unknown): string {
    if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
    if (value instanceof Date) return JSON.stringify(value.toISOString());
    if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${reference(v)}`).join(',')}}`;
  }

  let seed = 42;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const KEYS = ['a', 'B', 'b', '10', '2', 'Ö', 'z', 'youngPersonId', 'youngPersonIds', 'é', '_', ''];
  function value(depth: number): unknown {
    const pick = Math.floor(random() * (depth > 2 ? 6 : 9));
    switch (pick) {
      case 0:
        return null;
      case 1:
        return undefined;
      case 2:
        return Math.floor(random() * 1000) - 500;
      case 3:
        return KEYS[Math.floor(random() * KEYS.length)] ?? '';
      case 4:
        return random() < 0.5;
      case 5:
        return new Date(Math.floor(random() * 4e12));
      case 6:
        return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
      default:
        return Object.fromEntries(
          Array.from({ length: Math.floor(random() * 5) }, () => [
            KEYS[Math.floor(random() * KEYS.length)] ?? '',
            value(depth + 1),
          ]),
        );
    }
  }

  it('writes exactly what the original definition wrote, for 2,000 random values', () => {
    for (let i = 0; i < 2000; i += 1) {
      const sample = value(0);
      expect(canonicalJson(sample)).toBe(reference(sample));
    }
  });
});
