/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Why a user could read what they read. */
export type AccessGround =
  | 'ASSIGNED_ACTION'
  | 'CASELOAD'
  | 'CONSENT'
  | 'DISCLOSURE'
  | 'EMERGENCY_ACCESS'
  | 'NONE'
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

export type AddMembershipInput = {
  organizationId: string | number;
  role: Role;
  userId: string | number;
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

export type CloseAccessReviewInput = {
  id: string | number;
  /** Why the reviewer concluded so; when given, at least two different words. */
  note?: string | null | undefined;
  outcome: AccessReviewOutcome;
};

export type CompulsorySchoolStatus =
  | 'ARRIVED_AFTER_COMPULSORY_AGE'
  | 'COMPLETED'
  | 'NOT_COMPLETED';

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

/** The facts the target-group rules are checked against. */
export type EligibilityInput = {
  compulsorySchool: CompulsorySchoolStatus;
  upperSecondary: UpperSecondaryStatus;
};

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

export type GoalOwner =
  | 'PROFESSIONAL'
  | 'YOUNG_PERSON';

export type GuardianInput = {
  email?: string | null | undefined;
  name: string;
  phone?: string | null | undefined;
  relation: GuardianRelation;
};

export type GuardianRelation =
  | 'LEGAL_GUARDIAN'
  | 'OTHER'
  | 'PARENT';

/** NO_CONSENT: no consent in force names the category for the reader’s organisation; WITHHELD: the young person withholds it from the organisation; PROTECTED_IDENTITY: protected personal data, shown only to the users named on the record; RESTRICTED: not shown to this reader (said to readers who are not told of a protection marking). */
export type HiddenReason =
  | 'NO_CONSENT'
  | 'PROTECTED_IDENTITY'
  | 'RESTRICTED'
  | 'WITHHELD';

/** A category of a young person’s information. */
export type InformationCategory =
  | 'CONTACT'
  | 'CONTACTS'
  | 'IDENTITY'
  | 'MEASURES'
  | 'OCCUPATION'
  | 'PLAN'
  | 'SIGNALS';

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

/** Promotive, preventive or remedial. */
export type MeasureTier =
  | 'PREVENTIVE'
  | 'PROMOTIVE'
  | 'REMEDIAL';

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

export type PlanActionStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'PLANNED';

export type PlanStatus =
  | 'ACTIVE'
  | 'CLOSED';

/** CASELOAD: the responsible coordinator; UNIT: the KAA unit’s team lead; CONSENT: a consent names the reader’s organisation; EMERGENCY_ACCESS: an emergency access (nödåtkomst) is running. */
export type ReadGround =
  | 'CASELOAD'
  | 'CONSENT'
  | 'EMERGENCY_ACCESS'
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

export type ReferralStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'DONE'
  | 'REQUESTED'
  | 'REVOKED';

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

/** Role held through a membership. */
export type Role =
  | 'ADMIN'
  | 'COORDINATOR'
  | 'LEADERSHIP'
  | 'LOG_REVIEWER'
  | 'PARTNER_CASEWORKER'
  | 'SCHOOL_STAFF'
  | 'TEAM_LEAD';

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

export type StartEmergencyAccessInput = {
  /** Why the record must be read now (required; read by the log reviewer): 10 to 1,000 characters, at least two different words. */
  reason: string;
  youngPersonId: string | number;
};

export type StatusChangeCause =
  | 'CONTACT'
  | 'END'
  | 'MANUAL'
  | 'MEASURE'
  | 'REGISTRATION'
  | 'SCHEDULED';

export type UpdateAssignedPlanActionInput = {
  actionId: string | number;
  /** The plan version the change is based on (`planVersion` of the action). */
  planVersion: number;
  status: PlanActionStatus;
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

export type UpperSecondaryStatus =
  | 'DIPLOMA'
  | 'DROPPED_OUT'
  | 'ENROLLED'
  | 'ENROLLED_INTRODUCTION_PROGRAMME'
  | 'EQUIVALENT_COMPLETED'
  | 'INTRODUCTION_PROGRAMME_LEFT'
  | 'LEAVING_CERTIFICATE'
  | 'NEVER_STARTED';

export type AdminUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminUsersQuery = { users: { totalCount: number, nodes: Array<{ id: string, displayName: string, email: string, disabled: boolean, memberships: Array<{ id: string, role: Role, endedAt: string | null, organizationId: string }> }> }, organizations: { nodes: Array<{ id: string, name: string }> } };

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


export type CaseloadQuery = { caseload: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, version: number, coordinatorId: string | null, givenName: string, familyName: string, age: number | null, twentiethBirthday: string | null, protectedIdentity: boolean | null, lastContactAt: string | null, enrollment: { id: string, status: EnrollmentStatus, registeredOn: string } | null, latestContact: { id: string, outcome: ContactOutcome } | null, actionPlan: { id: string, nextFollowUpOn: string | null } | null }> }, caseloadStatusCounts: Array<{ status: EnrollmentStatus, count: number }> };

