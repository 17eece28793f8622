import { registerEnumType } from '@nestjs/graphql';

// Who is signed in to the own view (issue 19).
export enum SelfServiceActorKind {
  YOUNG_PERSON = 'YOUNG_PERSON',
  GUARDIAN = 'GUARDIAN',
}

export enum RectificationStatus {
  OPEN = 'OPEN',
  ACCEPTED = 'ACCEPTED',
  REFUSED = 'REFUSED',
}

// The staff decision on a rectification request (GDPR art. 16).
export enum RectificationDecision {
  ACCEPTED = 'ACCEPTED',
  REFUSED = 'REFUSED',
}

// Where the young person thinks the record is wrong, in words they recognise; OTHER with the
// text saying where.
export enum RectificationField {
  NAME = 'NAME',
  CONTACT_DETAILS = 'CONTACT_DETAILS',
  OCCUPATION = 'OCCUPATION',
  PLAN = 'PLAN',
  CONSENT = 'CONSENT',
  GUARDIAN = 'GUARDIAN',
  OTHER = 'OTHER',
}

// What the own view shows of a consent: in force today, or why not.
export enum OwnConsentStatus {
  ACTIVE = 'ACTIVE',
  NOT_YET_VALID = 'NOT_YET_VALID',
  EXPIRED = 'EXPIRED',
  WITHDRAWN = 'WITHDRAWN',
  REPLACED = 'REPLACED',
}

registerEnumType(SelfServiceActorKind, { name: 'SelfServiceActor', description: 'Who is signed in to the own view.' });
registerEnumType(RectificationStatus, { name: 'RectificationStatus' });
registerEnumType(RectificationDecision, { name: 'RectificationDecision' });
registerEnumType(RectificationField, {
  name: 'RectificationField',
  description: 'Which part of the record a rectification request is about.',
});
registerEnumType(OwnConsentStatus, { name: 'OwnConsentStatus' });
