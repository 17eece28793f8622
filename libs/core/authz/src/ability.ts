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
