/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type AcceptHandOverInput = {
  /** A coordinator of the receiving unit; otherwise unassigned. */
  coordinatorId?: string | number | null | undefined;
  id: string | number;
};

/** Why a user could read what they read. */
export type AccessGround =
  | 'ARCHIVE'
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
  /** Only reads of this school pupil (early warning). */
  schoolPupilId?: string | number | null | undefined;
  /** Only reads of young people of the register, or only the schools’ reads of their pupils. */
  subjectKind?: AccessSubjectKind | null | undefined;
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

/** Whom a read was about: a young person of the register, or a pupil of a school (its early warning). */
export type AccessSubjectKind =
  | 'SCHOOL_PUPIL'
  | 'YOUNG_PERSON';

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

/** A new integration credential for one school’s system (POST /signals/import, POST /early-warning/absence-days/import). */
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
  /** The guardian's personnummer, for their sign-in to the own view (never returned). In an update, left out keeps the number stored for the one guardian of the same name and relation; null clears it. */
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

/** A file of absence days of the caller’s school, uploaded with POST /files. */
export type ImportAbsenceDaysInput = {
  /** The id POST /files answered. */
  fileId: string | number;
  /** The sender’s key for this upload: the same key again is the import already made. */
  idempotencyKey: string;
};

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

export type LegalHoldInput = {
  /** Why the records are held (set) or released (lift). */
  reason: string;
  youngPersonId: string | number;
};

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

export type PlanChangeKind =
  | 'ADDED'
  | 'CHANGED'
  | 'REMOVED';

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

export type ReEnrollInput = {
  enrollment: EnrollmentInput;
  youngPersonId: string | number;
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

export type SecurityEventFilterInput = {
  /** Only events of this account (`accountKey`, 64 hexadecimal characters). */
  accountKey?: string | null | undefined;
  /** Only events from this client address (exactly). */
  clientAddress?: string | null | undefined;
  from?: string | null | undefined;
  /** Only these kinds. */
  kinds?: Array<SecurityEventKind> | null | undefined;
  to?: string | null | undefined;
  userId?: string | number | null | undefined;
};

/** A refused login, token or operation, or an anomaly raised from repeated ones. */
export type SecurityEventKind =
  | 'ANOMALY_ACCOUNT'
  | 'ANOMALY_ADDRESS'
  | 'ANOMALY_IMPORT'
  | 'IMPORT_REFUSED'
  | 'LOGIN_FAILED'
  | 'LOGIN_THROTTLED'
  | 'OPERATION_REFUSED'
  | 'REFRESH_TOKEN_REFUSED'
  | 'TOKEN_REFUSED';

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

/** Name a pupil’s mentor (a school staff member of the same school), or none. */
export type SetPupilMentorInput = {
  className?: string | null | undefined;
  mentorUserId?: string | number | null | undefined;
  personalIdentityNumber: string;
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

/** Whether a school staff member belongs to the school’s student health (elevhälsa). */
export type SetStudentHealthStaffInput = {
  studentHealth: boolean;
  userId: string | number;
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

/** The direction of a sorted list. */
export type SortDirection =
  | 'ASC'
  | 'DESC';

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

export type UpdateMeasureDocumentationInput = {
  evaluationOn?: string | null | undefined;
  evidenceBasis?: Array<EvidenceBasis> | null | undefined;
  followUpOn?: string | null | undefined;
  id: string | number;
  level?: MeasureLevel | null | undefined;
  municipalityResponsibility?: string | null | undefined;
  /** The other actor, when it is an organisation of the municipality. */
  otherActorOrganizationId?: string | number | null | undefined;
  otherActorResponsibility?: string | null | undefined;
  plannedEndOn?: string | null | undefined;
  plannedStartOn?: string | null | undefined;
  /** Individual planning and the goal of the measure. */
  planningAndGoal?: string | null | undefined;
  tier?: MeasureTier | null | undefined;
  version: number;
  youngPersonResponsibility?: string | null | undefined;
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

export type UpdateOrganizationInput = {
  id: string | number;
  name?: string | null | undefined;
  /** The version the change is based on. */
  version: number;
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

export type AdminUserFieldsFragment = { id: string, displayName: string, email: string, disabled: boolean, version: number, memberships: Array<{ id: string, role: Role, endedAt: string | null, organizationId: string, organizationName: string | null }> };

export type AdminUsersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type AdminUsersQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, displayName: string, email: string, disabled: boolean, version: number, memberships: Array<{ id: string, role: Role, endedAt: string | null, organizationId: string, organizationName: string | null }> }> } };

export type AdminUserQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminUserQuery = { user: { id: string, displayName: string, email: string, disabled: boolean, version: number, memberships: Array<{ id: string, role: Role, endedAt: string | null, organizationId: string, organizationName: string | null }> } };

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { id: string, displayName: string, email: string, disabled: boolean, version: number, memberships: Array<{ id: string, role: Role, endedAt: string | null, organizationId: string, organizationName: string | null }> } };

export type SetUserDisabledMutationVariables = Exact<{
  input: SetUserDisabledInput;
}>;


export type SetUserDisabledMutation = { setUserDisabled: { id: string, displayName: string, email: string, disabled: boolean, version: number, memberships: Array<{ id: string, role: Role, endedAt: string | null, organizationId: string, organizationName: string | null }> } };

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


export type AdministrationQuery = { municipality: { id: string, name: string, code: string, consentDefaultValidDays: number | null }, users: { totalCount: number, nodes: Array<{ id: string, displayName: string, email: string, disabled: boolean, memberships: Array<{ id: string, role: Role, endedAt: string | null, organizationId: string, organizationName: string | null }> }> } };

export type AdminOrganizationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type AdminOrganizationsQuery = { organizations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, kind: OrganizationKind, version: number }> } };

export type CreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type CreateOrganizationMutation = { createOrganization: { id: string, name: string, kind: OrganizationKind } };

export type RenameOrganizationMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type RenameOrganizationMutation = { updateOrganization: { id: string, name: string, version: number } };

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
  direction?: SortDirection | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CaseloadQuery = { caseload: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, version: number, coordinatorId: string | null, standInFor: string | null, givenName: string, familyName: string, age: number | null, twentiethBirthday: string | null, protectedIdentity: boolean | null, lastContactAt: string | null, enrollment: { id: string, status: EnrollmentStatus, registeredOn: string } | null, latestContact: { id: string, outcome: ContactOutcome } | null, actionPlan: { id: string, nextFollowUpOn: string | null } | null }> }, caseloadStatusCounts: Array<{ status: EnrollmentStatus, count: number }>, standIns: Array<{ id: string, absentUserId: string, absentName: string }> };

export type CaseloadChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type CaseloadChangedSubscription = { youngPersonChanged: { id: string, coordinatorId: string | null } };

