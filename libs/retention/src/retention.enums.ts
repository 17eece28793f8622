import { registerEnumType } from '@nestjs/graphql';

// The kinds of record a municipality's retention (gallring) rules name. Each class has one
// reference time (its age is counted from it) and one rule per municipality (docs/RETENTION.md).
export enum RetentionClass {
  // A school's signal about a pupil, counted from when it was handled (never while unhandled).
  SIGNAL = 'SIGNAL',
  // A "to check" entry of the target-group matching that was decided (left, registered or
  // dismissed), counted from the decision; open entries are never disposed.
  TARGET_GROUP_CHECK = 'TARGET_GROUP_CHECK',
  // A user's in-app notification, counted from when it was created.
  NOTIFICATION = 'NOTIFICATION',
  // A contact attempt with a young person whose KAA registrations have all ended, counted from the
  // later of the attempt and the last registration's end; never while a registration is open.
  CONTACT_ATTEMPT = 'CONTACT_ATTEMPT',
  // A measure of such a young person, counted from the later of its last change and the last
  // registration's end; never while a registration is open.
  MEASURE = 'MEASURE',
  // Access-log rows, counted from when they were written; disposed as a whole prefix of the chain.
  ACCESS_LOG = 'ACCESS_LOG',
  // Audit-trail rows, counted from when they were written; disposed as a whole prefix of the chain.
  AUDIT_EVENT = 'AUDIT_EVENT',
}

registerEnumType(RetentionClass, {
  name: 'RetentionClass',
  description: 'A kind of record a retention (gallring) rule names.',
});

// Who ran a disposal.
export enum DisposalTrigger {
  JOB = 'JOB',
  USER = 'USER',
}

registerEnumType(DisposalTrigger, { name: 'DisposalTrigger', description: 'Who ran a disposal.' });