export type TeamLoadQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamLoadQuery = { coordinatorLoad: Array<{ coordinatorId: string | null, youngPeople: number, notContacted: number, withoutRecentContact: number }>, users: { nodes: Array<{ id: string, displayName: string }> } };

export type TeamCoordinatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamCoordinatorsQuery = { users: { nodes: Array<{ id: string, displayName: string, disabled: boolean, memberships: Array<{ id: string, role: Role, endedAt: string | null }> }> } };

export type AssignCoordinatorMutationVariables = Exact<{
  input: AssignCoordinatorInput;
}>;


export type AssignCoordinatorMutation = { assignCoordinator: { id: string, coordinatorId: string | null, version: number } };

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


export type YoungPersonQuery = { youngPerson: { id: string, givenName: string, familyName: string, personalIdentityNumber: string | null, coordinationNumber: boolean | null, dateOfBirth: string | null, age: number | null, twentiethBirthday: string | null, protectedIdentity: boolean | null, lastContactAt: string | null, coordinatorId: string | null, version: number, contact: { streetAddress: string | null, postalCode: string | null, city: string | null, phone: string | null, email: string | null } | null, guardians: Array<{ id: string, name: string, relation: GuardianRelation, phone: string | null, email: string | null }>, enrollment: { id: string, status: EnrollmentStatus, registeredOn: string, registrationReason: RegistrationReason, version: number, statusHistory: Array<{ changedAt: string, fromStatus: EnrollmentStatus | null, toStatus: EnrollmentStatus, cause: StatusChangeCause }> } | null, occupations: Array<{ id: string, kind: OccupationKind, category: OccupationCategory, validFrom: string }>, contactAttempts: { totalCount: number, nodes: Array<{ id: string, channel: ContactChannel, outcome: ContactOutcome, occurredAt: string, occupationLearned: OccupationCategory | null }> } } };

export type LogContactAttemptMutationVariables = Exact<{
  input: LogContactAttemptInput;
}>;


export type LogContactAttemptMutation = { logContactAttempt: { id: string, channel: ContactChannel, outcome: ContactOutcome, occurredAt: string, occupationLearned: OccupationCategory | null } };

export type YoungPersonChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type YoungPersonChangedSubscription = { youngPersonChanged: { id: string, version: number } };