export type IncomingHandOversQueryVariables = Exact<{ [key: string]: never; }>;


export type IncomingHandOversQuery = { handOvers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, movedOn: string, sentAt: string, fromMunicipality: { id: string, name: string }, person: { givenName: string, familyName: string, personalIdentityNumber: string, protectedIdentity: boolean } | null }> } };

export type MoreIncomingHandOversQueryVariables = Exact<{
  after: string;
}>;


export type MoreIncomingHandOversQuery = { handOvers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, movedOn: string, sentAt: string, fromMunicipality: { id: string, name: string }, person: { givenName: string, familyName: string, personalIdentityNumber: string, protectedIdentity: boolean } | null }> } };

export type IncomingHandOversPageFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, movedOn: string, sentAt: string, fromMunicipality: { id: string, name: string }, person: { givenName: string, familyName: string, personalIdentityNumber: string, protectedIdentity: boolean } | null }> };

export type AcceptHandOverMutationVariables = Exact<{
  input: AcceptHandOverInput;
}>;


export type AcceptHandOverMutation = { acceptHandOver: { handOver: { id: string, status: HandOverStatus, receivedYoungPersonId: string | null }, youngPerson: { id: string, givenName: string, familyName: string } } };

export type TeamLoadQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamLoadQuery = { coordinatorLoad: Array<{ coordinatorId: string | null, coordinatorName: string | null, youngPeople: number, notContacted: number, withoutRecentContact: number }> };

export type TeamCoordinatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamCoordinatorsQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, displayName: string, disabled: boolean, memberships: Array<{ id: string, role: Role, endedAt: string | null }> }> } };

export type MoreTeamCoordinatorsQueryVariables = Exact<{
  after: string;
}>;


export type MoreTeamCoordinatorsQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, displayName: string, disabled: boolean, memberships: Array<{ id: string, role: Role, endedAt: string | null }> }> } };

export type TeamCoordinatorsPageFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, displayName: string, disabled: boolean, memberships: Array<{ id: string, role: Role, endedAt: string | null }> }> };

export type AssignCoordinatorMutationVariables = Exact<{
  input: AssignCoordinatorInput;
}>;


export type AssignCoordinatorMutation = { assignCoordinator: { id: string, coordinatorId: string | null, version: number } };

export type YoungPersonConsentFragment = { id: string, status: ConsentStatus, recipientOrganizationId: string, recipientOrganizationName: string | null, categories: Array<InformationCategory>, purpose: string, form: ConsentForm, givenBy: ConsentGiver, guardianName: string | null, documentReference: string | null, validFrom: string, validTo: string, documentedAt: string, withdrawnAt: string | null, replacesId: string | null };

export type YoungPersonConsentRefusalFragment = { id: string, active: boolean, category: InformationCategory, organizationId: string, organizationName: string | null, recordedAt: string, liftedAt: string | null };

export type RecordConsentMutationVariables = Exact<{
  input: RecordConsentInput;
}>;


export type RecordConsentMutation = { recordConsent: { id: string, status: ConsentStatus, recipientOrganizationId: string, recipientOrganizationName: string | null, categories: Array<InformationCategory>, purpose: string, form: ConsentForm, givenBy: ConsentGiver, guardianName: string | null, documentReference: string | null, validFrom: string, validTo: string, documentedAt: string, withdrawnAt: string | null, replacesId: string | null } };

export type WithdrawConsentMutationVariables = Exact<{
  input: WithdrawConsentInput;
}>;


export type WithdrawConsentMutation = { withdrawConsent: { id: string, status: ConsentStatus, recipientOrganizationId: string, recipientOrganizationName: string | null, categories: Array<InformationCategory>, purpose: string, form: ConsentForm, givenBy: ConsentGiver, guardianName: string | null, documentReference: string | null, validFrom: string, validTo: string, documentedAt: string, withdrawnAt: string | null, replacesId: string | null } };

export type RecordConsentRefusalMutationVariables = Exact<{
  input: RecordConsentRefusalInput;
}>;


export type RecordConsentRefusalMutation = { recordConsentRefusal: Array<{ id: string, active: boolean, category: InformationCategory, organizationId: string, organizationName: string | null, recordedAt: string, liftedAt: string | null }> };

export type LiftConsentRefusalMutationVariables = Exact<{
  id: string | number;
}>;


export type LiftConsentRefusalMutation = { liftConsentRefusal: { id: string, active: boolean, category: InformationCategory, organizationId: string, organizationName: string | null, recordedAt: string, liftedAt: string | null } };

export type ReviseConsentMutationVariables = Exact<{
  input: ReviseConsentInput;
}>;


export type ReviseConsentMutation = { reviseConsent: { id: string, status: ConsentStatus, recipientOrganizationId: string, recipientOrganizationName: string | null, categories: Array<InformationCategory>, purpose: string, form: ConsentForm, givenBy: ConsentGiver, guardianName: string | null, documentReference: string | null, validFrom: string, validTo: string, documentedAt: string, withdrawnAt: string | null, replacesId: string | null } };

export type ActiveEmergencyAccessesQueryVariables = Exact<{ [key: string]: never; }>;


export type ActiveEmergencyAccessesQuery = { emergencyAccesses: { nodes: Array<{ id: string, youngPersonId: string, expiresAt: string }> } };

export type MyEmergencyAccessesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyEmergencyAccessesQuery = { emergencyAccesses: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, youngPersonId: string, reason: string, startedAt: string, expiresAt: string, endedAt: string | null, active: boolean }> } };

export type SharedWithUsQueryVariables = Exact<{ [key: string]: never; }>;


export type SharedWithUsQuery = { assignedPlanActions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, planId: string, planTitle: string | null, planVersion: number, description: string, dueOn: string | null, status: PlanActionStatus }> }, youngPeople: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, givenName: string, familyName: string }> }, referrals: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, status: ReferralStatus, purpose: string, legalGround: LegalGround, sentAt: string, version: number, youngPersonId: string }> }, actionPlans: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, nextFollowUpOn: string | null }> } };

export type SharedActionsPageFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, planId: string, planTitle: string | null, planVersion: number, description: string, dueOn: string | null, status: PlanActionStatus }> };

export type SharedYoungPeoplePageFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, givenName: string, familyName: string }> };

export type SharedPlansPageFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, nextFollowUpOn: string | null }> };

export type MoreSharedActionsQueryVariables = Exact<{
  after: string;
}>;


export type MoreSharedActionsQuery = { assignedPlanActions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, planId: string, planTitle: string | null, planVersion: number, description: string, dueOn: string | null, status: PlanActionStatus }> } };

export type MoreSharedYoungPeopleQueryVariables = Exact<{
  after: string;
}>;


