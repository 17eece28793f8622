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
  // As a row written before the subject kind reads back.
  subjectKind: null,
  schoolPupilIds: [],
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

  it('hashes a row of the subject-kind format with its kind and pupils, and each change of them differently', () => {
    const legacy = accessChainHash(GENESIS_HASH, row);
    const young = accessChainHash(GENESIS_HASH, { ...row, subjectKind: 'YOUNG_PERSON' });
    expect(young).not.toBe(legacy);
    const pupilId = '7f0c6c1e-0000-4000-8000-000000000006';
    const pupils = { ...row, youngPersonIds: [], subjectKind: 'SCHOOL_PUPIL', schoolPupilIds: [pupilId] };
    const hash = accessChainHash(GENESIS_HASH, pupils);
    expect(new Set([legacy, young, hash]).size).toBe(3);
    // Clearing the kind, or moving the pupil into young_person_ids, is seen.
    expect(accessChainHash(GENESIS_HASH, { ...pupils, subjectKind: null })).not.toBe(hash);
    expect(accessChainHash(GENESIS_HASH, { ...pupils, subjectKind: 'YOUNG_PERSON' })).not.toBe(hash);
    expect(
      accessChainHash(GENESIS_HASH, { ...pupils, subjectKind: null, schoolPupilIds: [], youngPersonIds: [pupilId] }),
    ).not.toBe(hash);
    // Pupils added to an old row (kind NULL) change its hash too.
    expect(accessChainHash(GENESIS_HASH, { ...row, schoolPupilIds: [pupilId] })).not.toBe(legacy);
  });
});
