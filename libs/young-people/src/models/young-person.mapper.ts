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
  Reminder,
  YoungPerson,
} from './young-person.models';

// Under protected identity, address and contact details (the young person's and the
// guardians') are shown only to the users named on the record.
export function maySeeProtectedDetails(
  person: Pick<YoungPersonEntity, 'protectedIdentity' | 'protectedNamedUserIds'>,
  viewerUserId: string,
): boolean {
  return !person.protectedIdentity || person.protectedNamedUserIds.includes(viewerUserId);
}

// Who is looking, and on which day (the municipality's, Principal.today): the age is the age on
// that day, the same day the access rules judged consents on.
export interface Viewer {
  userId: string;
  today: string;
}

// `categories`: the information categories the viewer may see (a partner's consent); omitted,
// everything (the KAA unit working the case).
export function toYoungPerson(
  entity: YoungPersonEntity,
  viewer: Viewer,
  categories?: ReadonlySet<string>,
): YoungPerson {
  const identity = !categories || categories.has('IDENTITY');
  const visible = maySeeProtectedDetails(entity, viewer.userId) && (!categories || categories.has('CONTACT'));
  return {
    id: entity.id,
    personalIdentityNumber: identity ? formatIdentityNumber(entity.personalIdentityNumber) : null,
    coordinationNumber: identity ? entity.coordinationNumber : null,
    dateOfBirth: identity ? entity.dateOfBirth : null,
    age: identity ? ageOn(entity.dateOfBirth, viewer.today) : null,
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
    protectedIdentity: entity.protectedIdentity,
    protectedNamedUserIds: entity.protectedNamedUserIds,
    kaaUnitId: entity.kaaUnitId,
    coordinatorId: entity.coordinatorId,
    lastContactAt: !categories || categories.has('CONTACTS') ? entity.lastContactAt : null,
    version: entity.version,
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