export type MoreSharedYoungPeopleQuery = { youngPeople: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, givenName: string, familyName: string }> } };

export type MoreSharedPlansQueryVariables = Exact<{
  after: string;
}>;


export type MoreSharedPlansQuery = { actionPlans: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, nextFollowUpOn: string | null }> } };

export type UpdateAssignedPlanActionMutationVariables = Exact<{
  input: UpdateAssignedPlanActionInput;
}>;


export type UpdateAssignedPlanActionMutation = { updateAssignedPlanAction: { id: string, planVersion: number, status: PlanActionStatus } };

export type PartnerYoungPersonQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnerYoungPersonQuery = { youngPerson: { id: string, givenName: string, familyName: string, personalIdentityNumber: string | null, coordinationNumber: boolean | null, age: number | null, twentiethBirthday: string | null, contact: { streetAddress: string | null, postalCode: string | null, city: string | null, phone: string | null, email: string | null } | null, guardians: Array<{ id: string, name: string, relation: GuardianRelation, phone: string | null, email: string | null }>, enrollment: { id: string, status: EnrollmentStatus, registeredOn: string } | null, occupations: Array<{ id: string, kind: OccupationKind, category: OccupationCategory }>, measures: Array<{ id: string, offeredOn: string, measureType: { id: string, name: string } | null }>, actionPlan: { id: string, title: string, nextFollowUpOn: string | null } | null, readAccess: { grounds: Array<ReadGround>, consents: Array<{ consentId: string, categories: Array<InformationCategory>, validTo: string }>, hiddenCategories: Array<{ category: InformationCategory, reason: HiddenReason }> } }, emergencyAccesses: { nodes: Array<{ id: string, reason: string, startedAt: string, expiresAt: string, active: boolean }> } };

export type SharedPlanQueryVariables = Exact<{
  id: string | number;
}>;


export type SharedPlanQuery = { actionPlan: { id: string, title: string, status: PlanStatus, youngPersonId: string | null, nextFollowUpOn: string | null, goals: Array<{ id: string, owner: GoalOwner, position: number, text: string }>, actions: Array<{ id: string, position: number, description: string, dueOn: string | null, status: PlanActionStatus, responsibleOrganizationId: string, responsibleOrganizationName: string | null }>, followUps: Array<{ id: string, plannedOn: string, heldOn: string | null, summary: string }> } };

export type StartEmergencyAccessMutationVariables = Exact<{
  input: StartEmergencyAccessInput;
}>;


export type StartEmergencyAccessMutation = { startEmergencyAccess: { id: string, reason: string, startedAt: string, expiresAt: string, active: boolean } };

export type EndEmergencyAccessMutationVariables = Exact<{
  id: string | number;
}>;


export type EndEmergencyAccessMutation = { endEmergencyAccess: { id: string, active: boolean, endedAt: string | null } };

export type ImportAbsenceFileMutationVariables = Exact<{
  input: ImportAbsenceDaysInput;
}>;


export type ImportAbsenceFileMutation = { importAbsenceDays: { id: string, fileName: string, rowCount: number, createdCount: number, repeated: boolean, evaluation: { ran: boolean, opened: number } | null } };

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

export type SchoolPupilFieldsFragment = { id: string, personalIdentityNumber: string, className: string | null, mentorUserId: string | null, mentorName: string | null };

export type SchoolMentorsQueryVariables = Exact<{ [key: string]: never; }>;


export type SchoolMentorsQuery = { schoolPupils: Array<{ id: string, personalIdentityNumber: string, className: string | null, mentorUserId: string | null, mentorName: string | null }>, schoolStaff: Array<{ userId: string, name: string, studentHealth: boolean }> };

export type NamePupilMentorMutationVariables = Exact<{
  input: SetPupilMentorInput;
}>;


export type NamePupilMentorMutation = { setPupilMentor: { id: string, personalIdentityNumber: string, className: string | null, mentorUserId: string | null, mentorName: string | null } };

export type NameStudentHealthStaffMutationVariables = Exact<{
  input: SetStudentHealthStaffInput;
}>;


export type NameStudentHealthStaffMutation = { setStudentHealthStaff: Array<{ userId: string, name: string, studentHealth: boolean }> };

export type IntegrationCredentialsQueryVariables = Exact<{ [key: string]: never; }>;


export type IntegrationCredentialsQuery = { integrationCredentials: Array<{ id: string, name: string, organizationId: string, organizationName: string, createdAt: string, createdByName: string, expiresAt: string, revokedAt: string | null, lastUsedAt: string | null }> };

export type CreateIntegrationCredentialMutationVariables = Exact<{
  input: CreateIntegrationCredentialInput;
}>;


export type CreateIntegrationCredentialMutation = { createIntegrationCredential: { secret: string, credential: { id: string, name: string, organizationName: string, expiresAt: string } } };

export type RevokeIntegrationCredentialMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeIntegrationCredentialMutation = { revokeIntegrationCredential: { id: string, revokedAt: string | null } };

export type YoungPersonMeasureFragment = { id: string, status: MeasureStatus, version: number, measureTypeId: string, offeredOn: string, respondedOn: string | null, startedOn: string | null, endedOn: string | null, endReason: MeasureEndReason | null, occupationAfter: OccupationCategory | null, plannedStartOn: string | null, plannedEndOn: string | null, followUpOn: string | null, planningAndGoal: string, level: MeasureLevel, tier: MeasureTier, evidenceBasis: Array<EvidenceBasis>, youngPersonResponsibility: string, municipalityResponsibility: string, otherActorOrganizationId: string | null, otherActorOrganizationName: string | null, otherActorResponsibility: string, evaluationOn: string | null, measureType: { id: string, name: string } | null };

export type OfferMeasureMutationVariables = Exact<{
  input: OfferMeasureInput;
}>;


export type OfferMeasureMutation = { offerMeasure: { id: string, status: MeasureStatus, version: number, measureTypeId: string, offeredOn: string, respondedOn: string | null, startedOn: string | null, endedOn: string | null, endReason: MeasureEndReason | null, occupationAfter: OccupationCategory | null, plannedStartOn: string | null, plannedEndOn: string | null, followUpOn: string | null, planningAndGoal: string, level: MeasureLevel, tier: MeasureTier, evidenceBasis: Array<EvidenceBasis>, youngPersonResponsibility: string, municipalityResponsibility: string, otherActorOrganizationId: string | null, otherActorOrganizationName: string | null, otherActorResponsibility: string, evaluationOn: string | null, measureType: { id: string, name: string } | null } };

export type RespondToMeasureMutationVariables = Exact<{
  input: RespondToMeasureInput;
}>;


