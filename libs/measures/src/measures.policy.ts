import {
  activeConsentGrant,
  activeRefusal,
  emergencyAccessCondition,
  InformationCategory,
  PolicyContributor,
  readsThroughConsent,
  Role,
  standInCondition,
} from '@app/core/authz';

// Measures follow the young person: the responsible coordinator and the unit's team lead read
// and run them (changes also need update access to the young person, checked in the service).
// The catalogue is read by everyone of the municipality who works with measures (partners
// included) and kept by the municipality admin.
export const measuresPolicy: PolicyContributor = (principal, rules) => {
  const municipalityId = principal.municipalityId;
  if (principal.secrecyDomain === 'KAA' && principal.role === Role.COORDINATOR) {
    rules.can(['read', 'create', 'update'], 'Measure', {
      municipalityId,
      'youngPerson.coordinatorId': principal.userId,
    });
    // The absent colleague's cases while standing in for them (issue 17).
    const covered = standInCondition(principal, 'youngPerson');
    if (covered) rules.can(['read', 'create', 'update'], 'Measure', covered);
  }
  if (principal.secrecyDomain === 'KAA' && principal.role === Role.TEAM_LEAD) {
    rules.can(['read', 'create', 'update'], 'Measure', {
      municipalityId,
      'youngPerson.kaaUnitId': principal.organizationId,
    });
  }
  if (readsThroughConsent(principal)) {
    rules.can('read', 'Measure', {
      municipalityId,
      ...activeConsentGrant(principal.organizationId, InformationCategory.MEASURES, principal.today),
    });
    rules.cannot('read', 'Measure', activeRefusal(principal.organizationId, InformationCategory.MEASURES));
  }
  // Whoever may read a measure (a partner through consent or an emergency access too) reads the
  // catalogue its type comes from: a type names a kind of measure, never a person.
  if (
    [Role.COORDINATOR, Role.TEAM_LEAD, Role.SCHOOL_STAFF, Role.ADMIN].includes(principal.role) ||
    readsThroughConsent(principal)
  ) {
    rules.can('read', 'MeasureType', { municipalityId });
  }
  if (principal.role === Role.ADMIN) rules.can(['create', 'update'], 'MeasureType', { municipalityId });
  // Last, so it wins over a refusal (see young-people.policy.ts).
  const emergency = emergencyAccessCondition(principal, 'youngPersonId');
  if (emergency) rules.can('read', 'Measure', emergency);
};
