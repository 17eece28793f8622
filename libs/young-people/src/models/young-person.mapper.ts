import { subject } from '@casl/ability';

import type { Principal } from '@app/core/auth';
import { Role, type AppAbility } from '@app/core/authz';

import type { ContactAttemptEntity } from '../entities/contact-attempt.entity';
import type { EnrollmentStatusChangeEntity } from '../entities/enrollment-status-change.entity';
import type { GuardianEntity } from '../entities/guardian.entity';
import type { KaaEnrollmentEntity } from '../entities/kaa-enrollment.entity';
import type { OccupationEntity } from '../entities/occupation.entity';
import type { ReminderEntity } from '../entities/reminder.entity';
import type { YoungPersonEntity } from '../entities/young-person.entity';
import { ageOn, anniversary, formatIdentityNumber } from '../identity-number';
import {
  ContactAttempt,
  EnrollmentStatusChange,
  Guardian,
  KaaEnrollment,
  Occupation,
  ReadGround,
  Reminder,
  YoungPerson,
  type ViewerAccess,
} from './young-person.models';

// The reader works this case today as the stand-in of its absent coordinator (issue 17): the same
// test as the stand-in rules (young-people.policy.ts), the coordinator named and the unit the
// reader's own.
export function isCoveredCase(
  principal: Pick<Principal, 'role' | 'secrecyDomain' | 'organizationId' | 'standInForUserIds'>,
  entity: Pick<YoungPersonEntity, 'coordinatorId' | 'kaaUnitId'>,
): boolean {
  return (
    principal.role === Role.COORDINATOR &&
    principal.secrecyDomain === 'KAA' &&
    entity.coordinatorId !== null &&
    entity.kaaUnitId === principal.organizationId &&
    principal.standInForUserIds.includes(entity.coordinatorId)
  );
}

// Under protected identity, address and contact details (the young person's and the
// guardians') are shown only to the users named on the record.
export function maySeeProtectedDetails(
  person: Pick<YoungPersonEntity, 'protectedIdentity' | 'protectedNamedUserIds'>,
  viewerUserId: string,
): boolean {
  return !person.protectedIdentity || person.protectedNamedUserIds.includes(viewerUserId);
}

// Who is looking, on which day (the municipality's, Principal.today: the age is the age on that
// day, the same day the access rules judged consents on), and with which ability.
export interface Viewer {
  principal: Pick<
    Principal,
    'userId' | 'today' | 'role' | 'organizationId' | 'secrecyDomain' | 'emergencyYoungPersonIds' | 'standInForUserIds'
  >;
  ability: AppAbility;
}

// Who may know that a record carries protected personal data (skyddade personuppgifter). The
// marking exists to warn whoever handles the case to take care before disclosing or contacting
// (OSL 21 kap. 3 §; Skatteverket's guidance): those working the case in the KAA unit, the users
// named on the record and whoever reads it under an emergency access. A partner reading through
// consent handles only what was consented, never the address, and is not told of the marking:
// knowing that someone is protected can itself be sensitive. The list of named users is kept by
// those who may change the record and shown to them alone.
function viewerAccess(entity: YoungPersonEntity, viewer: Viewer, categories: ReadonlySet<string> | undefined) {
  const { principal } = viewer;
  const worksCase = viewer.ability.can('update', subject('YoungPerson', entity));
  const emergency = principal.emergencyYoungPersonIds.includes(entity.id);
  const named = entity.protectedNamedUserIds.includes(principal.userId);
  const grounds: ReadGround[] = [];
  if (principal.secrecyDomain === 'KAA' && entity.coordinatorId === principal.userId) grounds.push(ReadGround.CASELOAD);
  if (isCoveredCase(principal, entity)) grounds.push(ReadGround.STAND_IN);
  if (principal.role === Role.TEAM_LEAD && entity.kaaUnitId === principal.organizationId) grounds.push(ReadGround.UNIT);
  if (emergency) grounds.push(ReadGround.EMERGENCY_ACCESS);
  const access: ViewerAccess = {
    grounds,
    categories,
    contactProtected: entity.protectedIdentity && !named,
    markingShown: worksCase || emergency || named,
  };
  return { access, worksCase };
}

