// Enumerations of the KAA register and the case work around it. Names follow SCB's blocks
// and Skolverket's terms (../shared/research/domain.md §2); the Swedish term is in brackets.

// Status of a registration in the spirit of Norway's OT codes: what the coordinator knows now.
export enum EnrollmentStatus {
  NOT_CONTACTED = 'NOT_CONTACTED', // ej kontaktad
  CONTACT_ATTEMPTED = 'CONTACT_ATTEMPTED', // kontaktförsök gjort
  IN_DIALOGUE = 'IN_DIALOGUE', // i dialog
  IN_MEASURE = 'IN_MEASURE', // i åtgärd
  IN_EDUCATION = 'IN_EDUCATION', // i utbildning (not ended yet: e.g. trial period)
  IN_WORK = 'IN_WORK', // i arbete
  DECLINED = 'DECLINED', // tackat nej: stays in the register, taking part is voluntary
  UNKNOWN = 'UNKNOWN', // okänd sysselsättning
}

// Reason for registration (SCB block 1).
export enum RegistrationReason {
  DROPPED_OUT = 'DROPPED_OUT', // avbrutit nationellt program
  LEAVING_CERTIFICATE = 'LEAVING_CERTIFICATE', // slutfört med studiebevis
  NEVER_STARTED = 'NEVER_STARTED', // aldrig påbörjat gymnasieskolan
  LEFT_INTRODUCTION_PROGRAMME = 'LEFT_INTRODUCTION_PROGRAMME', // lämnat introduktionsprogram
  ARRIVED_AFTER_COMPULSORY_AGE = 'ARRIVED_AFTER_COMPULSORY_AGE', // folkbokförd efter skolpliktig ålder
  MOVED_IN = 'MOVED_IN', // inflyttad
  OTHER = 'OTHER',
}

// Reason the municipality's responsibility ended (SCB block 5).
export enum EnrollmentEndReason {
  TURNED_20 = 'TURNED_20',
  STARTED_EDUCATION = 'STARTED_EDUCATION',
  COMPLETED_EDUCATION = 'COMPLETED_EDUCATION',
  MOVED = 'MOVED',
  EMIGRATED = 'EMIGRATED',
  DECEASED = 'DECEASED',
  OTHER = 'OTHER',
}

// What caused a status change, so the history tells a hand edit from a consequence.
export enum StatusChangeCause {
  REGISTRATION = 'REGISTRATION',
  MANUAL = 'MANUAL',
  CONTACT = 'CONTACT',
  MEASURE = 'MEASURE',
  END = 'END',
  SCHEDULED = 'SCHEDULED',
}

export enum OccupationKind {
  PREVIOUS = 'PREVIOUS',
  CURRENT = 'CURRENT',
  PLANNED = 'PLANNED',
}

export enum OccupationCategory {
  EDUCATION = 'EDUCATION',
  WORK = 'WORK',
  OTHER_ACTIVITY = 'OTHER_ACTIVITY',
  NONE = 'NONE',
  UNKNOWN = 'UNKNOWN',
}

export enum OccupationSource {
  YOUNG_PERSON = 'YOUNG_PERSON',
  GUARDIAN = 'GUARDIAN',
  SCHOOL = 'SCHOOL',
  PARTNER = 'PARTNER',
  CONTACT_ATTEMPT = 'CONTACT_ATTEMPT',
  REGISTER = 'REGISTER',
  OTHER = 'OTHER',
}

export enum ContactChannel {
  LETTER = 'LETTER',
  TEXT_MESSAGE = 'TEXT_MESSAGE',
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
  SOCIAL_MEDIA = 'SOCIAL_MEDIA',
  HOME_VISIT = 'HOME_VISIT',
  MEETING = 'MEETING',
}

export enum ContactOutcome {
  REACHED = 'REACHED',
  NOT_REACHED = 'NOT_REACHED',
  DECLINED = 'DECLINED',
}

export enum GuardianRelation {
  PARENT = 'PARENT',
  LEGAL_GUARDIAN = 'LEGAL_GUARDIAN', // särskilt förordnad vårdnadshavare
  OTHER = 'OTHER',
}

// Where the young person stands with upper secondary school, as told at registration.
export enum UpperSecondaryStatus {
  NEVER_STARTED = 'NEVER_STARTED',
  DROPPED_OUT = 'DROPPED_OUT',
  LEAVING_CERTIFICATE = 'LEAVING_CERTIFICATE', // studiebevis: does not end responsibility
  INTRODUCTION_PROGRAMME_LEFT = 'INTRODUCTION_PROGRAMME_LEFT', // not upper secondary completed
  ENROLLED_INTRODUCTION_PROGRAMME = 'ENROLLED_INTRODUCTION_PROGRAMME', // not covered since 2018-07-01
  ENROLLED = 'ENROLLED', // national programme or equivalent
  DIPLOMA = 'DIPLOMA', // gymnasieexamen or gymnasiesärskolebevis
  EQUIVALENT_COMPLETED = 'EQUIVALENT_COMPLETED', // IB, foreign diploma, folk high school eligibility
}

export enum CompulsorySchoolStatus {
  COMPLETED = 'COMPLETED',
  ARRIVED_AFTER_COMPULSORY_AGE = 'ARRIVED_AFTER_COMPULSORY_AGE',
  NOT_COMPLETED = 'NOT_COMPLETED',
}

export enum ReminderKind {
  // Plan the hand-over to adult services before the activity responsibility ends at 20.
  TURNING_20 = 'TURNING_20',
}

export enum HandOverStatus {
  SENT = 'SENT',
  RECEIVED = 'RECEIVED',
}

export enum HandOverDirection {
  INCOMING = 'INCOMING',
  OUTGOING = 'OUTGOING',
}