export type RespondToMeasureMutation = { respondToMeasure: { id: string, status: MeasureStatus, version: number, measureTypeId: string, offeredOn: string, respondedOn: string | null, startedOn: string | null, endedOn: string | null, endReason: MeasureEndReason | null, occupationAfter: OccupationCategory | null, plannedStartOn: string | null, plannedEndOn: string | null, followUpOn: string | null, planningAndGoal: string, level: MeasureLevel, tier: MeasureTier, evidenceBasis: Array<EvidenceBasis>, youngPersonResponsibility: string, municipalityResponsibility: string, otherActorOrganizationId: string | null, otherActorOrganizationName: string | null, otherActorResponsibility: string, evaluationOn: string | null, measureType: { id: string, name: string } | null } };

export type StartMeasureMutationVariables = Exact<{
  input: StartMeasureInput;
}>;


export type StartMeasureMutation = { startMeasure: { id: string, status: MeasureStatus, version: number, measureTypeId: string, offeredOn: string, respondedOn: string | null, startedOn: string | null, endedOn: string | null, endReason: MeasureEndReason | null, occupationAfter: OccupationCategory | null, plannedStartOn: string | null, plannedEndOn: string | null, followUpOn: string | null, planningAndGoal: string, level: MeasureLevel, tier: MeasureTier, evidenceBasis: Array<EvidenceBasis>, youngPersonResponsibility: string, municipalityResponsibility: string, otherActorOrganizationId: string | null, otherActorOrganizationName: string | null, otherActorResponsibility: string, evaluationOn: string | null, measureType: { id: string, name: string } | null } };

export type EndMeasureMutationVariables = Exact<{
  input: EndMeasureInput;
}>;


export type EndMeasureMutation = { endMeasure: { id: string, status: MeasureStatus, version: number, measureTypeId: string, offeredOn: string, respondedOn: string | null, startedOn: string | null, endedOn: string | null, endReason: MeasureEndReason | null, occupationAfter: OccupationCategory | null, plannedStartOn: string | null, plannedEndOn: string | null, followUpOn: string | null, planningAndGoal: string, level: MeasureLevel, tier: MeasureTier, evidenceBasis: Array<EvidenceBasis>, youngPersonResponsibility: string, municipalityResponsibility: string, otherActorOrganizationId: string | null, otherActorOrganizationName: string | null, otherActorResponsibility: string, evaluationOn: string | null, measureType: { id: string, name: string } | null } };

export type UpdateMeasureDocumentationMutationVariables = Exact<{
  input: UpdateMeasureDocumentationInput;
}>;


export type UpdateMeasureDocumentationMutation = { updateMeasureDocumentation: { id: string, status: MeasureStatus, version: number, measureTypeId: string, offeredOn: string, respondedOn: string | null, startedOn: string | null, endedOn: string | null, endReason: MeasureEndReason | null, occupationAfter: OccupationCategory | null, plannedStartOn: string | null, plannedEndOn: string | null, followUpOn: string | null, planningAndGoal: string, level: MeasureLevel, tier: MeasureTier, evidenceBasis: Array<EvidenceBasis>, youngPersonResponsibility: string, municipalityResponsibility: string, otherActorOrganizationId: string | null, otherActorOrganizationName: string | null, otherActorResponsibility: string, evaluationOn: string | null, measureType: { id: string, name: string } | null } };

export type CurrentMeasureQueryVariables = Exact<{
  id: string | number;
}>;


export type CurrentMeasureQuery = { measure: { id: string, status: MeasureStatus, version: number, measureTypeId: string, offeredOn: string, respondedOn: string | null, startedOn: string | null, endedOn: string | null, endReason: MeasureEndReason | null, occupationAfter: OccupationCategory | null, plannedStartOn: string | null, plannedEndOn: string | null, followUpOn: string | null, planningAndGoal: string, level: MeasureLevel, tier: MeasureTier, evidenceBasis: Array<EvidenceBasis>, youngPersonResponsibility: string, municipalityResponsibility: string, otherActorOrganizationId: string | null, otherActorOrganizationName: string | null, otherActorResponsibility: string, evaluationOn: string | null, measureType: { id: string, name: string } | null } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { notifications: { totalCount: number } };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { notificationAdded: { id: string, kind: NotificationKind, count: number, link: string, createdAt: string, readAt: string | null } };

export type NotificationFieldsFragment = { id: string, kind: NotificationKind, count: number, link: string, createdAt: string, readAt: string | null };

export type NotificationsQueryVariables = Exact<{
  unreadOnly?: boolean;
  after?: string | null | undefined;
}>;


export type NotificationsQuery = { notifications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: NotificationKind, count: number, link: string, createdAt: string, readAt: string | null }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: { marked: number, unreadCount: number } };

export type EmailOutboxQueryVariables = Exact<{
  status?: EmailStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type EmailOutboxQuery = { emailOutbox: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: EmailKind, toAddress: string, subject: string, body: string, status: EmailStatus, attempts: number, lastError: string | null, createdAt: string, sentAt: string | null }> } };

export type OrganizationSearchQueryVariables = Exact<{
  search: string;
  first: number;
  kind?: OrganizationKind | null | undefined;
}>;


export type OrganizationSearchQuery = { organizations: { totalCount: number, nodes: Array<{ id: string, name: string, kind: OrganizationKind, secrecyDomain: SecrecyDomain }> } };

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

export type YoungPersonPlanFragment = { id: string, title: string, status: PlanStatus, version: number, updatedAt: string, nextFollowUpOn: string | null, leadOrganizationId: string | null, leadOrganizationName: string | null, leadUserId: string | null, leadUserName: string | null, background: string, backgroundDate: string | null, participation: PlanParticipation, participationNote: string, goals: Array<{ id: string, owner: GoalOwner, text: string, position: number }>, actions: Array<{ id: string, description: string, dueOn: string | null, goalId: string | null, position: number, responsibleOrganizationId: string, responsibleOrganizationName: string | null, responsibleUserId: string | null, status: PlanActionStatus }>, followUps: Array<{ id: string, plannedOn: string, heldOn: string | null, summary: string, goalEvaluations: Array<{ goalId: string, assessment: GoalAssessment, comment: string }> }>, versions: Array<{ version: number, changedAt: string, changedByName: string | null, changedFields: Array<string> }> };

export type CreateActionPlanMutationVariables = Exact<{
  input: CreateActionPlanInput;
}>;


