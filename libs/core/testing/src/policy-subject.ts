import type { PolicySubject, Role } from '@app/core/authz';

// A signed-in caller's policy facts for unit tests of policies and guards: fixed ids, one role.
export function samplePolicySubject(role: Role, overrides: Partial<PolicySubject> = {}): PolicySubject {
  return {
    userId: '00000000-0000-4000-8000-000000000001',
    membershipId: '00000000-0000-4000-8000-000000000002',
    municipalityId: '00000000-0000-4000-8000-000000000003',
    organizationId: '00000000-0000-4000-8000-000000000004',
    secrecyDomain: 'KAA',
    emergencyYoungPersonIds: [],
    standInForUserIds: [],
    today: '2026-12-06',
    role,
    ...overrides,
  };
}
