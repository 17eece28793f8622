import { buildAbility, Role, type AppAbility, type PolicySubject } from '@app/core/authz';
import { addDays } from '@app/core/clock';
import { samplePolicySubject } from '@app/core/testing';
import { SecrecyDomain } from '@app/organizations';

import { POLICY_CONTRIBUTORS_LIST } from './policies';

// Every rule that reads a date must read PolicySubject.today, the one input the ability cache
// keys the day by (libs/core/authz/src/ability.ts). These tests build every role's ability, in
// every secrecy domain and with an emergency access running, across day boundaries and with the
// process clock moved far away, and look at the dates inside the rules.

const SUBJECTS: PolicySubject[] = Object.values(Role).flatMap((role) =>
  Object.values(SecrecyDomain).map((secrecyDomain) =>
    samplePolicySubject(role, { secrecyDomain, emergencyYoungPersonIds: ['00000000-0000-4000-8000-0000000000aa'] }),
  ),
);

// Every Date and every ISO date string inside a rule's conditions.
function datesIn(value: unknown, found: string[] = []): string[] {
  if (value instanceof Date) found.push(value.toISOString());
  else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) found.push(value);
  else if (Array.isArray(value)) for (const item of value) datesIn(item, found);
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) datesIn(item, found);
  return found;
}

function ruleDates(ability: AppAbility): string[] {
  return ability.rules.flatMap((rule) => datesIn(rule.conditions));
}

function withSystemTime<T>(iso: string, build: () => T): T {
  jest.useFakeTimers({ now: new Date(iso), doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
  try {
    return build();
  } finally {
    jest.useRealTimers();
  }
}

describe('policies and the day', () => {
  // Across a month, a year, a leap day and the switch to summer time.
  const days = ['2026-12-31', '2027-01-01', '2028-02-29', '2026-03-29'];

  it.each(days)('dates every rule with the subject’s day only (%s and the day after)', (today) => {
    for (const day of [today, addDays(today, 1)]) {
      for (const subject of SUBJECTS) {
        const dates = ruleDates(buildAbility({ ...subject, today: day }, POLICY_CONTRIBUTORS_LIST));
        for (const date of dates) expect(date.slice(0, 10)).toBe(day);
      }
    }
  });

  it('has date-bearing rules to check (partners read through consents valid on the day)', () => {
    const partner = SUBJECTS.filter((s) => s.role === Role.PARTNER_CASEWORKER && s.secrecyDomain !== 'KAA');
    const dated = partner.map((s) => ruleDates(buildAbility(s, POLICY_CONTRIBUTORS_LIST)).length);
    expect(Math.min(...dated)).toBeGreaterThan(0);
  });

  it('builds the same rules whatever the process clock says', () => {
    for (const subject of SUBJECTS) {
      const now = JSON.stringify(buildAbility(subject, POLICY_CONTRIBUTORS_LIST).rules);
      const later = withSystemTime('2031-07-15T23:30:00Z', () =>
        JSON.stringify(buildAbility(subject, POLICY_CONTRIBUTORS_LIST).rules),
      );
      expect(later).toBe(now);
    }
  });
});