export type CreateActionPlanMutation = { createActionPlan: { id: string, title: string, status: PlanStatus, version: number, updatedAt: string, nextFollowUpOn: string | null, leadOrganizationId: string | null, leadOrganizationName: string | null, leadUserId: string | null, leadUserName: string | null, background: string, backgroundDate: string | null, participation: PlanParticipation, participationNote: string, goals: Array<{ id: string, owner: GoalOwner, text: string, position: number }>, actions: Array<{ id: string, description: string, dueOn: string | null, goalId: string | null, position: number, responsibleOrganizationId: string, responsibleOrganizationName: string | null, responsibleUserId: string | null, status: PlanActionStatus }>, followUps: Array<{ id: string, plannedOn: string, heldOn: string | null, summary: string, goalEvaluations: Array<{ goalId: string, assessment: GoalAssessment, comment: string }> }>, versions: Array<{ version: number, changedAt: string, changedByName: string | null, changedFields: Array<string> }> } };

export type ReviseActionPlanMutationVariables = Exact<{
  input: ReviseActionPlanInput;
}>;


export type ReviseActionPlanMutation = { reviseActionPlan: { id: string, title: string, status: PlanStatus, version: number, updatedAt: string, nextFollowUpOn: string | null, leadOrganizationId: string | null, leadOrganizationName: string | null, leadUserId: string | null, leadUserName: string | null, background: string, backgroundDate: string | null, participation: PlanParticipation, participationNote: string, goals: Array<{ id: string, owner: GoalOwner, text: string, position: number }>, actions: Array<{ id: string, description: string, dueOn: string | null, goalId: string | null, position: number, responsibleOrganizationId: string, responsibleOrganizationName: string | null, responsibleUserId: string | null, status: PlanActionStatus }>, followUps: Array<{ id: string, plannedOn: string, heldOn: string | null, summary: string, goalEvaluations: Array<{ goalId: string, assessment: GoalAssessment, comment: string }> }>, versions: Array<{ version: number, changedAt: string, changedByName: string | null, changedFields: Array<string> }> } };

export type CurrentActionPlanQueryVariables = Exact<{
  id: string | number;
}>;


export type CurrentActionPlanQuery = { actionPlan: { id: string, title: string, status: PlanStatus, version: number, updatedAt: string, nextFollowUpOn: string | null, leadOrganizationId: string | null, leadOrganizationName: string | null, leadUserId: string | null, leadUserName: string | null, background: string, backgroundDate: string | null, participation: PlanParticipation, participationNote: string, goals: Array<{ id: string, owner: GoalOwner, text: string, position: number }>, actions: Array<{ id: string, description: string, dueOn: string | null, goalId: string | null, position: number, responsibleOrganizationId: string, responsibleOrganizationName: string | null, responsibleUserId: string | null, status: PlanActionStatus }>, followUps: Array<{ id: string, plannedOn: string, heldOn: string | null, summary: string, goalEvaluations: Array<{ goalId: string, assessment: GoalAssessment, comment: string }> }>, versions: Array<{ version: number, changedAt: string, changedByName: string | null, changedFields: Array<string> }> } };

export type RecordPlanFollowUpMutationVariables = Exact<{
  input: RecordPlanFollowUpInput;
}>;


export type RecordPlanFollowUpMutation = { recordPlanFollowUp: { id: string, title: string, status: PlanStatus, version: number, updatedAt: string, nextFollowUpOn: string | null, leadOrganizationId: string | null, leadOrganizationName: string | null, leadUserId: string | null, leadUserName: string | null, background: string, backgroundDate: string | null, participation: PlanParticipation, participationNote: string, goals: Array<{ id: string, owner: GoalOwner, text: string, position: number }>, actions: Array<{ id: string, description: string, dueOn: string | null, goalId: string | null, position: number, responsibleOrganizationId: string, responsibleOrganizationName: string | null, responsibleUserId: string | null, status: PlanActionStatus }>, followUps: Array<{ id: string, plannedOn: string, heldOn: string | null, summary: string, goalEvaluations: Array<{ goalId: string, assessment: GoalAssessment, comment: string }> }>, versions: Array<{ version: number, changedAt: string, changedByName: string | null, changedFields: Array<string> }> } };

export type CloseActionPlanMutationVariables = Exact<{
  input: CloseActionPlanInput;
}>;


export type CloseActionPlanMutation = { closeActionPlan: { id: string, status: PlanStatus, closedOn: string | null, version: number } };

export type ActionPlanChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type ActionPlanChangedSubscription = { actionPlanChanged: { id: string, version: number } };

export type PlanVersionPartsFragment = { version: number, changedAt: string, changedByName: string | null, plan: { title: string, status: PlanStatus, closedOn: string | null, evaluation: string, leadOrganizationId: string | null, leadOrganizationName: string | null, leadUserId: string | null, leadUserName: string | null, background: string, backgroundDate: string | null, participation: PlanParticipation, participationNote: string, goals: Array<{ id: string, owner: GoalOwner, text: string, position: number }>, actions: Array<{ id: string, description: string, dueOn: string | null, goalId: string | null, position: number, responsibleOrganizationId: string, responsibleOrganizationName: string | null, responsibleUserId: string | null, status: PlanActionStatus }>, followUps: Array<{ id: string, plannedOn: string, heldOn: string | null, summary: string, goalEvaluations: Array<{ goalId: string, assessment: GoalAssessment, comment: string }> }> } };

export type PlanVersionQueryVariables = Exact<{
  planId: string | number;
  version: number;
}>;


export type PlanVersionQuery = { actionPlanVersion: { version: number, changedAt: string, changedByName: string | null, plan: { title: string, status: PlanStatus, closedOn: string | null, evaluation: string, leadOrganizationId: string | null, leadOrganizationName: string | null, leadUserId: string | null, leadUserName: string | null, background: string, backgroundDate: string | null, participation: PlanParticipation, participationNote: string, goals: Array<{ id: string, owner: GoalOwner, text: string, position: number }>, actions: Array<{ id: string, description: string, dueOn: string | null, goalId: string | null, position: number, responsibleOrganizationId: string, responsibleOrganizationName: string | null, responsibleUserId: string | null, status: PlanActionStatus }>, followUps: Array<{ id: string, plannedOn: string, heldOn: string | null, summary: string, goalEvaluations: Array<{ goalId: string, assessment: GoalAssessment, comment: string }> }> } } };

export type ComparePlanVersionsQueryVariables = Exact<{
  planId: string | number;
  fromVersion: number;
  toVersion: number;
}>;


