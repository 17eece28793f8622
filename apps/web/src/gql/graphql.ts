/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AcceptHandOverInput = {
  /** A coordinator of the receiving unit; otherwise unassigned. */
  coordinatorId?: string | number | null | undefined;
  id: string | number;
};

/** Why a user could read what they read. */
export type AccessGround =
  | 'ASSIGNED_ACTION'
  | 'CASELOAD'
  | 'CONSENT'
  | 'DISCLOSURE'
  | 'EMERGENCY_ACCESS'
  | 'NONE'
  | 'SCHOOL'
  | 'SELF'
  | 'STAND_IN'
  | 'STATUTORY_REPORT'
  | 'UNIT';

export type AccessLogFilterInput = {
  from?: string | null | undefined;
  ground?: AccessGround | null | undefined;
  organizationId?: string | number | null | undefined;
  to?: string | null | undefined;
  userId?: string | number | null | undefined;
  youngPersonId?: string | number | null | undefined;
};

export type AccessReviewKind =
  | 'AFTER_HOURS'
  | 'BULK_READ'
  | 'EMERGENCY_ACCESS'
  | 'OUTSIDE_GROUNDS'
  | 'RANDOM_SAMPLE';

export type AccessReviewOutcome =
  | 'FOLLOW_UP_WITH_USER'
  | 'INCIDENT_REPORTED'
  | 'JUSTIFIED';

export type AccessReviewStatus =
  | 'CLOSED'
  | 'OPEN';

export type AcknowledgeAlertInput = {
  id: string | number;
  /** Why, and what will be done (kept in the alert’s history). */
  reason: string;
  /** Hide the alert until this day (YYYY-MM-DD, after today). */
  snoozeUntil?: string | null | undefined;
  /** The version the acknowledgement is based on. */
  version: number;
};

export type AddMembershipInput = {
  organizationId: string | number;
  role: Role;
  userId: string | number;
};

export type AgeBand =
  | 'AGE_16_17'
  | 'AGE_18_19';

export type AlertResolution =
  | 'BY_HAND'
  | 'CONDITION_ENDED';

/** The rule that found the gap. */
export type AlertRule =
  | 'CONSENT_EXPIRING'
  | 'FIRST_CONTACT_DUE'
  | 'FOLLOW_UP_OVERDUE'
  | 'NEVER_REACHED'
  | 'NO_ACTIVITY'
  | 'NO_CONTACT'
  | 'NO_COORDINATOR'
  | 'OFFER_DUE'
  | 'PLAN_ACTION_OVERDUE'
  | 'REFERRAL_UNANSWERED'
  | 'SIGNAL_NOT_HANDLED'
  | 'STATUS_UNKNOWN'
  | 'TO_CHECK_LEFT'
  | 'TURNING_20_NO_HAND_OVER';

export type AlertState =
  | 'ACKNOWLEDGED'
  | 'OPEN'
  | 'RESOLVED'
  | 'SNOOZED';

export type AppointStandInInput = {
  /** The absent coordinator (user id), a coordinator of the team lead’s unit. */
  absentUserId: string | number;
  /** First day, ISO date; today at the earliest. */
  fromOn: string;
  /** The stand-in (user id), another coordinator of the same unit. */
  standInUserId: string | number;
  /** Last day, ISO date, included; at most 366 days after the first. */
  toOn: string;
};

export type AssignCoordinatorInput = {
  /** An active coordinator of the unit. */
  coordinatorId: string | number;
  version: number;
  youngPersonId: string | number;
};

export type CaseloadFilter = {
  /** Team lead: one coordinator’s caseload. */
  coordinatorId?: string | number | null | undefined;
  /** Only those with a follow-up date reached on an open measure or an active plan. */
  followUpDue?: boolean | null | undefined;
  /** With (true) or without (false) a measure offered, accepted or started. */
  hasOpenMeasure?: boolean | null | undefined;
  /** Coordinator: include the caseloads of absent colleagues the caller stands in for today (default true); false lists only their own. */
  includeCovered?: boolean | null | undefined;
  maxAge?: number | null | undefined;
  minAge?: number | null | undefined;
  /** No contact attempt since this time. */
  noContactSince?: string | null | undefined;
  protectedIdentity?: boolean | null | undefined;
  statuses?: Array<EnrollmentStatus> | null | undefined;
  /** Team lead: only young people with no coordinator. */
  unassigned?: boolean | null | undefined;
};

export type CaseloadSort =
  | 'LAST_CONTACT'
  | 'NAME'
  | 'REGISTERED_ON'
  | 'TWENTIETH_BIRTHDAY';

export type ChangeEnrollmentStatusInput = {
  enrollmentId: string | number;
  status: EnrollmentStatus;
  version: number;
};

export type CloseAccessReviewInput = {
  id: string | number;
  /** Why the reviewer concluded so; when given, at least two different words. */
  note?: string | null | undefined;
  outcome: AccessReviewOutcome;
};

export type CloseActionPlanInput = {
  closedOn: string;
  /** The closing evaluation of the plan. */
  evaluation: string;
  id: string | number;
  version: number;
};

export type CompulsorySchoolStatus =
  | 'ARRIVED_AFTER_COMPULSORY_AGE'
  | 'COMPLETED'
  | 'NOT_COMPLETED';

export type ConsentForm =
  | 'ORAL'
  | 'WRITTEN';

export type ConsentGiver =
  | 'GUARDIAN'
  | 'YOUNG_PERSON'
  | 'YOUNG_PERSON_AND_GUARDIAN';

/** What a consent means today. */
export type ConsentStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'PENDING'
  | 'REPLACED'
  | 'WITHDRAWN';

export type ContactChannel =
  | 'EMAIL'
  | 'HOME_VISIT'
  | 'LETTER'
  | 'MEETING'
  | 'PHONE'
  | 'SOCIAL_MEDIA'
  | 'TEXT_MESSAGE';

export type ContactDetailsInput = {
  city?: string | null | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  postalCode?: string | null | undefined;
  streetAddress?: string | null | undefined;
};

export type ContactOutcome =
  | 'DECLINED'
  | 'NOT_REACHED'
  | 'REACHED';

/** Correct the reason an ended registration ended for; the end date stays. */
export type CorrectEndReasonInput = {
  enrollmentId: string | number;
  /** The right end reason; not the one it has. */
  reason: EnrollmentEndReason;
  version: number;
};

/** Correct the reason an open or ended registration was made for. */
export type CorrectRegistrationReasonInput = {
  enrollmentId: string | number;
  /** The right reason; not the one it has. */
  reason: RegistrationReason;
  version: number;
};

export type CreateActionPlanInput = {
  /** The whole action list, in order. */
  actions?: Array<PlanActionInput> | null | undefined;
  background?: string | null | undefined;
  backgroundDate?: string | null | undefined;
  developmentArea?: string | null | undefined;
  /** The planned follow-ups (held ones stay). */
  followUps?: Array<PlanFollowUpInput> | null | undefined;
  /** The whole goal list, in order. */
  goals?: Array<PlanGoalInput> | null | undefined;
  /** The lead organisation (huvudansvarig). */
  leadOrganizationId?: string | number | null | undefined;
  /** The lead person, a member of the lead organisation. */
  leadUserId?: string | number | null | undefined;
  participation?: PlanParticipation | null | undefined;
  participationNote?: string | null | undefined;
  patternsAndFactors?: string | null | undefined;
  scope: PlanScope;
  /** Group or class of a prevention plan. */
  targetGroup?: string | null | undefined;
  title?: string | null | undefined;
  /** Required for an individual plan, absent otherwise. */
  youngPersonId?: string | number | null | undefined;
};

/** A new integration credential for one school’s system (POST /signals/import). */
export type CreateIntegrationCredentialInput = {
  /** What it is called, e.g. the school system’s name (2–100 characters). */
  name: string;
  /** The school (an organisation in the school secrecy domain). */
  organizationId: string | number;
  /** Days it is valid (1–730). */
  validDays: number;
};

export type CreateMeasureTypeInput = {
  /** Short code, unique in the municipality (A-Z, 0-9, _ and -). */
  code: string;
  defaultTier: MeasureTier;
  name: string;
  scbCategory: ScbMeasureCategory;
};

export type CreateOrganizationInput = {
  kind: OrganizationKind;
  name: string;
  /** Defaults from the kind. */
  secrecyDomain?: SecrecyDomain | null | undefined;
};

export type CreateUserInput = {
  displayName: string;
  email: string;
  /** Value of the identity-provider claim that identifies this user. */
  externalSubject?: string | null | undefined;
  /** Omit for users who sign in through the identity provider only. */
  password?: string | null | undefined;
};

export type DecideRectificationInput = {
  decision: RectificationDecision;
  id: string | number;
  /** Required when refusing: why (shown to the young person). */
  reason?: string | null | undefined;
};

export type DeclineReferralInput = {
  id: string | number;
  /** Why the organisation declines (at least two different words). */
  reason: string;
};

export type DefineInformationCategoryInput = {
  /** Upper-case code, e.g. EKONOMI. */
  code: string;
  /** The name shown to users (Swedish). */
  name: string;
};

export type DismissTargetGroupCheckInput = {
  checkId: string | number;
  reason: TargetGroupDismissReason;
};

/** Who ran a disposal. */
export type DisposalTrigger =
  | 'JOB'
  | 'USER';

/** A dry run of an uploaded register file (POST /files). */
export type DryRunRegisterImportInput = {
  /** The id POST /files answered. */
  fileId: string | number;
  /** The mapping to use; the municipality's saved one when not given. */
  mapping?: RegisterImportMappingInput | null | undefined;
};

export type EarlyWarningAddressedLevel =
  | 'MENTOR'
  | 'SCHOOL'
  | 'STUDENT_HEALTH';

export type EarlyWarningIndicator =
  | 'ATTENDANCE_BELOW'
  | 'DROP_OUT'
  | 'SAME_WEEKDAY'
  | 'SINGLE_DAYS'
  | 'UNEXCUSED_ABSENCES';

export type EarlyWarningReviewDecision =
  | 'ACTION_TAKEN'
  | 'MONITOR'
  | 'NO_ACTION';

export type EarlyWarningSuggestionStatus =
  | 'ENDED'
  | 'OPEN'
  | 'REVIEWED';

/** The facts the target-group rules are checked against. */
export type EligibilityInput = {
  compulsorySchool: CompulsorySchoolStatus;
  upperSecondary: UpperSecondaryStatus;
};

/** Why an e-mail was written. */
export type EmailKind =
  | 'DIGEST'
  | 'NOTIFICATION';

/** PENDING: not sent yet (or no SMTP server configured); SENT; FAILED: gave up after the attempts. */
export type EmailStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SENT';

export type EndEnrollmentInput = {
  /** ISO date; not before the registration, not in the future. */
  endedOn: string;
  enrollmentId: string | number;
  reason: EnrollmentEndReason;
  version: number;
};

export type EndMeasureInput = {
  endedOn: string;
  id: string | number;
  /** What the young person does after the measure (SCB block 4). */
  occupationAfter: OccupationCategory;
  reason: MeasureEndReason;
  version: number;
};

/** Why the responsibility ended (SCB block 5). */
export type EnrollmentEndReason =
  | 'COMPLETED_EDUCATION'
  | 'DECEASED'
  | 'EMIGRATED'
  | 'MOVED'
  | 'OTHER'
  | 'STARTED_EDUCATION'
  | 'TURNED_20';

export type EnrollmentInput = {
  eligibility: EligibilityInput;
  reason: RegistrationReason;
  /** ISO date; not in the future. */
  registeredOn: string;
};

/** What is known of a registered young person now. */
export type EnrollmentStatus =
  | 'CONTACT_ATTEMPTED'
  | 'DECLINED'
  | 'IN_DIALOGUE'
  | 'IN_EDUCATION'
  | 'IN_MEASURE'
  | 'IN_WORK'
  | 'NOT_CONTACTED'
  | 'UNKNOWN';

export type EvidenceBasis =
  | 'PROFESSIONAL_JUDGEMENT'
  | 'PROVEN_EXPERIENCE'
  | 'PUPILS_VOICE'
  | 'SCIENTIFIC_BASIS';

export type ExportFormat =
  | 'JSON'
  | 'PDF';

export type ExportYoungPersonDataInput = {
  format: ExportFormat;
  youngPersonId: string | number;
};

export type GoalAssessment =
  | 'ACHIEVED'
  | 'NOT_ACHIEVED'
  | 'PARTLY_ACHIEVED';

export type GoalEvaluationInput = {
  assessment: GoalAssessment;
  comment?: string | null | undefined;
  goalId: string | number;
};

export type GoalOwner =
  | 'PROFESSIONAL'
  | 'YOUNG_PERSON';

export type GuardianInput = {
  email?: string | null | undefined;
  name: string;
  /** The guardian's personnummer, for their sign-in to the own view (never returned). */
  personalIdentityNumber?: string | null | undefined;
  phone?: string | null | undefined;
  relation: GuardianRelation;
};

export type GuardianRelation =
  | 'LEGAL_GUARDIAN'
  | 'OTHER'
  | 'PARENT';

export type HandOverInput = {
  /** ISO date of the move; the registration here ends on it. */
  movedOn: string;
  /** SCB code of the new home municipality. */
  toMunicipalityCode: string;
  youngPersonId: string | number;
};

export type HandOverStatus =
  | 'RECEIVED'
  | 'SENT';

/** A person’s decision on a signal. */
export type HandleSignalInput = {
  decision: SignalDecision;
  /** Why nothing is done (required for NO_ACTION). */
  reason?: string | null | undefined;
  signalId: string | number;
};

/** NO_CONSENT: no consent in force names the category for the reader’s organisation; WITHHELD: the young person withholds it from the organisation; PROTECTED_IDENTITY: protected personal data, shown only to the users named on the record; RESTRICTED: not shown to this reader (said to readers who are not told of a protection marking). */
export type HiddenReason =
  | 'NO_CONSENT'
  | 'PROTECTED_IDENTITY'
  | 'RESTRICTED'
  | 'WITHHELD';

/** Import an uploaded CSV file (POST /files) of signals from the caller’s school. */
export type ImportSignalsInput = {
  /** The id POST /files answered. */
  fileId: string | number;
  /** The sender’s key for this upload: the same key again is the import already made. */
  idempotencyKey: string;
};

/** Read an uploaded file (POST /files) as a population extract or an enrolment list. */
export type ImportTargetGroupFileInput = {
  /** The day the extract or list describes (ISO date, not in the future). */
  asOf: string;
  /** The id POST /files answered. */
  fileId: string | number;
  kind: TargetGroupImportKind;
  /** Enrolment lists without a school column: the school. */
  schoolName?: string | null | undefined;
};

/** A category of a young person’s information. */
export type InformationCategory =
  | 'CONTACT'
  | 'CONTACTS'
  | 'IDENTITY'
  | 'MEASURES'
  | 'OCCUPATION'
  | 'PLAN'
  | 'SIGNALS';

/** Where a queued job (an import, a run) is. */
export type JobStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** The legal ground of sharing information. */
export type LegalGround =
  | 'CONSENT'
  | 'DUTY_TO_REPORT'
  | 'NECESSARY_DISCLOSURE'
  | 'OTHER_PROVISION';

export type LogContactAttemptInput = {
  channel: ContactChannel;
  /** What the young person does now, if learned. */
  occupationLearned?: OccupationCategory | null | undefined;
  /** When it happened; not in the future. */
  occurredAt: string;
  outcome: ContactOutcome;
  youngPersonId: string | number;
};

export type LoginInput = {
  email: string;
  /** Organisation to act for; defaults to the first membership. */
  organizationId?: string | number | null | undefined;
  password: string;
};

export type MarkNotificationsReadInput = {
  /** All the caller’s unread notifications (instead of ids). */
  all?: boolean | null | undefined;
  /** These notifications (the caller’s own; others are ignored). */
  ids?: Array<string | number> | null | undefined;
};

export type MeasureEndReason =
  | 'COMPLETED'
  | 'INTERRUPTED'
  | 'MOVED'
  | 'OTHER'
  | 'STARTED_EDUCATION'
  | 'STARTED_WORK'
  | 'TURNED_20';

export type MeasureLevel =
  | 'GROUP'
  | 'INDIVIDUAL'
  | 'ORGANISATION';

/** offered → accepted / declined → started → ended */
export type MeasureStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'ENDED'
  | 'OFFERED'
  | 'STARTED';

/** Promotive, preventive or remedial. */
export type MeasureTier =
  | 'PREVENTIVE'
  | 'PROMOTIVE'
  | 'REMEDIAL';

/** What a notification is about. */
export type NotificationKind =
  /** Gap alerts escalated to the person (team lead). */
  | 'ALERTS_ESCALATED'
  /** New gap alerts the person owns. */
  | 'ALERTS_OPENED'
  /** Early-warning suggestions the mentor did not review in time, now the person’s (student health). */
  | 'EARLY_WARNING_ESCALATED'
  /** New early-warning suggestions addressed to the person (mentor). */
  | 'EARLY_WARNING_SUGGESTED';

export type OccupationCategory =
  | 'EDUCATION'
  | 'NONE'
  | 'OTHER_ACTIVITY'
  | 'UNKNOWN'
  | 'WORK';

export type OccupationKind =
  | 'CURRENT'
  | 'PLANNED'
  | 'PREVIOUS';

export type OccupationSource =
  | 'CONTACT_ATTEMPT'
  | 'GUARDIAN'
  | 'OTHER'
  | 'PARTNER'
  | 'REGISTER'
  | 'SCHOOL'
  | 'YOUNG_PERSON';

export type OfferMeasureInput = {
  evaluationOn?: string | null | undefined;
  evidenceBasis?: Array<EvidenceBasis> | null | undefined;
  followUpOn?: string | null | undefined;
  level?: MeasureLevel | null | undefined;
  /** An active type of the municipality’s catalogue. */
  measureTypeId: string | number;
  municipalityResponsibility?: string | null | undefined;
  /** ISO date; not in the future. */
  offeredOn: string;
  /** The other actor, when it is an organisation of the municipality. */
  otherActorOrganizationId?: string | number | null | undefined;
  otherActorResponsibility?: string | null | undefined;
  plannedEndOn?: string | null | undefined;
  plannedStartOn?: string | null | undefined;
  /** Individual planning and the goal of the measure. */
  planningAndGoal?: string | null | undefined;
  tier?: MeasureTier | null | undefined;
  youngPersonId: string | number;
  youngPersonResponsibility?: string | null | undefined;
};

/** Kind of participating organisation. */
export type OrganizationKind =
  | 'ADULT_EDUCATION'
  | 'EMPLOYMENT_SERVICE'
  | 'FOLK_HIGH_SCHOOL'
  | 'HEALTH_CARE'
  | 'KAA_UNIT'
  | 'MANAGEMENT'
  | 'NGO'
  | 'OTHER'
  | 'SCHOOL'
  | 'SOCIAL_SERVICES'
  | 'YOUTH_CLINIC';

export type OwnConsentStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'NOT_YET_VALID'
  | 'REPLACED'
  | 'WITHDRAWN';

/** An action; with `id` it keeps an existing action, without it adds one. */
export type PlanActionInput = {
  description: string;
  dueOn?: string | null | undefined;
  /** Index (from 0) of the goal it serves in the plan’s goal list. */
  goalIndex?: number | null | undefined;
  id?: string | number | null | undefined;
  responsibleOrganizationId: string | number;
  /** A member of the responsible organisation. */
  responsibleUserId?: string | number | null | undefined;
  status?: PlanActionStatus | null | undefined;
};

export type PlanActionStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'PLANNED';

/** A planned follow-up; with `id` it keeps an existing one. */
export type PlanFollowUpInput = {
  id?: string | number | null | undefined;
  plannedOn: string;
};

/** A goal; with `id` it keeps an existing goal, without it adds one. */
export type PlanGoalInput = {
  id?: string | number | null | undefined;
  owner: GoalOwner;
  /** In the young person’s own words when the goal is theirs. */
  text: string;
};

/** How the young person took part. */
export type PlanParticipation =
  | 'CONSULTED'
  | 'DECLINED'
  | 'INFORMED'
  | 'NOT_RECORDED'
  | 'PARTICIPATED';

/** A young person’s plan, or a school’s at group, class or school level. */
export type PlanScope =
  | 'CLASS'
  | 'GROUP'
  | 'INDIVIDUAL'
  | 'SCHOOL';

export type PlanStatus =
  | 'ACTIVE'
  | 'CLOSED';

export type ProduceScbKaaFileInput = {
  /** Required (true) when the half-year already has a file: a new file replaces everything sent to SCB for it. */
  confirmReplace?: boolean | null | undefined;
  /** The half-year, e.g. '2026H1'. */
  period: string;
};

/** CASELOAD: the responsible coordinator; UNIT: the KAA unit’s team lead; CONSENT: a consent names the reader’s organisation; EMERGENCY_ACCESS: an emergency access (nödåtkomst) is running; STAND_IN: the reader stands in for the absent responsible coordinator (vikarie). */
export type ReadGround =
  | 'CASELOAD'
  | 'CONSENT'
  | 'EMERGENCY_ACCESS'
  | 'STAND_IN'
  | 'UNIT';

export type RecordAccessReviewInput = {
  /** For a sampled read: its AccessLogEntry.id. */
  accessLogId?: string | number | null | undefined;
  /** The anomaly rule or sample the reads came from. */
  kind: AccessReviewKind;
  /** Why the reviewer concluded so; when given, at least two different words. */
  note?: string | null | undefined;
  outcome: AccessReviewOutcome;
  periodFrom: string;
  periodTo: string;
  userId: string | number;
  youngPersonId?: string | number | null | undefined;
};

export type RecordConsentInput = {
  categories: Array<InformationCategory>;
  /** Required for a written consent: where the signed document is kept. */
  documentReference?: string | null | undefined;
  form: ConsentForm;
  givenBy: ConsentGiver;
  /** The guardian who consented, when one did. */
  guardianName?: string | null | undefined;
  /** Required when a guardian consents: the young person’s maturity, assessed. */
  maturityAssessment?: string | null | undefined;
  /** Codes of the municipality’s own categories (information held outside Brygga). */
  otherCategories?: Array<string> | null | undefined;
  /** What the information is shared for. */
  purpose: string;
  /** The organisation the information may be shared with. */
  recipientOrganizationId: string | number;
  /** ISO date; default today. */
  validFrom?: string | null | undefined;
  /** ISO date, last valid day; default the configured period. */
  validTo?: string | null | undefined;
  youngPersonId: string | number;
};

export type RecordConsentRefusalInput = {
  categories: Array<InformationCategory>;
  /** The organisation the information is withheld from. */
  organizationId: string | number;
  youngPersonId: string | number;
};

export type RecordDisclosureInput = {
  /** The information that goes with it. */
  categories: Array<InformationCategory>;
  /** Required when the ground is CONSENT: the consent relied on. */
  consentId?: string | number | null | undefined;
  legalGround: LegalGround;
  /** Codes of the municipality’s own categories (information held outside Brygga). */
  otherCategories?: Array<string> | null | undefined;
  /** The provision relied on (required for OTHER_PROVISION), e.g. "OSL 10 kap. 2 §": law and section. */
  provisionReference?: string | null | undefined;
  /** The recipient outside Brygga (required without an organisation). */
  recipientDescription?: string | null | undefined;
  /** The recipient, when it is an organisation in Brygga. */
  recipientOrganizationId?: string | number | null | undefined;
  youngPersonId: string | number;
};