export const AccessLogRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessLogRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessLogEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAccessId"}}]}}]} as unknown as DocumentNode<AccessLogRowFragment, unknown>;
export const SessionTokensFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionTokens"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<SessionTokensFragment, unknown>;
export const ContactAttemptItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactAttemptItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactAttempt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"occupationLearned"}}]}}]} as unknown as DocumentNode<ContactAttemptItemFragment, unknown>;
export const AdminUsersDocument = {"__meta__":{"hash":"sha256:d23be3bea896f2db2e7c723110db8f19ffbee98fa6d9f872065b2f9927aaca4e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"40"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AdminUsersQuery, AdminUsersQueryVariables>;
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
export const StartPageDocument = {"__meta__":{"hash":"sha256:7f9ce5ea68e745ecfc4f8c9b97b8224dcd8909ecfe567b39155465e4d67ac3bc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StartPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"noContactSince"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonId"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"followUpDue"},"name":{"kind":"Name","value":"caseload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"followUpDue"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"notContacted"},"name":{"kind":"Name","value":"caseload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"NOT_CONTACTED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"noRecentContact"},"name":{"kind":"Name","value":"caseload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"noContactSince"},"value":{"kind":"Variable","name":{"kind":"Name","value":"noContactSince"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseloadStatusCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<StartPageQuery, StartPageQueryVariables>;
export const CaseloadDocument = {"__meta__":{"hash":"sha256:7f290b5a9a070bbc0e0ac82aee4c761fd948f3830935fe1b02ab6c97effc99d9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Caseload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseloadFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countFilter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseloadFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseloadSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorId"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"twentiethBirthday"}},{"kind":"Field","name":{"kind":"Name","value":"protectedIdentity"}},{"kind":"Field","name":{"kind":"Name","value":"lastContactAt"}},{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpOn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseloadStatusCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<CaseloadQuery, CaseloadQueryVariables>;
export const TeamLoadDocument = {"__meta__":{"hash":"sha256:3696e003abf40735146d7f96bae52ac1984a1c788e49f3d275655dd4467d5f45"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamLoad"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinatorLoad"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactWithinDays"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinatorId"}},{"kind":"Field","name":{"kind":"Name","value":"youngPeople"}},{"kind":"Field","name":{"kind":"Name","value":"notContacted"}},{"kind":"Field","name":{"kind":"Name","value":"withoutRecentContact"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<TeamLoadQuery, TeamLoadQueryVariables>;
export const TeamCoordinatorsDocument = {"__meta__":{"hash":"sha256:5d812497c0bae7dcd2508f2aeeb3915a2d70994e83357f51fbc42990d86fc28e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamCoordinators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamCoordinatorsQuery, TeamCoordinatorsQueryVariables>;
export const AssignCoordinatorDocument = {"__meta__":{"hash":"sha256:57d25bc767699b1c2c7298f30fd3645eb6de2fe6123aaa2f00d5948a7e2dba4b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignCoordinator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignCoordinatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignCoordinator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AssignCoordinatorMutation, AssignCoordinatorMutationVariables>;
export const SharedWithUsDocument = {"__meta__":{"hash":"sha256:1850d2f5f55d818320c36155612c0fb06103a4c5998fe2734330b100a1f65621"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SharedWithUs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignedPlanActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"planVersion"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"youngPeople"},"name":{"kind":"Name","value":"caseload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"RECEIVED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"legalGround"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpOn"}}]}}]}}]}}]} as unknown as DocumentNode<SharedWithUsQuery, SharedWithUsQueryVariables>;
export const UpdateAssignedPlanActionDocument = {"__meta__":{"hash":"sha256:4a18dafab14d6219302d66ead43d926654e188635446d36aab8f49508e6806c5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAssignedPlanAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAssignedPlanActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAssignedPlanAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planVersion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UpdateAssignedPlanActionMutation, UpdateAssignedPlanActionMutationVariables>;
export const AcceptReferralDocument = {"__meta__":{"hash":"sha256:0f444c9decaa5549797d3475c4653ccf51623b125c247b320e22fa30b6de2d25"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AcceptReferralMutation, AcceptReferralMutationVariables>;
export const CompleteReferralDocument = {"__meta__":{"hash":"sha256:31c0f5ab509fe825761b11a9b72a130aea8474fc53b8ca2b99f2e72b08af1125"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CompleteReferralMutation, CompleteReferralMutationVariables>;
export const DeclineReferralDocument = {"__meta__":{"hash":"sha256:48be69545f78a52502e6065ba0c0420ecd71b8e0f98e48ad3a20c303dcd9cc98"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DeclineReferralMutation, DeclineReferralMutationVariables>;
export const PartnerYoungPersonDocument = {"__meta__":{"hash":"sha256:77f9d8fe2bae28fd589a2c9dd101132cf6c42b7cc99167d6d84fbf0983e2ba20"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerYoungPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"youngPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"personalIdentityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"coordinationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"twentiethBirthday"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streetAddress"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guardians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"offeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"measureType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grounds"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consentId"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hiddenCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAccesses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"youngPersonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"activeOnly"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerYoungPersonQuery, PartnerYoungPersonQueryVariables>;
export const SharedPlanDocument = {"__meta__":{"hash":"sha256:1ab59a9d406394afdc4bab06a2a79987a45e2909f443b12c991569d4d17f8d47"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SharedPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOrganizationId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SharedPlanQuery, SharedPlanQueryVariables>;
export const StartEmergencyAccessDocument = {"__meta__":{"hash":"sha256:94faa446e343c056de9e75b50539e4035751259f5fa1d26b96653def9cc303d2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartEmergencyAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartEmergencyAccessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startEmergencyAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<StartEmergencyAccessMutation, StartEmergencyAccessMutationVariables>;
export const EndEmergencyAccessDocument = {"__meta__":{"hash":"sha256:3834512d7654aee3114a785a7e19e73846de042807da4edd377999fe4888e02c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndEmergencyAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endEmergencyAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}}]}}]}}]} as unknown as DocumentNode<EndEmergencyAccessMutation, EndEmergencyAccessMutationVariables>;
export const AccessLogSearchDocument = {"__meta__":{"hash":"sha256:6420e5e9fa8a0abf69e1ca5a74c8691183d12433de65760af60922f6e9dbfd20"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessLogSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessLogFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessLogRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessLogRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessLogEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAccessId"}}]}}]} as unknown as DocumentNode<AccessLogSearchQuery, AccessLogSearchQueryVariables>;
export const AccessSampleDocument = {"__meta__":{"hash":"sha256:083ada072c2314f672326d72bc530872b1bdfb0a2afd91addc4479b13e05f07c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessSample"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessSample"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"size"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessLogRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"CLOSED"}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"RANDOM_SAMPLE"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accessLogId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessLogRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessLogEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAccessId"}}]}}]} as unknown as DocumentNode<AccessSampleQuery, AccessSampleQueryVariables>;
export const RecordAccessReviewDocument = {"__meta__":{"hash":"sha256:0f42ab8c766fb8144a68c71d210a80b3eadc55004509970f4b6c9fa4f6b10da5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAccessReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAccessReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAccessReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accessLogId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RecordAccessReviewMutation, RecordAccessReviewMutationVariables>;
export const ClosedReviewsDocument = {"__meta__":{"hash":"sha256:cf917bc6c48ee707a6d7507734e4da126f841536d914235275eddbb2e2de9ea4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClosedReviews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"CLOSED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"youngPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedById"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<ClosedReviewsQuery, ClosedReviewsQueryVariables>;
export const ReviewQueueDocument = {"__meta__":{"hash":"sha256:81c69687d8521b9ef6915ecfaf245cdb0d53beafd6569d6a921333e89ef5dd9e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAccessId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAccesses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessAnomalies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"reads"}},{"kind":"Field","name":{"kind":"Name","value":"youngPeople"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"reviewId"}}]}}]}}]} as unknown as DocumentNode<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const CloseAccessReviewDocument = {"__meta__":{"hash":"sha256:9741ad430fe7d7e60899a4c0ceb478c5dac6f7b2cb366633ca9a6c632da61e2a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseAccessReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseAccessReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeAccessReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<CloseAccessReviewMutation, CloseAccessReviewMutationVariables>;
export const SignInDocument = {"__meta__":{"hash":"sha256:f8114735498b60ff42c23469e33b79e6e59466ef7bd389292451982c639ed222"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionTokens"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionTokens"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const RefreshSessionDocument = {"__meta__":{"hash":"sha256:76c2a643911eb8a6bec09028bb87d4789f28a041b415bac4071bfa3f673c09d5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionTokens"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionTokens"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const SignOutDocument = {"__meta__":{"hash":"sha256:bdee6123ce886c87c81f1d4d9c7cb5ce6672e7885895c44b70ed3b5fe754ec74"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const ViewerDocument = {"__meta__":{"hash":"sha256:2ae0e97d3e1f9c610141ffa008998c2b3adb0ec8b88d66b756452a2ef8aff555"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const SearchYoungPeopleDocument = {"__meta__":{"hash":"sha256:3f108ecc6c72efbfb9d31d8d0a734cbc651446a8a50fdd46f230f6f557c9af27"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchYoungPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchYoungPeople"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"protectedIdentity"}},{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchYoungPeopleQuery, SearchYoungPeopleQueryVariables>;
export const RegisterYoungPersonDocument = {"__meta__":{"hash":"sha256:39dfb0bef2d003ba7ac5324240c257a812050bf38d8889027adbb8e1303ff477"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterYoungPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterYoungPersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerYoungPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegisterYoungPersonMutation, RegisterYoungPersonMutationVariables>;
export const YoungPersonDocument = {"__meta__":{"hash":"sha256:e9f2354b1599a07f43570864f27cac916306e9b57f984cb12c91cfa351bd0960"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YoungPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"youngPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"personalIdentityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"coordinationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"twentiethBirthday"}},{"kind":"Field","name":{"kind":"Name","value":"protectedIdentity"}},{"kind":"Field","name":{"kind":"Name","value":"lastContactAt"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streetAddress"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guardians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"registrationReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactAttempts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactAttemptItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactAttemptItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactAttempt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"occupationLearned"}}]}}]} as unknown as DocumentNode<YoungPersonQuery, YoungPersonQueryVariables>;
export const LogContactAttemptDocument = {"__meta__":{"hash":"sha256:57ff0487a0183e2a31fd67aa56390f3b988ed3f532aa7bb51eb67f05c5922fe6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogContactAttempt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogContactAttemptInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logContactAttempt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactAttemptItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactAttemptItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactAttempt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"occupationLearned"}}]}}]} as unknown as DocumentNode<LogContactAttemptMutation, LogContactAttemptMutationVariables>;
export const YoungPersonChangedDocument = {"__meta__":{"hash":"sha256:ae4a006486492e439fa71ff39b61a16affbd5fb833f7d5e0436ce95cca7d83ca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"YoungPersonChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"youngPersonChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<YoungPersonChangedSubscription, YoungPersonChangedSubscriptionVariables>;