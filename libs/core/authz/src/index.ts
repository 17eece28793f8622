export {
  AbilityCache,
  buildAbility,
  POLICY_CONTRIBUTORS,
  type Conditions,
  type PolicyRules,
  type Action,
  type AppAbility,
  type PolicyContributor,
  type PolicySubject,
  type SubjectType,
} from './ability';
export { Policy, POLICY_METADATA, Public, PUBLIC_METADATA, type PolicyRequirement } from './policy.decorator';
export { PolicyGuard, type AuthorizationContext } from './policy.guard';
export {
  AUTHORIZATION_CONTEXT,
  FIELD_POLICY_METADATA,
  FieldPolicy,
  type FieldAuthorizationContext,
} from './field-policy.decorator';
export {
  activeConsentGrant,
  activeRefusal,
  CONSENT_REFUSAL_COLUMNS,
  CONSENT_GRANT_COLUMNS,
  EMERGENCY_ACCESS_ROLES,
  emergencyAccessCondition,
  InformationCategory,
  readsThroughConsent,
} from './information-category';
export { Role } from './role';
export { standInCondition } from './stand-in';
export * from './sql';