export type RecordOccupationInput = {
  category: OccupationCategory;
  kind: OccupationKind;
  source: OccupationSource;
  validFrom: string;
  youngPersonId: string | number;
};

export type RecordPlanFollowUpInput = {
  /** The planned follow-up being held. */
  followUpId: string | number;
  /** One evaluation for every goal of the plan. */
  goalEvaluations: Array<GoalEvaluationInput>;
  heldOn: string;
  /** Plans the next follow-up. */
  nextFollowUpOn?: string | null | undefined;
  planId: string | number;
  summary: string;
  version: number;
};

/** One signal from the caller’s school about one pupil. */
export type RecordSignalInput = {
  /** ABSENCE_PERIOD: the share of the period absent (0–100). */
  absencePercent?: number | null | undefined;
  /** What the school wants the KAA unit to know (no health data). */
  details?: string | null | undefined;
  /** The pupil’s home municipality (SCB code, e.g. 1480) when it is not the school’s own. */
  homeMunicipalityCode?: string | null | undefined;
  kind: SignalKind;
  /** The day it happened (ISO date, not in the future). */
  occurredOn: string;
  /** ABSENCE_PERIOD: the last day of the period. */
  periodEnd?: string | null | undefined;
  /** ABSENCE_PERIOD: the first day of the period. */
  periodStart?: string | null | undefined;
  /** Personnummer or samordningsnummer, 10 or 12 digits, with or without '-'. */
  personalIdentityNumber: string;
};

export type RectificationDecision =
  | 'ACCEPTED'
  | 'REFUSED';

/** Which part of the record a rectification request is about. */
export type RectificationField =
  | 'CONSENT'
  | 'CONTACT_DETAILS'
  | 'GUARDIAN'
  | 'NAME'
  | 'OCCUPATION'
  | 'OTHER'
  | 'PLAN';

export type RectificationStatus =
  | 'ACCEPTED'
  | 'OPEN'
  | 'REFUSED';

export type ReferralStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'DONE'
  | 'REQUESTED'
  | 'REVOKED';

export type RegisterImportAction =
  | 'CREATE'
  | 'REFUSED'
  | 'UNCHANGED'
  | 'UPDATE';

/** Which column of the municipality's register file holds what (the header text). */
export type RegisterImportMappingInput = {
  /** The coordinator's e-mail (a coordinator of the unit). */
  coordinatorEmail?: string | null | undefined;
  /** The reason recorded when the file gives none. */
  defaultRegistrationReason: RegistrationReason;
  email?: string | null | undefined;
  familyName?: string | null | undefined;
  /** Given names and the family name in one cell. */
  fullName?: string | null | undefined;
  givenName?: string | null | undefined;
  /** The column of identity numbers (personnummer or samordningsnummer). */
  identityNumber: string;
  phone?: string | null | undefined;
  /** The registration date (required for new registrations). */
  registeredOn?: string | null | undefined;
  registrationReason?: string | null | undefined;
  /** The status or occupation (Swedish words or the enum). */
  status?: string | null | undefined;
};

export type RegisterImportStatus =
  | 'APPLIED'
  | 'QUEUED'
  | 'READY'
  | 'REFUSED';

/** Register the young person of a "to check" entry (the same rules as registerYoungPerson). */
export type RegisterTargetGroupCheckInput = {
  checkId: string | number;
  contact?: ContactDetailsInput | null | undefined;
  /** Team lead only: the coordinator; a coordinator gets it. */
  coordinatorId?: string | number | null | undefined;
  enrollment: EnrollmentInput;
  familyName: string;
  givenName: string;
};

export type RegisterYoungPersonInput = {
  contact?: ContactDetailsInput | null | undefined;
  /** Team lead only: the coordinator; a coordinator gets it. */
  coordinatorId?: string | number | null | undefined;
  enrollment: EnrollmentInput;
  familyName: string;
  givenName: string;
  guardians?: Array<GuardianInput> | null | undefined;
  /** Personnummer or samordningsnummer, 10 or 12 digits, with or without '-'. */
  personalIdentityNumber: string;
  /** Protected identity; the registering user is named on the record. */
  protectedIdentity?: boolean | null | undefined;
};

/** Why the young person was registered (SCB block 1). */
export type RegistrationReason =
  | 'ARRIVED_AFTER_COMPULSORY_AGE'
  | 'DROPPED_OUT'
  | 'LEAVING_CERTIFICATE'
  | 'LEFT_INTRODUCTION_PROGRAMME'
  | 'MOVED_IN'
  | 'NEVER_STARTED'
  | 'OTHER';

export type ReminderKind =
  | 'TURNING_20';

export type ReportExportFormat =
  | 'CSV'
  | 'PDF'
  | 'XLSX';

export type ReportFilterInput = {
  ageBand?: AgeBand | null | undefined;
  kaaUnitId?: string | number | null | undefined;
  sex?: Sex | null | undefined;
};

/** ALL: the whole municipality; UNIT: a KAA unit (key its id); AGE: an age band; SEX. */
export type ReportGroupDimension =
  | 'AGE'
  | 'ALL'
  | 'SEX'
  | 'UNIT';

export type ReportInput = {
  filter?: ReportFilterInput | null | undefined;
  /** First day of the period (ISO date). */
  from: string;
  kind: ReportKind;
  /** Last day of the period (ISO date); at most two years after `from`. */
  to: string;
};

/** KAA_COHORT: registered young people by status and occupation at the period’s end; REGISTRATIONS / ENDS: by reason; MEASURES: by SCB category and tier (first measure offered in the period); MEASURE_OUTCOMES: by category and occupation after (last measure ended); FLOWS: status the day before the period against status at its end; PLAN_ACTIONS: young people with an active plan per kind of responsible organisation, by whether an open action was overdue at the period’s end (judged by today’s statuses); SIGNALS: pupils a school sent a signal about, once per kind (the first received in the period), by the days it took to handle it (no age band); ALERTS: young people with a gap alert opened, escalated or resolved in the period, once per rule, by the last step it reached in the period. */
export type ReportKind =
  | 'ALERTS'
  | 'ENDS'
  | 'FLOWS'
  | 'KAA_COHORT'
  | 'MEASURES'
  | 'MEASURE_OUTCOMES'
  | 'PLAN_ACTIONS'
  | 'REGISTRATIONS'
  | 'SIGNALS';

export type ReportPeriodInput = {
  from: string;
  to: string;
};

export type RequestRectificationInput = {
  field: RectificationField;
  /** What is wrong and what it should say, in the person’s own words. */
  text: string;
  youngPersonId: string | number;
};

export type ResolveAlertInput = {
  id: string | number;
  /** Why the alert is closed while its condition still holds. */
  reason: string;
  /** The version the resolution is based on. */
  version: number;
};

export type RespondToMeasureInput = {
  accepted: boolean;
  id: string | number;
  respondedOn: string;
  version: number;
};

/** A kind of record a retention (gallring) rule names. */
export type RetentionClass =
  | 'ACCESS_LOG'
  | 'AUDIT_EVENT'
  | 'CONTACT_ATTEMPT'
  | 'MEASURE'
  | 'NOTIFICATION'
  | 'SIGNAL'
  | 'TARGET_GROUP_CHECK';

/** The review of a suggestion: what the reviewer decided and what was done. */
export type ReviewEarlyWarningInput = {
  /** What was done or why nothing is (no health data). */
  actionTaken: string;
  decision: EarlyWarningReviewDecision;
  suggestionId: string | number;
  version: number;
};

export type ReviseActionPlanInput = {
  /** The whole action list, in order. */
  actions?: Array<PlanActionInput> | null | undefined;
  background?: string | null | undefined;
  backgroundDate?: string | null | undefined;
  developmentArea?: string | null | undefined;
  /** The planned follow-ups (held ones stay). */
  followUps?: Array<PlanFollowUpInput> | null | undefined;
  /** The whole goal list, in order. */
  goals?: Array<PlanGoalInput> | null | undefined;
  id: string | number;
  /** The lead organisation (huvudansvarig). */
  leadOrganizationId?: string | number | null | undefined;
  /** The lead person, a member of the lead organisation. */
  leadUserId?: string | number | null | undefined;
  participation?: PlanParticipation | null | undefined;
  participationNote?: string | null | undefined;
  patternsAndFactors?: string | null | undefined;
  /** Group or class of a prevention plan. */
  targetGroup?: string | null | undefined;
  title?: string | null | undefined;
  /** The version the change is based on. */
  version: number;
};

export type ReviseConsentInput = {
  categories: Array<InformationCategory>;
  /** The consent in force that the new version replaces. */
  consentId: string | number;
  /** Required for a written consent: where the signed document is kept. */
  documentReference?: string | null | undefined;
  form: ConsentForm;
  givenBy: ConsentGiver;
  /** The guardian who consented, when one did. */
  guardianName?: string | null | undefined;
  /** Required when a guardian consents: the young person’s maturity, assessed. */
  maturityAssessment?: string | null | undefined;
  /** Codes of the municipality’s own categories (information held outside Brygga). */
  otherCategories?: Array<string> | null | undefined;
  /** What the information is shared for. */
  purpose: string;
  /** The organisation the information may be shared with. */
  recipientOrganizationId: string | number;
  /** ISO date; default today. */
  validFrom?: string | null | undefined;
  /** ISO date, last valid day; default the configured period. */
  validTo?: string | null | undefined;
};

/** Role held through a membership. */
export type Role =
  | 'ADMIN'
  | 'COORDINATOR'
  | 'LEADERSHIP'
  | 'LOG_REVIEWER'
  | 'PARTNER_CASEWORKER'
  | 'SCHOOL_STAFF'
  | 'TEAM_LEAD';

/** What is wrong with a young person’s data for the SCB file (libs/scb-kaa/src/layout/validation.ts). */
export type ScbKaaIssueCode =
  | 'CONTACT_OCCUPATION_MISSING'
  | 'END_REASON_MISSING'
  | 'END_REASON_TURNED_20_TOO_EARLY'
  | 'IDENTITY_NUMBER_INVALID'
  | 'MEASURE_END_BEFORE_START'
  | 'MEASURE_OCCUPATION_AFTER_MISSING'
  | 'MEASURE_START_DATE_MISSING'
  | 'MEASURE_TYPE_NOT_IN_CODE_LIST'
  | 'NO_CONTACT_IN_PERIOD'
  | 'OCCUPATION_UNKNOWN'
  | 'REGISTRATION_REASON_MISSING';

/** ERROR: the file cannot be produced until it is fixed; WARNING: a quality problem SCB counts. */
export type ScbKaaIssueSeverity =
  | 'ERROR'
  | 'WARNING';

export type ScbKaaPeriodInput = {
  /** The half-year, e.g. '2026H1' (1 January–30 June) or '2026H2'. */
  period: string;
};

/** SCB category a measure type reports as. */
export type ScbMeasureCategory =
  | 'ADULT_EDUCATION'
  | 'FOLK_HIGH_SCHOOL'
  | 'INTRODUCTION_PROGRAMME'
  | 'MOTIVATIONAL'
  | 'OTHER'
  | 'STUDY_AND_CAREER_GUIDANCE'
  | 'WORK_PLACEMENT';

/** Secrecy domain; crossing one needs a consent or a legal ground. */
export type SecrecyDomain =
  | 'HEALTH_CARE'
  | 'KAA'
  | 'LABOUR_MARKET'
  | 'NONE'
  | 'SCHOOL'
  | 'SOCIAL_SERVICES';

/** Who is signed in to the own view. */
export type SelfServiceActor =
  | 'GUARDIAN'
  | 'YOUNG_PERSON';

export type SendReferralInput = {
  /** The information that goes with it. */
  categories: Array<InformationCategory>;
  /** Required when the ground is CONSENT: the consent relied on. */
  consentId?: string | number | null | undefined;
  legalGround: LegalGround;
  /** Codes of the municipality’s own categories (information held outside Brygga). */
  otherCategories?: Array<string> | null | undefined;
  /** The provision relied on (required for OTHER_PROVISION), e.g. "OSL 10 kap. 2 §": law and section. */
  provisionReference?: string | null | undefined;
  /** What the referral asks for (at least two different words). */
  purpose: string;
  /** The partner organisation the young person is referred to. */
  toOrganizationId: string | number;
  youngPersonId: string | number;
};

export type SetProtectedIdentityInput = {
  id: string | number;
  /** Users who may see the hidden details; must work in the KAA unit. */
  namedUserIds: Array<string | number>;
  protectedIdentity: boolean;
  version: number;
};

export type SetRetentionRuleInput = {
  /** Whether the rule disposes anything (no rule is enabled until the admin enables it). */
  enabled: boolean;
  /** Records older than this many years are disposed (whole years, 1–100). */
  keepYears: number;
  recordClass: RetentionClass;
  /** The version read (0 for a class that has no rule yet). */
  version: number;
};

export type SetUserDisabledInput = {
  /** True disables the user (no sign-in, refresh tokens revoked); false enables them again. */
  disabled: boolean;
  id: string | number;
};

/** From the personnummer’s ninth digit. */
export type Sex =
  | 'FEMALE'
  | 'MALE';

export type SignalDecision =
  | 'CONTACTED'
  | 'MEASURE_STARTED'
  | 'NO_ACTION';

export type SignalKind =
  | 'ABSENCE_INVESTIGATION_STARTED'
  | 'ABSENCE_PERIOD'
  | 'LEFT_UPPER_SECONDARY'
  | 'STARTED_UPPER_SECONDARY'
  | 'UNEXCUSED_ABSENCE';

export type SignalStatus =
  | 'HANDLED'
  | 'UNHANDLED';

/** PLANNED: the period starts after today; ACTIVE: today is in the period; ENDED: ended early or the period is over. */
export type StandInState =
  | 'ACTIVE'
  | 'ENDED'
  | 'PLANNED';

export type StandInsFilter = {
  /** Default: planned and active. */
  states?: Array<StandInState> | null | undefined;
};

export type StartEmergencyAccessInput = {
  /** Why the record must be read now (required; read by the log reviewer): 10 to 1,000 characters, at least two different words. */
  reason: string;
  youngPersonId: string | number;
};

export type StartMeasureInput = {
  id: string | number;
  startedOn: string;
  version: number;
};

export type StartTargetGroupRunInput = {
  enrollmentImportIds: Array<string | number>;
  populationImportId: string | number;
};

export type StatusChangeCause =
  | 'CONTACT'
  | 'END'
  | 'MANUAL'
  | 'MEASURE'
  | 'REGISTRATION'
  | 'SCHEDULED';

export type SwitchMembershipInput = {
  /** The organisation of another active membership of the signed-in user. */
  organizationId: string | number;
};

export type TargetGroupCheckStatus =
  | 'DISMISSED'
  | 'LEFT'
  | 'REGISTERED'
  | 'TO_CHECK';

export type TargetGroupDismissReason =
  | 'ALREADY_HANDLED'
  | 'DIPLOMA'
  | 'MOVED';

export type TargetGroupImportKind =
  | 'ENROLLMENT'
  | 'POPULATION';

export type TargetGroupImportStatus =
  | 'QUEUED'
  | 'REFUSED'
  | 'SUCCEEDED';

export type TargetGroupLeftReason =
  | 'DIPLOMA_RECORDED'
  | 'IN_ENROLLMENT_LIST'
  | 'NOT_RESIDENT'
  | 'OUTSIDE_AGE_BAND'
  | 'REGISTERED';

export type TargetGroupRunStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'SUCCEEDED';

export type UpdateAlertSettingsInput = {
  /** Days before a consent ends that it is flagged (1–365). */
  consentExpiringDays?: number | null | undefined;
  /** Rules switched off. */
  disabledRules?: Array<AlertRule> | null | undefined;
  /** Days an unacknowledged alert waits before it goes to the team lead (1–90). */
  escalateAfterDays?: number | null | undefined;
  /** Days from registration to the first contact attempt (1–90). */
  firstContactDays?: number | null | undefined;
  /** Whether the first-contact days are working days. */
  firstContactWorkingDays?: boolean | null | undefined;
  /** Attempts without reaching the young person (1–50). */
  neverReachedAttempts?: number | null | undefined;
  /** Days without an active measure or plan action (1–365). */
  noActivityDays?: number | null | undefined;
  /** Days without a contact attempt (1–365). */
  noContactDays?: number | null | undefined;
  /** Days a registered young person may be without a responsible coordinator (0–365). */
  noCoordinatorDays?: number | null | undefined;
  /** Days from registration to an offer of a measure (1–365). */
  offerDays?: number | null | undefined;
  /** Whether the offer days are working days. */
  offerWorkingDays?: boolean | null | undefined;
  /** Days a plan action or follow-up may be past its date (0–90). */
  overdueGraceDays?: number | null | undefined;
  /** Days a referral may go unanswered (1–365). */
  referralUnansweredDays?: number | null | undefined;
  /** Days a school’s signal may go unhandled (1–365). */
  signalNotHandledDays?: number | null | undefined;
  /** Days with the status unknown (1–365). */
  statusUnknownDays?: number | null | undefined;
  /** Days an entry may be left in the "to check" queue (1–365). */
  toCheckDays?: number | null | undefined;
  /** Days before the 20th birthday that a missing hand-over is flagged (1–365). */
  turning20Days?: number | null | undefined;
  /** The version the change is based on (0 when never saved). */
  version: number;
};

export type UpdateAssignedPlanActionInput = {
  actionId: string | number;
  /** The plan version the change is based on (`planVersion` of the action). */
  planVersion: number;
  status: PlanActionStatus;
};

/** The municipality’s early-warning indicators (admin). */
export type UpdateEarlyWarningSettingsInput = {
  attendanceEnabled: boolean;
  attendanceMinPercent: number;
  attendancePeriodDays: number;
  dropOutEnabled: boolean;
  escalateAfterDays: number;
  singleDaysCount: number;
  singleDaysDays: number;
  singleDaysEnabled: boolean;
  unexcusedCount: number;
  unexcusedDays: number;
  unexcusedEnabled: boolean;
  version: number;
  weekdayCount: number;
  weekdayDays: number;
  weekdayEnabled: boolean;
};

export type UpdateMeasureTypeInput = {
  /** False retires the type: kept on old measures, not offered anew. */
  active?: boolean | null | undefined;
  defaultTier?: MeasureTier | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  scbCategory?: ScbMeasureCategory | null | undefined;
  version: number;
};

export type UpdateMunicipalitySettingsInput = {
  /** Days a consent lasts when recorded without an end date (1–3650); null: the service default. */
  consentDefaultValidDays?: number | null | undefined;
  /** The smallest group a report shows (k, 3–100); null: 5. */
  reportMinCell?: number | null | undefined;
  /** IANA time zone whose calendar days the date rules use (consent validity, the end at 20, due dates); Europe/Stockholm unless changed. */
  timeZone?: string | null | undefined;
};

export type UpdateUserInput = {
  displayName?: string | null | undefined;
  /** The new login name; stored lower-cased. */
  email?: string | null | undefined;
  id: string | number;
  /** The version the change is based on; a stale one is a CONFLICT. */
  version: number;
};

export type UpdateYoungPersonInput = {
  /** Replaces all contact details. */
  contact?: ContactDetailsInput | null | undefined;
  familyName?: string | null | undefined;
  givenName?: string | null | undefined;
  /** Replaces the list of guardians. */
  guardians?: Array<GuardianInput> | null | undefined;
  id: string | number;
  version: number;
};

export type UpperSecondaryStatus =
  | 'DIPLOMA'
  | 'DROPPED_OUT'
  | 'ENROLLED'
  | 'ENROLLED_INTRODUCTION_PROGRAMME'
  | 'EQUIVALENT_COMPLETED'
  | 'INTRODUCTION_PROGRAMME_LEFT'
  | 'LEAVING_CERTIFICATE'
  | 'NEVER_STARTED';

export type WithdrawConsentInput = {
  consentId: string | number;
};

export type AdminUserFieldsFragment = { id: string, displayName: string, email: string, disabled: boolean, version: number, memberships: Array<{ id: string, role: Role, endedAt: string | null, organizationId: string }> };

export type AdminUsersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type AdminUsersQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, displayName: string, email: string, disabled: boolean, version: number, memberships: Array<{ id: string, role: Role, endedAt: string | null, organizationId: string }> }> }, organizations: { nodes: Array<{ id: string, name: string }> } };

export type AdminUserQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminUserQuery = { user: { id: string, displayName: string, email: string, disabled: boolean, version: number, memberships: Array<{ id: string, role: Role, endedAt: string | null, organizationId: string }> } };

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { id: string, displayName: string, email: string, disabled: boolean, version: number, memberships: Array<{ id: string, role: Role, endedAt: string | null, organizationId: string }> } };

export type SetUserDisabledMutationVariables = Exact<{
  input: SetUserDisabledInput;
}>;


export type SetUserDisabledMutation = { setUserDisabled: { id: string, displayName: string, email: string, disabled: boolean, version: number, memberships: Array<{ id: string, role: Role, endedAt: string | null, organizationId: string }> } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, displayName: string, email: string } };

export type AddMembershipMutationVariables = Exact<{
  input: AddMembershipInput;
}>;


export type AddMembershipMutation = { addMembership: { id: string, role: Role, organizationId: string, endedAt: string | null } };

export type EndMembershipMutationVariables = Exact<{
  id: string | number;
}>;


export type EndMembershipMutation = { endMembership: { id: string, endedAt: string | null } };

export type AdminCataloguesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminCataloguesQuery = { informationCategoryDefinitions: Array<{ id: string, code: string, name: string, retiredAt: string | null }>, measureTypes: Array<{ id: string, code: string, name: string, active: boolean, defaultTier: MeasureTier, scbCategory: ScbMeasureCategory, version: number }> };

export type DefineInformationCategoryMutationVariables = Exact<{
  input: DefineInformationCategoryInput;
}>;


export type DefineInformationCategoryMutation = { defineInformationCategory: { id: string, code: string, name: string, retiredAt: string | null } };

export type RetireInformationCategoryMutationVariables = Exact<{
  code: string;
}>;


export type RetireInformationCategoryMutation = { retireInformationCategory: { id: string, retiredAt: string | null } };

export type CreateMeasureTypeMutationVariables = Exact<{
  input: CreateMeasureTypeInput;
}>;


export type CreateMeasureTypeMutation = { createMeasureType: { id: string, code: string, name: string, active: boolean, version: number } };

export type UpdateMeasureTypeMutationVariables = Exact<{
  input: UpdateMeasureTypeInput;
}>;


export type UpdateMeasureTypeMutation = { updateMeasureType: { id: string, name: string, active: boolean, version: number } };

export type MunicipalitySettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MunicipalitySettingsQuery = { municipality: { id: string, name: string, code: string, timeZone: string, reportMinCell: number | null, consentDefaultValidDays: number | null } };

export type UpdateMunicipalitySettingsMutationVariables = Exact<{
  input: UpdateMunicipalitySettingsInput;
}>;


export type UpdateMunicipalitySettingsMutation = { updateMunicipalitySettings: { id: string, timeZone: string, reportMinCell: number | null, consentDefaultValidDays: number | null } };

export type AdministrationQueryVariables = Exact<{ [key: string]: never; }>;


