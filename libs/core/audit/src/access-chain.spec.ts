import { accessChainHash, type AccessChainFields } from './access-chain';
import { GENESIS_HASH } from './audit-chain';

const row: AccessChainFields = {
  municipalityId: '7f0c6c1e-0000-4000-8000-000000000001',
  seq: '7',
  occurredAt: new Date('2026-11-20T08:00:00.000Z'),
  userId: '7f0c6c1e-0000-4000-8000-000000000002',
  role: 'COORDINATOR',
  organizationId: '7f0c6c1e-0000-4000-8000-000000000003',
  youngPersonIds: ['7f0c6c1e-0000-4000-8000-000000000004'],
  categories: ['IDENTITY', 'PLAN'],
  ground: 'CASELOAD',
  consentIds: [],
  emergencyAccessId: null,
  disclosureId: null,
  operation: 'query youngPerson',
  requestId: 'req-1',
};

describe('accessChainHash', () => {
  it('hashes a row of one young person exactly as rows were hashed before rows named several', () => {
    // Pinned from the earlier format ({ youngPersonId }): logs written then must still verify.
    expect(accessChainHash(GENESIS_HASH, row)).toBe('36c7f3749ca9b02311a5e9daed95b8509965565a6be166b9f6f7bf06ca2270ba');
  });

  it('covers every young person a row names, and their order', () => {
    const two = {
      ...row,
      youngPersonIds: ['7f0c6c1e-0000-4000-8000-000000000004', '7f0c6c1e-0000-4000-8000-000000000005'],
    };
    const hash = accessChainHash(GENESIS_HASH, two);
    expect(hash).not.toBe(accessChainHash(GENESIS_HASH, row));
    expect(accessChainHash(GENESIS_HASH, { ...two, youngPersonIds: [...two.youngPersonIds].reverse() })).not.toBe(hash);
    expect(accessChainHash(GENESIS_HASH, { ...two, youngPersonIds: [...two.youngPersonIds] })).toBe(hash);
  });
});