export type ComparePlanVersionsQuery = { from: { version: number, changedAt: string, changedByName: string | null, plan: { title: string, status: PlanStatus, closedOn: string | null, evaluation: string, leadOrganizationId: string | null, leadOrganizationName: string | null, leadUserId: string | null, leadUserName: string | null, background: string, backgroundDate: string | null, participation: PlanParticipation, participationNote: string, goals: Array<{ id: string, owner: GoalOwner, text: string, position: number }>, actions: Array<{ id: string, description: string, dueOn: string | null, goalId: string | null, position: number, responsibleOrganizationId: string, responsibleOrganizationName: string | null, responsibleUserId: string | null, status: PlanActionStatus }>, followUps: Array<{ id: string, plannedOn: string, heldOn: string | null, summary: string, goalEvaluations: Array<{ goalId: string, assessment: GoalAssessment, comment: string }> }> } }, to: { version: number, changedAt: string, changedByName: string | null, plan: { title: string, status: PlanStatus, closedOn: string | null, evaluation: string, leadOrganizationId: string | null, leadOrganizationName: string | null, leadUserId: string | null, leadUserName: string | null, background: string, backgroundDate: string | null, participation: PlanParticipation, participationNote: string, goals: Array<{ id: string, owner: GoalOwner, text: string, position: number }>, actions: Array<{ id: string, description: string, dueOn: string | null, goalId: string | null, position: number, responsibleOrganizationId: string, responsibleOrganizationName: string | null, responsibleUserId: string | null, status: PlanActionStatus }>, followUps: Array<{ id: string, plannedOn: string, heldOn: string | null, summary: string, goalEvaluations: Array<{ goalId: string, assessment: GoalAssessment, comment: string }> }> } }, changes: Array<{ path: string, kind: PlanChangeKind, before: string | null, after: string | null }> };

export type ClosedActionPlanQueryVariables = Exact<{
  id: string | number;
}>;


export type ClosedActionPlanQuery = { actionPlan: { closedOn: string | null, evaluation: string, id: string, title: string, status: PlanStatus, version: number, updatedAt: string, nextFollowUpOn: string | null, leadOrganizationId: string | null, leadOrganizationName: string | null, leadUserId: string | null, leadUserName: string | null, background: string, backgroundDate: string | null, participation: PlanParticipation, participationNote: string, goals: Array<{ id: string, owner: GoalOwner, text: string, position: number }>, actions: Array<{ id: string, description: string, dueOn: string | null, goalId: string | null, position: number, responsibleOrganizationId: string, responsibleOrganizationName: string | null, responsibleUserId: string | null, status: PlanActionStatus }>, followUps: Array<{ id: string, plannedOn: string, heldOn: string | null, summary: string, goalEvaluations: Array<{ goalId: string, assessment: GoalAssessment, comment: string }> }>, versions: Array<{ version: number, changedAt: string, changedByName: string | null, changedFields: Array<string> }> } };

export type PlanPeopleQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type PlanPeopleQuery = { planPeople: Array<{ id: string, name: string }> };

export type YoungPersonReferralFragment = { id: string, status: ReferralStatus, version: number, toOrganizationId: string, toOrganizationName: string | null, purpose: string, categories: Array<InformationCategory>, legalGround: LegalGround, provisionReference: string | null, consentId: string | null, sentAt: string, answeredAt: string | null, declineReason: string | null, doneAt: string | null, revokedAt: string | null };

export type YoungPersonDisclosureFragment = { id: string, legalGround: LegalGround, provisionReference: string | null, categories: Array<InformationCategory>, consentId: string | null, referralId: string | null, recipientOrganizationId: string | null, recipientOrganizationName: string | null, recipientDescription: string | null, disclosedAt: string };

export type SendReferralMutationVariables = Exact<{
  input: SendReferralInput;
}>;


export type SendReferralMutation = { sendReferral: { id: string, status: ReferralStatus, version: number, toOrganizationId: string, toOrganizationName: string | null, purpose: string, categories: Array<InformationCategory>, legalGround: LegalGround, provisionReference: string | null, consentId: string | null, sentAt: string, answeredAt: string | null, declineReason: string | null, doneAt: string | null, revokedAt: string | null } };

export type RevokeReferralMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeReferralMutation = { revokeReferral: { id: string, status: ReferralStatus, version: number, toOrganizationId: string, toOrganizationName: string | null, purpose: string, categories: Array<InformationCategory>, legalGround: LegalGround, provisionReference: string | null, consentId: string | null, sentAt: string, answeredAt: string | null, declineReason: string | null, doneAt: string | null, revokedAt: string | null } };

export type RecordDisclosureMutationVariables = Exact<{
  input: RecordDisclosureInput;
}>;


export type RecordDisclosureMutation = { recordDisclosure: { id: string, legalGround: LegalGround, provisionReference: string | null, categories: Array<InformationCategory>, consentId: string | null, referralId: string | null, recipientOrganizationId: string | null, recipientOrganizationName: string | null, recipientDescription: string | null, disclosedAt: string } };

export type ReceivedReferralsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReceivedReferralsQuery = { referrals: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, status: ReferralStatus, purpose: string, legalGround: LegalGround, sentAt: string, version: number, youngPersonId: string }> } };

export type MoreReceivedReferralsQueryVariables = Exact<{
  after: string;
}>;


export type MoreReceivedReferralsQuery = { referrals: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, status: ReferralStatus, purpose: string, legalGround: LegalGround, sentAt: string, version: number, youngPersonId: string }> } };

export type ReceivedReferralsPageFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, status: ReferralStatus, purpose: string, legalGround: LegalGround, sentAt: string, version: number, youngPersonId: string }> };

export type ReceivedReferralPartsFragment = { id: string, status: ReferralStatus, purpose: string, legalGround: LegalGround, sentAt: string, version: number, youngPersonId: string };

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

export type LegalHoldsQueryVariables = Exact<{ [key: string]: never; }>;


export type LegalHoldsQuery = { legalHolds: Array<{ id: string, youngPersonId: string, reason: string, setAt: string, liftedAt: string | null, liftReason: string | null }> };

export type SetLegalHoldMutationVariables = Exact<{
  input: LegalHoldInput;
}>;


export type SetLegalHoldMutation = { setLegalHold: { id: string, youngPersonId: string, reason: string, setAt: string, liftedAt: string | null, liftReason: string | null } };

export type LiftLegalHoldMutationVariables = Exact<{
  input: LegalHoldInput;
}>;


export type LiftLegalHoldMutation = { liftLegalHold: { id: string, youngPersonId: string, reason: string, setAt: string, liftedAt: string | null, liftReason: string | null } };

export type RetentionRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type RetentionRulesQuery = { retentionRules: Array<{ recordClass: RetentionClass, enabled: boolean, keepYears: number, suggestedYears: number, minYears: number, version: number, updatedAt: string | null }> };

export type RetentionDryRunQueryVariables = Exact<{ [key: string]: never; }>;


export type RetentionDryRunQuery = { retentionDryRun: Array<{ recordClass: RetentionClass, count: number }> };

export type DisposalsQueryVariables = Exact<{ [key: string]: never; }>;


export type DisposalsQuery = { disposals: Array<{ id: string, recordClass: RetentionClass, keepYears: number, cutoff: string, disposedCount: number, oldestAt: string, newestAt: string, archiveSha256: string, archiveFileName: string | null, archiveExpiresAt: string | null, archiveAvailable: boolean, trigger: DisposalTrigger, disposedAt: string }> };

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


