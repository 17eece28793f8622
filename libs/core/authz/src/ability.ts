import { AbilityBuilder, createMongoAbility, ForcedSubject, MongoAbility, MongoQuery } from '@casl/ability';

import type { Role } from './role';

// `assign` chooses who is responsible for a young person (team lead), apart from editing them.
export type Action = 'read' | 'create' | 'update' | 'delete' | 'assign';

// String subject types: entities and GraphQL models are different classes, and class names
// do not survive minification, so CASL never sees a class.
export type SubjectType =
  | 'Municipality'
  | 'Organization'
  | 'User'
  | 'Membership'
  | 'AuditEvent'
  | 'YoungPerson'
  | 'Guardian'
  | 'KaaEnrollment'
  | 'Occupation'
  | 'ContactAttempt'
  | 'Reminder'
  | 'HandOver'
  | 'Measure'
  | 'MeasureType'
  | 'ActionPlan'
  | 'Consent'
  | 'PlanAction'
  | 'EmergencyAccess'
  | 'AccessLog'
  | 'AccessReview'
  | 'Referral'
  | 'Disclosure'
  | 'InformationCategory';

// Conditions are typed loosely (any field of the row); which fields may appear is enforced by
// the SQL translator's allow-list per subject.
export type AppAbility = MongoAbility<
  [Action, SubjectType | ForcedSubject<SubjectType>],
  MongoQuery<Record<string, unknown>>
>;

export type Conditions = Record<string, unknown>;

// What a feature's policy may say. CASL's builder types conditions from the subject's shape,
// which string subject types do not have, so conditions are accepted as plain records here.
export interface PolicyRules {
  can(action: Action | Action[], subject: SubjectType, conditions?: Conditions): void;
  cannot(action: Action | Action[], subject: SubjectType, conditions?: Conditions): void;
}

// The part of the principal that policies may depend on (core/authz must not import auth).
export interface PolicySubject {
  userId: string;
  membershipId: string;
  municipalityId: string;
  organizationId: string;
  secrecyDomain: string;
  role: Role;
  // Young people this membership holds an emergency access to now (nödåtkomst, issue 5).
  emergencyYoungPersonIds: readonly string[];
}

// Each feature contributes the rules for its own subjects in a *.policy.ts file.
export type PolicyContributor = (principal: PolicySubject, rules: PolicyRules) => void;

export const POLICY_CONTRIBUTORS = Symbol('POLICY_CONTRIBUTORS');

export function buildAbility(
  principal: PolicySubject | undefined,
  contributors: readonly PolicyContributor[],
): AppAbility {
  const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
  // No principal: no rules at all. Public operations are marked @Public() and never consult
  // the ability; everything else fails closed.
  const rules: PolicyRules = {
    can: (action, subjectType, conditions) => {
      if (conditions) builder.can(action, subjectType, conditions as never);
      else builder.can(action, subjectType);
    },
    cannot: (action, subjectType, conditions) => {
      if (conditions) builder.cannot(action, subjectType, conditions as never);
      else builder.cannot(action, subjectType);
    },
  };
  if (principal) for (const contribute of contributors) contribute(principal, rules);
  return builder.build();
}

// Every field of PolicySubject, in a fixed order: the cache key below must change whenever any
// input of a policy changes. The type check after the list fails to compile when PolicySubject
// gains a field that is missing here.
export const POLICY_SUBJECT_FIELDS = [
  'userId',
  'membershipId',
  'municipalityId',
  'organizationId',
  'secrecyDomain',
  'role',
  'emergencyYoungPersonIds',
] as const satisfies ReadonlyArray<keyof PolicySubject>;
type UnkeyedField = Exclude<keyof PolicySubject, (typeof POLICY_SUBJECT_FIELDS)[number]>;
const everyFieldKeyed: [UnkeyedField] extends [never] ? true : UnkeyedField = true;
void everyFieldKeyed;

function policyFacts(subject: PolicySubject): PolicySubject {
  return {
    userId: subject.userId,
    membershipId: subject.membershipId,
    municipalityId: subject.municipalityId,
    organizationId: subject.organizationId,
    secrecyDomain: subject.secrecyDomain,
    role: subject.role,
    emergencyYoungPersonIds: [...subject.emergencyYoungPersonIds],
  };
}

function subjectKey(subject: PolicySubject): string {
  return POLICY_SUBJECT_FIELDS.map((field) => {
    const value = subject[field];
    return typeof value === 'string' ? value : [...value].sort().join(',');
  }).join('|');
}

// Abilities by the principal facts that decide them. Policies are pure functions of
// PolicySubject, which is still read from the database on every request: a changed role,
// membership or emergency access gives a new key, so caching never delays a change. What it
// saves is rebuilding CASL's rule index and recompiling SQL predicates (memoised per ability in
// access-predicate.ts) for every request of the same user. Bounded, least recently used first out.
export class AbilityCache {
  private readonly abilities = new Map<string, AppAbility>();
  private readonly anonymous: AppAbility;

  constructor(
    private readonly contributors: readonly PolicyContributor[],
    private readonly maxEntries = 2_000,
  ) {
    this.anonymous = buildAbility(undefined, contributors);
  }

  abilityFor(subject: PolicySubject | undefined): AppAbility {
    if (!subject) return this.anonymous;
    const key = subjectKey(subject);
    const cached = this.abilities.get(key);
    if (cached) {
      // Re-inserted so that the Map's order is least recently used first.
      this.abilities.delete(key);
      this.abilities.set(key, cached);
      return cached;
    }
    // Policies see only the keyed facts, so none can depend on something the key leaves out
    // (a Principal passed here carries more, such as when its token expires).
    const ability = buildAbility(policyFacts(subject), this.contributors);
    this.abilities.set(key, ability);
    if (this.abilities.size > this.maxEntries) {
      const oldest = this.abilities.keys().next().value;
      if (oldest !== undefined) this.abilities.delete(oldest);
    }
    return ability;
  }

  get size(): number {
    return this.abilities.size;
  }
}
