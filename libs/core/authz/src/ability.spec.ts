import { subject as asSubject } from '@casl/ability';

import { samplePolicySubject } from '@app/core/testing';

import { AbilityCache, POLICY_SUBJECT_FIELDS, type PolicyContributor, type PolicySubject } from './ability';
import { Role } from './role';

const base = samplePolicySubject(Role.COORDINATOR, {
  emergencyYoungPersonIds: ['y1', 'y2'],
  standInForUserIds: ['u1', 'u2'],
});

// A policy that reads every field of the subject, so any change shows in what it allows.
const everyField: PolicyContributor = (principal, rules) => {
  rules.can('read', 'YoungPerson', {
    userId: principal.userId,
    membershipId: principal.membershipId,
    municipalityId: principal.municipalityId,
    organizationId: principal.organizationId,
    secrecyDomain: principal.secrecyDomain,
    role: principal.role,
    emergency: { $all: [...principal.emergencyYoungPersonIds] },
    covered: { $all: [...principal.standInForUserIds] },
    today: principal.today,
  });
};

function changed(field: (typeof POLICY_SUBJECT_FIELDS)[number]): PolicySubject {
  if (field === 'emergencyYoungPersonIds') return { ...base, emergencyYoungPersonIds: ['y1'] };
  if (field === 'standInForUserIds') return { ...base, standInForUserIds: ['u1'] };
  if (field === 'role') return { ...base, role: Role.TEAM_LEAD };
  return { ...base, [field]: `${base[field]}-other` };
}

describe('AbilityCache', () => {
  it('gives the same ability to the same principal facts, whatever the order of emergency accesses', () => {
    const cache = new AbilityCache([everyField]);
    const first = cache.abilityFor(base);
    expect(cache.abilityFor({ ...base })).toBe(first);
    expect(cache.abilityFor({ ...base, emergencyYoungPersonIds: ['y2', 'y1'] })).toBe(first);
    expect(cache.size).toBe(1);
  });

  it.each(POLICY_SUBJECT_FIELDS)('builds a new ability when %s changes, and it follows the new value', (field) => {
    const cache = new AbilityCache([everyField]);
    const before = cache.abilityFor(base);
    const subject = changed(field);
    const after = cache.abilityFor(subject);
    expect(after).not.toBe(before);
    const row = {
      ...subject,
      emergency: [...subject.emergencyYoungPersonIds],
      covered: [...subject.standInForUserIds],
    };
    expect(after.can('read', asSubject('YoungPerson', row))).toBe(true);
    expect(before.can('read', asSubject('YoungPerson', row))).toBe(false);
  });

  it('keeps at most its bound, dropping the least recently used principal first', () => {
    const cache = new AbilityCache([everyField], 2);
    const a = cache.abilityFor({ ...base, userId: 'a' });
    const b = cache.abilityFor({ ...base, userId: 'b' });
    expect(cache.abilityFor({ ...base, userId: 'a' })).toBe(a);
    cache.abilityFor({ ...base, userId: 'c' });
    expect(cache.size).toBe(2);
    expect(cache.abilityFor({ ...base, userId: 'a' })).toBe(a);
    expect(cache.abilityFor({ ...base, userId: 'b' })).not.toBe(b);
  });

  it('allows nothing without a principal', () => {
    const cache = new AbilityCache([everyField]);
    expect(cache.abilityFor(undefined).rules).toEqual([]);
  });
});

describe('AbilityCache policy input', () => {
  it('hands policies only the facts its key covers', () => {
    const seen: string[][] = [];
    const cache = new AbilityCache([(principal) => void seen.push(Object.keys(principal).sort())]);
    cache.abilityFor({ ...base, expiresAt: 123, organizationKind: 'KAA' } as PolicySubject);
    expect(seen).toEqual([[...POLICY_SUBJECT_FIELDS].sort()]);
  });
});

describe('buildAbility', () => {
  it.each(['$or', '$and', '$nor', '$not'])('refuses a rule written with %s, which CASL would never match', (op) => {
    const withCombinator: PolicyContributor = (_principal, rules) => {
      rules.cannot('read', 'YoungPerson', { consentGrants: { $elemMatch: { [op]: [{ category: 'PLAN' }] } } });
    };
    expect(() => new AbilityCache([withCombinator]).abilityFor(base)).toThrow(`"${op}" is not supported`);
  });
});