export type AccessLogSearchQuery = { accessLog: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, occurredAt: string, userId: string, userName: string | null, role: string, organizationId: string, organizationName: string | null, subjectKind: AccessSubjectKind, youngPersonId: string | null, schoolPupilId: string | null, ground: AccessGround, categories: Array<string>, operation: string, emergencyAccessId: string | null }> } };

export type AccessLogUsersQueryVariables = Exact<{
  search: string;
  first: number;
}>;


export type AccessLogUsersQuery = { users: { totalCount: number, nodes: Array<{ id: string, displayName: string }> } };

export type AccessLogRowFragment = { id: string, occurredAt: string, userId: string, userName: string | null, role: string, organizationId: string, organizationName: string | null, subjectKind: AccessSubjectKind, youngPersonId: string | null, schoolPupilId: string | null, ground: AccessGround, categories: Array<string>, operation: string, emergencyAccessId: string | null };

export type AccessSampleQueryVariables = Exact<{
  month: string;
}>;


export type AccessSampleQuery = { accessSample: Array<{ id: string, occurredAt: string, userId: string, userName: string | null, role: string, organizationId: string, organizationName: string | null, subjectKind: AccessSubjectKind, youngPersonId: string | null, schoolPupilId: string | null, ground: AccessGround, categories: Array<string>, operation: string, emergencyAccessId: string | null }> };

export type SampleReviewsQueryVariables = Exact<{
  accessLogIds: Array<string | number> | string | number;
}>;


export type SampleReviewsQuery = { accessReviews: { nodes: Array<{ id: string, accessLogId: string | null, outcome: AccessReviewOutcome | null }> } };

export type RecordAccessReviewMutationVariables = Exact<{
  input: RecordAccessReviewInput;
}>;


export type RecordAccessReviewMutation = { recordAccessReview: { id: string, accessLogId: string | null, outcome: AccessReviewOutcome | null, status: AccessReviewStatus } };

export type ClosedReviewsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ClosedReviewsQuery = { accessReviews: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, kind: AccessReviewKind, userId: string, youngPersonId: string | null, periodFrom: string, periodTo: string, outcome: AccessReviewOutcome | null, outcomeNote: string | null, reviewedAt: string | null, reviewedById: string | null, reviewedByName: string | null, userName: string | null }> } };

export type ReviewQueueQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ReviewQueueQuery = { accessReviews: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: AccessReviewKind, openedAt: string, periodFrom: string, periodTo: string, emergencyAccessId: string | null, emergencyAccess: { id: string, reason: string } | null }> }, accessAnomalies: Array<{ rule: AccessReviewKind, reads: number, youngPeople: number, periodFrom: string, reviewId: string | null }> };

export type ReviewQueuePageFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: AccessReviewKind, openedAt: string, periodFrom: string, periodTo: string, emergencyAccessId: string | null, emergencyAccess: { id: string, reason: string } | null }> };

export type MoreReviewQueueQueryVariables = Exact<{
  after: string;
}>;


export type MoreReviewQueueQuery = { accessReviews: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: AccessReviewKind, openedAt: string, periodFrom: string, periodTo: string, emergencyAccessId: string | null, emergencyAccess: { id: string, reason: string } | null }> } };

export type CloseAccessReviewMutationVariables = Exact<{
  input: CloseAccessReviewInput;
}>;


export type CloseAccessReviewMutation = { closeAccessReview: { id: string, status: AccessReviewStatus, outcome: AccessReviewOutcome | null } };

export type SecurityEventSearchQueryVariables = Exact<{
  filter?: SecurityEventFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SecurityEventSearchQuery = { securityEvents: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, occurredAt: string, kind: SecurityEventKind, userId: string | null, userName: string | null, accountKey: string | null, clientAddress: string | null, code: string | null, operation: string | null, credentialId: string | null, refused: number | null, otherSchool: number | null, events: number | null, accounts: number | null, windowSeconds: number | null }> } };

export type SecurityAnomalyCountQueryVariables = Exact<{
  from: string;
}>;


export type SecurityAnomalyCountQuery = { securityEvents: { totalCount: number } };

export type SecurityEventRowFragment = { id: string, occurredAt: string, kind: SecurityEventKind, userId: string | null, userName: string | null, accountKey: string | null, clientAddress: string | null, code: string | null, operation: string | null, credentialId: string | null, refused: number | null, otherSchool: number | null, events: number | null, accounts: number | null, windowSeconds: number | null };

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


export type ViewerQuery = { me: { mayManageLegalHolds: boolean, user: { id: string, displayName: string, email: string, memberships: Array<{ id: string, role: Role, endedAt: string | null, organizationId: string, organization: { id: string, name: string } | null }> }, membership: { id: string, role: Role, organizationId: string, organization: { id: string, name: string } | null } }, municipality: { id: string, name: string } };

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
}>;


export type TargetGroupQueueQuery = { targetGroupOverview: { toCheck: number, unknownOccupation: number, registeredUnknown: number }, targetGroupChecks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, personalIdentityNumber: string, dateOfBirth: string, givenName: string | null, familyName: string | null, status: TargetGroupCheckStatus, listsDate: string, lastSchool: string | null, leftSchoolOn: string | null, leftReason: TargetGroupLeftReason | null, leftSchool: string | null, dismissReason: TargetGroupDismissReason | null, youngPersonId: string | null, signalId: string | null, openedAt: string }> } };

export type MoreTargetGroupChecksQueryVariables = Exact<{
  status?: TargetGroupCheckStatus | null | undefined;
  after: string;
}>;


export type MoreTargetGroupChecksQuery = { targetGroupChecks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, personalIdentityNumber: string, dateOfBirth: string, givenName: string | null, familyName: string | null, status: TargetGroupCheckStatus, listsDate: string, lastSchool: string | null, leftSchoolOn: string | null, leftReason: TargetGroupLeftReason | null, leftSchool: string | null, dismissReason: TargetGroupDismissReason | null, youngPersonId: string | null, signalId: string | null, openedAt: string }> } };

export type TargetGroupChecksPageFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, personalIdentityNumber: string, dateOfBirth: string, givenName: string | null, familyName: string | null, status: TargetGroupCheckStatus, listsDate: string, lastSchool: string | null, leftSchoolOn: string | null, leftReason: TargetGroupLeftReason | null, leftSchool: string | null, dismissReason: TargetGroupDismissReason | null, youngPersonId: string | null, signalId: string | null, openedAt: string }> };

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


export type YoungPersonAccessLogQuery = { youngPerson: { id: string, accessLog: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, occurredAt: string, userId: string, userName: string | null, role: string, organizationId: string, organizationName: string | null, subjectKind: AccessSubjectKind, youngPersonId: string | null, schoolPupilId: string | null, ground: AccessGround, categories: Array<string>, operation: string, emergencyAccessId: string | null }> } | null } };

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