export type AdministrationQuery = { municipality: { id: string, name: string, code: string, consentDefaultValidDays: number | null }, organizations: { totalCount: number, nodes: Array<{ id: string, name: string, kind: OrganizationKind }> }, users: { totalCount: number, nodes: Array<{ id: string, displayName: string, email: string, disabled: boolean, memberships: Array<{ id: string, role: Role, endedAt: string | null, organizationId: string }> }> } };

export type CreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type CreateOrganizationMutation = { createOrganization: { id: string, name: string, kind: OrganizationKind } };

export type AlertRowFragment = { id: string, version: number, rule: AlertRule, state: AlertState, dueOn: string, youngPersonId: string | null, youngPersonName: string, ownerName: string | null, openedAt: string, escalatedAt: string | null, escalatedToId: string | null, escalatedToName: string | null, acknowledgedAt: string | null, acknowledgeReason: string | null, snoozedUntil: string | null, resolvedAt: string | null, resolution: AlertResolution | null, facts: Array<{ name: string, value: string | null }> };

export type MyAlertsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAlertsQuery = { alerts: { totalCount: number, nodes: Array<{ id: string, version: number, rule: AlertRule, state: AlertState, dueOn: string, youngPersonId: string | null, youngPersonName: string, ownerName: string | null, openedAt: string, escalatedAt: string | null, escalatedToId: string | null, escalatedToName: string | null, acknowledgedAt: string | null, acknowledgeReason: string | null, snoozedUntil: string | null, resolvedAt: string | null, resolution: AlertResolution | null, facts: Array<{ name: string, value: string | null }> }> } };

export type UnitAlertsQueryVariables = Exact<{
  rule?: AlertRule | null | undefined;
  states?: Array<AlertState> | AlertState | null | undefined;
}>;


export type UnitAlertsQuery = { alerts: { totalCount: number, nodes: Array<{ id: string, version: number, rule: AlertRule, state: AlertState, dueOn: string, youngPersonId: string | null, youngPersonName: string, ownerName: string | null, openedAt: string, escalatedAt: string | null, escalatedToId: string | null, escalatedToName: string | null, acknowledgedAt: string | null, acknowledgeReason: string | null, snoozedUntil: string | null, resolvedAt: string | null, resolution: AlertResolution | null, facts: Array<{ name: string, value: string | null }> }> } };

export type EscalatedAlertsQueryVariables = Exact<{ [key: string]: never; }>;


export type EscalatedAlertsQuery = { alerts: { totalCount: number, nodes: Array<{ id: string, version: number, rule: AlertRule, state: AlertState, dueOn: string, youngPersonId: string | null, youngPersonName: string, ownerName: string | null, openedAt: string, escalatedAt: string | null, escalatedToId: string | null, escalatedToName: string | null, acknowledgedAt: string | null, acknowledgeReason: string | null, snoozedUntil: string | null, resolvedAt: string | null, resolution: AlertResolution | null, facts: Array<{ name: string, value: string | null }> }> } };

export type YoungPersonAlertsQueryVariables = Exact<{
  youngPersonId: string | number;
}>;


export type YoungPersonAlertsQuery = { alerts: { nodes: Array<{ id: string, version: number, rule: AlertRule, state: AlertState, dueOn: string, youngPersonId: string | null, youngPersonName: string, ownerName: string | null, openedAt: string, escalatedAt: string | null, escalatedToId: string | null, escalatedToName: string | null, acknowledgedAt: string | null, acknowledgeReason: string | null, snoozedUntil: string | null, resolvedAt: string | null, resolution: AlertResolution | null, facts: Array<{ name: string, value: string | null }> }> } };

export type AcknowledgeAlertMutationVariables = Exact<{
  input: AcknowledgeAlertInput;
}>;


export type AcknowledgeAlertMutation = { acknowledgeAlert: { id: string, version: number, rule: AlertRule, state: AlertState, dueOn: string, youngPersonId: string | null, youngPersonName: string, ownerName: string | null, openedAt: string, escalatedAt: string | null, escalatedToId: string | null, escalatedToName: string | null, acknowledgedAt: string | null, acknowledgeReason: string | null, snoozedUntil: string | null, resolvedAt: string | null, resolution: AlertResolution | null, facts: Array<{ name: string, value: string | null }> } };

export type ResolveAlertMutationVariables = Exact<{
  input: ResolveAlertInput;
}>;


export type ResolveAlertMutation = { resolveAlert: { id: string, version: number, rule: AlertRule, state: AlertState, dueOn: string, youngPersonId: string | null, youngPersonName: string, ownerName: string | null, openedAt: string, escalatedAt: string | null, escalatedToId: string | null, escalatedToName: string | null, acknowledgedAt: string | null, acknowledgeReason: string | null, snoozedUntil: string | null, resolvedAt: string | null, resolution: AlertResolution | null, facts: Array<{ name: string, value: string | null }> } };

export type EvaluateAlertsMutationVariables = Exact<{ [key: string]: never; }>;


export type EvaluateAlertsMutation = { evaluateAlerts: { ran: boolean, opened: number, updated: number, resolved: number, escalated: number } };

export type AlertSettingsFieldsFragment = { version: number, noCoordinatorDays: number, noContactDays: number, neverReachedAttempts: number, noActivityDays: number, overdueGraceDays: number, referralUnansweredDays: number, consentExpiringDays: number, statusUnknownDays: number, turning20Days: number, firstContactDays: number, firstContactWorkingDays: boolean, offerDays: number, offerWorkingDays: boolean, signalNotHandledDays: number, toCheckDays: number, escalateAfterDays: number, disabledRules: Array<AlertRule> };

export type AlertSettingsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type AlertSettingsPageQuery = { alertSettings: { version: number, noCoordinatorDays: number, noContactDays: number, neverReachedAttempts: number, noActivityDays: number, overdueGraceDays: number, referralUnansweredDays: number, consentExpiringDays: number, statusUnknownDays: number, turning20Days: number, firstContactDays: number, firstContactWorkingDays: boolean, offerDays: number, offerWorkingDays: boolean, signalNotHandledDays: number, toCheckDays: number, escalateAfterDays: number, disabledRules: Array<AlertRule> } };

export type PreviewAlertSettingsQueryVariables = Exact<{
  input: UpdateAlertSettingsInput;
}>;


export type PreviewAlertSettingsQuery = { previewAlertSettings: { opening: number, ending: number, rules: Array<{ rule: AlertRule, opening: number, ending: number, holding: number }> } };

export type SaveAlertSettingsMutationVariables = Exact<{
  input: UpdateAlertSettingsInput;
}>;


export type SaveAlertSettingsMutation = { updateAlertSettings: { version: number, noCoordinatorDays: number, noContactDays: number, neverReachedAttempts: number, noActivityDays: number, overdueGraceDays: number, referralUnansweredDays: number, consentExpiringDays: number, statusUnknownDays: number, turning20Days: number, firstContactDays: number, firstContactWorkingDays: boolean, offerDays: number, offerWorkingDays: boolean, signalNotHandledDays: number, toCheckDays: number, escalateAfterDays: number, disabledRules: Array<AlertRule> } };

export type StartPageQueryVariables = Exact<{
  noContactSince: string;
}>;


export type StartPageQuery = { reminders: { totalCount: number, nodes: Array<{ id: string, kind: ReminderKind, dueOn: string, youngPersonId: string }> }, followUpDue: { totalCount: number }, notContacted: { totalCount: number }, noRecentContact: { totalCount: number }, caseloadStatusCounts: Array<{ status: EnrollmentStatus, count: number }> };

export type CaseloadQueryVariables = Exact<{
  filter?: CaseloadFilter | null | undefined;
  countFilter?: CaseloadFilter | null | undefined;
  sort?: CaseloadSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CaseloadQuery = { caseload: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, version: number, coordinatorId: string | null, standInFor: string | null, givenName: string, familyName: string, age: number | null, twentiethBirthday: string | null, protectedIdentity: boolean | null, lastContactAt: string | null, enrollment: { id: string, status: EnrollmentStatus, registeredOn: string } | null, latestContact: { id: string, outcome: ContactOutcome } | null, actionPlan: { id: string, nextFollowUpOn: string | null } | null }> }, caseloadStatusCounts: Array<{ status: EnrollmentStatus, count: number }>, standIns: Array<{ id: string, absentUserId: string, absentName: string }> };

export type CaseloadChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type CaseloadChangedSubscription = { youngPersonChanged: { id: string, coordinatorId: string | null } };

export type IncomingHandOversQueryVariables = Exact<{ [key: string]: never; }>;


export type IncomingHandOversQuery = { handOvers: { totalCount: number, nodes: Array<{ id: string, movedOn: string, sentAt: string, fromMunicipality: { id: string, name: string }, person: { givenName: string, familyName: string, personalIdentityNumber: string, protectedIdentity: boolean } | null }> } };

export type AcceptHandOverMutationVariables = Exact<{
  input: AcceptHandOverInput;
}>;


export type AcceptHandOverMutation = { acceptHandOver: { handOver: { id: string, status: HandOverStatus, receivedYoungPersonId: string | null }, youngPerson: { id: string, givenName: string, familyName: string } } };

export type TeamLoadQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamLoadQuery = { coordinatorLoad: Array<{ coordinatorId: string | null, youngPeople: number, notContacted: number, withoutRecentContact: number }>, users: { nodes: Array<{ id: string, displayName: string }> } };

export type TeamCoordinatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamCoordinatorsQuery = { users: { nodes: Array<{ id: string, displayName: string, disabled: boolean, memberships: Array<{ id: string, role: Role, endedAt: string | null }> }> } };

export type AssignCoordinatorMutationVariables = Exact<{
  input: AssignCoordinatorInput;
}>;


export type AssignCoordinatorMutation = { assignCoordinator: { id: string, coordinatorId: string | null, version: number } };

export type YoungPersonConsentFragment = { id: string, status: ConsentStatus, recipientOrganizationId: string, categories: Array<InformationCategory>, purpose: string, form: ConsentForm, givenBy: ConsentGiver, guardianName: string | null, documentReference: string | null, validFrom: string, validTo: string, documentedAt: string, withdrawnAt: string | null, replacesId: string | null };

export type YoungPersonConsentRefusalFragment = { id: string, active: boolean, category: InformationCategory, organizationId: string, recordedAt: string, liftedAt: string | null };

export type RecordConsentMutationVariables = Exact<{
  input: RecordConsentInput;
}>;


export type RecordConsentMutation = { recordConsent: { id: string, status: ConsentStatus, recipientOrganizationId: string, categories: Array<InformationCategory>, purpose: string, form: ConsentForm, givenBy: ConsentGiver, guardianName: string | null, documentReference: string | null, validFrom: string, validTo: string, documentedAt: string, withdrawnAt: string | null, replacesId: string | null } };

export type WithdrawConsentMutationVariables = Exact<{
  input: WithdrawConsentInput;
}>;


export type WithdrawConsentMutation = { withdrawConsent: { id: string, status: ConsentStatus, recipientOrganizationId: string, categories: Array<InformationCategory>, purpose: string, form: ConsentForm, givenBy: ConsentGiver, guardianName: string | null, documentReference: string | null, validFrom: string, validTo: string, documentedAt: string, withdrawnAt: string | null, replacesId: string | null } };

export type RecordConsentRefusalMutationVariables = Exact<{
  input: RecordConsentRefusalInput;
}>;


export type RecordConsentRefusalMutation = { recordConsentRefusal: Array<{ id: string, active: boolean, category: InformationCategory, organizationId: string, recordedAt: string, liftedAt: string | null }> };

export type LiftConsentRefusalMutationVariables = Exact<{
  id: string | number;
}>;


export type LiftConsentRefusalMutation = { liftConsentRefusal: { id: string, active: boolean, category: InformationCategory, organizationId: string, recordedAt: string, liftedAt: string | null } };

export type ReviseConsentMutationVariables = Exact<{
  input: ReviseConsentInput;
}>;


export type ReviseConsentMutation = { reviseConsent: { id: string, status: ConsentStatus, recipientOrganizationId: string, categories: Array<InformationCategory>, purpose: string, form: ConsentForm, givenBy: ConsentGiver, guardianName: string | null, documentReference: string | null, validFrom: string, validTo: string, documentedAt: string, withdrawnAt: string | null, replacesId: string | null } };

export type ActiveEmergencyAccessesQueryVariables = Exact<{ [key: string]: never; }>;


export type ActiveEmergencyAccessesQuery = { emergencyAccesses: { nodes: Array<{ id: string, youngPersonId: string, expiresAt: string }> } };

export type MyEmergencyAccessesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyEmergencyAccessesQuery = { emergencyAccesses: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, youngPersonId: string, reason: string, startedAt: string, expiresAt: string, endedAt: string | null, active: boolean }> } };

export type SharedWithUsQueryVariables = Exact<{ [key: string]: never; }>;


export type SharedWithUsQuery = { assignedPlanActions: { totalCount: number, nodes: Array<{ id: string, planId: string, planVersion: number, description: string, dueOn: string | null, status: PlanActionStatus }> }, youngPeople: { totalCount: number, nodes: Array<{ id: string, givenName: string, familyName: string }> }, referrals: { totalCount: number, nodes: Array<{ id: string, status: ReferralStatus, purpose: string, legalGround: LegalGround, sentAt: string, version: number, youngPersonId: string }> }, actionPlans: { totalCount: number, nodes: Array<{ id: string, title: string, nextFollowUpOn: string | null }> } };

export type UpdateAssignedPlanActionMutationVariables = Exact<{
  input: UpdateAssignedPlanActionInput;
}>;


export type UpdateAssignedPlanActionMutation = { updateAssignedPlanAction: { id: string, planVersion: number, status: PlanActionStatus } };

export type AcceptReferralMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptReferralMutation = { acceptReferral: { id: string, status: ReferralStatus, version: number } };

export type CompleteReferralMutationVariables = Exact<{
  id: string | number;
}>;


export type CompleteReferralMutation = { completeReferral: { id: string, status: ReferralStatus, version: number } };

export type DeclineReferralMutationVariables = Exact<{
  input: DeclineReferralInput;
}>;


export type DeclineReferralMutation = { declineReferral: { id: string, status: ReferralStatus, version: number } };

export type PartnerYoungPersonQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnerYoungPersonQuery = { youngPerson: { id: string, givenName: string, familyName: string, personalIdentityNumber: string | null, coordinationNumber: boolean | null, age: number | null, twentiethBirthday: string | null, contact: { streetAddress: string | null, postalCode: string | null, city: string | null, phone: string | null, email: string | null } | null, guardians: Array<{ id: string, name: string, relation: GuardianRelation, phone: string | null, email: string | null }>, enrollment: { id: string, status: EnrollmentStatus, registeredOn: string } | null, occupations: Array<{ id: string, kind: OccupationKind, category: OccupationCategory }>, measures: Array<{ id: string, offeredOn: string, measureType: { id: string, name: string } | null }>, actionPlan: { id: string, title: string, nextFollowUpOn: string | null } | null, readAccess: { grounds: Array<ReadGround>, consents: Array<{ consentId: string, categories: Array<InformationCategory>, validTo: string }>, hiddenCategories: Array<{ category: InformationCategory, reason: HiddenReason }> } }, emergencyAccesses: { nodes: Array<{ id: string, reason: string, startedAt: string, expiresAt: string, active: boolean }> } };

export type SharedPlanQueryVariables = Exact<{
  id: string | number;
}>;


export type SharedPlanQuery = { actionPlan: { id: string, title: string, status: PlanStatus, youngPersonId: string | null, nextFollowUpOn: string | null, goals: Array<{ id: string, owner: GoalOwner, position: number, text: string }>, actions: Array<{ id: string, position: number, description: string, dueOn: string | null, status: PlanActionStatus, responsibleOrganizationId: string }>, followUps: Array<{ id: string, plannedOn: string, heldOn: string | null, summary: string }> }, organizations: { nodes: Array<{ id: string, name: string }> } };

export type StartEmergencyAccessMutationVariables = Exact<{
  input: StartEmergencyAccessInput;
}>;


export type StartEmergencyAccessMutation = { startEmergencyAccess: { id: string, reason: string, startedAt: string, expiresAt: string, active: boolean } };

export type EndEmergencyAccessMutationVariables = Exact<{
  id: string | number;
}>;


export type EndEmergencyAccessMutation = { endEmergencyAccess: { id: string, active: boolean, endedAt: string | null } };

export type EarlyWarningSuggestionFieldsFragment = { id: string, version: number, indicator: EarlyWarningIndicator, status: EarlyWarningSuggestionStatus, pupilId: string, personalIdentityNumber: string, className: string | null, mentorName: string | null, addressedLevel: EarlyWarningAddressedLevel, addressedToId: string | null, addressedToName: string | null, escalatedAt: string | null, openedAt: string, reviewedByName: string | null, reviewedAt: string | null, decision: EarlyWarningReviewDecision | null, actionTaken: string | null, facts: Array<{ name: string, value: string | null }> };

export type EarlyWarningSuggestionsQueryVariables = Exact<{
  status?: EarlyWarningSuggestionStatus | null | undefined;
}>;


export type EarlyWarningSuggestionsQuery = { earlyWarningSuggestions: Array<{ id: string, version: number, indicator: EarlyWarningIndicator, status: EarlyWarningSuggestionStatus, pupilId: string, personalIdentityNumber: string, className: string | null, mentorName: string | null, addressedLevel: EarlyWarningAddressedLevel, addressedToId: string | null, addressedToName: string | null, escalatedAt: string | null, openedAt: string, reviewedByName: string | null, reviewedAt: string | null, decision: EarlyWarningReviewDecision | null, actionTaken: string | null, facts: Array<{ name: string, value: string | null }> }> };

export type ReviewEarlyWarningSuggestionMutationVariables = Exact<{
  input: ReviewEarlyWarningInput;
}>;


export type ReviewEarlyWarningSuggestionMutation = { reviewEarlyWarningSuggestion: { id: string, version: number, indicator: EarlyWarningIndicator, status: EarlyWarningSuggestionStatus, pupilId: string, personalIdentityNumber: string, className: string | null, mentorName: string | null, addressedLevel: EarlyWarningAddressedLevel, addressedToId: string | null, addressedToName: string | null, escalatedAt: string | null, openedAt: string, reviewedByName: string | null, reviewedAt: string | null, decision: EarlyWarningReviewDecision | null, actionTaken: string | null, facts: Array<{ name: string, value: string | null }> } };

export type SchoolPresenceQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type SchoolPresenceQuery = { schoolPresence: Array<{ className: string | null, month: string, attendancePercent: number, pupils: number }> };

export type EarlyWarningSettingsFieldsFragment = { version: number, attendanceEnabled: boolean, attendanceMinPercent: number, attendancePeriodDays: number, unexcusedEnabled: boolean, unexcusedCount: number, unexcusedDays: number, weekdayEnabled: boolean, weekdayCount: number, weekdayDays: number, singleDaysEnabled: boolean, singleDaysCount: number, singleDaysDays: number, dropOutEnabled: boolean, escalateAfterDays: number, updatedAt: string | null };

export type EarlyWarningSettingsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type EarlyWarningSettingsPageQuery = { earlyWarningSettings: { version: number, attendanceEnabled: boolean, attendanceMinPercent: number, attendancePeriodDays: number, unexcusedEnabled: boolean, unexcusedCount: number, unexcusedDays: number, weekdayEnabled: boolean, weekdayCount: number, weekdayDays: number, singleDaysEnabled: boolean, singleDaysCount: number, singleDaysDays: number, dropOutEnabled: boolean, escalateAfterDays: number, updatedAt: string | null } };

export type SaveEarlyWarningSettingsMutationVariables = Exact<{
  input: UpdateEarlyWarningSettingsInput;
}>;


export type SaveEarlyWarningSettingsMutation = { updateEarlyWarningSettings: { version: number, attendanceEnabled: boolean, attendanceMinPercent: number, attendancePeriodDays: number, unexcusedEnabled: boolean, unexcusedCount: number, unexcusedDays: number, weekdayEnabled: boolean, weekdayCount: number, weekdayDays: number, singleDaysEnabled: boolean, singleDaysCount: number, singleDaysDays: number, dropOutEnabled: boolean, escalateAfterDays: number, updatedAt: string | null } };

export type IntegrationCredentialsQueryVariables = Exact<{ [key: string]: never; }>;


export type IntegrationCredentialsQuery = { integrationCredentials: Array<{ id: string, name: string, organizationId: string, organizationName: string, createdAt: string, createdByName: string, expiresAt: string, revokedAt: string | null, lastUsedAt: string | null }>, organizations: { nodes: Array<{ id: string, name: string, secrecyDomain: SecrecyDomain }> } };

export type CreateIntegrationCredentialMutationVariables = Exact<{
  input: CreateIntegrationCredentialInput;
}>;


export type CreateIntegrationCredentialMutation = { createIntegrationCredential: { secret: string, credential: { id: string, name: string, organizationName: string, expiresAt: string } } };

export type RevokeIntegrationCredentialMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeIntegrationCredentialMutation = { revokeIntegrationCredential: { id: string, revokedAt: string | null } };

export type YoungPersonMeasureFragment = { id: string, status: MeasureStatus, version: number, measureTypeId: string, offeredOn: string, respondedOn: string | null, startedOn: string | null, endedOn: string | null, endReason: MeasureEndReason | null, occupationAfter: OccupationCategory | null, plannedStartOn: string | null, plannedEndOn: string | null, followUpOn: string | null, planningAndGoal: string, level: MeasureLevel, tier: MeasureTier, measureType: { id: string, name: string } | null };

export type OfferMeasureMutationVariables = Exact<{
  input: OfferMeasureInput;
}>;


export type OfferMeasureMutation = { offerMeasure: { id: string, status: MeasureStatus, version: number, measureTypeId: string, offeredOn: string, respondedOn: string | null, startedOn: string | null, endedOn: string | null, endReason: MeasureEndReason | null, occupationAfter: OccupationCategory | null, plannedStartOn: string | null, plannedEndOn: string | null, followUpOn: string | null, planningAndGoal: string, level: MeasureLevel, tier: MeasureTier, measureType: { id: string, name: string } | null } };

export type RespondToMeasureMutationVariables = Exact<{
  input: RespondToMeasureInput;
}>;


export type RespondToMeasureMutation = { respondToMeasure: { id: string, status: MeasureStatus, version: number, measureTypeId: string, offeredOn: string, respondedOn: string | null, startedOn: string | null, endedOn: string | null, endReason: MeasureEndReason | null, occupationAfter: OccupationCategory | null, plannedStartOn: string | null, plannedEndOn: string | null, followUpOn: string | null, planningAndGoal: string, level: MeasureLevel, tier: MeasureTier, measureType: { id: string, name: string } | null } };

export type StartMeasureMutationVariables = Exact<{
  input: StartMeasureInput;
}>;


export type StartMeasureMutation = { startMeasure: { id: string, status: MeasureStatus, version: number, measureTypeId: string, offeredOn: string, respondedOn: string | null, startedOn: string | null, endedOn: string | null, endReason: MeasureEndReason | null, occupationAfter: OccupationCategory | null, plannedStartOn: string | null, plannedEndOn: string | null, followUpOn: string | null, planningAndGoal: string, level: MeasureLevel, tier: MeasureTier, measureType: { id: string, name: string } | null } };

export type EndMeasureMutationVariables = Exact<{
  input: EndMeasureInput;
}>;


