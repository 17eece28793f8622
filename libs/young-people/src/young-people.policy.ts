import {
  activeConsentGrant,
  activeRefusal,
  emergencyAccessCondition,
  InformationCategory,
  PolicyContributor,
  readsThroughConsent,
  Role,
  standInCondition,
  type SubjectType,
} from '@app/core/authz';

// Facts about a young person that hang off the young_person row; who may read them follows
// who may read the young person.
const CASE_FACTS: SubjectType[] = ['Guardian', 'KaaEnrollment', 'Occupation', 'ContactAttempt', 'Reminder'];

// Row access to young people (DESIGN.md §4): a coordinator works their own caseload, a team
// lead the whole unit's, and only inside the KAA secrecy domain; partners and schools read
// through consents, minus what the young person withholds; anyone who works with young people
// through an emergency access. Admins and leadership never read a young person.
export const youngPeoplePolicy: PolicyContributor = (principal, rules) => {
  caseRules(principal, rules);
  standInRules(principal, rules);
  // An emergency access opens the whole record of one young person for its time box, on top of
  // whatever else the role reads, refusals included (protected details still only for the users
  // named on it). Added last: in CASL a later rule wins over an earlier `cannot`.
  const emergency = emergencyAccessCondition(principal, 'id');
  const emergencyFacts = emergencyAccessCondition(principal, 'youngPersonId');
  if (emergency && emergencyFacts) {
    rules.can('read', 'YoungPerson', emergency);
    for (const fact of CASE_FACTS) rules.can('read', fact, emergencyFacts);
  }
};

const caseRules: PolicyContributor = (principal, rules) => {
  if (readsThroughConsent(principal)) {
    // A partner organisation reads a young person while a consent names it, and of their case
    // exactly the categories the consent names (issue 5); nothing else, never by role alone.
    const grant = (category?: InformationCategory) => ({
      municipalityId: principal.municipalityId,
      ...activeConsentGrant(principal.organizationId, category, principal.today),
    });
    rules.can('read', 'YoungPerson', grant());
    rules.can('read', 'KaaEnrollment', grant(InformationCategory.OCCUPATION));
    rules.can('read', 'Occupation', grant(InformationCategory.OCCUPATION));
    rules.can('read', 'Guardian', grant(InformationCategory.CONTACT));
    rules.can('read', 'ContactAttempt', grant(InformationCategory.CONTACTS));
    // What the young person withholds from the organisation stays hidden whatever the consents.
    const refused = (category: InformationCategory) => activeRefusal(principal.organizationId, category);
    rules.cannot('read', 'KaaEnrollment', refused(InformationCategory.OCCUPATION));
    rules.cannot('read', 'Occupation', refused(InformationCategory.OCCUPATION));
    rules.cannot('read', 'Guardian', refused(InformationCategory.CONTACT));
    rules.cannot('read', 'ContactAttempt', refused(InformationCategory.CONTACTS));
    return;
  }
  if (principal.secrecyDomain !== 'KAA') return;
  const municipalityId = principal.municipalityId;
  if (principal.role === Role.COORDINATOR) {
    rules.can(['read', 'update'], 'YoungPerson', { municipalityId, coordinatorId: principal.userId });
    rules.can('create', 'YoungPerson', { municipalityId, kaaUnitId: principal.organizationId });
    for (const fact of CASE_FACTS) {
      rules.can('read', fact, { municipalityId, 'youngPerson.coordinatorId': principal.userId });
    }
    // A stand-in works the absent colleague's caseload as their own while the period runs.
    const covered = standInCondition(principal);
    const coveredFacts = standInCondition(principal, 'youngPerson');
    if (covered && coveredFacts) {
      rules.can(['read', 'update'], 'YoungPerson', covered);
      for (const fact of CASE_FACTS) rules.can('read', fact, coveredFacts);
      rules.can('read', 'HandOver', coveredFacts);
    }
  }
  // Hand-overs sent from the case one works: the coordinator's own (the young person's, or sent by
  // them), the unit's for the team lead. They carry the young person's identity, so they follow
  // the case like every other record of it; receiving one is the team lead's decision.
  if (principal.role === Role.COORDINATOR) {
    rules.can('read', 'HandOver', { municipalityId, 'youngPerson.coordinatorId': principal.userId });
    rules.can('read', 'HandOver', { municipalityId, sentById: principal.userId });
  }
  if (principal.role === Role.TEAM_LEAD) {
    rules.can('read', 'HandOver', { municipalityId, 'youngPerson.kaaUnitId': principal.organizationId });
  }
  if (principal.role === Role.TEAM_LEAD) {
    rules.can(['read', 'update'], 'HandOver', { toMunicipalityId: municipalityId });
    rules.can(['read', 'update', 'create', 'assign'], 'YoungPerson', {
      municipalityId,
      kaaUnitId: principal.organizationId,
    });
    for (const fact of CASE_FACTS) {
      rules.can('read', fact, { municipalityId, 'youngPerson.kaaUnitId': principal.organizationId });
    }
  }
};

// Stand-ins (issue 17): the KAA unit's team lead names and ends them for the unit; a coordinator
// reads those naming them, absent or standing in.
const standInRules: PolicyContributor = (principal, rules) => {
  if (principal.secrecyDomain !== 'KAA') return;
  const municipalityId = principal.municipalityId;
  if (principal.role === Role.TEAM_LEAD) {
    rules.can(['read', 'create', 'update'], 'StandIn', { municipalityId, kaaUnitId: principal.organizationId });
  }
  if (principal.role === Role.COORDINATOR) {
    rules.can('read', 'StandIn', { municipalityId, absentUserId: principal.userId });
    rules.can('read', 'StandIn', { municipalityId, standInUserId: principal.userId });
  }
};