export type YoungPersonQuery = { youngPerson: { id: string, givenName: string, familyName: string, personalIdentityNumber: string | null, coordinationNumber: boolean | null, dateOfBirth: string | null, age: number | null, twentiethBirthday: string | null, protectedIdentity: boolean | null, protectedNamedUserIds: Array<string> | null, lastContactAt: string | null, coordinatorId: string | null, version: number, contact: { streetAddress: string | null, postalCode: string | null, city: string | null, phone: string | null, email: string | null } | null, guardians: Array<{ id: string, name: string, relation: GuardianRelation, phone: string | null, email: string | null }>, enrollment: { id: string, status: EnrollmentStatus, registeredOn: string, registrationReason: RegistrationReason, endedOn: string | null, endReason: EnrollmentEndReason | null, version: number, statusHistory: Array<{ changedAt: string, fromStatus: EnrollmentStatus | null, toStatus: EnrollmentStatus, cause: StatusChangeCause }> } | null, occupations: Array<{ id: string, kind: OccupationKind, category: OccupationCategory, validFrom: string }>, enrollments: Array<{ id: string, registeredOn: string, registrationReason: RegistrationReason, endedOn: string | null, endReason: EnrollmentEndReason | null, version: number }>, occupationHistory: Array<{ id: string, kind: OccupationKind, category: OccupationCategory, source: OccupationSource, validFrom: string }>, contactAttempts: { totalCount: number, nodes: Array<{ id: string, channel: ContactChannel, outcome: ContactOutcome, occurredAt: string, occupationLearned: OccupationCategory | null }> }, measures: Array<{ id: string, status: MeasureStatus, version: number, measureTypeId: string, offeredOn: string, respondedOn: string | null, startedOn: string | null, endedOn: string | null, endReason: MeasureEndReason | null, occupationAfter: OccupationCategory | null, plannedStartOn: string | null, plannedEndOn: string | null, followUpOn: string | null, planningAndGoal: string, level: MeasureLevel, tier: MeasureTier, evidenceBasis: Array<EvidenceBasis>, youngPersonResponsibility: string, municipalityResponsibility: string, otherActorOrganizationId: string | null, otherActorOrganizationName: string | null, otherActorResponsibility: string, evaluationOn: string | null, measureType: { id: string, name: string } | null }>, actionPlan: { id: string, title: string, status: PlanStatus, version: number, updatedAt: string, nextFollowUpOn: string | null, leadOrganizationId: string | null, leadOrganizationName: string | null, leadUserId: string | null, leadUserName: string | null, background: string, backgroundDate: string | null, participation: PlanParticipation, participationNote: string, goals: Array<{ id: string, owner: GoalOwner, text: string, position: number }>, actions: Array<{ id: string, description: string, dueOn: string | null, goalId: string | null, position: number, responsibleOrganizationId: string, responsibleOrganizationName: string | null, responsibleUserId: string | null, status: PlanActionStatus }>, followUps: Array<{ id: string, plannedOn: string, heldOn: string | null, summary: string, goalEvaluations: Array<{ goalId: string, assessment: GoalAssessment, comment: string }> }>, versions: Array<{ version: number, changedAt: string, changedByName: string | null, changedFields: Array<string> }> } | null, actionPlans: Array<{ id: string, title: string, status: PlanStatus, createdAt: string, closedOn: string | null, version: number }>, consents: Array<{ id: string, status: ConsentStatus, recipientOrganizationId: string, recipientOrganizationName: string | null, categories: Array<InformationCategory>, purpose: string, form: ConsentForm, givenBy: ConsentGiver, guardianName: string | null, documentReference: string | null, validFrom: string, validTo: string, documentedAt: string, withdrawnAt: string | null, replacesId: string | null }> | null, consentRefusals: Array<{ id: string, active: boolean, category: InformationCategory, organizationId: string, organizationName: string | null, recordedAt: string, liftedAt: string | null }> | null, referrals: Array<{ id: string, status: ReferralStatus, version: number, toOrganizationId: string, toOrganizationName: string | null, purpose: string, categories: Array<InformationCategory>, legalGround: LegalGround, provisionReference: string | null, consentId: string | null, sentAt: string, answeredAt: string | null, declineReason: string | null, doneAt: string | null, revokedAt: string | null }>, disclosures: Array<{ id: string, legalGround: LegalGround, provisionReference: string | null, categories: Array<InformationCategory>, consentId: string | null, referralId: string | null, recipientOrganizationId: string | null, recipientOrganizationName: string | null, recipientDescription: string | null, disclosedAt: string }> | null }, measureTypes: Array<{ id: string, name: string, active: boolean }>, municipality: { id: string, code: string, consentDefaultValidDays: number | null, timeZone: string } };

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

export type CurrentEnrollmentsQueryVariables = Exact<{
  id: string | number;
}>;


export type CurrentEnrollmentsQuery = { youngPerson: { id: string, enrollment: { id: string, status: EnrollmentStatus, version: number } | null, enrollments: Array<{ id: string, registrationReason: RegistrationReason, endReason: EnrollmentEndReason | null, version: number }> } };

export type ReEnrollYoungPersonMutationVariables = Exact<{
  input: ReEnrollInput;
}>;


export type ReEnrollYoungPersonMutation = { reEnrollYoungPerson: { id: string, registeredOn: string, registrationReason: RegistrationReason, version: number } };

export type UpdateYoungPersonContactMutationVariables = Exact<{
  input: UpdateYoungPersonInput;
}>;


export type UpdateYoungPersonContactMutation = { updateYoungPerson: { id: string, version: number } };

export type CurrentYoungPersonContactQueryVariables = Exact<{
  id: string | number;
}>;


export type CurrentYoungPersonContactQuery = { youngPerson: { id: string, version: number, contact: { streetAddress: string | null, postalCode: string | null, city: string | null, phone: string | null, email: string | null } | null, guardians: Array<{ id: string, name: string, relation: GuardianRelation, phone: string | null, email: string | null }> } };

export type CurrentProtectedIdentityQueryVariables = Exact<{
  id: string | number;
}>;


export type CurrentProtectedIdentityQuery = { youngPerson: { id: string, version: number, coordinatorId: string | null, protectedIdentity: boolean | null, protectedNamedUserIds: Array<string> | null } };

export type SetProtectedIdentityMutationVariables = Exact<{
  input: SetProtectedIdentityInput;
}>;


export type SetProtectedIdentityMutation = { setProtectedIdentity: { id: string, version: number, protectedIdentity: boolean | null, protectedNamedUserIds: Array<string> | null } };