export type EndMeasureMutation = { endMeasure: { id: string, status: MeasureStatus, version: number, measureTypeId: string, offeredOn: string, respondedOn: string | null, startedOn: string | null, endedOn: string | null, endReason: MeasureEndReason | null, occupationAfter: OccupationCategory | null, plannedStartOn: string | null, plannedEndOn: string | null, followUpOn: string | null, planningAndGoal: string, level: MeasureLevel, tier: MeasureTier, measureType: { id: string, name: string } | null } };

export type NotificationFieldsFragment = { id: string, kind: NotificationKind, count: number, link: string, createdAt: string, readAt: string | null };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { notifications: { totalCount: number } };

export type NotificationsQueryVariables = Exact<{
  unreadOnly?: boolean;
  after?: string | null | undefined;
}>;


export type NotificationsQuery = { notifications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: NotificationKind, count: number, link: string, createdAt: string, readAt: string | null }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: { marked: number, unreadCount: number } };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { notificationAdded: { id: string, kind: NotificationKind, count: number, link: string, createdAt: string, readAt: string | null } };

export type EmailOutboxQueryVariables = Exact<{
  status?: EmailStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type EmailOutboxQuery = { emailOutbox: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: EmailKind, toAddress: string, subject: string, body: string, status: EmailStatus, attempts: number, lastError: string | null, createdAt: string, sentAt: string | null }> } };

export type SelfServiceSessionMutationVariables = Exact<{ [key: string]: never; }>;


export type SelfServiceSessionMutation = { selfServiceSession: { accessToken: string, expiresAt: string, actor: SelfServiceActor, records: Array<{ id: string, givenName: string, familyName: string }> } };

export type EndSelfServiceSessionMutationVariables = Exact<{ [key: string]: never; }>;


export type EndSelfServiceSessionMutation = { endSelfServiceSession: boolean };

export type OwnPlansQueryVariables = Exact<{
  youngPersonId: string | number;
}>;


export type OwnPlansQuery = { ownPlans: { contactPerson: { name: string, organization: string | null, email: string | null, phone: string | null } | null, plans: Array<{ id: string, title: string, status: string, developmentArea: string, leadOrganization: string | null, leadPerson: string | null, updatedAt: string, goals: Array<{ description: string }>, actions: Array<{ description: string, organization: string | null, dueOn: string | null, status: string | null }> }> } };

export type OwnConsentFieldsFragment = { id: string, recipientOrganization: string, categories: Array<string>, purpose: string, validFrom: string, validTo: string, status: OwnConsentStatus, withdrawnAt: string | null };

export type OwnConsentsQueryVariables = Exact<{
  youngPersonId: string | number;
}>;


export type OwnConsentsQuery = { ownConsents: Array<{ id: string, recipientOrganization: string, categories: Array<string>, purpose: string, validFrom: string, validTo: string, status: OwnConsentStatus, withdrawnAt: string | null }> };

export type WithdrawOwnConsentMutationVariables = Exact<{
  consentId: string | number;
}>;


export type WithdrawOwnConsentMutation = { withdrawOwnConsent: { id: string, recipientOrganization: string, categories: Array<string>, purpose: string, validFrom: string, validTo: string, status: OwnConsentStatus, withdrawnAt: string | null } };

export type OwnAccessLogQueryVariables = Exact<{
  youngPersonId: string | number;
}>;


export type OwnAccessLogQuery = { ownAccessLog: Array<{ id: string, occurredAt: string, readerName: string | null, organization: string | null, readerKind: string, ground: AccessGround, categories: Array<string> }> };

export type RectificationFieldsFragment = { id: string, youngPersonId: string, field: RectificationField, text: string, requestedBy: SelfServiceActor, status: RectificationStatus, createdAt: string, decidedAt: string | null, decidedByName: string | null, decisionReason: string | null };

export type OwnRectificationRequestsQueryVariables = Exact<{
  youngPersonId: string | number;
}>;


export type OwnRectificationRequestsQuery = { ownRectificationRequests: Array<{ id: string, youngPersonId: string, field: RectificationField, text: string, requestedBy: SelfServiceActor, status: RectificationStatus, createdAt: string, decidedAt: string | null, decidedByName: string | null, decisionReason: string | null }> };

export type RequestRectificationMutationVariables = Exact<{
  input: RequestRectificationInput;
}>;


export type RequestRectificationMutation = { requestRectification: { id: string, youngPersonId: string, field: RectificationField, text: string, requestedBy: SelfServiceActor, status: RectificationStatus, createdAt: string, decidedAt: string | null, decidedByName: string | null, decisionReason: string | null } };

export type RectificationRequestsQueryVariables = Exact<{
  youngPersonId: string | number;
}>;


export type RectificationRequestsQuery = { rectificationRequests: Array<{ id: string, youngPersonId: string, field: RectificationField, text: string, requestedBy: SelfServiceActor, status: RectificationStatus, createdAt: string, decidedAt: string | null, decidedByName: string | null, decisionReason: string | null }> };

export type DecideRectificationRequestMutationVariables = Exact<{
  input: DecideRectificationInput;
}>;


export type DecideRectificationRequestMutation = { decideRectificationRequest: { id: string, youngPersonId: string, field: RectificationField, text: string, requestedBy: SelfServiceActor, status: RectificationStatus, createdAt: string, decidedAt: string | null, decidedByName: string | null, decisionReason: string | null } };

export type YoungPersonPlanFragment = { id: string, title: string, status: PlanStatus, version: number, updatedAt: string, nextFollowUpOn: string | null, leadOrganizationId: string | null, goals: Array<{ id: string, owner: GoalOwner, text: string, position: number }>, actions: Array<{ id: string, description: string, dueOn: string | null, goalId: string | null, position: number, responsibleOrganizationId: string, responsibleUserId: string | null, status: PlanActionStatus }>, followUps: Array<{ id: string, plannedOn: string, heldOn: string | null, summary: string, goalEvaluations: Array<{ goalId: string, assessment: GoalAssessment, comment: string }> }>, versions: Array<{ version: number, changedAt: string, changedFields: Array<string> }> };

export type CreateActionPlanMutationVariables = Exact<{
  input: CreateActionPlanInput;
}>;


export type CreateActionPlanMutation = { createActionPlan: { id: string, title: string, status: PlanStatus, version: number, updatedAt: string, nextFollowUpOn: string | null, leadOrganizationId: string | null, goals: Array<{ id: string, owner: GoalOwner, text: string, position: number }>, actions: Array<{ id: string, description: string, dueOn: string | null, goalId: string | null, position: number, responsibleOrganizationId: string, responsibleUserId: string | null, status: PlanActionStatus }>, followUps: Array<{ id: string, plannedOn: string, heldOn: string | null, summary: string, goalEvaluations: Array<{ goalId: string, assessment: GoalAssessment, comment: string }> }>, versions: Array<{ version: number, changedAt: string, changedFields: Array<string> }> } };

export type ReviseActionPlanMutationVariables = Exact<{
  input: ReviseActionPlanInput;
}>;


export type ReviseActionPlanMutation = { reviseActionPlan: { id: string, title: string, status: PlanStatus, version: number, updatedAt: string, nextFollowUpOn: string | null, leadOrganizationId: string | null, goals: Array<{ id: string, owner: GoalOwner, text: string, position: number }>, actions: Array<{ id: string, description: string, dueOn: string | null, goalId: string | null, position: number, responsibleOrganizationId: string, responsibleUserId: string | null, status: PlanActionStatus }>, followUps: Array<{ id: string, plannedOn: string, heldOn: string | null, summary: string, goalEvaluations: Array<{ goalId: string, assessment: GoalAssessment, comment: string }> }>, versions: Array<{ version: number, changedAt: string, changedFields: Array<string> }> } };

export type CurrentActionPlanQueryVariables = Exact<{
  id: string | number;
}>;


export type CurrentActionPlanQuery = { actionPlan: { id: string, title: string, status: PlanStatus, version: number, updatedAt: string, nextFollowUpOn: string | null, leadOrganizationId: string | null, goals: Array<{ id: string, owner: GoalOwner, text: string, position: number }>, actions: Array<{ id: string, description: string, dueOn: string | null, goalId: string | null, position: number, responsibleOrganizationId: string, responsibleUserId: string | null, status: PlanActionStatus }>, followUps: Array<{ id: string, plannedOn: string, heldOn: string | null, summary: string, goalEvaluations: Array<{ goalId: string, assessment: GoalAssessment, comment: string }> }>, versions: Array<{ version: number, changedAt: string, changedFields: Array<string> }> } };

export type RecordPlanFollowUpMutationVariables = Exact<{
  input: RecordPlanFollowUpInput;
}>;


export type RecordPlanFollowUpMutation = { recordPlanFollowUp: { id: string, title: string, status: PlanStatus, version: number, updatedAt: string, nextFollowUpOn: string | null, leadOrganizationId: string | null, goals: Array<{ id: string, owner: GoalOwner, text: string, position: number }>, actions: Array<{ id: string, description: string, dueOn: string | null, goalId: string | null, position: number, responsibleOrganizationId: string, responsibleUserId: string | null, status: PlanActionStatus }>, followUps: Array<{ id: string, plannedOn: string, heldOn: string | null, summary: string, goalEvaluations: Array<{ goalId: string, assessment: GoalAssessment, comment: string }> }>, versions: Array<{ version: number, changedAt: string, changedFields: Array<string> }> } };

export type CloseActionPlanMutationVariables = Exact<{
  input: CloseActionPlanInput;
}>;


export type CloseActionPlanMutation = { closeActionPlan: { id: string, status: PlanStatus, closedOn: string | null, version: number } };

export type ActionPlanChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type ActionPlanChangedSubscription = { actionPlanChanged: { id: string, version: number } };

export type YoungPersonReferralFragment = { id: string, status: ReferralStatus, version: number, toOrganizationId: string, purpose: string, categories: Array<InformationCategory>, legalGround: LegalGround, provisionReference: string | null, consentId: string | null, sentAt: string, answeredAt: string | null, declineReason: string | null, doneAt: string | null, revokedAt: string | null };

export type YoungPersonDisclosureFragment = { id: string, legalGround: LegalGround, provisionReference: string | null, categories: Array<InformationCategory>, consentId: string | null, referralId: string | null, recipientOrganizationId: string | null, recipientDescription: string | null, disclosedAt: string };

export type SendReferralMutationVariables = Exact<{
  input: SendReferralInput;
}>;


export type SendReferralMutation = { sendReferral: { id: string, status: ReferralStatus, version: number, toOrganizationId: string, purpose: string, categories: Array<InformationCategory>, legalGround: LegalGround, provisionReference: string | null, consentId: string | null, sentAt: string, answeredAt: string | null, declineReason: string | null, doneAt: string | null, revokedAt: string | null } };

export type RevokeReferralMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeReferralMutation = { revokeReferral: { id: string, status: ReferralStatus, version: number, toOrganizationId: string, purpose: string, categories: Array<InformationCategory>, legalGround: LegalGround, provisionReference: string | null, consentId: string | null, sentAt: string, answeredAt: string | null, declineReason: string | null, doneAt: string | null, revokedAt: string | null } };

export type RecordDisclosureMutationVariables = Exact<{
  input: RecordDisclosureInput;
}>;


export type RecordDisclosureMutation = { recordDisclosure: { id: string, legalGround: LegalGround, provisionReference: string | null, categories: Array<InformationCategory>, consentId: string | null, referralId: string | null, recipientOrganizationId: string | null, recipientDescription: string | null, disclosedAt: string } };

export type RegisterImportMappingFieldsFragment = { identityNumber: string, givenName: string | null, familyName: string | null, fullName: string | null, coordinatorEmail: string | null, registeredOn: string | null, status: string | null, registrationReason: string | null, phone: string | null, email: string | null, defaultRegistrationReason: RegistrationReason, version: number };

export type RegisterImportFieldsFragment = { id: string, fileName: string, status: RegisterImportStatus, jobId: string | null, runJobId: string | null, rowCount: number, createCount: number, updateCount: number, unchangedCount: number, refusedCount: number, errorCode: string | null, appliedAt: string | null };

export type RegisterImportMappingQueryVariables = Exact<{ [key: string]: never; }>;


export type RegisterImportMappingQuery = { registerImportMapping: { identityNumber: string, givenName: string | null, familyName: string | null, fullName: string | null, coordinatorEmail: string | null, registeredOn: string | null, status: string | null, registrationReason: string | null, phone: string | null, email: string | null, defaultRegistrationReason: RegistrationReason, version: number } | null };

export type RegisterImportFileColumnsQueryVariables = Exact<{
  fileId: string | number;
}>;


export type RegisterImportFileColumnsQuery = { registerImportFileColumns: Array<string> };

export type SaveRegisterImportMappingMutationVariables = Exact<{
  input: RegisterImportMappingInput;
}>;


export type SaveRegisterImportMappingMutation = { saveRegisterImportMapping: { identityNumber: string, givenName: string | null, familyName: string | null, fullName: string | null, coordinatorEmail: string | null, registeredOn: string | null, status: string | null, registrationReason: string | null, phone: string | null, email: string | null, defaultRegistrationReason: RegistrationReason, version: number } };

export type DryRunRegisterImportMutationVariables = Exact<{
  input: DryRunRegisterImportInput;
}>;


export type DryRunRegisterImportMutation = { dryRunRegisterImport: { id: string, fileName: string, status: RegisterImportStatus, jobId: string | null, runJobId: string | null, rowCount: number, createCount: number, updateCount: number, unchangedCount: number, refusedCount: number, errorCode: string | null, appliedAt: string | null } };

export type RegisterImportQueryVariables = Exact<{
  id: string | number;
}>;


export type RegisterImportQuery = { registerImport: { id: string, fileName: string, status: RegisterImportStatus, jobId: string | null, runJobId: string | null, rowCount: number, createCount: number, updateCount: number, unchangedCount: number, refusedCount: number, errorCode: string | null, appliedAt: string | null } };

