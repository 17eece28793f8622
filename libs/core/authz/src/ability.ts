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
  | 'SecurityEvent'
  | 'Referral'
  | 'Disclosure'
  | 'InformationCategory'
  | 'File'
  | 'Job'
  | 'Report'
  | 'ScbKaaFile'
  | 'ScbKaaQuality'
  | 'TargetGroupImport'
  | 'TargetGroupRun'
  | 'TargetGroupCheck'
  | 'RegisterImport'
  | 'RegisterImportMapping'
  | 'Signal'
  | 'IntegrationCredential'
  | 'Alert'
  | 'AlertSettings'
  | 'EarlyWarning'
  | 'EarlyWarningSettings'
  | 'Notification'
  | 'EmailOutbox'
  | 'StandIn'
  | 'RetentionRule'
  | 'Disposal'
  | 'LegalHold'
  // A disposal's archive file, downloaded for the municipality's e-archive (issue 19).
  | 'RetentionArchive'
  // The own view (issue 19): only a self-service session has rules on it, and only a
  // self-service session has no Principal, so staff never reach it and it reaches nothing else.
  | 'OwnRecord'
  | 'RectificationRequest';

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

// Everything a policy may depend on (core/authz must not import auth). Policies are pure
// functions of these facts: they never read a clock, an environment variable or the database.
// Whatever a rule needs beyond the principal's identity must be a field here, and so part of
// the ability cache's key below; time enters only as `today`.
export interface PolicySubject {
  userId: string;
  membershipId: string;
  municipalityId: string;
  organizationId: string;
  secrecyDomain: string;
  role: Role;
  // Young people this membership holds an emergency access to now (nödåtkomst, issue 5).
  emergencyYoungPersonIds: readonly string[];
  // Absent coordinators (user ids) whose caseload this membership works today as their stand-in
  // (issue 17); judged on the municipality's day when the principal is read.
  standInForUserIds: readonly string[];
  // The municipality's current day (ISO date, in its time zone) when the request began: the day
  // consent rules judge on. A rule that needs the date takes it from here, never from a clock,
  // so the cached ability of yesterday cannot answer for today.
  today: string;
}

// Each feature contributes the rules for its own subjects in a *.policy.ts file.
export type PolicyContributor = (principal: PolicySubject, rules: PolicyRules) => void;

export const POLICY_CONTRIBUTORS = Symbol('POLICY_CONTRIBUTORS');

// CASL 7's createMongoAbility does not know these combinators: it would read `$or` as a field
// name, so a rule written with one never matches in memory (a `cannot` never denies), while the
// SQL translator refuses it. Refused when the ability is built, where the mistake is made.
const UNSUPPORTED_COMBINATORS = new Set(['$or', '$and', '$nor', '$not']);

function assertSupported(conditions: unknown, where: string): void {
  if (Array.isArray(conditions)) {
    for (const item of conditions) assertSupported(item, where);
    return;
  }
  if (typeof conditions !== 'object' || conditions === null || conditions instanceof Date) return;
  for (const [key, value] of Object.entries(conditions)) {
    if (UNSUPPORTED_COMBINATORS.has(key)) {
      throw new Error(`${where}: "${key}" is not supported by the ability (write one rule per alternative)`);
    }
    assertSupported(value, where);
  }
}

export function buildAbility(
  principal: PolicySubject | undefined,
  contributors: readonly PolicyContributor[],
): AppAbility {
  const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
  // No principal: no rules at all. Public operations are marked @Public() and never consult
  // the ability; everything else fails closed.
  const rules: PolicyRules = {
    can: (action, subjectType, conditions) => {
      assertSupported(conditions, `can ${String(action)} ${subjectType}`);
      if (conditions) builder.can(action, subjectType, conditions as never);
      else builder.can(action, subjectType);
    },
    cannot: (action, subjectType, conditions) => {
      assertSupported(conditions, `cannot ${String(action)} ${subjectType}`);
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
  'standInForUserIds',
  'today',
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
    standInForUserIds: [...subject.standInForUserIds],
    today: subject.today,
  };
}

function subjectKey(subject: PolicySubject): string {
  return POLICY_SUBJECT_FIELDS.map((field) => {
    const value = subject[field];
    return typeof value === 'string' ? value : [...value].sort().join(',');
  }).join('|');
}

// Abilities by the principal facts that decide them.
//
// The invariant: an ability is a pure function of its PolicySubject, and the key covers every
// field of it. The facts are read again on every request (the principal from the database, the
// day from the api's clock in the municipality's time zone), so a changed role, membership,
// emergency access or day gives a new key and caching never delays a change. A rule that
// depended on anything else, such as the time an ability was built, would be served from the
// cache after that input changed: a consent that ended yesterday would still grant access. So
// policies receive only the keyed facts (policyFacts), the key list is checked against the
// interface at compile time, the lint configuration refuses `new Date()`, `Date.now` and SQL
// clocks (`now()`, `CURRENT_DATE`) in policy code (eslint.config.mjs), and ability.spec.ts builds every role's ability on two consecutive
// days and requires every date in a rule to be that day.
//
// What the cache saves is rebuilding CASL's rule index and recompiling SQL predicates (memoised
// per ability in access-predicate.ts) for every request of the same user. Bounded, least
// recently used first out; yesterday's entries age out as today's arrive.
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