// `categories`: the information categories the viewer may see (a partner's consent); omitted,
// everything (the KAA unit working the case).
export function toYoungPerson(
  entity: YoungPersonEntity,
  viewer: Viewer,
  categories?: ReadonlySet<string>,
): YoungPerson {
  const identity = !categories || categories.has('IDENTITY');
  const visible = maySeeProtectedDetails(entity, viewer.principal.userId) && (!categories || categories.has('CONTACT'));
  const { access, worksCase } = viewerAccess(entity, viewer, categories);
  return {
    id: entity.id,
    personalIdentityNumber: identity ? formatIdentityNumber(entity.personalIdentityNumber) : null,
    coordinationNumber: identity ? entity.coordinationNumber : null,
    dateOfBirth: identity ? entity.dateOfBirth : null,
    age: identity ? ageOn(entity.dateOfBirth, viewer.principal.today) : null,
    twentiethBirthday: identity ? anniversary(entity.dateOfBirth, 20) : null,
    givenName: entity.givenName,
    familyName: entity.familyName,
    contact: visible
      ? {
          phone: entity.phone,
          email: entity.email,
          streetAddress: entity.streetAddress,
          postalCode: entity.postalCode,
          city: entity.city,
        }
      : null,
    protectedIdentity: access.markingShown ? entity.protectedIdentity : null,
    protectedNamedUserIds: worksCase ? entity.protectedNamedUserIds : null,
    kaaUnitId: entity.kaaUnitId,
    coordinatorId: entity.coordinatorId,
    standInFor: isCoveredCase(viewer.principal, entity) ? entity.coordinatorId : null,
    lastContactAt: !categories || categories.has('CONTACTS') ? entity.lastContactAt : null,
    version: entity.version,
    viewerAccess: access,
  };
}

export function toGuardian(entity: GuardianEntity, detailsVisible: boolean): Guardian {
  return {
    id: entity.id,
    name: entity.name,
    relation: entity.relation,
    phone: detailsVisible ? entity.phone : null,
    email: detailsVisible ? entity.email : null,
  };
}

export function toEnrollment(entity: KaaEnrollmentEntity): KaaEnrollment {
  return {
    id: entity.id,
    youngPersonId: entity.youngPersonId,
    registeredOn: entity.registeredOn,
    registrationReason: entity.registrationReason,
    status: entity.status,
    endedOn: entity.endedOn,
    endReason: entity.endReason,
    version: entity.version,
  };
}

export function toStatusChange(entity: EnrollmentStatusChangeEntity): EnrollmentStatusChange {
  return {
    fromStatus: entity.fromStatus,
    toStatus: entity.toStatus,
    cause: entity.cause,
    changedById: entity.changedById,
    changedAt: entity.changedAt,
  };
}

export function toOccupation(entity: OccupationEntity): Occupation {
  return {
    id: entity.id,
    kind: entity.kind,
    category: entity.category,
    validFrom: entity.validFrom,
    source: entity.source,
    contactAttemptId: entity.contactAttemptId,
  };
}

export function toContactAttempt(entity: ContactAttemptEntity): ContactAttempt {
  return {
    id: entity.id,
    youngPersonId: entity.youngPersonId,
    channel: entity.channel,
    occurredAt: entity.occurredAt,
    performedById: entity.performedById,
    outcome: entity.outcome,
    occupationLearned: entity.occupationLearned,
  };
}

export function toReminder(entity: ReminderEntity): Reminder {
  return {
    id: entity.id,
    youngPersonId: entity.youngPersonId,
    kind: entity.kind,
    dueOn: entity.dueOn,
    createdAt: entity.createdAt,
    acknowledgedAt: entity.acknowledgedAt,
    acknowledgedById: entity.acknowledgedById,
  };
}

// The categories a presented young person shows, for the access log: the identity (or only the
// name), contact details when shown, and the latest contact's date when shown.
export function shownCategories(person: YoungPerson): Array<'IDENTITY' | 'NAME' | 'CONTACT' | 'CONTACTS'> {
  const shown: Array<'IDENTITY' | 'NAME' | 'CONTACT' | 'CONTACTS'> = [
    person.personalIdentityNumber !== null || person.dateOfBirth !== null ? 'IDENTITY' : 'NAME',
  ];
  if (person.contact) shown.push('CONTACT');
  if (person.lastContactAt) shown.push('CONTACTS');
  return shown;
}