export type RegisterImportRowsQueryVariables = Exact<{
  importId: string | number;
  actions?: Array<RegisterImportAction> | RegisterImportAction | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RegisterImportRowsQuery = { registerImportRows: { totalCount: number, nodes: Array<{ line: number, action: RegisterImportAction, code: string | null, field: string | null, changes: Array<string> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RegisterImportJobQueryVariables = Exact<{
  id: string | number;
}>;


export type RegisterImportJobQuery = { job: { id: string, status: JobStatus, progressDone: number, progressTotal: number | null, errorCode: string | null } };

export type RunRegisterImportMutationVariables = Exact<{
  id: string | number;
}>;


export type RunRegisterImportMutation = { runRegisterImport: { id: string, fileName: string, status: RegisterImportStatus, jobId: string | null, runJobId: string | null, rowCount: number, createCount: number, updateCount: number, unchangedCount: number, refusedCount: number, errorCode: string | null, appliedAt: string | null } };

export type ReportQueryVariables = Exact<{
  input: ReportInput;
  period: ReportPeriodInput;
}>;


export type ReportQuery = { report: { kind: ReportKind, from: string, to: string, minCell: number, rowDimension: string, columnDimension: string, columns: Array<string>, rows: Array<{ key: string, cells: Array<{ count: number | null }>, total: { count: number | null } }>, columnTotals: Array<{ count: number | null }>, total: { count: number | null }, units: Array<{ id: string, name: string }> }, reportHeadline: { registered: number | null, occupationUnknown: number | null, occupationUnknownPercent: number | null } };

export type ExportReportMutationVariables = Exact<{
  input: ReportInput;
  format: ReportExportFormat;
}>;


export type ExportReportMutation = { exportReport: { fileName: string, contentType: string, contentBase64: string } };

export type ReportDurationsQueryVariables = Exact<{
  period: ReportPeriodInput;
}>;


export type ReportDurationsQuery = { reportDurations: { minCell: number, groups: Array<{ dimension: ReportGroupDimension, key: string, name: string | null, registered: number | null, firstContact: { lowerQuartile: number, median: number, upperQuartile: number } | null, firstMeasure: { lowerQuartile: number, median: number, upperQuartile: number } | null }> } };

export type RetentionRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type RetentionRulesQuery = { retentionRules: Array<{ recordClass: RetentionClass, enabled: boolean, keepYears: number, suggestedYears: number, minYears: number, version: number, updatedAt: string | null }> };

export type RetentionDryRunQueryVariables = Exact<{ [key: string]: never; }>;


export type RetentionDryRunQuery = { retentionDryRun: Array<{ recordClass: RetentionClass, count: number }> };

export type DisposalsQueryVariables = Exact<{ [key: string]: never; }>;


export type DisposalsQuery = { disposals: Array<{ id: string, recordClass: RetentionClass, keepYears: number, cutoff: string, disposedCount: number, oldestAt: string, newestAt: string, archiveSha256: string, trigger: DisposalTrigger, disposedAt: string }> };

export type SetRetentionRuleMutationVariables = Exact<{
  input: SetRetentionRuleInput;
}>;


export type SetRetentionRuleMutation = { setRetentionRule: { recordClass: RetentionClass, enabled: boolean, keepYears: number, version: number, updatedAt: string | null } };

export type RunRetentionDisposalMutationVariables = Exact<{ [key: string]: never; }>;


export type RunRetentionDisposalMutation = { runRetentionDisposal: Array<{ recordClass: RetentionClass, count: number }> };

export type AccessLogSearchQueryVariables = Exact<{
  filter?: AccessLogFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AccessLogSearchQuery = { accessLog: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, occurredAt: string, userId: string, role: string, organizationId: string, youngPersonId: string, ground: AccessGround, categories: Array<string>, operation: string, emergencyAccessId: string | null }> }, users: { nodes: Array<{ id: string, displayName: string }> }, organizations: { nodes: Array<{ id: string, name: string }> } };

export type AccessLogRowFragment = { id: string, occurredAt: string, userId: string, role: string, organizationId: string, youngPersonId: string, ground: AccessGround, categories: Array<string>, operation: string, emergencyAccessId: string | null };

export type AccessSampleQueryVariables = Exact<{
  month: string;
}>;


export type AccessSampleQuery = { accessSample: Array<{ id: string, occurredAt: string, userId: string, role: string, organizationId: string, youngPersonId: string, ground: AccessGround, categories: Array<string>, operation: string, emergencyAccessId: string | null }>, accessReviews: { nodes: Array<{ id: string, accessLogId: string | null, outcome: AccessReviewOutcome | null }> }, users: { nodes: Array<{ id: string, displayName: string }> }, organizations: { nodes: Array<{ id: string, name: string }> } };

export type RecordAccessReviewMutationVariables = Exact<{
  input: RecordAccessReviewInput;
}>;


export type RecordAccessReviewMutation = { recordAccessReview: { id: string, accessLogId: string | null, outcome: AccessReviewOutcome | null, status: AccessReviewStatus } };

export type ClosedReviewsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ClosedReviewsQuery = { accessReviews: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, kind: AccessReviewKind, userId: string, youngPersonId: string | null, periodFrom: string, periodTo: string, outcome: AccessReviewOutcome | null, outcomeNote: string | null, reviewedAt: string | null, reviewedById: string | null }> }, users: { nodes: Array<{ id: string, displayName: string }> } };

export type ReviewQueueQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ReviewQueueQuery = { accessReviews: { totalCount: number, nodes: Array<{ id: string, kind: AccessReviewKind, openedAt: string, periodFrom: string, periodTo: string, emergencyAccessId: string | null }> }, emergencyAccesses: { totalCount: number, nodes: Array<{ id: string, reason: string, role: string, startedAt: string, expiresAt: string, active: boolean }> }, accessAnomalies: Array<{ rule: AccessReviewKind, reads: number, youngPeople: number, periodFrom: string, reviewId: string | null }> };

export type CloseAccessReviewMutationVariables = Exact<{
  input: CloseAccessReviewInput;
}>;


export type CloseAccessReviewMutation = { closeAccessReview: { id: string, status: AccessReviewStatus, outcome: AccessReviewOutcome | null } };

export type ScbValidationQueryVariables = Exact<{
  input: ScbKaaPeriodInput;
}>;


export type ScbValidationQuery = { scbKaaValidation: { period: string, from: string, to: string, codeTableVersion: string, population: number, peopleWithErrors: number, errorCount: number, peopleWithWarnings: number, warningCount: number, valid: boolean, peopleWithErrorsOutsideAccess: number, people: Array<{ youngPersonId: string, givenName: string, familyName: string, issues: Array<{ code: ScbKaaIssueCode, severity: ScbKaaIssueSeverity, date: string | null }> }>, files: Array<{ id: string, period: string, sequence: number, fileId: string | null, downloadable: boolean, fileName: string, byteSize: number, codeTableVersion: string, producedByName: string | null, producedAt: string, current: boolean, warningCount: number, counts: { people: number, registrations: number, contacts: number, measuresStarted: number, measuresEnded: number, ended: number } }> } };

export type ScbFileFieldsFragment = { id: string, period: string, sequence: number, fileId: string | null, downloadable: boolean, fileName: string, byteSize: number, codeTableVersion: string, producedByName: string | null, producedAt: string, current: boolean, warningCount: number, counts: { people: number, registrations: number, contacts: number, measuresStarted: number, measuresEnded: number, ended: number } };

export type ProduceScbFileMutationVariables = Exact<{
  input: ProduceScbKaaFileInput;
}>;


export type ProduceScbFileMutation = { produceScbKaaFile: { id: string, period: string, sequence: number, fileId: string | null, downloadable: boolean, fileName: string, byteSize: number, codeTableVersion: string, producedByName: string | null, producedAt: string, current: boolean, warningCount: number, counts: { people: number, registrations: number, contacts: number, measuresStarted: number, measuresEnded: number, ended: number } } };

export type ScbDataQualityQueryVariables = Exact<{
  input: ScbKaaPeriodInput;
}>;


export type ScbDataQualityQuery = { scbKaaDataQuality: { period: string, population: number, occupationUnknown: { count: number, percent: number | null, outsideAccess: number, people: Array<{ youngPersonId: string, givenName: string, familyName: string, issues: Array<{ code: ScbKaaIssueCode, date: string | null }> }> }, noContact: { count: number, percent: number | null, outsideAccess: number, people: Array<{ youngPersonId: string, givenName: string, familyName: string, issues: Array<{ code: ScbKaaIssueCode, date: string | null }> }> }, missingFields: { count: number, percent: number | null, outsideAccess: number, people: Array<{ youngPersonId: string, givenName: string, familyName: string, issues: Array<{ code: ScbKaaIssueCode, date: string | null }> }> } } };

export type ScbQualityFigureFieldsFragment = { count: number, percent: number | null, outsideAccess: number, people: Array<{ youngPersonId: string, givenName: string, familyName: string, issues: Array<{ code: ScbKaaIssueCode, date: string | null }> }> };

export type SessionTokensFragment = { accessToken: string, accessTokenExpiresAt: string, refreshTokenExpiresAt: string, membership: { id: string, organizationId: string, role: Role } };

export type SignInMutationVariables = Exact<{
  input: LoginInput;
}>;


export type SignInMutation = { login: { accessToken: string, accessTokenExpiresAt: string, refreshTokenExpiresAt: string, membership: { id: string, organizationId: string, role: Role } } };

export type RefreshSessionMutationVariables = Exact<{ [key: string]: never; }>;


export type RefreshSessionMutation = { refreshSession: { accessToken: string, accessTokenExpiresAt: string, refreshTokenExpiresAt: string, membership: { id: string, organizationId: string, role: Role } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { logout: boolean };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { me: { user: { id: string, displayName: string, email: string, memberships: Array<{ id: string, role: Role, endedAt: string | null, organizationId: string, organization: { id: string, name: string } | null }> }, membership: { id: string, role: Role, organizationId: string, organization: { id: string, name: string } | null } }, municipality: { id: string, name: string } };

export type SignInOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInOptionsQuery = { signInOptions: { oidc: { name: string, startUrl: string } | null } };

export type SwitchMembershipMutationVariables = Exact<{
  input: SwitchMembershipInput;
}>;


export type SwitchMembershipMutation = { switchMembership: { accessToken: string, accessTokenExpiresAt: string, refreshTokenExpiresAt: string, membership: { id: string, organizationId: string, role: Role } } };

export type SignalFieldsFragment = { id: string, kind: SignalKind, schoolName: string, homeMunicipalityName: string, personalIdentityNumber: string, youngPersonId: string | null, occurredOn: string, periodStart: string | null, periodEnd: string | null, absencePercent: number | null, details: string | null, status: SignalStatus, decision: SignalDecision | null, decisionReason: string | null, handledByName: string | null, handledAt: string | null, createdAt: string };

export type SignalsQueryVariables = Exact<{
  status?: SignalStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SignalsQuery = { signals: { totalCount: number, nodes: Array<{ id: string, kind: SignalKind, schoolName: string, homeMunicipalityName: string, personalIdentityNumber: string, youngPersonId: string | null, occurredOn: string, periodStart: string | null, periodEnd: string | null, absencePercent: number | null, details: string | null, status: SignalStatus, decision: SignalDecision | null, decisionReason: string | null, handledByName: string | null, handledAt: string | null, createdAt: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RecordSignalMutationVariables = Exact<{
  input: RecordSignalInput;
}>;


export type RecordSignalMutation = { recordSignal: { id: string, kind: SignalKind, schoolName: string, homeMunicipalityName: string, personalIdentityNumber: string, youngPersonId: string | null, occurredOn: string, periodStart: string | null, periodEnd: string | null, absencePercent: number | null, details: string | null, status: SignalStatus, decision: SignalDecision | null, decisionReason: string | null, handledByName: string | null, handledAt: string | null, createdAt: string } };

export type ImportSignalsMutationVariables = Exact<{
  input: ImportSignalsInput;
}>;


export type ImportSignalsMutation = { importSignals: { id: string, fileName: string, rowCount: number, createdCount: number, repeated: boolean } };

export type HandleSignalMutationVariables = Exact<{
  input: HandleSignalInput;
}>;


export type HandleSignalMutation = { handleSignal: { id: string, kind: SignalKind, schoolName: string, homeMunicipalityName: string, personalIdentityNumber: string, youngPersonId: string | null, occurredOn: string, periodStart: string | null, periodEnd: string | null, absencePercent: number | null, details: string | null, status: SignalStatus, decision: SignalDecision | null, decisionReason: string | null, handledByName: string | null, handledAt: string | null, createdAt: string } };

export type YoungPersonSignalsQueryVariables = Exact<{
  id: string | number;
}>;


export type YoungPersonSignalsQuery = { youngPerson: { id: string, signals: Array<{ id: string, kind: SignalKind, schoolName: string, homeMunicipalityName: string, personalIdentityNumber: string, youngPersonId: string | null, occurredOn: string, periodStart: string | null, periodEnd: string | null, absencePercent: number | null, details: string | null, status: SignalStatus, decision: SignalDecision | null, decisionReason: string | null, handledByName: string | null, handledAt: string | null, createdAt: string }> | null } };

export type StandInsQueryVariables = Exact<{
  filter?: StandInsFilter | null | undefined;
}>;


export type StandInsQuery = { standIns: Array<{ id: string, absentUserId: string, absentName: string, standInUserId: string, standInName: string, fromOn: string, toOn: string, state: StandInState }> };

export type AppointStandInMutationVariables = Exact<{
  input: AppointStandInInput;
}>;


export type AppointStandInMutation = { appointStandIn: { id: string, absentName: string, standInName: string, fromOn: string, toOn: string, state: StandInState } };

export type EndStandInMutationVariables = Exact<{
  id: string | number;
}>;


export type EndStandInMutation = { endStandIn: { id: string, state: StandInState, endedAt: string | null } };

export type TargetGroupRunFieldsFragment = { id: string, status: TargetGroupRunStatus, populationFileName: string, enrollmentFileNames: Array<string>, listsDate: string, judgedOn: string | null, jobId: string | null, residents: number, inAgeBand: number, enrolled: number, newCount: number, stillCount: number, leftCount: number, unknownCount: number, dismissedCount: number, createdAt: string, finishedAt: string | null };

export type TargetGroupImportFieldsFragment = { id: string, kind: TargetGroupImportKind, fileName: string, asOf: string, schoolName: string | null, status: TargetGroupImportStatus, jobId: string | null, rowCount: number, errorCount: number, errorCode: string | null, createdAt: string, errors: Array<{ line: number, code: string, field: string | null }> };

export type TargetGroupCheckFieldsFragment = { id: string, personalIdentityNumber: string, dateOfBirth: string, givenName: string | null, familyName: string | null, status: TargetGroupCheckStatus, listsDate: string, lastSchool: string | null, leftSchoolOn: string | null, leftReason: TargetGroupLeftReason | null, leftSchool: string | null, dismissReason: TargetGroupDismissReason | null, youngPersonId: string | null, signalId: string | null, openedAt: string };

export type TargetGroupHeadlineQueryVariables = Exact<{ [key: string]: never; }>;


export type TargetGroupHeadlineQuery = { targetGroupOverview: { toCheck: number, unknownOccupation: number, registeredUnknown: number, lastRun: { id: string, listsDate: string, finishedAt: string | null } | null } };

export type TargetGroupQueueQueryVariables = Exact<{
  status?: TargetGroupCheckStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TargetGroupQueueQuery = { targetGroupOverview: { toCheck: number, unknownOccupation: number, registeredUnknown: number }, targetGroupChecks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, personalIdentityNumber: string, dateOfBirth: string, givenName: string | null, familyName: string | null, status: TargetGroupCheckStatus, listsDate: string, lastSchool: string | null, leftSchoolOn: string | null, leftReason: TargetGroupLeftReason | null, leftSchool: string | null, dismissReason: TargetGroupDismissReason | null, youngPersonId: string | null, signalId: string | null, openedAt: string }> } };

export type TargetGroupImportsQueryVariables = Exact<{ [key: string]: never; }>;


export type TargetGroupImportsQuery = { targetGroupImports: { nodes: Array<{ id: string, kind: TargetGroupImportKind, fileName: string, asOf: string, schoolName: string | null, status: TargetGroupImportStatus, jobId: string | null, rowCount: number, errorCount: number, errorCode: string | null, createdAt: string, errors: Array<{ line: number, code: string, field: string | null }> }> } };

export type TargetGroupRunsQueryVariables = Exact<{ [key: string]: never; }>;


export type TargetGroupRunsQuery = { targetGroupRuns: { nodes: Array<{ id: string, status: TargetGroupRunStatus, populationFileName: string, enrollmentFileNames: Array<string>, listsDate: string, judgedOn: string | null, jobId: string | null, residents: number, inAgeBand: number, enrolled: number, newCount: number, stillCount: number, leftCount: number, unknownCount: number, dismissedCount: number, createdAt: string, finishedAt: string | null }> } };

export type TargetGroupJobQueryVariables = Exact<{
  id: string | number;
}>;


export type TargetGroupJobQuery = { job: { id: string, status: JobStatus, progressDone: number, progressTotal: number | null, errorCode: string | null, errorLine: number | null, counts: Array<{ name: string, value: number }> } };

export type ImportTargetGroupFileMutationVariables = Exact<{
  input: ImportTargetGroupFileInput;
}>;


export type ImportTargetGroupFileMutation = { importTargetGroupFile: { id: string, kind: TargetGroupImportKind, fileName: string, asOf: string, schoolName: string | null, status: TargetGroupImportStatus, jobId: string | null, rowCount: number, errorCount: number, errorCode: string | null, createdAt: string, errors: Array<{ line: number, code: string, field: string | null }> } };

export type StartTargetGroupRunMutationVariables = Exact<{
  input: StartTargetGroupRunInput;
}>;


export type StartTargetGroupRunMutation = { startTargetGroupRun: { id: string, status: TargetGroupRunStatus, populationFileName: string, enrollmentFileNames: Array<string>, listsDate: string, judgedOn: string | null, jobId: string | null, residents: number, inAgeBand: number, enrolled: number, newCount: number, stillCount: number, leftCount: number, unknownCount: number, dismissedCount: number, createdAt: string, finishedAt: string | null } };

export type RegisterTargetGroupCheckMutationVariables = Exact<{
  input: RegisterTargetGroupCheckInput;
}>;


export type RegisterTargetGroupCheckMutation = { registerTargetGroupCheck: { id: string, personalIdentityNumber: string, dateOfBirth: string, givenName: string | null, familyName: string | null, status: TargetGroupCheckStatus, listsDate: string, lastSchool: string | null, leftSchoolOn: string | null, leftReason: TargetGroupLeftReason | null, leftSchool: string | null, dismissReason: TargetGroupDismissReason | null, youngPersonId: string | null, signalId: string | null, openedAt: string } };

export type DismissTargetGroupCheckMutationVariables = Exact<{
  input: DismissTargetGroupCheckInput;
}>;


export type DismissTargetGroupCheckMutation = { dismissTargetGroupCheck: { id: string, personalIdentityNumber: string, dateOfBirth: string, givenName: string | null, familyName: string | null, status: TargetGroupCheckStatus, listsDate: string, lastSchool: string | null, leftSchoolOn: string | null, leftReason: TargetGroupLeftReason | null, leftSchool: string | null, dismissReason: TargetGroupDismissReason | null, youngPersonId: string | null, signalId: string | null, openedAt: string } };

export type YoungPersonAccessLogQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type YoungPersonAccessLogQuery = { youngPerson: { id: string, accessLog: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, occurredAt: string, userId: string, role: string, organizationId: string, youngPersonId: string, ground: AccessGround, categories: Array<string>, operation: string, emergencyAccessId: string | null }> } | null }, users: { nodes: Array<{ id: string, displayName: string }> }, organizations: { nodes: Array<{ id: string, name: string }> } };

export type SearchYoungPeopleQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
}>;


export type SearchYoungPeopleQuery = { searchYoungPeople: { totalCount: number, nodes: Array<{ id: string, givenName: string, familyName: string, age: number | null, protectedIdentity: boolean | null, enrollment: { id: string, status: EnrollmentStatus } | null }> } };

export type RegisterYoungPersonMutationVariables = Exact<{
  input: RegisterYoungPersonInput;
}>;


export type RegisterYoungPersonMutation = { registerYoungPerson: { id: string } };

export type ContactAttemptItemFragment = { id: string, channel: ContactChannel, outcome: ContactOutcome, occurredAt: string, occupationLearned: OccupationCategory | null };

export type YoungPersonQueryVariables = Exact<{
  id: string | number;
}>;


export type YoungPersonQuery = { youngPerson: { id: string, givenName: string, familyName: string, personalIdentityNumber: string | null, coordinationNumber: boolean | null, dateOfBirth: string | null, age: number | null, twentiethBirthday: string | null, protectedIdentity: boolean | null, protectedNamedUserIds: Array<string> | null, lastContactAt: string | null, coordinatorId: string | null, version: number, contact: { streetAddress: string | null, postalCode: string | null, city: string | null, phone: string | null, email: string | null } | null, guardians: Array<{ id: string, name: string, relation: GuardianRelation, phone: string | null, email: string | null }>, enrollment: { id: string, status: EnrollmentStatus, registeredOn: string, registrationReason: RegistrationReason, endedOn: string | null, endReason: EnrollmentEndReason | null, version: number, statusHistory: Array<{ changedAt: string, fromStatus: EnrollmentStatus | null, toStatus: EnrollmentStatus, cause: StatusChangeCause }> } | null, occupations: Array<{ id: string, kind: OccupationKind, category: OccupationCategory, validFrom: string }>, enrollments: Array<{ id: string, registeredOn: string, registrationReason: RegistrationReason, endedOn: string | null, endReason: EnrollmentEndReason | null, version: number }>, occupationHistory: Array<{ id: string, kind: OccupationKind, category: OccupationCategory, source: OccupationSource, validFrom: string }>, contactAttempts: { totalCount: number, nodes: Array<{ id: string, channel: ContactChannel, outcome: ContactOutcome, occurredAt: string, occupationLearned: OccupationCategory | null }> }, measures: Array<{ id: string, status: MeasureStatus, version: number, measureTypeId: string, offeredOn: string, respondedOn: string | null, startedOn: string | null, endedOn: string | null, endReason: MeasureEndReason | null, occupationAfter: OccupationCategory | null, plannedStartOn: string | null, plannedEndOn: string | null, followUpOn: string | null, planningAndGoal: string, level: MeasureLevel, tier: MeasureTier, measureType: { id: string, name: string } | null }>, actionPlan: { id: string, title: string, status: PlanStatus, version: number, updatedAt: string, nextFollowUpOn: string | null, leadOrganizationId: string | null, goals: Array<{ id: string, owner: GoalOwner, text: string, position: number }>, actions: Array<{ id: string, description: string, dueOn: string | null, goalId: string | null, position: number, responsibleOrganizationId: string, responsibleUserId: string | null, status: PlanActionStatus }>, followUps: Array<{ id: string, plannedOn: string, heldOn: string | null, summary: string, goalEvaluations: Array<{ goalId: string, assessment: GoalAssessment, comment: string }> }>, versions: Array<{ version: number, changedAt: string, changedFields: Array<string> }> } | null, consents: Array<{ id: string, status: ConsentStatus, recipientOrganizationId: string, categories: Array<InformationCategory>, purpose: string, form: ConsentForm, givenBy: ConsentGiver, guardianName: string | null, documentReference: string | null, validFrom: string, validTo: string, documentedAt: string, withdrawnAt: string | null, replacesId: string | null }> | null, consentRefusals: Array<{ id: string, active: boolean, category: InformationCategory, organizationId: string, recordedAt: string, liftedAt: string | null }> | null, referrals: Array<{ id: string, status: ReferralStatus, version: number, toOrganizationId: string, purpose: string, categories: Array<InformationCategory>, legalGround: LegalGround, provisionReference: string | null, consentId: string | null, sentAt: string, answeredAt: string | null, declineReason: string | null, doneAt: string | null, revokedAt: string | null }>, disclosures: Array<{ id: string, legalGround: LegalGround, provisionReference: string | null, categories: Array<InformationCategory>, consentId: string | null, referralId: string | null, recipientOrganizationId: string | null, recipientDescription: string | null, disclosedAt: string }> | null }, organizations: { nodes: Array<{ id: string, name: string, kind: OrganizationKind }> }, measureTypes: Array<{ id: string, name: string, active: boolean }>, municipality: { id: string, code: string, consentDefaultValidDays: number | null, timeZone: string } };

export type LogContactAttemptMutationVariables = Exact<{
  input: LogContactAttemptInput;
}>;


export type LogContactAttemptMutation = { logContactAttempt: { id: string, channel: ContactChannel, outcome: ContactOutcome, occurredAt: string, occupationLearned: OccupationCategory | null } };

export type YoungPersonChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type YoungPersonChangedSubscription = { youngPersonChanged: { id: string, version: number } };

export type YoungPersonOccupationFragment = { id: string, kind: OccupationKind, category: OccupationCategory, source: OccupationSource, validFrom: string };

export type RecordOccupationMutationVariables = Exact<{
  input: RecordOccupationInput;
}>;


export type RecordOccupationMutation = { recordOccupation: { id: string, kind: OccupationKind, category: OccupationCategory, source: OccupationSource, validFrom: string } };

export type HandOverToMunicipalityMutationVariables = Exact<{
  input: HandOverInput;
}>;


export type HandOverToMunicipalityMutation = { handOverToMunicipality: { id: string, status: HandOverStatus, movedOn: string, toMunicipality: { id: string, name: string } } };

export type EndEnrollmentMutationVariables = Exact<{
  input: EndEnrollmentInput;
}>;


export type EndEnrollmentMutation = { endEnrollment: { id: string, status: EnrollmentStatus, endedOn: string | null, endReason: EnrollmentEndReason | null, version: number } };

export type ExportYoungPersonDataMutationVariables = Exact<{
  input: ExportYoungPersonDataInput;
}>;


export type ExportYoungPersonDataMutation = { exportYoungPersonData: { fileName: string, contentType: string, contentBase64: string, byteSize: number, generatedAt: string, sha256: string } };

export type ChangeEnrollmentStatusMutationVariables = Exact<{
  input: ChangeEnrollmentStatusInput;
}>;


export type ChangeEnrollmentStatusMutation = { changeEnrollmentStatus: { id: string, status: EnrollmentStatus, version: number } };

export type CorrectEndReasonMutationVariables = Exact<{
  input: CorrectEndReasonInput;
}>;


export type CorrectEndReasonMutation = { correctEndReason: { id: string, endReason: EnrollmentEndReason | null, version: number } };

export type CorrectRegistrationReasonMutationVariables = Exact<{
  input: CorrectRegistrationReasonInput;
}>;


export type CorrectRegistrationReasonMutation = { correctRegistrationReason: { id: string, registrationReason: RegistrationReason, version: number } };

export type UpdateYoungPersonContactMutationVariables = Exact<{
  input: UpdateYoungPersonInput;
}>;


export type UpdateYoungPersonContactMutation = { updateYoungPerson: { id: string, version: number } };

export type SetProtectedIdentityMutationVariables = Exact<{
  input: SetProtectedIdentityInput;
}>;


export type SetProtectedIdentityMutation = { setProtectedIdentity: { id: string, version: number, protectedIdentity: boolean | null, protectedNamedUserIds: Array<string> | null } };

export const AdminUserFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}}]}}]}}]} as unknown as DocumentNode<AdminUserFieldsFragment, unknown>;
export const AlertRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedToId"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedToName"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeReason"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<AlertRowFragment, unknown>;
export const AlertSettingsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"noCoordinatorDays"}},{"kind":"Field","name":{"kind":"Name","value":"noContactDays"}},{"kind":"Field","name":{"kind":"Name","value":"neverReachedAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"noActivityDays"}},{"kind":"Field","name":{"kind":"Name","value":"overdueGraceDays"}},{"kind":"Field","name":{"kind":"Name","value":"referralUnansweredDays"}},{"kind":"Field","name":{"kind":"Name","value":"consentExpiringDays"}},{"kind":"Field","name":{"kind":"Name","value":"statusUnknownDays"}},{"kind":"Field","name":{"kind":"Name","value":"turning20Days"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactDays"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"offerDays"}},{"kind":"Field","name":{"kind":"Name","value":"offerWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"signalNotHandledDays"}},{"kind":"Field","name":{"kind":"Name","value":"toCheckDays"}},{"kind":"Field","name":{"kind":"Name","value":"escalateAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"disabledRules"}}]}}]} as unknown as DocumentNode<AlertSettingsFieldsFragment, unknown>;
export const YoungPersonConsentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YoungPersonConsent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recipientOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"guardianName"}},{"kind":"Field","name":{"kind":"Name","value":"documentReference"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"documentedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"replacesId"}}]}}]} as unknown as DocumentNode<YoungPersonConsentFragment, unknown>;
export const YoungPersonConsentRefusalFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YoungPersonConsentRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentRefusal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"liftedAt"}}]}}]} as unknown as DocumentNode<YoungPersonConsentRefusalFragment, unknown>;
export const EarlyWarningSuggestionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EarlyWarningSuggestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EarlyWarningSuggestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pupilId"}},{"kind":"Field","name":{"kind":"Name","value":"personalIdentityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"mentorName"}},{"kind":"Field","name":{"kind":"Name","value":"addressedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"addressedToId"}},{"kind":"Field","name":{"kind":"Name","value":"addressedToName"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"actionTaken"}}]}}]} as unknown as DocumentNode<EarlyWarningSuggestionFieldsFragment, unknown>;
export const EarlyWarningSettingsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EarlyWarningSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EarlyWarningSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceMinPercent"}},{"kind":"Field","name":{"kind":"Name","value":"attendancePeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"unexcusedEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"unexcusedCount"}},{"kind":"Field","name":{"kind":"Name","value":"unexcusedDays"}},{"kind":"Field","name":{"kind":"Name","value":"weekdayEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"weekdayCount"}},{"kind":"Field","name":{"kind":"Name","value":"weekdayDays"}},{"kind":"Field","name":{"kind":"Name","value":"singleDaysEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"singleDaysCount"}},{"kind":"Field","name":{"kind":"Name","value":"singleDaysDays"}},{"kind":"Field","name":{"kind":"Name","value":"dropOutEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"escalateAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<EarlyWarningSettingsFieldsFragment, unknown>;
export const YoungPersonMeasureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YoungPersonMeasure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"measureTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"measureType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"respondedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"occupationAfter"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStartOn"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEndOn"}},{"kind":"Field","name":{"kind":"Name","value":"followUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"planningAndGoal"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]} as unknown as DocumentNode<YoungPersonMeasureFragment, unknown>;
export const NotificationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]} as unknown as DocumentNode<NotificationFieldsFragment, unknown>;
export const OwnConsentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnConsentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OwnConsent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipientOrganization"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]} as unknown as DocumentNode<OwnConsentFieldsFragment, unknown>;
export const RectificationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RectificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}}]} as unknown as DocumentNode<RectificationFieldsFragment, unknown>;
export const YoungPersonPlanFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YoungPersonPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUserId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"goalEvaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}}]}}]}}]} as unknown as DocumentNode<YoungPersonPlanFragment, unknown>;
export const YoungPersonReferralFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YoungPersonReferral"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"toOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"legalGround"}},{"kind":"Field","name":{"kind":"Name","value":"provisionReference"}},{"kind":"Field","name":{"kind":"Name","value":"consentId"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<YoungPersonReferralFragment, unknown>;
export const YoungPersonDisclosureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YoungPersonDisclosure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Disclosure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalGround"}},{"kind":"Field","name":{"kind":"Name","value":"provisionReference"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"consentId"}},{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"recipientOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"recipientDescription"}},{"kind":"Field","name":{"kind":"Name","value":"disclosedAt"}}]}}]} as unknown as DocumentNode<YoungPersonDisclosureFragment, unknown>;
export const RegisterImportMappingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegisterImportMappingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterImportMapping"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registrationReason"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRegistrationReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RegisterImportMappingFieldsFragment, unknown>;
export const RegisterImportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegisterImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"runJobId"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"createCount"}},{"kind":"Field","name":{"kind":"Name","value":"updateCount"}},{"kind":"Field","name":{"kind":"Name","value":"unchangedCount"}},{"kind":"Field","name":{"kind":"Name","value":"refusedCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}}]}}]} as unknown as DocumentNode<RegisterImportFieldsFragment, unknown>;
export const AccessLogRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessLogRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessLogEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAccessId"}}]}}]} as unknown as DocumentNode<AccessLogRowFragment, unknown>;
export const ScbFileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScbFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScbKaaFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"downloadable"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"codeTableVersion"}},{"kind":"Field","name":{"kind":"Name","value":"producedByName"}},{"kind":"Field","name":{"kind":"Name","value":"producedAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"warningCount"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"}},{"kind":"Field","name":{"kind":"Name","value":"measuresStarted"}},{"kind":"Field","name":{"kind":"Name","value":"measuresEnded"}},{"kind":"Field","name":{"kind":"Name","value":"ended"}}]}}]}}]} as unknown as DocumentNode<ScbFileFieldsFragment, unknown>;
export const ScbQualityFigureFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScbQualityFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScbKaaQualityFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"outsideAccess"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"youngPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]} as unknown as DocumentNode<ScbQualityFigureFieldsFragment, unknown>;
export const SessionTokensFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionTokens"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<SessionTokensFragment, unknown>;
export const SignalFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Signal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"schoolName"}},{"kind":"Field","name":{"kind":"Name","value":"homeMunicipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"personalIdentityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"absencePercent"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"handledByName"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<SignalFieldsFragment, unknown>;
export const TargetGroupRunFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetGroupRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGroupRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"populationFileName"}},{"kind":"Field","name":{"kind":"Name","value":"enrollmentFileNames"}},{"kind":"Field","name":{"kind":"Name","value":"listsDate"}},{"kind":"Field","name":{"kind":"Name","value":"judgedOn"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"residents"}},{"kind":"Field","name":{"kind":"Name","value":"inAgeBand"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"newCount"}},{"kind":"Field","name":{"kind":"Name","value":"stillCount"}},{"kind":"Field","name":{"kind":"Name","value":"leftCount"}},{"kind":"Field","name":{"kind":"Name","value":"unknownCount"}},{"kind":"Field","name":{"kind":"Name","value":"dismissedCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<TargetGroupRunFieldsFragment, unknown>;
export const TargetGroupImportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetGroupImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGroupImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"schoolName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<TargetGroupImportFieldsFragment, unknown>;
export const TargetGroupCheckFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetGroupCheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGroupCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personalIdentityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"listsDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastSchool"}},{"kind":"Field","name":{"kind":"Name","value":"leftSchoolOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftReason"}},{"kind":"Field","name":{"kind":"Name","value":"leftSchool"}},{"kind":"Field","name":{"kind":"Name","value":"dismissReason"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"signalId"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}}]}}]} as unknown as DocumentNode<TargetGroupCheckFieldsFragment, unknown>;
export const ContactAttemptItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactAttemptItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactAttempt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"occupationLearned"}}]}}]} as unknown as DocumentNode<ContactAttemptItemFragment, unknown>;
export const YoungPersonOccupationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YoungPersonOccupation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Occupation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}}]}}]} as unknown as DocumentNode<YoungPersonOccupationFragment, unknown>;
export const AdminUsersDocument = {"__meta__":{"hash":"sha256:0ef8ae688b510947205220a09424ef5bdb42f0ffdcb71abc6f7c3d28f976c01a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}}]}}]}}]} as unknown as DocumentNode<AdminUsersQuery, AdminUsersQueryVariables>;
export const AdminUserDocument = {"__meta__":{"hash":"sha256:aa8e38e6a1d1bff3fb0c699d66ca2a40571f7744dec5409d185c62509abc3c21"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}}]}}]}}]} as unknown as DocumentNode<AdminUserQuery, AdminUserQueryVariables>;
export const UpdateUserDocument = {"__meta__":{"hash":"sha256:5812bb1fc5bf7cf34bd67418a747bdb930c45a64600b07a2e8dac2f7bcbd21ea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}}]}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const SetUserDisabledDocument = {"__meta__":{"hash":"sha256:0bd30e0bf724b82f980948f2bacad7c4a7695bbf6e51b574e28a0b064c292129"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserDisabled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetUserDisabledInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserDisabled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}}]}}]}}]} as unknown as DocumentNode<SetUserDisabledMutation, SetUserDisabledMutationVariables>;
export const CreateUserDocument = {"__meta__":{"hash":"sha256:ff98d0dd11e10dc1c7a5f2c3659b385489d9fce3ecfe22c50659a3d13abf7448"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const AddMembershipDocument = {"__meta__":{"hash":"sha256:c329c8ef9c56625237158c78f608f7feb3c980d3e3fb0000cfd7c67faddd94d0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}}]}}]}}]} as unknown as DocumentNode<AddMembershipMutation, AddMembershipMutationVariables>;
export const EndMembershipDocument = {"__meta__":{"hash":"sha256:97ead51f501ec9f0feb0c955f470e2a478707610d426297b58c49ff89f4a41cd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}}]}}]}}]} as unknown as DocumentNode<EndMembershipMutation, EndMembershipMutationVariables>;
export const AdminCataloguesDocument = {"__meta__":{"hash":"sha256:cd7d166da71be70f6edb639292521f038a32230ef78e337359ca9f2f96663166"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminCatalogues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"informationCategoryDefinitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeRetired"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measureTypes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeRetired"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTier"}},{"kind":"Field","name":{"kind":"Name","value":"scbCategory"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AdminCataloguesQuery, AdminCataloguesQueryVariables>;
export const DefineInformationCategoryDocument = {"__meta__":{"hash":"sha256:34c33423ac2b90386acf0454e818c46dd564bee7b982cbfbcb6d455fd0aa4e9e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DefineInformationCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DefineInformationCategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defineInformationCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}}]}}]}}]} as unknown as DocumentNode<DefineInformationCategoryMutation, DefineInformationCategoryMutationVariables>;
export const RetireInformationCategoryDocument = {"__meta__":{"hash":"sha256:c161762ccae21e09cc11f28549674127dea02fcc01030ab8c1803bf3ae40a80a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireInformationCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireInformationCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}}]}}]}}]} as unknown as DocumentNode<RetireInformationCategoryMutation, RetireInformationCategoryMutationVariables>;
export const CreateMeasureTypeDocument = {"__meta__":{"hash":"sha256:e4b6f608a2b9adab538fd8de099fe804c1d3e4a4622531286bceb13a400e0b9c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMeasureType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMeasureTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMeasureType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateMeasureTypeMutation, CreateMeasureTypeMutationVariables>;
export const UpdateMeasureTypeDocument = {"__meta__":{"hash":"sha256:9437a8ee32655f049fe6151adfdabe5204f76ee62688a3749adc8ae06ae977f5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMeasureType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMeasureTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMeasureType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateMeasureTypeMutation, UpdateMeasureTypeMutationVariables>;
export const MunicipalitySettingsDocument = {"__meta__":{"hash":"sha256:aed9ceebb5c5cb4738b26803cd6c46a956f74c3f11db67e5b5a0c717603eee37"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MunicipalitySettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"reportMinCell"}},{"kind":"Field","name":{"kind":"Name","value":"consentDefaultValidDays"}}]}}]}}]} as unknown as DocumentNode<MunicipalitySettingsQuery, MunicipalitySettingsQueryVariables>;
export const UpdateMunicipalitySettingsDocument = {"__meta__":{"hash":"sha256:33e1c6f05e925785d4e67f2f27f5bb8735862252c52c629c20172bad169daf0d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMunicipalitySettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMunicipalitySettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMunicipalitySettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"reportMinCell"}},{"kind":"Field","name":{"kind":"Name","value":"consentDefaultValidDays"}}]}}]}}]} as unknown as DocumentNode<UpdateMunicipalitySettingsMutation, UpdateMunicipalitySettingsMutationVariables>;
export const AdministrationDocument = {"__meta__":{"hash":"sha256:7539e7e6fb94653ee92f3b335e6778e6d9df3e0ed185dbcf17f9582c5f0237cc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Administration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"consentDefaultValidDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdministrationQuery, AdministrationQueryVariables>;
export const CreateOrganizationDocument = {"__meta__":{"hash":"sha256:ca92c53d3587b688541e8abb285d5398e42fe261439a755b475371674427daed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const MyAlertsDocument = {"__meta__":{"hash":"sha256:c505aea9cde66ac0c688eaba9ee6a1753e923b0c95c9dbfa331804c651f07911"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"EnumValue","value":"MINE"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedToId"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedToName"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeReason"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<MyAlertsQuery, MyAlertsQueryVariables>;
export const UnitAlertsDocument = {"__meta__":{"hash":"sha256:7eec906919365006774d81d1a9e3d669de52765962053d608ee6069f49cfe396"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rule"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRule"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"states"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertState"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"EnumValue","value":"ALL"}},{"kind":"Argument","name":{"kind":"Name","value":"rule"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rule"}}},{"kind":"Argument","name":{"kind":"Name","value":"states"},"value":{"kind":"Variable","name":{"kind":"Name","value":"states"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedToId"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedToName"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeReason"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<UnitAlertsQuery, UnitAlertsQueryVariables>;
export const EscalatedAlertsDocument = {"__meta__":{"hash":"sha256:0263d05cb82a2898532e60709d53a2c3975d11843b2242d84ac04c72734b0b72"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EscalatedAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"EnumValue","value":"ESCALATED_TO_ME"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedToId"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedToName"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeReason"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<EscalatedAlertsQuery, EscalatedAlertsQueryVariables>;
export const YoungPersonAlertsDocument = {"__meta__":{"hash":"sha256:4f81a24e3b5c430e17312faabaa907beb5e6ddae168ac3e0f6ab86982384af80"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YoungPersonAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"youngPersonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"EnumValue","value":"ALL"}},{"kind":"Argument","name":{"kind":"Name","value":"youngPersonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"youngPersonId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedToId"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedToName"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeReason"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<YoungPersonAlertsQuery, YoungPersonAlertsQueryVariables>;
export const AcknowledgeAlertDocument = {"__meta__":{"hash":"sha256:6dafe65748448df60f79a33758397c534b3f2b745f02fa70f8042b33885ee3c9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcknowledgeAlertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedToId"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedToName"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeReason"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeAlertMutation, AcknowledgeAlertMutationVariables>;
export const ResolveAlertDocument = {"__meta__":{"hash":"sha256:01a487ab175059accb08993a0f0519273722e9036152c27daa67fd2a241a596c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveAlertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedToId"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedToName"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeReason"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ResolveAlertMutation, ResolveAlertMutationVariables>;
export const EvaluateAlertsDocument = {"__meta__":{"hash":"sha256:9d93c91ab66d06334114eb330fb789a0106bf59fbf586691837a6fd34e2909ce"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvaluateAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluateAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ran"}},{"kind":"Field","name":{"kind":"Name","value":"opened"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}}]}}]}}]} as unknown as DocumentNode<EvaluateAlertsMutation, EvaluateAlertsMutationVariables>;
export const AlertSettingsPageDocument = {"__meta__":{"hash":"sha256:d1f6d21463e3f81182abc8ca219712775aed737660b1e4acb3e2163f66e001f9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertSettingsPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"noCoordinatorDays"}},{"kind":"Field","name":{"kind":"Name","value":"noContactDays"}},{"kind":"Field","name":{"kind":"Name","value":"neverReachedAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"noActivityDays"}},{"kind":"Field","name":{"kind":"Name","value":"overdueGraceDays"}},{"kind":"Field","name":{"kind":"Name","value":"referralUnansweredDays"}},{"kind":"Field","name":{"kind":"Name","value":"consentExpiringDays"}},{"kind":"Field","name":{"kind":"Name","value":"statusUnknownDays"}},{"kind":"Field","name":{"kind":"Name","value":"turning20Days"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactDays"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"offerDays"}},{"kind":"Field","name":{"kind":"Name","value":"offerWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"signalNotHandledDays"}},{"kind":"Field","name":{"kind":"Name","value":"toCheckDays"}},{"kind":"Field","name":{"kind":"Name","value":"escalateAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"disabledRules"}}]}}]} as unknown as DocumentNode<AlertSettingsPageQuery, AlertSettingsPageQueryVariables>;
export const PreviewAlertSettingsDocument = {"__meta__":{"hash":"sha256:4a0721506cd6935f5e54a432344f4b304113809b291741596764d08e4bd1322f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewAlertSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAlertSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewAlertSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opening"}},{"kind":"Field","name":{"kind":"Name","value":"ending"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"opening"}},{"kind":"Field","name":{"kind":"Name","value":"ending"}},{"kind":"Field","name":{"kind":"Name","value":"holding"}}]}}]}}]}}]} as unknown as DocumentNode<PreviewAlertSettingsQuery, PreviewAlertSettingsQueryVariables>;
export const SaveAlertSettingsDocument = {"__meta__":{"hash":"sha256:c2f9e25b5c6df6b076446793602c5e99b962a840c6e617a18a501169ebe430b0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveAlertSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAlertSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAlertSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"noCoordinatorDays"}},{"kind":"Field","name":{"kind":"Name","value":"noContactDays"}},{"kind":"Field","name":{"kind":"Name","value":"neverReachedAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"noActivityDays"}},{"kind":"Field","name":{"kind":"Name","value":"overdueGraceDays"}},{"kind":"Field","name":{"kind":"Name","value":"referralUnansweredDays"}},{"kind":"Field","name":{"kind":"Name","value":"consentExpiringDays"}},{"kind":"Field","name":{"kind":"Name","value":"statusUnknownDays"}},{"kind":"Field","name":{"kind":"Name","value":"turning20Days"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactDays"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"offerDays"}},{"kind":"Field","name":{"kind":"Name","value":"offerWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"signalNotHandledDays"}},{"kind":"Field","name":{"kind":"Name","value":"toCheckDays"}},{"kind":"Field","name":{"kind":"Name","value":"escalateAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"disabledRules"}}]}}]} as unknown as DocumentNode<SaveAlertSettingsMutation, SaveAlertSettingsMutationVariables>;
export const StartPageDocument = {"__meta__":{"hash":"sha256:7f9ce5ea68e745ecfc4f8c9b97b8224dcd8909ecfe567b39155465e4d67ac3bc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StartPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"noContactSince"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonId"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"followUpDue"},"name":{"kind":"Name","value":"caseload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"followUpDue"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"notContacted"},"name":{"kind":"Name","value":"caseload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"NOT_CONTACTED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"noRecentContact"},"name":{"kind":"Name","value":"caseload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"noContactSince"},"value":{"kind":"Variable","name":{"kind":"Name","value":"noContactSince"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseloadStatusCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<StartPageQuery, StartPageQueryVariables>;
export const CaseloadDocument = {"__meta__":{"hash":"sha256:482dbfff8acc0410b3d6edca104945e4f1cfa3e5999cf5ed7eddabfe76894cfa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Caseload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseloadFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countFilter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseloadFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseloadSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorId"}},{"kind":"Field","name":{"kind":"Name","value":"standInFor"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"twentiethBirthday"}},{"kind":"Field","name":{"kind":"Name","value":"protectedIdentity"}},{"kind":"Field","name":{"kind":"Name","value":"lastContactAt"}},{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpOn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseloadStatusCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"standIns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"states"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACTIVE"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"absentUserId"}},{"kind":"Field","name":{"kind":"Name","value":"absentName"}}]}}]}}]} as unknown as DocumentNode<CaseloadQuery, CaseloadQueryVariables>;
export const CaseloadChangedDocument = {"__meta__":{"hash":"sha256:9b7531b9cc8d9e0e19d8a679a6234169af9ad22b5496fa88056a639b514bb4cf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CaseloadChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"youngPersonChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorId"}}]}}]}}]} as unknown as DocumentNode<CaseloadChangedSubscription, CaseloadChangedSubscriptionVariables>;
export const IncomingHandOversDocument = {"__meta__":{"hash":"sha256:c07aa2d7b9abdfc1c17164e1d7197478faec6f751aa16bf20ea296f3ee616145"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IncomingHandOvers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handOvers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"INCOMING"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"SENT"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"movedOn"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromMunicipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"personalIdentityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"protectedIdentity"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IncomingHandOversQuery, IncomingHandOversQueryVariables>;
export const AcceptHandOverDocument = {"__meta__":{"hash":"sha256:fe13f9a2a0b1521923ab2b763a9f9587bcb4a7feb9c2534c44b83e74604d1e25"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptHandOver"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptHandOverInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptHandOver"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handOver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedYoungPersonId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"youngPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptHandOverMutation, AcceptHandOverMutationVariables>;
export const TeamLoadDocument = {"__meta__":{"hash":"sha256:3696e003abf40735146d7f96bae52ac1984a1c788e49f3d275655dd4467d5f45"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamLoad"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinatorLoad"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactWithinDays"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinatorId"}},{"kind":"Field","name":{"kind":"Name","value":"youngPeople"}},{"kind":"Field","name":{"kind":"Name","value":"notContacted"}},{"kind":"Field","name":{"kind":"Name","value":"withoutRecentContact"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<TeamLoadQuery, TeamLoadQueryVariables>;
export const TeamCoordinatorsDocument = {"__meta__":{"hash":"sha256:5d812497c0bae7dcd2508f2aeeb3915a2d70994e83357f51fbc42990d86fc28e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamCoordinators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamCoordinatorsQuery, TeamCoordinatorsQueryVariables>;
export const AssignCoordinatorDocument = {"__meta__":{"hash":"sha256:57d25bc767699b1c2c7298f30fd3645eb6de2fe6123aaa2f00d5948a7e2dba4b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignCoordinator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignCoordinatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignCoordinator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AssignCoordinatorMutation, AssignCoordinatorMutationVariables>;
export const RecordConsentDocument = {"__meta__":{"hash":"sha256:af907431afb62747051f6aaee606645910e175a6f17f3eecc0e82d8f55ceaee9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YoungPersonConsent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YoungPersonConsent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recipientOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"guardianName"}},{"kind":"Field","name":{"kind":"Name","value":"documentReference"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"documentedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"replacesId"}}]}}]} as unknown as DocumentNode<RecordConsentMutation, RecordConsentMutationVariables>;
export const WithdrawConsentDocument = {"__meta__":{"hash":"sha256:12fff55436474fd76806bf72e10027c5c7245ace86344496ce09f2dce55271c3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YoungPersonConsent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YoungPersonConsent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recipientOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"guardianName"}},{"kind":"Field","name":{"kind":"Name","value":"documentReference"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"documentedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"replacesId"}}]}}]} as unknown as DocumentNode<WithdrawConsentMutation, WithdrawConsentMutationVariables>;
export const RecordConsentRefusalDocument = {"__meta__":{"hash":"sha256:dcc20e53d355f6bdb148b18908b47a771c9ef10bf96254e9b342af14d1a9883d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordConsentRefusal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordConsentRefusalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordConsentRefusal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YoungPersonConsentRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YoungPersonConsentRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentRefusal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"liftedAt"}}]}}]} as unknown as DocumentNode<RecordConsentRefusalMutation, RecordConsentRefusalMutationVariables>;
export const LiftConsentRefusalDocument = {"__meta__":{"hash":"sha256:5ff1c4f80751056df78e4a0363aa071c20e325794b3b7a541115503e6e0a146d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiftConsentRefusal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liftConsentRefusal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YoungPersonConsentRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YoungPersonConsentRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentRefusal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"liftedAt"}}]}}]} as unknown as DocumentNode<LiftConsentRefusalMutation, LiftConsentRefusalMutationVariables>;
export const ReviseConsentDocument = {"__meta__":{"hash":"sha256:37cda92903ab05261e220929748e16ac8c6bb78c2b614be77fda6124e37f421e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviseConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviseConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviseConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YoungPersonConsent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YoungPersonConsent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recipientOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"guardianName"}},{"kind":"Field","name":{"kind":"Name","value":"documentReference"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"documentedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"replacesId"}}]}}]} as unknown as DocumentNode<ReviseConsentMutation, ReviseConsentMutationVariables>;
export const ActiveEmergencyAccessesDocument = {"__meta__":{"hash":"sha256:ca6ee58c81f9fe40f8c77a842482346477afbfb76e41f5242ec9d9890b73b012"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActiveEmergencyAccesses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emergencyAccesses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeOnly"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<ActiveEmergencyAccessesQuery, ActiveEmergencyAccessesQueryVariables>;
export const MyEmergencyAccessesDocument = {"__meta__":{"hash":"sha256:05eaae603be88781bd864dce65a33fc15d2a32267c270c496f25cccaab2e5670"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyEmergencyAccesses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emergencyAccesses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<MyEmergencyAccessesQuery, MyEmergencyAccessesQueryVariables>;
export const SharedWithUsDocument = {"__meta__":{"hash":"sha256:1850d2f5f55d818320c36155612c0fb06103a4c5998fe2734330b100a1f65621"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SharedWithUs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignedPlanActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"planVersion"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"youngPeople"},"name":{"kind":"Name","value":"caseload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"RECEIVED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"legalGround"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpOn"}}]}}]}}]}}]} as unknown as DocumentNode<SharedWithUsQuery, SharedWithUsQueryVariables>;
export const UpdateAssignedPlanActionDocument = {"__meta__":{"hash":"sha256:4a18dafab14d6219302d66ead43d926654e188635446d36aab8f49508e6806c5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAssignedPlanAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAssignedPlanActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAssignedPlanAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planVersion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UpdateAssignedPlanActionMutation, UpdateAssignedPlanActionMutationVariables>;
export const AcceptReferralDocument = {"__meta__":{"hash":"sha256:0f444c9decaa5549797d3475c4653ccf51623b125c247b320e22fa30b6de2d25"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AcceptReferralMutation, AcceptReferralMutationVariables>;
export const CompleteReferralDocument = {"__meta__":{"hash":"sha256:31c0f5ab509fe825761b11a9b72a130aea8474fc53b8ca2b99f2e72b08af1125"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CompleteReferralMutation, CompleteReferralMutationVariables>;
export const DeclineReferralDocument = {"__meta__":{"hash":"sha256:48be69545f78a52502e6065ba0c0420ecd71b8e0f98e48ad3a20c303dcd9cc98"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DeclineReferralMutation, DeclineReferralMutationVariables>;
export const PartnerYoungPersonDocument = {"__meta__":{"hash":"sha256:77f9d8fe2bae28fd589a2c9dd101132cf6c42b7cc99167d6d84fbf0983e2ba20"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerYoungPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"youngPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"personalIdentityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"coordinationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"twentiethBirthday"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streetAddress"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guardians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"offeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"measureType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grounds"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consentId"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hiddenCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAccesses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"youngPersonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"activeOnly"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerYoungPersonQuery, PartnerYoungPersonQueryVariables>;
export const SharedPlanDocument = {"__meta__":{"hash":"sha256:1ab59a9d406394afdc4bab06a2a79987a45e2909f443b12c991569d4d17f8d47"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SharedPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOrganizationId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SharedPlanQuery, SharedPlanQueryVariables>;
export const StartEmergencyAccessDocument = {"__meta__":{"hash":"sha256:94faa446e343c056de9e75b50539e4035751259f5fa1d26b96653def9cc303d2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartEmergencyAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartEmergencyAccessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startEmergencyAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<StartEmergencyAccessMutation, StartEmergencyAccessMutationVariables>;
export const EndEmergencyAccessDocument = {"__meta__":{"hash":"sha256:3834512d7654aee3114a785a7e19e73846de042807da4edd377999fe4888e02c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndEmergencyAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endEmergencyAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}}]}}]}}]} as unknown as DocumentNode<EndEmergencyAccessMutation, EndEmergencyAccessMutationVariables>;
export const EarlyWarningSuggestionsDocument = {"__meta__":{"hash":"sha256:2ceae4f8ae36f1eabb07e30d2eee1480c1ef4a835ab255e2ea8a3789ab534b65"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EarlyWarningSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EarlyWarningSuggestionStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"earlyWarningSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EarlyWarningSuggestionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EarlyWarningSuggestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EarlyWarningSuggestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pupilId"}},{"kind":"Field","name":{"kind":"Name","value":"personalIdentityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"mentorName"}},{"kind":"Field","name":{"kind":"Name","value":"addressedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"addressedToId"}},{"kind":"Field","name":{"kind":"Name","value":"addressedToName"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"actionTaken"}}]}}]} as unknown as DocumentNode<EarlyWarningSuggestionsQuery, EarlyWarningSuggestionsQueryVariables>;
export const ReviewEarlyWarningSuggestionDocument = {"__meta__":{"hash":"sha256:73264d91f07573ade57bd7d57d09f5d76d625af6f945af340a0ebba53e68e5d9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewEarlyWarningSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewEarlyWarningInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewEarlyWarningSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EarlyWarningSuggestionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EarlyWarningSuggestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EarlyWarningSuggestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pupilId"}},{"kind":"Field","name":{"kind":"Name","value":"personalIdentityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"mentorName"}},{"kind":"Field","name":{"kind":"Name","value":"addressedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"addressedToId"}},{"kind":"Field","name":{"kind":"Name","value":"addressedToName"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"actionTaken"}}]}}]} as unknown as DocumentNode<ReviewEarlyWarningSuggestionMutation, ReviewEarlyWarningSuggestionMutationVariables>;
export const SchoolPresenceDocument = {"__meta__":{"hash":"sha256:598bb54673304dc9e3781627175cfcda18eda9d7aa0fe6e5f684e497f8ca71a7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolPresence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolPresence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"attendancePercent"}},{"kind":"Field","name":{"kind":"Name","value":"pupils"}}]}}]}}]} as unknown as DocumentNode<SchoolPresenceQuery, SchoolPresenceQueryVariables>;
export const EarlyWarningSettingsPageDocument = {"__meta__":{"hash":"sha256:9a6545c3f620aaa886dac3b6ca30eb9a7724a8f080ab0310caa16c35049e6d97"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EarlyWarningSettingsPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"earlyWarningSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EarlyWarningSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EarlyWarningSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EarlyWarningSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceMinPercent"}},{"kind":"Field","name":{"kind":"Name","value":"attendancePeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"unexcusedEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"unexcusedCount"}},{"kind":"Field","name":{"kind":"Name","value":"unexcusedDays"}},{"kind":"Field","name":{"kind":"Name","value":"weekdayEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"weekdayCount"}},{"kind":"Field","name":{"kind":"Name","value":"weekdayDays"}},{"kind":"Field","name":{"kind":"Name","value":"singleDaysEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"singleDaysCount"}},{"kind":"Field","name":{"kind":"Name","value":"singleDaysDays"}},{"kind":"Field","name":{"kind":"Name","value":"dropOutEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"escalateAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<EarlyWarningSettingsPageQuery, EarlyWarningSettingsPageQueryVariables>;
export const SaveEarlyWarningSettingsDocument = {"__meta__":{"hash":"sha256:25646ea48b10bb227066aefbf4405554e00572da882377932f6732bc04bcacec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveEarlyWarningSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEarlyWarningSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEarlyWarningSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EarlyWarningSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EarlyWarningSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EarlyWarningSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceMinPercent"}},{"kind":"Field","name":{"kind":"Name","value":"attendancePeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"unexcusedEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"unexcusedCount"}},{"kind":"Field","name":{"kind":"Name","value":"unexcusedDays"}},{"kind":"Field","name":{"kind":"Name","value":"weekdayEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"weekdayCount"}},{"kind":"Field","name":{"kind":"Name","value":"weekdayDays"}},{"kind":"Field","name":{"kind":"Name","value":"singleDaysEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"singleDaysCount"}},{"kind":"Field","name":{"kind":"Name","value":"singleDaysDays"}},{"kind":"Field","name":{"kind":"Name","value":"dropOutEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"escalateAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SaveEarlyWarningSettingsMutation, SaveEarlyWarningSettingsMutationVariables>;
export const IntegrationCredentialsDocument = {"__meta__":{"hash":"sha256:d6e89d7b3220ff503d649c8f6338be43b853660d127d7bc8e931203ea39b5554"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntegrationCredentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integrationCredentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"secrecyDomain"}}]}}]}}]}}]} as unknown as DocumentNode<IntegrationCredentialsQuery, IntegrationCredentialsQueryVariables>;
export const CreateIntegrationCredentialDocument = {"__meta__":{"hash":"sha256:2ca8b4a7388323a1aa397f07f0e765554b9b94112cd673a2a25fb101083a2c3c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateIntegrationCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIntegrationCredentialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIntegrationCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateIntegrationCredentialMutation, CreateIntegrationCredentialMutationVariables>;
export const RevokeIntegrationCredentialDocument = {"__meta__":{"hash":"sha256:fca0f19940313e7279b9442b3ecc6af154235c068cda1d0c6b406186565b38b8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeIntegrationCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeIntegrationCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeIntegrationCredentialMutation, RevokeIntegrationCredentialMutationVariables>;
export const OfferMeasureDocument = {"__meta__":{"hash":"sha256:d4f4bdc26a778c36a9df39906128570232125f9503ddc4709858c2933ef68d91"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfferMeasure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferMeasureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerMeasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YoungPersonMeasure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YoungPersonMeasure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"measureTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"measureType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"respondedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"occupationAfter"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStartOn"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEndOn"}},{"kind":"Field","name":{"kind":"Name","value":"followUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"planningAndGoal"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]} as unknown as DocumentNode<OfferMeasureMutation, OfferMeasureMutationVariables>;
export const RespondToMeasureDocument = {"__meta__":{"hash":"sha256:601b6a350b96da5441aa273c6206c378f8217867fdbbe659c53021f6a8faf505"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToMeasure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RespondToMeasureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToMeasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YoungPersonMeasure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YoungPersonMeasure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"measureTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"measureType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"respondedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"occupationAfter"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStartOn"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEndOn"}},{"kind":"Field","name":{"kind":"Name","value":"followUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"planningAndGoal"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]} as unknown as DocumentNode<RespondToMeasureMutation, RespondToMeasureMutationVariables>;
export const StartMeasureDocument = {"__meta__":{"hash":"sha256:10b97fbde9547e768f0e0ae7f6296f0c8d0b3ce1d267d6415ef86f0889ad5156"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartMeasure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartMeasureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMeasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YoungPersonMeasure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YoungPersonMeasure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"measureTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"measureType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"respondedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"occupationAfter"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStartOn"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEndOn"}},{"kind":"Field","name":{"kind":"Name","value":"followUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"planningAndGoal"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]} as unknown as DocumentNode<StartMeasureMutation, StartMeasureMutationVariables>;
export const EndMeasureDocument = {"__meta__":{"hash":"sha256:f505d9763aa273b9193c39626fb445db063b28966b2851082978590ee407d2c5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndMeasure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndMeasureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endMeasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YoungPersonMeasure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YoungPersonMeasure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"measureTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"measureType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"respondedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"occupationAfter"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStartOn"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEndOn"}},{"kind":"Field","name":{"kind":"Name","value":"followUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"planningAndGoal"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]} as unknown as DocumentNode<EndMeasureMutation, EndMeasureMutationVariables>;
export const UnreadNotificationCountDocument = {"__meta__":{"hash":"sha256:a213a7188ba3fd690a88ccf3cb5d497f3ef1dabe650c1799df9b6cc57879beaf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const NotificationsDocument = {"__meta__":{"hash":"sha256:e555a779ced81eeb28ee20e8b1b102c59e572061a3ec25cc4829bbd301028b5d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {"__meta__":{"hash":"sha256:406792753ddcb5260eaf597436df73c20a34c978d11309b0df6a2a94b46611dc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkNotificationsReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marked"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const NotificationAddedDocument = {"__meta__":{"hash":"sha256:fb5899c5d9bd9334887bba4d3bc7751940aa183c24479693a6344b7a7c58e262"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]} as unknown as DocumentNode<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const EmailOutboxDocument = {"__meta__":{"hash":"sha256:36f53cd7fd02bc061e6ed5f4a420f5ca5d899297c1c5612ff9e28a1c0f76f52a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmailOutbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EmailStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailOutbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"toAddress"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]}}]} as unknown as DocumentNode<EmailOutboxQuery, EmailOutboxQueryVariables>;
export const SelfServiceSessionDocument = {"__meta__":{"hash":"sha256:bf8dec25370c2553926c34048f0607e85d0fd1a04e4562fecb5422aef5b7fb09"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SelfServiceSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selfServiceSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]}}]} as unknown as DocumentNode<SelfServiceSessionMutation, SelfServiceSessionMutationVariables>;
export const EndSelfServiceSessionDocument = {"__meta__":{"hash":"sha256:de4884f9feed2a1af62c870b41b27b82ad56851119ba9e85f0e1de4a4c694b7d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndSelfServiceSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endSelfServiceSession"}}]}}]} as unknown as DocumentNode<EndSelfServiceSessionMutation, EndSelfServiceSessionMutationVariables>;
export const OwnPlansDocument = {"__meta__":{"hash":"sha256:f8f8ae2a31e4681e78075a38835201122b5d5fdab7d0d9e5dfd5714c8bb51691"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OwnPlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"youngPersonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"youngPersonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"youngPersonId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"developmentArea"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganization"}},{"kind":"Field","name":{"kind":"Name","value":"leadPerson"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OwnPlansQuery, OwnPlansQueryVariables>;
export const OwnConsentsDocument = {"__meta__":{"hash":"sha256:7fdd87dbf7cf35966e72935c482226667638866aa3255f9bd71a6cca6cfa48dd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OwnConsents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"youngPersonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownConsents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"youngPersonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"youngPersonId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnConsentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnConsentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OwnConsent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipientOrganization"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]} as unknown as DocumentNode<OwnConsentsQuery, OwnConsentsQueryVariables>;
export const WithdrawOwnConsentDocument = {"__meta__":{"hash":"sha256:a8c00b3fe2bc2ee8c0d2e515e55d86609678eeffbfdb15649ee6a7aadc4d42b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawOwnConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawOwnConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"consentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnConsentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnConsentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OwnConsent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipientOrganization"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]} as unknown as DocumentNode<WithdrawOwnConsentMutation, WithdrawOwnConsentMutationVariables>;
export const OwnAccessLogDocument = {"__meta__":{"hash":"sha256:9f2bcf8a050ff54a92ad83920a61ed90b6e30959d8793fa03bbe0fc9a12d1884"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OwnAccessLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"youngPersonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownAccessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"youngPersonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"youngPersonId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"readerName"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"readerKind"}},{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}}]}}]}}]} as unknown as DocumentNode<OwnAccessLogQuery, OwnAccessLogQueryVariables>;
export const OwnRectificationRequestsDocument = {"__meta__":{"hash":"sha256:225512238172234181ddfee03f08ff98ad5ee69f2db8bab9be5108815ee5f656"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OwnRectificationRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"youngPersonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownRectificationRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"youngPersonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"youngPersonId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RectificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RectificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}}]} as unknown as DocumentNode<OwnRectificationRequestsQuery, OwnRectificationRequestsQueryVariables>;
export const RequestRectificationDocument = {"__meta__":{"hash":"sha256:1d549eeeefb42cb639fac5721845f10e127d3308d027a6dfc01e6024a797f7a6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestRectification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestRectificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestRectification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RectificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RectificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}}]} as unknown as DocumentNode<RequestRectificationMutation, RequestRectificationMutationVariables>;
export const RectificationRequestsDocument = {"__meta__":{"hash":"sha256:e6f46d714169c95bdd87bad859d97fcdd0a124e1b14585231c7d4be7909f87a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RectificationRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"youngPersonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectificationRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"youngPersonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"youngPersonId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RectificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RectificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}}]} as unknown as DocumentNode<RectificationRequestsQuery, RectificationRequestsQueryVariables>;
export const DecideRectificationRequestDocument = {"__meta__":{"hash":"sha256:3d3ab6bae6d9595ce64334ec217f2a569db1005cf80dda9813d981a283432a82"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideRectificationRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideRectificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideRectificationRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RectificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RectificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}}]} as unknown as DocumentNode<DecideRectificationRequestMutation, DecideRectificationRequestMutationVariables>;
export const CreateActionPlanDocument = {"__meta__":{"hash":"sha256:984ff210fa9b83552461bdcaee218af404460991c8d7e86c81e288baf0890865"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateActionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActionPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YoungPersonPlan"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YoungPersonPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUserId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"goalEvaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}}]}}]}}]} as unknown as DocumentNode<CreateActionPlanMutation, CreateActionPlanMutationVariables>;
export const ReviseActionPlanDocument = {"__meta__":{"hash":"sha256:2dc6c099d740114557fc96ae9211b21727d3d2bb1717fc9167a3f014d0f9004c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviseActionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviseActionPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviseActionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YoungPersonPlan"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YoungPersonPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUserId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"goalEvaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}}]}}]}}]} as unknown as DocumentNode<ReviseActionPlanMutation, ReviseActionPlanMutationVariables>;
export const CurrentActionPlanDocument = {"__meta__":{"hash":"sha256:7c04bb4d2484d84a48f1dbd7fffc2f27e4d6ae4b18adaebd97f5d763be8de48e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentActionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YoungPersonPlan"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YoungPersonPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUserId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"goalEvaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}}]}}]}}]} as unknown as DocumentNode<CurrentActionPlanQuery, CurrentActionPlanQueryVariables>;
export const RecordPlanFollowUpDocument = {"__meta__":{"hash":"sha256:df4403291151f7892d67d170c35e2a93698453e60836e1ea86a22c6d2c386134"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPlanFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlanFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlanFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YoungPersonPlan"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YoungPersonPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUserId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"goalEvaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}}]}}]}}]} as unknown as DocumentNode<RecordPlanFollowUpMutation, RecordPlanFollowUpMutationVariables>;
export const CloseActionPlanDocument = {"__meta__":{"hash":"sha256:7f2737e823f5e0af72027ecc90588b1cf815a19c85d10aa9fb726148ea7eec74"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseActionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseActionPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeActionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CloseActionPlanMutation, CloseActionPlanMutationVariables>;
export const ActionPlanChangedDocument = {"__meta__":{"hash":"sha256:38369b81c875a68d231b003a45bd88498fcbaf7250311a5c769c67819e512bb7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ActionPlanChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionPlanChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ActionPlanChangedSubscription, ActionPlanChangedSubscriptionVariables>;
export const SendReferralDocument = {"__meta__":{"hash":"sha256:61e35bfbff28095432b994b436a66624c03e2528bd19e8c90776321892e5b7b6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YoungPersonReferral"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YoungPersonReferral"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"toOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"legalGround"}},{"kind":"Field","name":{"kind":"Name","value":"provisionReference"}},{"kind":"Field","name":{"kind":"Name","value":"consentId"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<SendReferralMutation, SendReferralMutationVariables>;
export const RevokeReferralDocument = {"__meta__":{"hash":"sha256:28da2c56323222e6182e6b57ea7fc08c00e0a47b8fbe6e7d8f5f6ab092a6823d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YoungPersonReferral"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YoungPersonReferral"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"toOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"legalGround"}},{"kind":"Field","name":{"kind":"Name","value":"provisionReference"}},{"kind":"Field","name":{"kind":"Name","value":"consentId"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<RevokeReferralMutation, RevokeReferralMutationVariables>;
export const RecordDisclosureDocument = {"__meta__":{"hash":"sha256:a9120be75fef420b9e501ba251ce4d870930425f44cab0e29eda85ef60598ea0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDisclosure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDisclosureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDisclosure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YoungPersonDisclosure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YoungPersonDisclosure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Disclosure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalGround"}},{"kind":"Field","name":{"kind":"Name","value":"provisionReference"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"consentId"}},{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"recipientOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"recipientDescription"}},{"kind":"Field","name":{"kind":"Name","value":"disclosedAt"}}]}}]} as unknown as DocumentNode<RecordDisclosureMutation, RecordDisclosureMutationVariables>;
export const RegisterImportMappingDocument = {"__meta__":{"hash":"sha256:0b6b92b00bddff1fbbc1e41a0114aeecb09fda7de7e53e38eb5854973d14c23b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterImportMapping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerImportMapping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegisterImportMappingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegisterImportMappingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterImportMapping"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registrationReason"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRegistrationReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RegisterImportMappingQuery, RegisterImportMappingQueryVariables>;
export const RegisterImportFileColumnsDocument = {"__meta__":{"hash":"sha256:9bddb630cbc8f1d18a28f551ce7a5792fd37a7362f106c9b6fcb8082ec1a7144"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterImportFileColumns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerImportFileColumns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}}}]}]}}]} as unknown as DocumentNode<RegisterImportFileColumnsQuery, RegisterImportFileColumnsQueryVariables>;
export const SaveRegisterImportMappingDocument = {"__meta__":{"hash":"sha256:ea40bed137b84d3b3036c5cdd771404dc642233de6b5a94cd3354f9413e36109"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveRegisterImportMapping"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterImportMappingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveRegisterImportMapping"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegisterImportMappingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegisterImportMappingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterImportMapping"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registrationReason"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRegistrationReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SaveRegisterImportMappingMutation, SaveRegisterImportMappingMutationVariables>;
export const DryRunRegisterImportDocument = {"__meta__":{"hash":"sha256:1dc0b13dd75f2eccd4ceeba985fe10edc53fcb7b7a5f14fc56a6fbf724ad622a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DryRunRegisterImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DryRunRegisterImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRunRegisterImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegisterImportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegisterImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"runJobId"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"createCount"}},{"kind":"Field","name":{"kind":"Name","value":"updateCount"}},{"kind":"Field","name":{"kind":"Name","value":"unchangedCount"}},{"kind":"Field","name":{"kind":"Name","value":"refusedCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}}]}}]} as unknown as DocumentNode<DryRunRegisterImportMutation, DryRunRegisterImportMutationVariables>;
export const RegisterImportDocument = {"__meta__":{"hash":"sha256:2b36b2e746af8d7c8eb5ded62fd760fc2a36b5c0877fb55071983e39d2cf31da"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegisterImportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegisterImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"runJobId"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"createCount"}},{"kind":"Field","name":{"kind":"Name","value":"updateCount"}},{"kind":"Field","name":{"kind":"Name","value":"unchangedCount"}},{"kind":"Field","name":{"kind":"Name","value":"refusedCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}}]}}]} as unknown as DocumentNode<RegisterImportQuery, RegisterImportQueryVariables>;
export const RegisterImportRowsDocument = {"__meta__":{"hash":"sha256:a4a0b8365cf3b9a68107d76fce7dfa0ba0a0d3508317fa37024072791a176a51"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterImportRows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"importId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actions"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterImportAction"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerImportRows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"importId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"importId"}}},{"kind":"Argument","name":{"kind":"Name","value":"actions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actions"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterImportRowsQuery, RegisterImportRowsQueryVariables>;
export const RegisterImportJobDocument = {"__meta__":{"hash":"sha256:0a8940b418db51869a50f256273fd2f6d2ffcf245705cc9e88feb0b0e5033366"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterImportJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progressDone"}},{"kind":"Field","name":{"kind":"Name","value":"progressTotal"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]}}]} as unknown as DocumentNode<RegisterImportJobQuery, RegisterImportJobQueryVariables>;
export const RunRegisterImportDocument = {"__meta__":{"hash":"sha256:1c9f28eac35c32a61c39ba5e6f21138b7ef19beedf537b4c054bc5e6e995dea7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunRegisterImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runRegisterImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegisterImportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegisterImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"runJobId"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"createCount"}},{"kind":"Field","name":{"kind":"Name","value":"updateCount"}},{"kind":"Field","name":{"kind":"Name","value":"unchangedCount"}},{"kind":"Field","name":{"kind":"Name","value":"refusedCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}}]}}]} as unknown as DocumentNode<RunRegisterImportMutation, RunRegisterImportMutationVariables>;
export const ReportDocument = {"__meta__":{"hash":"sha256:398a50926c387e3366b3235fd0c8ae57682fa3ec903684465abe68ac4be1707a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Report"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportPeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"minCell"}},{"kind":"Field","name":{"kind":"Name","value":"rowDimension"}},{"kind":"Field","name":{"kind":"Name","value":"columnDimension"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"columnTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportHeadline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"occupationUnknown"}},{"kind":"Field","name":{"kind":"Name","value":"occupationUnknownPercent"}}]}}]}}]} as unknown as DocumentNode<ReportQuery, ReportQueryVariables>;
export const ExportReportDocument = {"__meta__":{"hash":"sha256:00281624944c2a38d4e63d655a573695388f47225a00618260a759700754be1b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportExportFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ExportReportMutation, ExportReportMutationVariables>;
export const ReportDurationsDocument = {"__meta__":{"hash":"sha256:1d825bc9279820eddd5dbb0c6fef93c9721de8105fdf5cde1920ac495871117b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportDurations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportPeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportDurations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minCell"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"firstContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lowerQuartile"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"upperQuartile"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstMeasure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lowerQuartile"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"upperQuartile"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportDurationsQuery, ReportDurationsQueryVariables>;
export const RetentionRulesDocument = {"__meta__":{"hash":"sha256:6939285fabcadcf92807dc5820eb799fb2f37a8d815b983de0b2afc2899a6cb7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetentionRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retentionRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordClass"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"keepYears"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedYears"}},{"kind":"Field","name":{"kind":"Name","value":"minYears"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<RetentionRulesQuery, RetentionRulesQueryVariables>;
export const RetentionDryRunDocument = {"__meta__":{"hash":"sha256:cb3f90639eead73a7bf78c57be356ee630d5fd1d65e784ef75192d9371cc9c0d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetentionDryRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retentionDryRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordClass"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<RetentionDryRunQuery, RetentionDryRunQueryVariables>;
export const DisposalsDocument = {"__meta__":{"hash":"sha256:37f9ebce246d6f2254912d0958dcfdb72c6298ab389d8c366cdb5dd8aceab074"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Disposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordClass"}},{"kind":"Field","name":{"kind":"Name","value":"keepYears"}},{"kind":"Field","name":{"kind":"Name","value":"cutoff"}},{"kind":"Field","name":{"kind":"Name","value":"disposedCount"}},{"kind":"Field","name":{"kind":"Name","value":"oldestAt"}},{"kind":"Field","name":{"kind":"Name","value":"newestAt"}},{"kind":"Field","name":{"kind":"Name","value":"archiveSha256"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"disposedAt"}}]}}]}}]} as unknown as DocumentNode<DisposalsQuery, DisposalsQueryVariables>;
export const SetRetentionRuleDocument = {"__meta__":{"hash":"sha256:78cbd1a885de9ce0648d3e7525c980f0343d048a8f838cd5d1f3d12eb088fb74"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetRetentionRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetRetentionRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRetentionRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordClass"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"keepYears"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<SetRetentionRuleMutation, SetRetentionRuleMutationVariables>;
export const RunRetentionDisposalDocument = {"__meta__":{"hash":"sha256:5de474475d5184c4d07ece73b3e9dba04de314321cdee61783ee6f4cbf7a4757"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunRetentionDisposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runRetentionDisposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordClass"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<RunRetentionDisposalMutation, RunRetentionDisposalMutationVariables>;
export const AccessLogSearchDocument = {"__meta__":{"hash":"sha256:6420e5e9fa8a0abf69e1ca5a74c8691183d12433de65760af60922f6e9dbfd20"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessLogSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessLogFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessLogRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessLogRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessLogEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAccessId"}}]}}]} as unknown as DocumentNode<AccessLogSearchQuery, AccessLogSearchQueryVariables>;
export const AccessSampleDocument = {"__meta__":{"hash":"sha256:083ada072c2314f672326d72bc530872b1bdfb0a2afd91addc4479b13e05f07c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessSample"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessSample"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"size"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessLogRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"CLOSED"}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"RANDOM_SAMPLE"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accessLogId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessLogRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessLogEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAccessId"}}]}}]} as unknown as DocumentNode<AccessSampleQuery, AccessSampleQueryVariables>;
export const RecordAccessReviewDocument = {"__meta__":{"hash":"sha256:0f42ab8c766fb8144a68c71d210a80b3eadc55004509970f4b6c9fa4f6b10da5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAccessReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAccessReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAccessReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accessLogId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RecordAccessReviewMutation, RecordAccessReviewMutationVariables>;
export const ClosedReviewsDocument = {"__meta__":{"hash":"sha256:cf917bc6c48ee707a6d7507734e4da126f841536d914235275eddbb2e2de9ea4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClosedReviews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"CLOSED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedById"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<ClosedReviewsQuery, ClosedReviewsQueryVariables>;
export const ReviewQueueDocument = {"__meta__":{"hash":"sha256:81c69687d8521b9ef6915ecfaf245cdb0d53beafd6569d6a921333e89ef5dd9e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAccessId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAccesses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessAnomalies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"reads"}},{"kind":"Field","name":{"kind":"Name","value":"youngPeople"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"reviewId"}}]}}]}}]} as unknown as DocumentNode<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const CloseAccessReviewDocument = {"__meta__":{"hash":"sha256:9741ad430fe7d7e60899a4c0ceb478c5dac6f7b2cb366633ca9a6c632da61e2a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseAccessReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseAccessReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeAccessReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<CloseAccessReviewMutation, CloseAccessReviewMutationVariables>;
export const ScbValidationDocument = {"__meta__":{"hash":"sha256:ac54a3bf8f151db1f8b9106928504fb55038dbea19712136a699b50c8e82b633"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScbValidation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScbKaaPeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scbKaaValidation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"codeTableVersion"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"peopleWithErrors"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"peopleWithWarnings"}},{"kind":"Field","name":{"kind":"Name","value":"warningCount"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"peopleWithErrorsOutsideAccess"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"youngPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScbFileFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScbFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScbKaaFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"downloadable"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"codeTableVersion"}},{"kind":"Field","name":{"kind":"Name","value":"producedByName"}},{"kind":"Field","name":{"kind":"Name","value":"producedAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"warningCount"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"}},{"kind":"Field","name":{"kind":"Name","value":"measuresStarted"}},{"kind":"Field","name":{"kind":"Name","value":"measuresEnded"}},{"kind":"Field","name":{"kind":"Name","value":"ended"}}]}}]}}]} as unknown as DocumentNode<ScbValidationQuery, ScbValidationQueryVariables>;
export const ProduceScbFileDocument = {"__meta__":{"hash":"sha256:7c840a72ebc5976c9aea8b24de9e2ad98df7720a9fa35e131df184500fd3b5d6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProduceScbFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProduceScbKaaFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"produceScbKaaFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScbFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScbFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScbKaaFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"downloadable"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"codeTableVersion"}},{"kind":"Field","name":{"kind":"Name","value":"producedByName"}},{"kind":"Field","name":{"kind":"Name","value":"producedAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"warningCount"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"}},{"kind":"Field","name":{"kind":"Name","value":"measuresStarted"}},{"kind":"Field","name":{"kind":"Name","value":"measuresEnded"}},{"kind":"Field","name":{"kind":"Name","value":"ended"}}]}}]}}]} as unknown as DocumentNode<ProduceScbFileMutation, ProduceScbFileMutationVariables>;
export const ScbDataQualityDocument = {"__meta__":{"hash":"sha256:3df1b0b0c2403464776f6341fc254a080a01829e93afedc8cc4b32b751912fe6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScbDataQuality"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScbKaaPeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scbKaaDataQuality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"occupationUnknown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScbQualityFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScbQualityFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScbQualityFigureFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScbQualityFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScbKaaQualityFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"outsideAccess"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"youngPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]} as unknown as DocumentNode<ScbDataQualityQuery, ScbDataQualityQueryVariables>;
export const SignInDocument = {"__meta__":{"hash":"sha256:f8114735498b60ff42c23469e33b79e6e59466ef7bd389292451982c639ed222"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionTokens"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionTokens"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const RefreshSessionDocument = {"__meta__":{"hash":"sha256:76c2a643911eb8a6bec09028bb87d4789f28a041b415bac4071bfa3f673c09d5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionTokens"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionTokens"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const SignOutDocument = {"__meta__":{"hash":"sha256:bdee6123ce886c87c81f1d4d9c7cb5ce6672e7885895c44b70ed3b5fe754ec74"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const ViewerDocument = {"__meta__":{"hash":"sha256:2ae0e97d3e1f9c610141ffa008998c2b3adb0ec8b88d66b756452a2ef8aff555"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const SignInOptionsDocument = {"__meta__":{"hash":"sha256:ccacac9d9fdf3b833fb6bf21e11d23c539f9cad183e74b5ce057e6715f4e6b25"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signInOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oidc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startUrl"}}]}}]}}]}}]} as unknown as DocumentNode<SignInOptionsQuery, SignInOptionsQueryVariables>;
export const SwitchMembershipDocument = {"__meta__":{"hash":"sha256:7bbb85175865c37af0aacf61835fa2f01239e8384f3397a1dd2b66a64946837d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SwitchMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SwitchMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"switchMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionTokens"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionTokens"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<SwitchMembershipMutation, SwitchMembershipMutationVariables>;
export const SignalsDocument = {"__meta__":{"hash":"sha256:22bc9f2e3344a0e090b52513d324e77d920ad6f27ad42045c5a07ab22a69350d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Signals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SignalStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignalFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Signal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"schoolName"}},{"kind":"Field","name":{"kind":"Name","value":"homeMunicipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"personalIdentityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"absencePercent"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"handledByName"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<SignalsQuery, SignalsQueryVariables>;
export const RecordSignalDocument = {"__meta__":{"hash":"sha256:8e4e2272f0ab18da1000b4737d82acdd0d2c44aa5aed7fb066a80f0787269897"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSignal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSignalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSignal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Signal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"schoolName"}},{"kind":"Field","name":{"kind":"Name","value":"homeMunicipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"personalIdentityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"absencePercent"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"handledByName"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RecordSignalMutation, RecordSignalMutationVariables>;
export const ImportSignalsDocument = {"__meta__":{"hash":"sha256:37b6361e405ae47a804d16d13bbe6fde99ccab072c03d4403490564572f9aad9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportSignals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportSignalsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importSignals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdCount"}},{"kind":"Field","name":{"kind":"Name","value":"repeated"}}]}}]}}]} as unknown as DocumentNode<ImportSignalsMutation, ImportSignalsMutationVariables>;
export const HandleSignalDocument = {"__meta__":{"hash":"sha256:47941e8d4b0b205c57b06817229ba91a859f1a042d7c608173d627e5068c4560"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HandleSignal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HandleSignalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handleSignal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Signal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"schoolName"}},{"kind":"Field","name":{"kind":"Name","value":"homeMunicipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"personalIdentityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"absencePercent"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"handledByName"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<HandleSignalMutation, HandleSignalMutationVariables>;
export const YoungPersonSignalsDocument = {"__meta__":{"hash":"sha256:1c56fdabcbf210e874acf60552de754cf960d703291aa95815317f669c4a1fa3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YoungPersonSignals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"youngPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"signals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignalFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Signal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"schoolName"}},{"kind":"Field","name":{"kind":"Name","value":"homeMunicipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"personalIdentityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"absencePercent"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"handledByName"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<YoungPersonSignalsQuery, YoungPersonSignalsQueryVariables>;
export const StandInsDocument = {"__meta__":{"hash":"sha256:0ee0aafcd5ffe7a15dab6f70b98196ead8b488f4311a58bec0e781b3d6695741"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StandIns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StandInsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standIns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"absentUserId"}},{"kind":"Field","name":{"kind":"Name","value":"absentName"}},{"kind":"Field","name":{"kind":"Name","value":"standInUserId"}},{"kind":"Field","name":{"kind":"Name","value":"standInName"}},{"kind":"Field","name":{"kind":"Name","value":"fromOn"}},{"kind":"Field","name":{"kind":"Name","value":"toOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<StandInsQuery, StandInsQueryVariables>;
export const AppointStandInDocument = {"__meta__":{"hash":"sha256:710ee33cd38e4497c80f4907020ac2a7eb1db5794654275251200729ddc4fee4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppointStandIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointStandInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointStandIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"absentName"}},{"kind":"Field","name":{"kind":"Name","value":"standInName"}},{"kind":"Field","name":{"kind":"Name","value":"fromOn"}},{"kind":"Field","name":{"kind":"Name","value":"toOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<AppointStandInMutation, AppointStandInMutationVariables>;
export const EndStandInDocument = {"__meta__":{"hash":"sha256:054a93f26acfe3308ee538e10f91bf1e39a5028e3eb043c820716510ecece09a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndStandIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endStandIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}}]}}]}}]} as unknown as DocumentNode<EndStandInMutation, EndStandInMutationVariables>;
export const TargetGroupHeadlineDocument = {"__meta__":{"hash":"sha256:db9f46086c34ce340ec6c7b9021c1e9bca19dcdac601935b8de40ef38bc91c2d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TargetGroupHeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetGroupOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toCheck"}},{"kind":"Field","name":{"kind":"Name","value":"unknownOccupation"}},{"kind":"Field","name":{"kind":"Name","value":"registeredUnknown"}},{"kind":"Field","name":{"kind":"Name","value":"lastRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listsDate"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]}}]} as unknown as DocumentNode<TargetGroupHeadlineQuery, TargetGroupHeadlineQueryVariables>;
export const TargetGroupQueueDocument = {"__meta__":{"hash":"sha256:925e68def3c5aa61da89f1f9eba47d46ddb863532988b8f500337c3741d1b5c1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TargetGroupQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGroupCheckStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetGroupOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toCheck"}},{"kind":"Field","name":{"kind":"Name","value":"unknownOccupation"}},{"kind":"Field","name":{"kind":"Name","value":"registeredUnknown"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroupChecks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetGroupCheckFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetGroupCheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGroupCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personalIdentityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"listsDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastSchool"}},{"kind":"Field","name":{"kind":"Name","value":"leftSchoolOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftReason"}},{"kind":"Field","name":{"kind":"Name","value":"leftSchool"}},{"kind":"Field","name":{"kind":"Name","value":"dismissReason"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"signalId"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}}]}}]} as unknown as DocumentNode<TargetGroupQueueQuery, TargetGroupQueueQueryVariables>;
export const TargetGroupImportsDocument = {"__meta__":{"hash":"sha256:d6e58452daca2e2adf44ef5d90075ca14bd548961d0581e89b3a489106b0869c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TargetGroupImports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetGroupImports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetGroupImportFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetGroupImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGroupImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"schoolName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<TargetGroupImportsQuery, TargetGroupImportsQueryVariables>;
export const TargetGroupRunsDocument = {"__meta__":{"hash":"sha256:f5811a2f0e62355aaf06fd51fc9755b1a21653db07b77ba8ab42921c70744eb5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TargetGroupRuns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetGroupRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetGroupRunFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetGroupRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGroupRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"populationFileName"}},{"kind":"Field","name":{"kind":"Name","value":"enrollmentFileNames"}},{"kind":"Field","name":{"kind":"Name","value":"listsDate"}},{"kind":"Field","name":{"kind":"Name","value":"judgedOn"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"residents"}},{"kind":"Field","name":{"kind":"Name","value":"inAgeBand"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"newCount"}},{"kind":"Field","name":{"kind":"Name","value":"stillCount"}},{"kind":"Field","name":{"kind":"Name","value":"leftCount"}},{"kind":"Field","name":{"kind":"Name","value":"unknownCount"}},{"kind":"Field","name":{"kind":"Name","value":"dismissedCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<TargetGroupRunsQuery, TargetGroupRunsQueryVariables>;
export const TargetGroupJobDocument = {"__meta__":{"hash":"sha256:8e662fe9bda2151664e7a453d0ddc856b2b0adc32fcbb0bf5614418900e2a3da"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TargetGroupJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progressDone"}},{"kind":"Field","name":{"kind":"Name","value":"progressTotal"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"errorLine"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<TargetGroupJobQuery, TargetGroupJobQueryVariables>;
export const ImportTargetGroupFileDocument = {"__meta__":{"hash":"sha256:076387abb49ea978b082166e58d991e586ccbdf62727839acaeb39cc58134fcd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportTargetGroupFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportTargetGroupFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importTargetGroupFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetGroupImportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetGroupImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGroupImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"schoolName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ImportTargetGroupFileMutation, ImportTargetGroupFileMutationVariables>;
export const StartTargetGroupRunDocument = {"__meta__":{"hash":"sha256:149072a1b0819a37392a45c34b6aa7d3f5d0cc80ca2f036fa66ebad80fba1160"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartTargetGroupRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartTargetGroupRunInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTargetGroupRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetGroupRunFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetGroupRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGroupRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"populationFileName"}},{"kind":"Field","name":{"kind":"Name","value":"enrollmentFileNames"}},{"kind":"Field","name":{"kind":"Name","value":"listsDate"}},{"kind":"Field","name":{"kind":"Name","value":"judgedOn"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"residents"}},{"kind":"Field","name":{"kind":"Name","value":"inAgeBand"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"newCount"}},{"kind":"Field","name":{"kind":"Name","value":"stillCount"}},{"kind":"Field","name":{"kind":"Name","value":"leftCount"}},{"kind":"Field","name":{"kind":"Name","value":"unknownCount"}},{"kind":"Field","name":{"kind":"Name","value":"dismissedCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<StartTargetGroupRunMutation, StartTargetGroupRunMutationVariables>;
export const RegisterTargetGroupCheckDocument = {"__meta__":{"hash":"sha256:18e7785ccf1121f42ed5f83218544679eed9d57a138cb12736d7df8b8b3fae7c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterTargetGroupCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterTargetGroupCheckInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerTargetGroupCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetGroupCheckFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetGroupCheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGroupCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personalIdentityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"listsDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastSchool"}},{"kind":"Field","name":{"kind":"Name","value":"leftSchoolOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftReason"}},{"kind":"Field","name":{"kind":"Name","value":"leftSchool"}},{"kind":"Field","name":{"kind":"Name","value":"dismissReason"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"signalId"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}}]}}]} as unknown as DocumentNode<RegisterTargetGroupCheckMutation, RegisterTargetGroupCheckMutationVariables>;
export const DismissTargetGroupCheckDocument = {"__meta__":{"hash":"sha256:058b39f29d9fa7af8b5750d72180f8db039bee4d24a44c891def054563619755"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DismissTargetGroupCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DismissTargetGroupCheckInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dismissTargetGroupCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetGroupCheckFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetGroupCheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGroupCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personalIdentityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"listsDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastSchool"}},{"kind":"Field","name":{"kind":"Name","value":"leftSchoolOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftReason"}},{"kind":"Field","name":{"kind":"Name","value":"leftSchool"}},{"kind":"Field","name":{"kind":"Name","value":"dismissReason"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"signalId"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}}]}}]} as unknown as DocumentNode<DismissTargetGroupCheckMutation, DismissTargetGroupCheckMutationVariables>;
export const YoungPersonAccessLogDocument = {"__meta__":{"hash":"sha256:9f4beb2cd3bf7e154c99ec006ba3c89c5ae5c885b0084569bafb38023125ed71"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YoungPersonAccessLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"youngPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessLogRow"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessLogRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessLogEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAccessId"}}]}}]} as unknown as DocumentNode<YoungPersonAccessLogQuery, YoungPersonAccessLogQueryVariables>;
export const SearchYoungPeopleDocument = {"__meta__":{"hash":"sha256:3f108ecc6c72efbfb9d31d8d0a734cbc651446a8a50fdd46f230f6f557c9af27"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchYoungPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchYoungPeople"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"protectedIdentity"}},{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchYoungPeopleQuery, SearchYoungPeopleQueryVariables>;
export const RegisterYoungPersonDocument = {"__meta__":{"hash":"sha256:39dfb0bef2d003ba7ac5324240c257a812050bf38d8889027adbb8e1303ff477"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterYoungPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterYoungPersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerYoungPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegisterYoungPersonMutation, RegisterYoungPersonMutationVariables>;
export const YoungPersonDocument = {"__meta__":{"hash":"sha256:3d92fe3b8be8c234a2f9fcc34e966451a918ff36420c6692c887237764cce6c0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YoungPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"youngPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"personalIdentityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"coordinationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"twentiethBirthday"}},{"kind":"Field","name":{"kind":"Name","value":"protectedIdentity"}},{"kind":"Field","name":{"kind":"Name","value":"protectedNamedUserIds"}},{"kind":"Field","name":{"kind":"Name","value":"lastContactAt"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streetAddress"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guardians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"registrationReason"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"registrationReason"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupationHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YoungPersonOccupation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactAttempts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactAttemptItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YoungPersonMeasure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YoungPersonPlan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YoungPersonConsent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consentRefusals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YoungPersonConsentRefusal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YoungPersonReferral"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disclosures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YoungPersonDisclosure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"measureTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"consentDefaultValidDays"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YoungPersonOccupation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Occupation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactAttemptItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactAttempt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"occupationLearned"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YoungPersonMeasure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"measureTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"measureType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"respondedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"occupationAfter"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStartOn"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEndOn"}},{"kind":"Field","name":{"kind":"Name","value":"followUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"planningAndGoal"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YoungPersonPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUserId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"goalEvaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YoungPersonConsent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recipientOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"guardianName"}},{"kind":"Field","name":{"kind":"Name","value":"documentReference"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"documentedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"replacesId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YoungPersonConsentRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentRefusal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"liftedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YoungPersonReferral"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"toOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"legalGround"}},{"kind":"Field","name":{"kind":"Name","value":"provisionReference"}},{"kind":"Field","name":{"kind":"Name","value":"consentId"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YoungPersonDisclosure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Disclosure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalGround"}},{"kind":"Field","name":{"kind":"Name","value":"provisionReference"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"consentId"}},{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"recipientOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"recipientDescription"}},{"kind":"Field","name":{"kind":"Name","value":"disclosedAt"}}]}}]} as unknown as DocumentNode<YoungPersonQuery, YoungPersonQueryVariables>;
export const LogContactAttemptDocument = {"__meta__":{"hash":"sha256:57ff0487a0183e2a31fd67aa56390f3b988ed3f532aa7bb51eb67f05c5922fe6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogContactAttempt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogContactAttemptInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logContactAttempt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactAttemptItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactAttemptItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactAttempt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"occupationLearned"}}]}}]} as unknown as DocumentNode<LogContactAttemptMutation, LogContactAttemptMutationVariables>;
export const YoungPersonChangedDocument = {"__meta__":{"hash":"sha256:ae4a006486492e439fa71ff39b61a16affbd5fb833f7d5e0436ce95cca7d83ca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"YoungPersonChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"youngPersonChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<YoungPersonChangedSubscription, YoungPersonChangedSubscriptionVariables>;
export const RecordOccupationDocument = {"__meta__":{"hash":"sha256:23e6de348fed75a2fbf308ba2c1a25e40595bf2e9f90728940c1b7221d0d0c4e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordOccupation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOccupationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOccupation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YoungPersonOccupation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YoungPersonOccupation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Occupation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}}]}}]} as unknown as DocumentNode<RecordOccupationMutation, RecordOccupationMutationVariables>;
export const HandOverToMunicipalityDocument = {"__meta__":{"hash":"sha256:0c81ad31e921d0ab6e43134d433c08c8728c3d8fe3a4966f57132535a72bf6e5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HandOverToMunicipality"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HandOverInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handOverToMunicipality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"movedOn"}},{"kind":"Field","name":{"kind":"Name","value":"toMunicipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<HandOverToMunicipalityMutation, HandOverToMunicipalityMutationVariables>;
export const EndEnrollmentDocument = {"__meta__":{"hash":"sha256:b5b98b00a4e6a462635ccc25af9809e73c14e5d561726f7f1eb02fe5e10db092"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndEnrollment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndEnrollmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endEnrollment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<EndEnrollmentMutation, EndEnrollmentMutationVariables>;
export const ExportYoungPersonDataDocument = {"__meta__":{"hash":"sha256:436987c767f65e122932f70442213e2868f3b60a75f80683e0cc41218d447ef3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportYoungPersonData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportYoungPersonDataInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportYoungPersonData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]} as unknown as DocumentNode<ExportYoungPersonDataMutation, ExportYoungPersonDataMutationVariables>;
export const ChangeEnrollmentStatusDocument = {"__meta__":{"hash":"sha256:9343ee04e31314b1d5b5e6f4137453cfbc9cd9cc252d60ed083f2b2480085d77"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeEnrollmentStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEnrollmentStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeEnrollmentStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ChangeEnrollmentStatusMutation, ChangeEnrollmentStatusMutationVariables>;
export const CorrectEndReasonDocument = {"__meta__":{"hash":"sha256:b73a54154056c1698203a606f459430007c49b570e2dc9c5f7669a5fa84b8f76"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectEndReason"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectEndReasonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctEndReason"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CorrectEndReasonMutation, CorrectEndReasonMutationVariables>;
export const CorrectRegistrationReasonDocument = {"__meta__":{"hash":"sha256:b4780d00f13208d20adaaa45abb9183079ee54ff81331e98217d608447b1d89a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectRegistrationReason"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectRegistrationReasonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctRegistrationReason"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CorrectRegistrationReasonMutation, CorrectRegistrationReasonMutationVariables>;
export const UpdateYoungPersonContactDocument = {"__meta__":{"hash":"sha256:b7f3a7d9c60610e520949d656d4d2dced6cd484ec8f3efc3a72f730b4e0d364f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateYoungPersonContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateYoungPersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateYoungPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateYoungPersonContactMutation, UpdateYoungPersonContactMutationVariables>;
export const SetProtectedIdentityDocument = {"__meta__":{"hash":"sha256:23d93f05f23f052202cffa015867fc4a3794ea4d27220a962c2c782757d66f69"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetProtectedIdentity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetProtectedIdentityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setProtectedIdentity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"protectedIdentity"}},{"kind":"Field","name":{"kind":"Name","value":"protectedNamedUserIds"}}]}}]}}]} as unknown as DocumentNode<SetProtectedIdentityMutation, SetProtectedIdentityMutationVariables>;