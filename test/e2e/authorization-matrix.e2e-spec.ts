import { randomUUID } from 'node:crypto';

import { getNamedType, type GraphQLField } from 'graphql';
import { Client } from 'pg';
import request from 'supertest';

import { Role } from '@app/core/authz';
import { JobQueue } from '@app/core/jobs';
import { OrganizationKind } from '@app/organizations';
import { halfYearOf } from '@app/scb-kaa';
import { makeIdentityNumber } from '@app/young-people';

import type { TestMunicipality, TestOrganization, TestUser } from '../support/factories';
import { argumentValues, committedSchema, operationText, selectionOf, type Overrides } from '../support/schema-inputs';
import { nextResults, startTestApi, type GraphqlResponse, type TestApi } from '../support/test-api';
import { uploadFile } from '../support/target-group';
import { registerInput, REGISTER, stockholmDay, today, type YoungPersonView } from '../support/young-people';

// Issue 21's authorization matrix: every role × every query and mutation of the schema, each
// call checked against the table below in both directions: an allowed call succeeds with data
// (or, where the table says so, with an empty list), a refused one fails with exactly the code
// the table names. Every mutation that may succeed gets target rows of its own, so the order of
// calls does not matter; refused calls are shown to change nothing (no audit event).

const ROLES = [
  'coordinator',
  'colleague',
  'teamLead',
  'otherUnitLead',
  'schoolStaff',
  'otherSchoolStaff',
  'employment',
  'social',
  'health',
  'adultEducation',
  'leadership',
  'logReviewer',
  'admin',
  'foreignCoordinator',
  'foreignTeamLead',
] as const;
type RoleName = (typeof ROLES)[number];

// The table's column headings, in ROLES order.
const COLUMNS: Record<string, RoleName> = {
  co: 'coordinator',
  cl: 'colleague',
  tl: 'teamLead',
  ol: 'otherUnitLead',
  ss: 'schoolStaff',
  s2: 'otherSchoolStaff',
  af: 'employment',
  so: 'social',
  hc: 'health',
  ae: 'adultEducation',
  le: 'leadership',
  lr: 'logReviewer',
  ad: 'admin',
  fc: 'foreignCoordinator',
  ft: 'foreignTeamLead',
};

// Outcomes in the table (explained above it): D and E are successes, the others stand for the
// error's extensions.code.
const ERROR_CODES = { NF: 'NOT_FOUND', FB: 'FORBIDDEN' } as const;
const OUTCOMES = ['D', 'E', ...Object.keys(ERROR_CODES)];
type Outcome = 'D' | 'E' | keyof typeof ERROR_CODES;

/*
Who may do what, role × operation. Rows are the schema's root fields; a field tried with more than
one kind of target has one row per target, named field:target.

Columns, all of municipality A except the last two:
  co  coordinator: registered the young person of the fixture, so is responsible for them
  cl  a colleague: another coordinator of the same KAA unit
  tl  the KAA unit's team lead
  ol  the team lead of another KAA unit of the municipality
  ss  school staff: owns the class plan of the fixture
  s2  staff of another school
  af  Arbetsförmedlingen's caseworker: holds a consent for PLAN, was sent a referral, and an action
      of the plan is assigned to Arbetsförmedlingen
  so  social services, hc  region health care, ae  adult education (partners with nothing)
  le  leadership, lr  the log reviewer, ad  the municipality's admin (all of one management unit)
  fc  a coordinator, ft  a team lead of municipality B, given A's records (ids, or the
      municipality's code to hand over to); operations without an id act in their own municipality

Lines starting with # are notes on the row below them.

Outcomes:
  D   succeeds with data (a record; a list or page with at least one row)
  E   succeeds, with an empty list or page
  NF  NOT_FOUND: the row is not there for this role (a row the role may not see is reported like a
      missing one, DESIGN.md §4)
  FB  FORBIDDEN: the role may never do this (the guard's type-level check, or the service's
      check of a new row)
*/
const TABLE = `
operation                         co cl tl ol ss s2 af so hc ae le lr ad fc ft
accessAnomalies                   FB FB FB FB FB FB FB FB FB FB FB D  FB FB FB
accessLog                         D  E  D  E  FB FB FB FB FB FB FB D  FB D  D
accessReviews                     FB FB FB FB FB FB FB FB FB FB FB D  FB FB FB
accessSample                      FB FB FB FB FB FB FB FB FB FB FB D  FB FB FB
actionPlan                        D  NF D  NF NF NF D  NF NF NF NF NF NF NF NF
actionPlan:class                  NF NF NF NF D  NF NF NF NF NF NF NF NF NF NF
actionPlanVersion                 D  NF D  NF NF NF D  NF NF NF NF NF NF NF NF
actionPlans                       D  E  D  E  D  E  D  E  E  E  FB FB FB D  D
# Gap alerts follow the case (the coordinator's caseload, the team lead's unit); scope ALL.
alerts                            D  E  D  E  FB FB FB FB FB FB FB FB FB E  E
# The thresholds: the admin sets them, the KAA units' team leads read them.
alertSettings                     FB FB D  D  FB FB FB FB FB FB FB FB D  FB D
assignedPlanActions               FB FB FB FB E  E  D  E  E  E  FB FB FB FB FB
# af D: a partner's caseload lists the young people its consent lets it read.
caseload                          D  E  D  E  E  E  D  E  E  E  FB FB FB D  D
caseloadStatusCounts              D  E  D  E  E  E  D  E  E  E  FB FB FB D  D
compareActionPlanVersions         D  NF D  NF NF NF D  NF NF NF NF NF NF NF NF
consent                           D  NF D  NF NF NF NF NF NF NF NF NF NF NF NF
# E rather than NF: a list filtered by a young person the role may not read is empty, like one
# filtered by an id that exists nowhere (checked below).
contactAttempts                   D  E  D  E  E  E  E  E  E  E  FB FB FB E  E
contactAttempts:mine              D  E  E  E  E  E  E  E  E  E  FB FB FB E  E
coordinatorLoad                   FB FB D  E  FB FB FB FB FB FB FB FB FB FB D
decideRectificationRequest        D  NF D  NF FB FB FB FB FB FB FB FB FB NF NF
emergencyAccess                   NF NF NF NF NF NF NF NF NF NF NF D  NF NF NF
# The caller's own emergency access; le, lr, ad (who cannot open one) and fc, ft get the coordinator's.
emergencyAccess:own               D  D  D  D  D  D  D  D  D  D  NF D  NF NF NF
emergencyAccesses                 E  E  E  E  E  E  E  E  E  E  FB D  FB E  E
# Retention (issue 19): the proofs of disposal are the admin's (none in the fixture).
disposals                         FB FB FB FB FB FB FB FB FB FB FB FB E  FB FB
# Early warning (issue 17): the school's own staff only, each its own school (s2 has no
# suggestion); the admin sets the indicators, school staff read them.
earlyWarningSettings              FB FB FB FB D  D  FB FB FB FB FB FB D  FB FB
earlyWarningSuggestions           FB FB FB FB D  E  FB FB FB FB FB FB FB FB FB
# The e-mails written to A's staff (addresses, counts and links): A's admin only.
emailOutbox                       FB FB FB FB FB FB FB FB FB FB FB FB D  FB FB
endSelfServiceSession             FB FB FB FB FB FB FB FB FB FB FB FB FB FB FB
handOvers:incoming                E  E  D  D  FB FB FB FB FB FB FB FB FB E  D
# cl, ol E: a hand-over carries the young person's identity, so it follows the case: the
# coordinator's own and the unit's team lead's, not every coordinator of the municipality (this
# matrix found them all reading it, logged with ground NONE).
handOvers:outgoing                D  E  D  E  FB FB FB FB FB FB FB FB FB D  D
informationCategoryDefinitions    D  D  D  D  D  D  D  D  D  D  D  D  D  E  E
# The school systems' credentials: the municipality's admin only.
integrationCredentials            FB FB FB FB FB FB FB FB FB FB FB FB D  FB FB
job                               D  NF NF NF NF NF NF NF NF NF NF NF NF NF NF
kaaEnrollment                     D  NF D  NF NF NF NF NF NF NF NF NF NF NF NF
me                                D  D  D  D  D  D  D  D  D  D  D  D  D  D  D
# Legal holds: a KAA unit's team lead those of the unit's young people, the admin all of A's (the
# fixture holds one in A, of tl's unit: ol sees none).
legalHolds                        FB FB D  E  FB FB FB FB FB FB FB FB D  FB E
measure                           D  NF D  NF NF NF NF NF NF NF NF NF NF NF NF
measureTypes                      D  D  D  D  D  D  D  D  D  D  FB FB D  D  D
municipality                      D  D  D  D  D  D  D  D  D  D  D  D  D  D  D
# Each person's own notifications: the fixture wrote one to the coordinator only.
notifications                     D  E  E  E  E  E  E  E  E  E  E  E  E  E  E
organization                      D  D  D  D  D  D  D  D  D  D  D  D  D  NF NF
organizations                     D  D  D  D  D  D  D  D  D  D  D  D  D  D  D
# The pickers' search by name (issue 15), for the unit of municipality A: found by every role of
# A, never by fc and ft of B (the search narrows the caller's municipality, never widens it).
organizations:search              D  D  D  D  D  D  D  D  D  D  D  D  D  E  E
ownAccessLog                      NF NF NF NF NF NF NF NF NF NF NF NF NF NF NF
ownConsents                       NF NF NF NF NF NF NF NF NF NF NF NF NF NF NF
ownPlans                          NF NF NF NF NF NF NF NF NF NF NF NF NF NF NF
# The own view (issue 19) answers only a young person's or guardian's session: never staff.
ownRecords                        FB FB FB FB FB FB FB FB FB FB FB FB FB FB FB
ownRectificationRequests          NF NF NF NF NF NF NF NF NF NF NF NF NF NF NF
# Who a plan may name as its lead: those who draw up plans (KAA staff, schools), for an organisation of
# their municipality; a read of one record, so a role that may not is answered as for a missing one.
planPeople                        D  D  D  D  D  D  NF NF NF NF NF NF NF NF NF
previewAlertSettings              FB FB FB FB FB FB FB FB FB FB FB FB D  FB FB
# Rectification requests: the young person's coordinator and the unit's team lead.
rectificationRequests             D  NF D  NF NF NF NF NF NF NF NF NF NF NF NF
referral                          D  NF D  NF NF NF D  NF NF NF NF NF NF NF NF
referrals:received                E  E  E  E  E  E  D  E  E  E  FB FB FB E  E
referrals:sent                    D  E  D  E  E  E  E  E  E  E  FB FB FB D  D
# Register import (issue 16): the KAA unit's team lead imports into their own unit; the admin and
# every KAA team lead of the municipality read and save its column mapping.
registerImport                    NF NF D  NF NF NF NF NF NF NF NF NF NF NF NF
# Each team lead's own upload (others, refused by type, are given the team lead's).
registerImportFileColumns         NF NF D  D  NF NF NF NF NF NF NF NF NF NF D
registerImportMapping             FB FB D  D  FB FB FB FB FB FB FB FB D  FB D
registerImportRows                NF NF D  NF NF NF NF NF NF NF NF NF NF NF NF
requestRectification              FB FB FB FB FB FB FB FB FB FB FB FB FB FB FB
# What a disposal would dispose (the admin; no rule is enabled in the fixture).
retentionDryRun                   FB FB FB FB FB FB FB FB FB FB FB FB E  FB FB
retentionRules                    FB FB FB FB FB FB FB FB FB FB FB FB D  FB FB
reminders                         D  E  D  E  FB FB FB FB FB FB FB FB FB E  E
# Anonymised reports: leadership and the KAA units' team leads (each of its own municipality).
report                            FB FB D  D  FB FB FB FB FB FB D  FB FB FB D
reportDurations                   FB FB D  D  FB FB FB FB FB FB D  FB FB FB D
reportHeadline                    FB FB D  D  FB FB FB FB FB FB D  FB FB FB D
# The SCB half-year file: the KAA units' coordinators and team leads (each of its own municipality)
# validate and read the data quality; no file has been produced when the reads run.
scbKaaDataQuality                 D  D  D  D  FB FB FB FB FB FB FB FB FB D  D
scbKaaFiles                       E  E  E  E  FB FB FB FB FB FB FB FB FB E  E
scbKaaValidation                  D  D  D  D  FB FB FB FB FB FB FB FB FB D  D
schoolPresence                    FB FB FB FB E  E  FB FB FB FB FB FB FB FB FB
# The school's pupils with class and mentor: each school's staff for its own school (the
# fixture's school has a pupil; s2's school none).
schoolPupils                      FB FB FB FB D  E  FB FB FB FB FB FB FB FB FB
schoolStaff                       FB FB FB FB D  D  FB FB FB FB FB FB FB FB FB
searchYoungPeople                 D  E  D  E  E  E  D  E  E  E  FB FB FB D  D
# Security events (failed logins, refused tokens and operations): the log reviewer's, beside the access log.
securityEvents                    FB FB FB FB FB FB FB FB FB FB FB D  FB FB FB
# Public: how one signs in here (the same answer for everyone).
signInOptions                     D  D  D  D  D  D  D  D  D  D  D  D  D  D  D
# Signals from schools: the sending school's staff, and every KAA coordinator and team lead of the
# municipality (the school's municipality is the home municipality).
signal                            D  D  D  D  D  NF NF NF NF NF NF NF NF NF NF
signals                           D  D  D  D  D  E  FB FB FB FB FB FB FB E  E
# Stand-ins (issue 17): the unit's for its team lead; a coordinator's those naming them (the
# fixture's planned one: cl stands in for co). Other KAA units and B's see none.
standIns                          D  D  D  E  FB FB FB FB FB FB FB FB FB E  E
# Target-group identification: the KAA unit's coordinators and team lead, their own unit only.
targetGroupCheck                  D  D  D  NF NF NF NF NF NF NF NF NF NF NF NF
targetGroupChecks                 D  D  D  E  FB FB FB FB FB FB FB FB FB E  E
targetGroupImport                 D  D  D  NF NF NF NF NF NF NF NF NF NF NF NF
targetGroupImports                D  D  D  E  FB FB FB FB FB FB FB FB FB E  E
# ol, fc, ft D: their own unit's figures (zero, no run).
targetGroupOverview               D  D  D  D  FB FB FB FB FB FB FB FB FB D  D
targetGroupRun                    D  D  D  NF NF NF NF NF NF NF NF NF NF NF NF
targetGroupRuns                   D  D  D  E  FB FB FB FB FB FB FB FB FB E  E
user                              D  NF D  NF NF NF NF NF NF NF NF D  D  NF NF
users                             D  D  D  D  D  D  D  D  D  D  D  D  D  D  D
withdrawOwnConsent                FB FB FB FB FB FB FB FB FB FB FB FB FB FB FB
youngPerson                       D  NF D  NF NF NF D  NF NF NF NF NF NF NF NF

# A hand-over from B to A: any team lead of A takes it in (into their own unit); B's team lead is
# not its receiver.
acceptHandOver                    FB FB D  D  FB FB FB FB FB FB FB FB FB FB NF
# Answering a referral is the recipient's: the sender (co, tl) sees it, so FB; others do not (NF).
acceptReferral                    FB NF FB NF NF NF D  NF NF NF FB FB FB NF NF
acknowledgeAlert                  D  NF D  NF FB FB FB FB FB FB FB FB FB NF NF
acknowledgeReminder               D  NF D  NF FB FB FB FB FB FB FB FB FB NF NF
addMembership                     FB FB FB FB FB FB FB FB FB FB FB FB D  FB FB
# Naming a stand-in: the unit's team lead, for two coordinators of the unit; to another unit's
# team lead (ol, ft) the unit's coordinators are users not theirs to read (NF).
appointStandIn                    FB FB D  NF FB FB FB FB FB FB FB FB FB FB NF
assignCoordinator                 FB FB D  NF FB FB FB FB FB FB FB FB FB FB NF
changeEnrollmentStatus            D  NF D  NF FB FB FB FB FB FB FB FB FB NF NF
closeAccessReview                 FB FB FB FB FB FB FB FB FB FB FB D  FB FB FB
closeActionPlan                   D  NF D  NF NF NF FB FB FB FB FB FB FB NF NF
completeReferral                  FB NF FB NF NF NF D  NF NF NF FB FB FB NF NF
# Correcting an ended registration's end reason: like its registration reason.
correctEndReason                  D  NF D  NF FB FB FB FB FB FB FB FB FB NF NF
correctRegistrationReason         D  NF D  NF FB FB FB FB FB FB FB FB FB NF NF
# An individual plan for the coordinator's young person.
createActionPlan                  D  NF D  NF NF NF FB FB FB FB FB FB FB NF NF
# A class plan: the school's own (both schools' staff create one for themselves).
createActionPlan:class            FB FB FB FB D  D  FB FB FB FB FB FB FB FB FB
createMeasureType                 FB FB FB FB FB FB FB FB FB FB FB FB D  FB FB
createIntegrationCredential       FB FB FB FB FB FB FB FB FB FB FB FB D  FB FB
createOrganization                FB FB FB FB FB FB FB FB FB FB FB FB D  FB FB
createUser                        FB FB FB FB FB FB FB FB FB FB FB FB D  FB FB
declineReferral                   FB NF FB NF NF NF D  NF NF NF FB FB FB NF NF
dismissTargetGroupCheck           D  D  D  NF FB FB FB FB FB FB FB FB FB NF NF
# Each team lead's own upload, into their own unit.
dryRunRegisterImport              FB FB D  D  FB FB FB FB FB FB FB FB FB FB D
defineInformationCategory         FB FB FB FB FB FB FB FB FB FB FB FB D  FB FB
# As emergencyAccess:own.
endEmergencyAccess                D  D  D  D  D  D  D  D  D  D  FB FB FB NF NF
# The unit's team lead ends its unit's stand-ins; another unit's (ol, ft) does not find them.
endStandIn                        FB FB D  NF FB FB FB FB FB FB FB FB FB FB NF
endMembership                     FB FB FB FB FB FB FB FB FB FB FB FB D  FB FB
endEnrollment                     D  NF D  NF FB FB FB FB FB FB FB FB FB NF NF
endMeasure                        D  NF D  NF FB FB FB FB FB FB FB FB FB NF NF
# Each school's staff for its own school, nobody else.
importSignals                     FB FB FB FB D  D  FB FB FB FB FB FB FB FB FB
# A file of absence days: each school's staff for its own school.
importAbsenceDays                 FB FB FB FB D  D  FB FB FB FB FB FB FB FB FB
# A report as a file: the same readers as report.
# Running the gap rules now for one's own municipality: team leads and the admin (the calls do
# nothing here: the matrix holds the job's lock, see holdAlertsLock).
evaluateAlerts                    FB FB D  D  FB FB FB FB FB FB FB FB D  FB D
# Early warning: each school's staff for its own school (the runs do nothing here: the matrix
# holds the job's lock); a suggestion of the fixture's school is not found by s2.
evaluateEarlyWarnings             FB FB FB FB D  D  FB FB FB FB FB FB FB FB FB
exportReport                      FB FB D  D  FB FB FB FB FB FB D  FB FB FB D
exportYoungPersonData             D  NF D  NF FB FB FB FB FB FB FB FB FB NF NF
handOverToMunicipality            D  NF D  NF FB FB FB FB FB FB FB FB FB NF NF
# Any KAA coordinator or team lead of the municipality decides on a school's signal.
handleSignal                      D  D  D  D  FB FB FB FB FB FB FB FB FB NF NF
# Each KAA role imports its own upload for its own unit.
importTargetGroupFile             D  D  D  D  FB FB FB FB FB FB FB FB FB D  D
liftConsentRefusal                D  NF D  NF FB FB FB FB FB FB FB FB FB NF NF
# Another unit's young person is not found for ol (as for ft), issue 19's review finding.
liftLegalHold                     FB FB D  NF FB FB FB FB FB FB FB FB D  FB NF
logContactAttempt                 D  NF D  NF FB FB FB FB FB FB FB FB FB NF NF
login                             D  D  D  D  D  D  D  D  D  D  D  D  D  D  D
# On a session of its own (another user of the same organisation and role).
logout                            D  D  D  D  D  D  D  D  D  D  D  D  D  D  D
# Everyone marks their own notifications read (all of them; others' are never touched).
markNotificationsRead             D  D  D  D  D  D  D  D  D  D  D  D  D  D  D
offerMeasure                      D  NF D  NF FB FB FB FB FB FB FB FB FB NF NF
# Only the KAA units' team leads produce the SCB file (confirming the replacement, as the
# second and later calls for the same half-year must).
produceScbKaaFile                 FB FB D  D  FB FB FB FB FB FB FB FB FB FB D
reEnrollYoungPerson               D  NF D  NF FB FB FB FB FB FB FB FB FB NF NF
resolveAlert                      D  NF D  NF FB FB FB FB FB FB FB FB FB NF NF
recordAbsenceDays                 FB FB FB FB D  D  FB FB FB FB FB FB FB FB FB
reviewEarlyWarningSuggestion      FB FB FB FB D  NF FB FB FB FB FB FB FB FB FB
recordAccessReview                FB FB FB FB FB FB FB FB FB FB FB D  FB FB FB
recordConsent                     D  NF D  NF FB FB FB FB FB FB FB FB FB NF NF
recordConsentRefusal              D  NF D  NF FB FB FB FB FB FB FB FB FB NF NF
recordDisclosure                  D  NF D  NF FB FB FB FB FB FB FB FB FB NF NF
recordOccupation                  D  NF D  NF FB FB FB FB FB FB FB FB FB NF NF
recordPlanFollowUp                D  NF D  NF NF NF FB FB FB FB FB FB FB NF NF
recordSignal                      FB FB FB FB D  D  FB FB FB FB FB FB FB FB FB
registerTargetGroupCheck          D  D  D  NF FB FB FB FB FB FB FB FB FB NF NF
refreshAccessToken                D  D  D  D  D  D  D  D  D  D  D  D  D  D  D
# fc, ft register in their own municipality.
registerYoungPerson               D  D  D  D  FB FB FB FB FB FB FB FB FB D  D
respondToMeasure                  D  NF D  NF FB FB FB FB FB FB FB FB FB NF NF
# A dry run of the team lead's unit (ol, ft do not find it).
runRegisterImport                 FB FB D  NF FB FB FB FB FB FB FB FB FB FB NF
# A disposal now: the admin (nothing to dispose in the fixture).
runRetentionDisposal              FB FB FB FB FB FB FB FB FB FB FB FB E  FB FB
saveRegisterImportMapping         FB FB D  D  FB FB FB FB FB FB FB FB D  FB D
retireInformationCategory         FB FB FB FB FB FB FB FB FB FB FB FB D  FB FB
reviseActionPlan                  D  NF D  NF NF NF FB FB FB FB FB FB FB NF NF
reviseConsent                     D  NF D  NF FB FB FB FB FB FB FB FB FB NF NF
revokeIntegrationCredential       FB FB FB FB FB FB FB FB FB FB FB FB D  FB FB
# The recipient (af) sees the referral but may not revoke it.
revokeReferral                    D  NF D  NF NF NF FB NF NF NF FB FB FB NF NF
sendReferral                      D  NF D  NF FB FB FB FB FB FB FB FB FB NF NF
# On imports of the caller's own unit.
startTargetGroupRun               D  D  D  D  FB FB FB FB FB FB FB FB FB D  D
setPupilMentor                    FB FB FB FB D  D  FB FB FB FB FB FB FB FB FB
setStudentHealthStaff             FB FB FB FB D  D  FB FB FB FB FB FB FB FB FB
setPlanActionStatus               D  NF D  NF NF NF FB FB FB FB FB FB FB NF NF
setLegalHold                      FB FB D  NF FB FB FB FB FB FB FB FB D  FB NF
setRetentionRule                  FB FB FB FB FB FB FB FB FB FB FB FB D  FB FB
setProtectedIdentity              D  NF D  NF FB FB FB FB FB FB FB FB FB NF NF
# co, tl D: also to a young person they already read (the review queue gets it all the same).
# Disabling and enabling a user, and editing one: the municipality's admin.
setUserDisabled                   FB FB FB FB FB FB FB FB FB FB FB FB D  FB FB
startEmergencyAccess              D  D  D  D  D  D  D  D  D  D  FB FB FB NF NF
startMeasure                      D  NF D  NF FB FB FB FB FB FB FB FB FB NF NF
# On a session of its own (another user of the same organisation and role), moved to its own
# membership again: another organisation's needs a membership there (oidc-sign-in.e2e-spec.ts).
switchMembership                  D  D  D  D  D  D  D  D  D  D  D  D  D  D  D
updateAlertSettings               FB FB FB FB FB FB FB FB FB FB FB FB D  FB FB
updateAssignedPlanAction          FB FB FB FB NF NF D  NF NF NF FB FB FB FB FB
updateMeasureDocumentation        D  NF D  NF FB FB FB FB FB FB FB FB FB NF NF
updateMeasureType                 FB FB FB FB FB FB FB FB FB FB FB FB D  FB FB
updateEarlyWarningSettings        FB FB FB FB FB FB FB FB FB FB FB FB D  FB FB
updateMunicipalitySettings        FB FB FB FB FB FB FB FB FB FB FB FB D  FB FB
updateOrganization                FB FB FB FB FB FB FB FB FB FB FB FB D  FB FB
updateUser                        FB FB FB FB FB FB FB FB FB FB FB FB D  FB FB
updateYoungPerson                 D  NF D  NF FB FB FB FB FB FB FB FB FB NF NF
withdrawConsent                   D  NF D  NF FB FB FB FB FB FB FB FB FB NF NF
`;

// Query and Mutation fields left out of the matrix, each with its reason (none: every one is
// called). Subscriptions are not in the table; see the last test.
const NOT_IN_MATRIX: Record<string, string> = {
  // Public, and answers only to the browser's httpOnly refresh cookie (no argument, no role):
  // the same for everyone, proven with real cookies in session-cookie.e2e-spec.ts.
  refreshSession: 'the web app’s cookie session; session-cookie.e2e-spec.ts',
  // Public, answering only the own view's httpOnly cookie set by the provider sign-in.
  selfServiceSession: 'the own view’s cookie session; own-view.e2e-spec.ts',
};

// Which records of A's shared fixture each role may ever be shown, for the leak check of every
// response (a list that shows one record too many still "succeeds with data").
const CASE_RECORDS = [
  'person',
  'enrollment',
  'measure',
  'plan',
  'action',
  'contact',
  'consent',
  'referral',
  'disclosure',
  'reminder',
  'alert',
];
// The KAA unit's target-group import, run and "to check" entry: read by the whole unit.
const TARGET_GROUP_RECORDS = ['targetGroupImport', 'targetGroupRun', 'targetGroupCheck'];
const SEES: Record<RoleName, readonly string[]> = {
  // The coordinator also started the fixture's job (an import). The school's signal: every KAA
  // coordinator and team lead of the municipality, and the school that sent it.
  coordinator: [...CASE_RECORDS, 'job', ...TARGET_GROUP_RECORDS, 'signal'],
  colleague: [...TARGET_GROUP_RECORDS, 'signal'],
  teamLead: [...CASE_RECORDS, ...TARGET_GROUP_RECORDS, 'registerImport', 'signal'],
  otherUnitLead: ['signal'],
  schoolStaff: ['groupPlan', 'signal'],
  otherSchoolStaff: [],
  employment: ['person', 'plan', 'action', 'referral'],
  social: [],
  health: [],
  adultEducation: [],
  leadership: [],
  logReviewer: ['disclosure', 'emergencyAccess', 'review'],
  admin: [],
  foreignCoordinator: [],
  foreignTeamLead: [],
};

interface Row {
  name: string;
  expected: Record<RoleName, Outcome>;
}

function parseTable(text: string): Map<string, Row> {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'));
  const [header, ...rows] = lines;
  const headings = header.split(/\s+/).slice(1);
  const roles = headings.map((heading) => COLUMNS[heading]);
  if (roles.some((role) => role === undefined) || roles.join() !== ROLES.join()) {
    throw new Error(`table heading ${header} does not name the roles in order`);
  }
  const table = new Map<string, Row>();
  for (const line of rows) {
    const [name, ...cells] = line.split(/\s+/);
    if (cells.length !== ROLES.length) throw new Error(`table row ${name} has ${cells.length} cells`);
    if (table.has(name)) throw new Error(`table row ${name} appears twice`);
    const expected = {} as Record<RoleName, Outcome>;
    cells.forEach((cell, index) => {
      if (!OUTCOMES.includes(cell)) throw new Error(`table row ${name}: unknown outcome ${cell}`);
      expected[roles[index]] = cell as Outcome;
    });
    table.set(name, { name, expected });
  }
  return table;
}

const SCHEMA = committedSchema();
type Root = 'query' | 'mutation';
function rootField(root: Root, name: string): GraphQLField<unknown, unknown> {
  const type = root === 'query' ? SCHEMA.getQueryType() : SCHEMA.getMutationType();
  const field = type?.getFields()[name];
  if (!field) throw new Error(`no ${root} field ${name} in schema.gql`);
  return field;
}

// What one role's call needs: the arguments that cannot be defaulted (real ids, versions,
// values a rule checks) and, for calls made on someone else's session, the token.
interface Target {
  args: Overrides;
  token?: string;
}

interface Case {
  // The table row: the field, or field:target.
  name: string;
  root: Root;
  // Built once per role, right before the calls of its phase.
  target: (role: RoleName) => Promise<Target> | Target;
  // Fresh rows per call (mutations, and reads of rows that only some calls may create).
  fresh?: boolean;
  // Whether a successful value holds nothing (default: an empty list or page).
  empty?: (value: unknown) => boolean;
  // Calls `login`: made one at a time, like every sign-in of the set-up.
  signsIn?: boolean;
  // The target depends on the role (its own session or emergency access): built for each.
  perRole?: boolean;
}

function fieldOf(c: Case): GraphQLField<unknown, unknown> {
  return rootField(c.root, c.name.split(':')[0]);
}

function isEmpty(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  if (value && typeof value === 'object' && 'nodes' in value && Array.isArray(value.nodes)) {
    return value.nodes.length === 0;
  }
  return false;
}

function outcomeOf(res: GraphqlResponse, c: Case): string {
  const error = res.errors?.[0];
  if (error) {
    const code = String(error.extensions?.code);
    return Object.entries(ERROR_CODES).find(([, known]) => known === code)?.[0] ?? code;
  }
  const value = res.data?.[fieldOf(c).name];
  if (value === null || value === undefined) return 'NULL';
  return (c.empty ?? isEmpty)(value) ? 'E' : 'D';
}

// Every `id` value anywhere in a response.
function idsIn(value: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) for (const item of value) idsIn(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'id' && typeof inner === 'string') found.add(inner);
      else idsIn(inner, found);
    }
  }
  return found;
}

async function inBatches<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) {
    results.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  }
  return results;
}

// Identity numbers that never collide within this file's database: among hundreds of
// registrations, random ones would now and then draw the same number. Each one 17 years old
// (born 18 years ago, plus one day per number), 360 birthdays per serial.
let registrations = 0;
function nextIdentityNumber(): string {
  const n = registrations;
  registrations += 1;
  const birth = new Date();
  birth.setUTCFullYear(birth.getUTCFullYear() - 18);
  birth.setUTCDate(birth.getUTCDate() + 1 + (n % 360));
  return makeIdentityNumber(birth.toISOString().slice(0, 10), 1 + Math.floor(n / 360));
}

function dayOffset(days: number): string {
  return stockholmDay(new Date(Date.now() + days * 86_400_000));
}

describe('authorization matrix (generated from the schema)', () => {
  let t: TestApi;
  const tokens = {} as Record<RoleName, string>;
  const users = {} as Record<RoleName, TestUser>;
  const orgs = {} as Record<'kaa' | 'school' | 'employment' | 'management' | 'foreignKaa', TestOrganization>;
  let a: TestMunicipality;
  let b: TestMunicipality;
  // A coordinator outside the matrix, who opens emergency accesses (reviews to close).
  let helperToken = '';
  let measureTypeId = '';
  // The shared fixture of municipality A (read by the read cases) and B's.
  const shared = {} as Record<string, string>;
  const kindOf = new Map<string, string>();
  const foreign = new Set<string>();
  // B's record of each kind (and a user and an organisation of B's).
  const foreignByKind = new Map<string, string>();
  let calls = 0;
  let members = {} as Record<RoleName, [TestOrganization, Role]>;

  async function ok<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
    const res = await t.graphql<T>(query, variables, token);
    if (!res.data || res.errors) throw new Error(`${query}: ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  // --- Factories: each builds rows through the api, as the role that would. ---

  interface Person {
    id: string;
    version: number;
    enrollmentId: string;
    enrollmentVersion: number;
  }

  // A young person registered in the coordinator's caseload (or B's, as B's coordinator), named
  // so that no search of the read cases finds them.
  async function person(
    token = tokens.coordinator,
    names = { givenName: 'Ny', familyName: 'Fixtur' },
  ): Promise<Person> {
    const res = await ok<{ registerYoungPerson: YoungPersonView }>(
      REGISTER,
      { input: registerInput({ personalIdentityNumber: nextIdentityNumber(), ...names }) },
      token,
    );
    const yp = res.registerYoungPerson;
    return {
      id: yp.id,
      version: yp.version,
      enrollmentId: yp.enrollment!.id,
      enrollmentVersion: yp.enrollment!.version,
    };
  }

  // An open gap alert on a young person of the coordinator's caseload, as the evaluation job opens it.
  async function alertOf(youngPersonId: string): Promise<string> {
    const { rows } = await t.pool.query<{ id: string }>(
      `INSERT INTO alert (municipality_id, young_person_id, rule, due_on, facts, owner_user_id, opened_at)
       VALUES ($1, $2, 'NO_CONTACT', $3, '{"threshold": 30}', $4, now()) RETURNING id`,
      [a.id, youngPersonId, dayOffset(-1), users.coordinator.id],
    );
    return rows[0].id;
  }

  async function measure(status: 'OFFERED' | 'ACCEPTED' | 'STARTED', youngPersonId?: string) {
    const ypId = youngPersonId ?? (await person()).id;
    const offered = await ok<{ offerMeasure: { id: string; version: number } }>(
      'mutation ($input: OfferMeasureInput!) { offerMeasure(input: $input) { id version } }',
      { input: { youngPersonId: ypId, measureTypeId, offeredOn: today() } },
      tokens.coordinator,
    );
    let current = offered.offerMeasure;
    if (status === 'OFFERED') return current;
    current = (
      await ok<{ respondToMeasure: { id: string; version: number } }>(
        'mutation ($input: RespondToMeasureInput!) { respondToMeasure(input: $input) { id version } }',
        { input: { id: current.id, version: current.version, accepted: true, respondedOn: today() } },
        tokens.coordinator,
      )
    ).respondToMeasure;
    if (status === 'ACCEPTED') return current;
    return (
      await ok<{ startMeasure: { id: string; version: number } }>(
        'mutation ($input: StartMeasureInput!) { startMeasure(input: $input) { id version } }',
        { input: { id: current.id, version: current.version, startedOn: today() } },
        tokens.coordinator,
      )
    ).startMeasure;
  }

  interface Plan {
    id: string;
    version: number;
    goals: Array<{ id: string }>;
    actions: Array<{ id: string }>;
    followUps: Array<{ id: string }>;
  }

  async function plan(youngPersonId?: string): Promise<Plan> {
    const ypId = youngPersonId ?? (await person()).id;
    const res = await ok<{ createActionPlan: Plan }>(
      `mutation ($input: CreateActionPlanInput!) { createActionPlan(input: $input) {
         id version goals { id } actions { id } followUps { id } } }`,
      {
        input: {
          scope: 'INDIVIDUAL',
          youngPersonId: ypId,
          title: 'Plan',
          goals: [{ text: 'Mål', owner: 'YOUNG_PERSON' }],
          actions: [{ description: 'Kontakt', responsibleOrganizationId: orgs.employment.id, goalIndex: 0 }],
          followUps: [{ plannedOn: dayOffset(30) }],
        },
      },
      tokens.coordinator,
    );
    return res.createActionPlan;
  }

  // A consent for Arbetsförmedlingen, valid from a year ago to a year ahead: wide around today
  // whatever day the consent rules take as today.
  async function consent(youngPersonId?: string, categories = ['PLAN']) {
    const ypId = youngPersonId ?? (await person()).id;
    const res = await ok<{ recordConsent: { id: string } }>(
      'mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }',
      {
        input: {
          youngPersonId: ypId,
          recipientOrganizationId: orgs.employment.id,
          categories,
          purpose: 'Stöd mot arbete',
          givenBy: 'YOUNG_PERSON',
          form: 'ORAL',
          validFrom: dayOffset(-365),
          validTo: dayOffset(365),
        },
      },
      tokens.coordinator,
    );
    return { id: res.recordConsent.id, youngPersonId: ypId };
  }

  async function referral(status: 'REQUESTED' | 'ACCEPTED' = 'REQUESTED', youngPersonId?: string) {
    const given = await consent(youngPersonId);
    const res = await ok<{ sendReferral: { id: string } }>(
      'mutation ($input: SendReferralInput!) { sendReferral(input: $input) { id } }',
      {
        input: {
          youngPersonId: given.youngPersonId,
          toOrganizationId: orgs.employment.id,
          purpose: 'Stöd mot arbete',
          categories: ['PLAN'],
          legalGround: 'CONSENT',
          consentId: given.id,
        },
      },
      tokens.coordinator,
    );
    const id = res.sendReferral.id;
    if (status === 'ACCEPTED') {
      await ok('mutation ($id: ID!) { acceptReferral(id: $id) { id } }', { id }, tokens.employment);
    }
    return { id, youngPersonId: given.youngPersonId, consentId: given.id };
  }

  async function emergencyAccess(token: string, youngPersonId?: string) {
    const ypId = youngPersonId ?? (await person()).id;
    const res = await ok<{ startEmergencyAccess: { id: string } }>(
      'mutation ($input: StartEmergencyAccessInput!) { startEmergencyAccess(input: $input) { id } }',
      { input: { youngPersonId: ypId, reason: 'Akut oro för den unges säkerhet' } },
      token,
    );
    return res.startEmergencyAccess.id;
  }

  // A planned stand-in between two new coordinators of A's unit, named by its team lead.
  async function standIn(absent?: TestUser, present?: TestUser): Promise<string> {
    const res = await ok<{ appointStandIn: { id: string } }>(
      'mutation ($input: AppointStandInInput!) { appointStandIn(input: $input) { id } }',
      {
        input: {
          absentUserId: (absent ?? (await t.factories.user(orgs.kaa, Role.COORDINATOR))).id,
          standInUserId: (present ?? (await t.factories.user(orgs.kaa, Role.COORDINATOR))).id,
          fromOn: dayOffset(30),
          toOn: dayOffset(31),
        },
      },
      tokens.teamLead,
    );
    return res.appointStandIn.id;
  }

  async function reviewOf(emergencyAccessId: string): Promise<string> {
    const { rows } = await t.pool.query<{ id: string }>('SELECT id FROM access_review WHERE emergency_access_id = $1', [
      emergencyAccessId,
    ]);
    return rows[0].id;
  }

  // A finished import of the user's unit (set-up rows: the import itself is proven in
  // target-group.e2e-spec.ts).
  async function targetGroupImport(user: TestUser, kind = 'POPULATION'): Promise<string> {
    const { rows } = await t.pool.query<{ id: string }>(
      `INSERT INTO target_group_import (municipality_id, kaa_unit_id, kind, file_id, file_name, as_of, status, row_count,
         created_by_id, created_at)
       VALUES ($1, $2, $3, gen_random_uuid(), 'matris.csv', $4, 'SUCCEEDED', 1, $5, now()) RETURNING id`,
      [user.municipalityId, user.organizationId, kind, today(), user.id],
    );
    // One person read (a run needs the rows, which are kept for a while only).
    await t.pool.query(
      `INSERT INTO target_group_import_row (import_id, line, personal_identity_number, coordination_number, date_of_birth)
       VALUES ($1, 2, '200801152381', false, '2008-01-15')`,
      [rows[0].id],
    );
    return rows[0].id;
  }

  // A finished dry run of the user's unit with one refused row (set-up rows: the dry run itself
  // is proven in register-import.e2e-spec.ts); its run applies nothing.
  async function registerImportFixture(user: TestUser): Promise<string> {
    const { rows } = await t.pool.query<{ id: string }>(
      `INSERT INTO register_import (municipality_id, kaa_unit_id, file_id, file_name, columns, default_registration_reason,
         status, row_count, refused_count, created_by_id, created_at, finished_at)
       VALUES ($1, $2, gen_random_uuid(), 'matris.csv', '{"identityNumber": "Personnummer"}', 'OTHER', 'READY', 1, 1, $3,
         now(), now()) RETURNING id`,
      [user.municipalityId, user.organizationId, user.id],
    );
    await t.pool.query(
      `INSERT INTO register_import_row (import_id, line, action, code, field)
       VALUES ($1, 2, 'REFUSED', 'REGISTER_IMPORT_ROW_IDENTITY_NUMBER_INVALID', 'Personnummer')`,
      [rows[0].id],
    );
    return rows[0].id;
  }

  // An entry to check in A's KAA unit.
  async function targetGroupCheck(): Promise<string> {
    const pnr = nextIdentityNumber();
    const dob = `${pnr.slice(0, 4)}-${pnr.slice(4, 6)}-${pnr.slice(6, 8)}`;
    const { rows } = await t.pool.query<{ id: string }>(
      `INSERT INTO target_group_check (municipality_id, kaa_unit_id, personal_identity_number, coordination_number,
         date_of_birth, given_name, family_name, status, lists_date, first_run_id, last_run_id, opened_at)
       VALUES ($1, $2, $3, false, $4, 'Ny', 'Fixtur', 'TO_CHECK', $5, $6, $6, now()) RETURNING id`,
      [a.id, orgs.kaa.id, pnr, dob, today(), randomUUID()],
    );
    return rows[0].id;
  }

  // An integration credential of the fixture's school, made by the admin.
  async function integrationCredential(): Promise<string> {
    const made = await ok<{ createIntegrationCredential: { credential: { id: string } } }>(
      'mutation ($input: CreateIntegrationCredentialInput!) { createIntegrationCredential(input: $input) { credential { id } } }',
      { input: { organizationId: orgs.school.id, name: uniqueCode('System '), validDays: 30 } },
      tokens.admin,
    );
    return made.createIntegrationCredential.credential.id;
  }

  // A signal sent by the fixture's school (through the API, as the school does).
  async function schoolSignal(): Promise<string> {
    const sent = await ok<{ recordSignal: { id: string } }>(
      'mutation ($input: RecordSignalInput!) { recordSignal(input: $input) { id } }',
      { input: { kind: 'UNEXCUSED_ABSENCE', personalIdentityNumber: nextIdentityNumber(), occurredOn: today() } },
      tokens.schoolStaff,
    );
    return sent.recordSignal.id;
  }

  // An open early-warning suggestion about a pupil of the fixture's school (made in the table, as
  // the indicators' run would; the runs do nothing while the matrix holds their lock).
  async function earlyWarningSuggestion(): Promise<{ id: string; version: number }> {
    const pupil = await t.pool.query<{ id: string }>(
      `INSERT INTO school_pupil (municipality_id, school_id, personal_identity_number, updated_at)
       VALUES ($1, $2, $3, now()) RETURNING id`,
      [a.id, orgs.school.id, nextIdentityNumber().replace('-', '')],
    );
    const row = await t.pool.query<{ id: string; version: number }>(
      `INSERT INTO early_warning_suggestion (municipality_id, school_id, pupil_id, personal_identity_number, indicator,
         condition_key, facts, status, addressed_level, opened_at, updated_at)
       SELECT p.municipality_id, p.school_id, p.id, p.personal_identity_number, 'DROP_OUT', 'matris', '[]', 'OPEN',
              'SCHOOL', now(), now() FROM school_pupil p WHERE p.id = $1
       RETURNING id, version`,
      [pupil.rows[0].id],
    );
    return row.rows[0];
  }

  // The gap rules' job lock, held by a connection of the test for the whole file: an
  // evaluateAlerts call then finds a run under way and changes nothing (ran: false, still
  // audited), so it cannot end or rewrite the hand-made alerts other rows act on, whatever the
  // order. The run itself is proven in alerts-on-demand.e2e-spec.ts.
  let alertsLock: Client | undefined;
  async function holdAlertsLock(): Promise<void> {
    alertsLock = new Client({ connectionString: t.db.adminUrl });
    await alertsLock.connect();
    await alertsLock.query(`SELECT pg_advisory_lock(hashtext('brygga.job.' || 'alerts-evaluate'))`);
    await alertsLock.query(`SELECT pg_advisory_lock(hashtext('brygga.job.' || 'early-warning-evaluate'))`);
  }

  // --- Set-up ---

  beforeAll(async () => {
    // No job runs: a matching run started by a call would change the fixture's queue.
    t = await startTestApi({ env: { JOBS: 'off' } });
    a = await t.factories.municipality();
    b = await t.factories.municipality();
    while (b.id === a.id) b = await t.factories.municipality();
    orgs.kaa = await t.factories.organization(a.id, OrganizationKind.KAA_UNIT);
    orgs.school = await t.factories.organization(a.id, OrganizationKind.SCHOOL);
    orgs.employment = await t.factories.organization(a.id, OrganizationKind.EMPLOYMENT_SERVICE);
    orgs.management = await t.factories.organization(a.id, OrganizationKind.MANAGEMENT);
    orgs.foreignKaa = await t.factories.organization(b.id, OrganizationKind.KAA_UNIT);
    members = {
      coordinator: [orgs.kaa, Role.COORDINATOR],
      colleague: [orgs.kaa, Role.COORDINATOR],
      teamLead: [orgs.kaa, Role.TEAM_LEAD],
      otherUnitLead: [await t.factories.organization(a.id, OrganizationKind.KAA_UNIT), Role.TEAM_LEAD],
      schoolStaff: [orgs.school, Role.SCHOOL_STAFF],
      otherSchoolStaff: [await t.factories.organization(a.id, OrganizationKind.SCHOOL), Role.SCHOOL_STAFF],
      employment: [orgs.employment, Role.PARTNER_CASEWORKER],
      social: [await t.factories.organization(a.id, OrganizationKind.SOCIAL_SERVICES), Role.PARTNER_CASEWORKER],
      health: [await t.factories.organization(a.id, OrganizationKind.HEALTH_CARE), Role.PARTNER_CASEWORKER],
      adultEducation: [await t.factories.organization(a.id, OrganizationKind.ADULT_EDUCATION), Role.PARTNER_CASEWORKER],
      leadership: [orgs.management, Role.LEADERSHIP],
      logReviewer: [orgs.management, Role.LOG_REVIEWER],
      admin: [orgs.management, Role.ADMIN],
      foreignCoordinator: [orgs.foreignKaa, Role.COORDINATOR],
      foreignTeamLead: [orgs.foreignKaa, Role.TEAM_LEAD],
    };
    // One at a time: the login limiter counts attempts in flight per client address.
    for (const role of ROLES) {
      users[role] = await t.factories.user(...members[role]);
      tokens[role] = await t.login(users[role]);
    }
    helperToken = await t.login(await t.factories.user(orgs.kaa, Role.COORDINATOR));

    const measureType = await ok<{ createMeasureType: { id: string } }>(
      'mutation { createMeasureType(input: { code: "MATRIS", name: "Insats", scbCategory: OTHER, defaultTier: PREVENTIVE }) { id } }',
      {},
      tokens.admin,
    );
    measureTypeId = measureType.createMeasureType.id;
    await ok(
      'mutation { defineInformationCategory(input: { code: "EKONOMI", name: "Ekonomi" }) { id } }',
      {},
      tokens.admin,
    );

    // A's case: a young person with a registration, a measure, a plan revised once (an action
    // assigned to Arbetsförmedlingen), a contact attempt, a consent and a referral to
    // Arbetsförmedlingen (and the disclosure that records it), a reminder.
    const yp = await person(tokens.coordinator, { givenName: 'Matris', familyName: 'Person' });
    shared.person = yp.id;
    // A rectification request from the young person's own view (issue 19).
    await t.pool.query(
      `INSERT INTO rectification_request (municipality_id, young_person_id, requested_by, field, text)
       VALUES ($1, $2, 'YOUNG_PERSON', 'OTHER', 'Fel skola') RETURNING id`,
      [a.id, yp.id],
    );
    // A planned stand-in: the colleague for the coordinator, in a month (no access today).
    await standIn(users.coordinator, users.colleague);
    shared.enrollment = yp.enrollmentId;
    shared.measure = (await measure('OFFERED', yp.id)).id;
    const ownPlan = await plan(yp.id);
    shared.plan = ownPlan.id;
    await ok(
      'mutation ($input: ReviseActionPlanInput!) { reviseActionPlan(input: $input) { id } }',
      { input: { id: ownPlan.id, version: ownPlan.version, title: 'Plan, reviderad' } },
      tokens.coordinator,
    );
    shared.action = ownPlan.actions[0].id;
    shared.contact = (
      await ok<{ logContactAttempt: { id: string } }>(
        'mutation ($input: LogContactAttemptInput!) { logContactAttempt(input: $input) { id } }',
        {
          input: {
            youngPersonId: yp.id,
            channel: 'PHONE',
            occurredAt: new Date().toISOString(),
            outcome: 'REACHED',
            occupationLearned: 'NONE',
          },
        },
        tokens.coordinator,
      )
    ).logContactAttempt.id;
    const sent = await referral('REQUESTED', yp.id);
    shared.consent = sent.consentId;
    shared.referral = sent.id;
    await t.pool.query(
      `INSERT INTO legal_hold (municipality_id, young_person_id, reason, set_by_id, set_at)
       VALUES ($1, $2, 'Tillsynsärende pågår', $3, now())`,
      [a.id, yp.id, users.admin.id],
    );
    const disclosures = await ok<{ youngPerson: { disclosures: Array<{ id: string }> } }>(
      'query ($id: ID!) { youngPerson(id: $id) { disclosures { id } } }',
      { id: yp.id },
      tokens.coordinator,
    );
    shared.disclosure = disclosures.youngPerson.disclosures[0].id;
    const { rows: reminder } = await t.pool.query<{ id: string }>(
      `INSERT INTO kaa_reminder (municipality_id, young_person_id, kind, due_on)
       VALUES ($1, $2, 'TURNING_20', $3) RETURNING id`,
      [a.id, yp.id, dayOffset(30)],
    );
    shared.reminder = reminder[0].id;
    shared.alert = await alertOf(yp.id);
    // What the alert evaluation writes for the coordinator: a notification and its e-mail.
    await t.pool.query(
      `INSERT INTO notification (municipality_id, user_id, kind, count, link, created_at)
       VALUES ($1, $2, 'ALERTS_OPENED', 1, '/', now())`,
      [a.id, users.coordinator.id],
    );
    await t.pool.query(
      `INSERT INTO email_outbox (municipality_id, user_id, to_address, kind, subject, body, dedupe_key, next_attempt_at,
                                 created_at)
       VALUES ($1, $2, 'co@matris.test', 'NOTIFICATION', 'Brygga: nya larm', 'Du har fått 1 nytt larm.', $3, now(), now())`,
      [a.id, users.coordinator.id, `matrix:${randomUUID()}`],
    );
    const group = await ok<{ createActionPlan: { id: string } }>(
      'mutation ($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }',
      {
        input: {
          scope: 'CLASS',
          targetGroup: '9B',
          title: 'Närvaro i 9B',
          goals: [{ text: 'Närvaro', owner: 'PROFESSIONAL' }],
        },
      },
      tokens.schoolStaff,
    );
    shared.groupPlan = group.createActionPlan.id;
    // Someone else's emergency access to the young person, read under it: an open review, and a
    // read outside the ordinary grounds for the anomaly rules.
    shared.emergencyAccess = await emergencyAccess(helperToken, yp.id);
    shared.review = await reviewOf(shared.emergencyAccess);
    // A job the coordinator started (an import): only its starter reads its progress.
    shared.job = (
      await t.api.app.get(JobQueue).enqueue({
        municipalityId: users.coordinator.municipalityId,
        kind: 'matrix-import',
        payload: {},
        createdById: users.coordinator.id,
      })
    ).id;
    await ok('query ($id: ID!) { youngPerson(id: $id) { id } }', { id: yp.id }, helperToken);
    // A failed login in A, for the log reviewer's security events.
    await t.pool.query(
      `INSERT INTO security_event (occurred_at, kind, municipality_id, user_id, code)
       VALUES (now(), 'LOGIN_FAILED', $1, $2, 'AUTH_INVALID_CREDENTIALS')`,
      [users.coordinator.municipalityId, users.coordinator.id],
    );
    // The unit's target-group import, run and an entry to check.
    shared.targetGroupImport = await targetGroupImport(users.coordinator);
    shared.targetGroupRun = (
      await t.pool.query<{ id: string }>(
        `INSERT INTO target_group_run (municipality_id, kaa_unit_id, status, population_import_id, enrollment_import_ids,
           population_file_name, enrollment_file_names, lists_date, created_by_id, created_at)
         VALUES ($1, $2, 'SUCCEEDED', $3, '{}', 'matris.csv', '{}', $4, $5, now()) RETURNING id`,
        [a.id, orgs.kaa.id, shared.targetGroupImport, today(), users.coordinator.id],
      )
    ).rows[0].id;
    shared.targetGroupCheck = await targetGroupCheck();
    // A dry run of the unit's register import, and both municipalities' column mappings.
    shared.registerImport = await registerImportFixture(users.teamLead);
    for (const [municipality, by] of [
      [a.id, users.admin.id],
      [b.id, users.foreignTeamLead.id],
    ]) {
      await t.pool.query(
        `INSERT INTO register_import_mapping (municipality_id, columns, default_registration_reason, updated_by_id, updated_at)
         VALUES ($1, '{"identityNumber": "Personnummer", "fullName": "Namn"}', 'OTHER', $2, now())`,
        [municipality, by],
      );
    }
    // A signal from the school about a pupil not in the register.
    shared.signal = await schoolSignal();
    // The school system's integration credential (for integrationCredentials).
    await integrationCredential();
    // Hand-overs both ways: one of A's young people to B, one of B's to A.
    const movingOut = await person();
    await ok(
      'mutation ($input: HandOverInput!) { handOverToMunicipality(input: $input) { id } }',
      { input: { youngPersonId: movingOut.id, toMunicipalityCode: b.code, movedOn: today() } },
      tokens.coordinator,
    );
    const movingIn = await person(tokens.foreignCoordinator);
    await ok(
      'mutation ($input: HandOverInput!) { handOverToMunicipality(input: $input) { id } }',
      { input: { youngPersonId: movingIn.id, toMunicipalityCode: a.code, movedOn: today() } },
      tokens.foreignCoordinator,
    );

    for (const [key, id] of Object.entries(shared)) kindOf.set(id, key);

    // B's case, a record of each kind, which A's roles are given in the sweep of reads by id.
    const their = tokens.foreignCoordinator;
    const theirPerson = await person(their, { givenName: 'Matris', familyName: 'Person' });
    const theirPartner = await t.factories.organization(b.id, OrganizationKind.EMPLOYMENT_SERVICE);
    const theirAdmin = await t.login(await t.factories.user(orgs.foreignKaa, Role.ADMIN));
    const theirType = await ok<{ createMeasureType: { id: string } }>(
      'mutation { createMeasureType(input: { code: "MATRIS", name: "Insats", scbCategory: OTHER, defaultTier: PREVENTIVE }) { id } }',
      {},
      theirAdmin,
    );
    const theirMeasure = await ok<{ offerMeasure: { id: string } }>(
      'mutation ($input: OfferMeasureInput!) { offerMeasure(input: $input) { id } }',
      { input: { youngPersonId: theirPerson.id, measureTypeId: theirType.createMeasureType.id, offeredOn: today() } },
      their,
    );
    const theirPlan = await ok<{ createActionPlan: { id: string } }>(
      'mutation ($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }',
      { input: { scope: 'INDIVIDUAL', youngPersonId: theirPerson.id, title: 'Plan', goals: [] } },
      their,
    );
    const theirConsent = await ok<{ recordConsent: { id: string } }>(
      'mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }',
      { input: { youngPersonId: theirPerson.id, ...consentTerms(), recipientOrganizationId: theirPartner.id } },
      their,
    );
    const theirReferral = await ok<{ sendReferral: { id: string } }>(
      'mutation ($input: SendReferralInput!) { sendReferral(input: $input) { id } }',
      {
        input: {
          youngPersonId: theirPerson.id,
          toOrganizationId: theirPartner.id,
          purpose: 'Stöd mot arbete',
          categories: ['PLAN'],
          legalGround: 'CONSENT',
          consentId: theirConsent.recordConsent.id,
        },
      },
      their,
    );
    const theirRecords: Record<string, string> = {
      person: theirPerson.id,
      enrollment: theirPerson.enrollmentId,
      measure: theirMeasure.offerMeasure.id,
      plan: theirPlan.createActionPlan.id,
      consent: theirConsent.recordConsent.id,
      referral: theirReferral.sendReferral.id,
      // A job B's coordinator started.
      job: (
        await t.api.app.get(JobQueue).enqueue({
          municipalityId: users.foreignCoordinator.municipalityId,
          kind: 'matrix-import',
          payload: {},
          createdById: users.foreignCoordinator.id,
        })
      ).id,
    };
    for (const [kind, id] of Object.entries(theirRecords)) {
      foreign.add(id);
      foreignByKind.set(kind, id);
    }
    foreignByKind.set('user', users.foreignCoordinator.id);
    foreignByKind.set('organization', orgs.foreignKaa.id);
    await holdAlertsLock();
    await earlyWarningSuggestion();
  }, 420_000);

  afterAll(async () => {
    await alertsLock?.end();
    await t?.close();
  });

  // --- The cases ---

  // Serialised: the login limiter counts attempts in flight per client address, so parallel
  // logins would be refused.
  let logins: Promise<unknown> = Promise.resolve();
  function oneLoginAtATime<T>(work: () => Promise<T>): Promise<T> {
    const next = logins.then(work);
    logins = next.catch(() => undefined);
    return next;
  }
  function serialLogin(user: TestUser): Promise<{ accessToken: string; refreshToken: string }> {
    return oneLoginAtATime(async () => {
      const res = await t.graphql<{ login: { accessToken: string; refreshToken: string } }>(
        'mutation ($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }',
        { input: { email: user.email, password: user.password } },
      );
      if (!res.data?.login) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
      return res.data.login;
    });
  }

  const EMERGENCY_ROLES: readonly RoleName[] = [
    'coordinator',
    'colleague',
    'teamLead',
    'otherUnitLead',
    'schoolStaff',
    'otherSchoolStaff',
    'employment',
    'social',
    'health',
    'adultEducation',
  ];

  let unique = 0;
  const uniqueCode = (prefix: string): string => {
    unique += 1;
    return `${prefix}${unique}`;
  };
  const month = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit' })
    .format(new Date())
    .slice(0, 7);
  const consentTerms = () => ({
    recipientOrganizationId: orgs.employment.id,
    categories: ['PLAN'],
    purpose: 'Stöd mot arbete',
    givenBy: 'YOUNG_PERSON',
    form: 'ORAL',
    validFrom: dayOffset(-365),
    validTo: dayOffset(365),
  });

  const read = (name: string, args: () => Overrides = () => ({}), extra: Partial<Case> = {}): Case => ({
    name,
    root: 'query',
    target: () => ({ args: args() }),
    ...extra,
  });
  const change = (name: string, target: Case['target']): Case => ({ name, root: 'mutation', target, fresh: true });
  const input = (build: (role: RoleName) => Promise<Overrides> | Overrides) => async (role: RoleName) => ({
    args: { input: await build(role) },
  });

  const CASES: Case[] = [
    // Reads of the shared fixture.
    read('accessAnomalies', () => ({
      from: new Date(Date.now() - 86_400_000).toISOString(),
      to: new Date(Date.now() + 3_600_000).toISOString(),
    })),
    read('accessLog'),
    read('accessReviews'),
    read('accessSample', () => ({ month })),
    read('actionPlan', () => ({ id: shared.plan })),
    read('actionPlan:class', () => ({ id: shared.groupPlan })),
    read('actionPlanVersion', () => ({ planId: shared.plan, version: 1 })),
    read('actionPlans'),
    read('alerts', () => ({ scope: 'ALL' })),
    read('disposals'),
    read('legalHolds'),
    read('retentionDryRun'),
    read('retentionRules'),
    read('ownRecords'),
    read('ownPlans', () => ({ youngPersonId: shared.person })),
    read('ownConsents', () => ({ youngPersonId: shared.person })),
    read('ownAccessLog', () => ({ youngPersonId: shared.person })),
    read('ownRectificationRequests', () => ({ youngPersonId: shared.person })),
    read('rectificationRequests', () => ({ youngPersonId: shared.person })),
    read('alertSettings'),
    read('previewAlertSettings', () => ({ input: { version: 0, noContactDays: 10 } })),
    read('assignedPlanActions'),
    read('caseload'),
    read('caseloadStatusCounts', () => ({}), {
      empty: (value) => (value as Array<{ count: number }>).every((row) => row.count === 0),
    }),
    read('compareActionPlanVersions', () => ({ planId: shared.plan, fromVersion: 1, toVersion: 2 })),
    read('consent', () => ({ id: shared.consent })),
    read('contactAttempts', () => ({ youngPersonId: shared.person })),
    read('contactAttempts:mine'),
    read('coordinatorLoad'),
    read('emergencyAccess', () => ({ id: shared.emergencyAccess })),
    {
      name: 'emergencyAccess:own',
      root: 'query',
      fresh: true,
      perRole: true,
      target: async (role) => ({
        args: { id: await emergencyAccess(EMERGENCY_ROLES.includes(role) ? tokens[role] : tokens.coordinator) },
      }),
    },
    read('emergencyAccesses'),
    read('earlyWarningSettings'),
    read('earlyWarningSuggestions'),
    read('emailOutbox'),
    read('handOvers:incoming', () => ({ direction: 'INCOMING' })),
    read('handOvers:outgoing', () => ({ direction: 'OUTGOING' })),
    read('informationCategoryDefinitions'),
    read('integrationCredentials'),
    read('job', () => ({ id: shared.job })),
    read('kaaEnrollment', () => ({ id: shared.enrollment })),
    read('me'),
    read('signInOptions'),
    read('measure', () => ({ id: shared.measure })),
    read('measureTypes'),
    read('municipality'),
    read('notifications'),
    read('organization', () => ({ id: orgs.kaa.id })),
    read('organizations'),
    read('organizations:search', () => ({ search: orgs.kaa.name.slice(2).toUpperCase() })),
    read('planPeople', () => ({ organizationId: orgs.kaa.id })),
    read('referral', () => ({ id: shared.referral })),
    read('registerImport', () => ({ id: shared.registerImport })),
    {
      // Each team lead's own upload (others, refused by type, are given the team lead's).
      name: 'registerImportFileColumns',
      root: 'query',
      target: async (role) => {
        const uploader = ['teamLead', 'otherUnitLead', 'foreignTeamLead'].includes(role) ? role : 'teamLead';
        return {
          args: { fileId: await uploadFile(t, tokens[uploader], 'matris.csv', Buffer.from('Personnummer;Namn\n')) },
        };
      },
      fresh: true,
      perRole: true,
    },
    read('registerImportMapping'),
    read('registerImportRows', () => ({ importId: shared.registerImport })),
    read('referrals:received', () => ({ direction: 'RECEIVED' })),
    read('referrals:sent', () => ({ direction: 'SENT' })),
    read('reminders'),
    read('report', () => ({ input: { kind: 'KAA_COHORT', from: dayOffset(-90), to: dayOffset(0) } })),
    read('reportDurations', () => ({ period: { from: dayOffset(-90), to: dayOffset(0) } })),
    read('reportHeadline', () => ({ period: { from: dayOffset(-90), to: dayOffset(0) } })),
    read('scbKaaDataQuality', () => ({ input: { period: halfYearOf(today()).key } })),
    read('scbKaaFiles'),
    read('scbKaaValidation', () => ({ input: { period: halfYearOf(today()).key } })),
    read('schoolPresence', () => ({ from: dayOffset(-90), to: dayOffset(0) })),
    read('schoolPupils'),
    read('schoolStaff'),
    read('searchYoungPeople', () => ({ query: 'Matris' })),
    read('securityEvents'),
    read('signal', () => ({ id: shared.signal })),
    read('signals'),
    read('standIns'),
    read('targetGroupCheck', () => ({ id: shared.targetGroupCheck })),
    read('targetGroupChecks', () => ({ status: 'TO_CHECK' })),
    read('targetGroupImport', () => ({ id: shared.targetGroupImport })),
    read('targetGroupImports'),
    read('targetGroupOverview'),
    read('targetGroupRun', () => ({ id: shared.targetGroupRun })),
    read('targetGroupRuns'),
    read('user', () => ({ id: users.coordinator.id })),
    read('users'),
    read('youngPerson', () => ({ id: shared.person })),

    // Mutations, each call on rows of its own.
    change(
      'acceptHandOver',
      input(async () => {
        const moving = await person(tokens.foreignCoordinator);
        const sent = await ok<{ handOverToMunicipality: { id: string } }>(
          'mutation ($input: HandOverInput!) { handOverToMunicipality(input: $input) { id } }',
          { input: { youngPersonId: moving.id, toMunicipalityCode: a.code, movedOn: today() } },
          tokens.foreignCoordinator,
        );
        return { id: sent.handOverToMunicipality.id };
      }),
    ),
    change(
      'appointStandIn',
      input(async () => ({
        absentUserId: (await t.factories.user(orgs.kaa, Role.COORDINATOR)).id,
        standInUserId: (await t.factories.user(orgs.kaa, Role.COORDINATOR)).id,
        fromOn: dayOffset(30),
        toOn: dayOffset(31),
      })),
    ),
    change('acceptReferral', async () => ({ args: { id: (await referral()).id } })),
    change(
      'acknowledgeAlert',
      input(async () => ({ id: await alertOf((await person()).id), version: 1, reason: 'Ringer henne i morgon' })),
    ),
    change('decideRectificationRequest', async () => {
      const { rows } = await t.pool.query<{ id: string }>(
        `INSERT INTO rectification_request (municipality_id, young_person_id, requested_by, field, text)
         VALUES ($1, $2, 'YOUNG_PERSON', 'NAME', 'Mitt namn stavas fel') RETURNING id`,
        [a.id, shared.person],
      );
      return { args: { input: { id: rows[0].id, decision: 'ACCEPTED' } } };
    }),
    change('endSelfServiceSession', () => ({ args: {} })),
    change('withdrawOwnConsent', () => ({ args: { consentId: shared.consent } })),
    change('requestRectification', () => ({
      args: { input: { youngPersonId: shared.person, field: 'NAME', text: 'Fel namn' } },
    })),
    change('acknowledgeReminder', async () => {
      const { rows } = await t.pool.query<{ id: string }>(
        `INSERT INTO kaa_reminder (municipality_id, young_person_id, kind, due_on)
         VALUES ($1, $2, 'TURNING_20', $3) RETURNING id`,
        [a.id, (await person()).id, dayOffset(30)],
      );
      return { args: { id: rows[0].id } };
    }),
    change(
      'addMembership',
      input(async () => {
        const user = await t.factories.user(orgs.employment, Role.PARTNER_CASEWORKER);
        return { userId: user.id, organizationId: orgs.school.id, role: 'SCHOOL_STAFF' };
      }),
    ),
    change(
      'assignCoordinator',
      input(async () => {
        const yp = await person();
        return { youngPersonId: yp.id, version: yp.version, coordinatorId: users.colleague.id };
      }),
    ),
    change(
      'changeEnrollmentStatus',
      input(async () => {
        const yp = await person();
        return { enrollmentId: yp.enrollmentId, version: yp.enrollmentVersion, status: 'IN_DIALOGUE' };
      }),
    ),
    change(
      'correctEndReason',
      input(async () => {
        const yp = await person();
        // Ended as "other" straight in the database: the case is the correction, not the ending.
        await t.pool.query(
          `UPDATE kaa_enrollment SET ended_on = registered_on, end_reason = 'OTHER', version = version + 1 WHERE id = $1`,
          [yp.enrollmentId],
        );
        return { enrollmentId: yp.enrollmentId, version: yp.enrollmentVersion + 1, reason: 'MOVED' };
      }),
    ),
    change(
      'correctRegistrationReason',
      input(async () => {
        const yp = await person();
        return { enrollmentId: yp.enrollmentId, version: yp.enrollmentVersion, reason: 'MOVED_IN' };
      }),
    ),
    change(
      'closeAccessReview',
      input(async () => ({ id: await reviewOf(await emergencyAccess(helperToken)), outcome: 'JUSTIFIED' })),
    ),
    change(
      'closeActionPlan',
      input(async () => {
        const own = await plan();
        return { id: own.id, version: own.version, closedOn: today(), evaluation: 'Klar' };
      }),
    ),
    change('completeReferral', async () => ({ args: { id: (await referral('ACCEPTED')).id } })),
    change(
      'createActionPlan',
      input(async () => ({
        scope: 'INDIVIDUAL',
        youngPersonId: (await person()).id,
        title: 'Plan',
        goals: [{ text: 'Mål', owner: 'YOUNG_PERSON' }],
      })),
    ),
    change(
      'createActionPlan:class',
      input(() => ({
        scope: 'CLASS',
        targetGroup: '9C',
        title: 'Närvaro',
        goals: [{ text: 'Närvaro', owner: 'PROFESSIONAL' }],
      })),
    ),
    change(
      'createIntegrationCredential',
      input(() => ({ organizationId: orgs.school.id, name: uniqueCode('System '), validDays: 30 })),
    ),
    change('revokeIntegrationCredential', async () => ({ args: { id: await integrationCredential() } })),
    change(
      'createMeasureType',
      input(() => ({ code: uniqueCode('T'), name: 'Insats' })),
    ),
    change(
      'createOrganization',
      input(() => ({ kind: 'NGO', name: uniqueCode('Förening ') })),
    ),
    change(
      'createUser',
      input(() => ({ displayName: 'Ny användare', email: `${uniqueCode('ny')}@test.brygga.se` })),
    ),
    change(
      'declineReferral',
      input(async () => ({ id: (await referral()).id, reason: 'Inte vår målgrupp' })),
    ),
    change(
      'defineInformationCategory',
      input(() => ({ code: uniqueCode('KAT'), name: 'Kategori' })),
    ),
    {
      ...change('endEmergencyAccess', async (role) => ({
        args: { id: await emergencyAccess(EMERGENCY_ROLES.includes(role) ? tokens[role] : tokens.coordinator) },
      })),
      perRole: true,
    },
    change('endStandIn', async () => ({ args: { id: await standIn() } })),
    change('endMembership', async () => ({
      args: { id: (await t.factories.user(orgs.employment, Role.PARTNER_CASEWORKER)).membershipId },
    })),
    change(
      'endEnrollment',
      input(async () => {
        const yp = await person();
        return { enrollmentId: yp.enrollmentId, version: yp.enrollmentVersion, endedOn: today(), reason: 'MOVED' };
      }),
    ),
    change(
      'endMeasure',
      input(async () => {
        const started = await measure('STARTED');
        return {
          id: started.id,
          version: started.version,
          endedOn: today(),
          reason: 'COMPLETED',
          occupationAfter: 'WORK',
        };
      }),
    ),
    change('evaluateAlerts', () => ({ args: {} })),
    change('evaluateEarlyWarnings', () => ({ args: {} })),
    change(
      'recordAbsenceDays',
      input(() => ({ days: [{ personalIdentityNumber: nextIdentityNumber(), day: today(), unexcused: true }] })),
    ),
    change(
      'reviewEarlyWarningSuggestion',
      input(async () => {
        const own = await earlyWarningSuggestion();
        return { suggestionId: own.id, version: own.version, decision: 'MONITOR', actionTaken: 'Samtal med eleven' };
      }),
    ),
    change(
      'setPupilMentor',
      input(() => ({ personalIdentityNumber: nextIdentityNumber(), className: '9A' })),
    ),
    {
      // Each school staff member names themselves; other roles are refused before the user is looked at.
      ...change(
        'setStudentHealthStaff',
        input((role) => ({
          userId: role === 'otherSchoolStaff' ? users.otherSchoolStaff.id : users.schoolStaff.id,
          studentHealth: true,
        })),
      ),
      perRole: true,
    },
    change(
      'updateEarlyWarningSettings',
      input(async () => {
        const current = await ok<{ earlyWarningSettings: Record<string, number | boolean> }>(
          `{ earlyWarningSettings { version attendanceEnabled attendanceMinPercent attendancePeriodDays unexcusedEnabled
             unexcusedCount unexcusedDays weekdayEnabled weekdayCount weekdayDays singleDaysEnabled singleDaysCount
             singleDaysDays dropOutEnabled escalateAfterDays } }`,
          {},
          tokens.admin,
        );
        return { ...current.earlyWarningSettings };
      }),
    ),
    change('exportReport', () => ({
      args: { input: { kind: 'KAA_COHORT', from: dayOffset(-90), to: dayOffset(0) }, format: 'CSV' },
    })),
    change(
      'exportYoungPersonData',
      input(async () => ({ youngPersonId: (await person()).id, format: 'JSON' })),
    ),
    change(
      'handOverToMunicipality',
      input(async () => ({ youngPersonId: (await person()).id, toMunicipalityCode: b.code, movedOn: today() })),
    ),
    change('liftConsentRefusal', async () => {
      const refused = await ok<{ recordConsentRefusal: Array<{ id: string }> }>(
        'mutation ($input: RecordConsentRefusalInput!) { recordConsentRefusal(input: $input) { id } }',
        {
          input: { youngPersonId: (await person()).id, organizationId: orgs.employment.id, categories: ['MEASURES'] },
        },
        tokens.coordinator,
      );
      return { args: { id: refused.recordConsentRefusal[0].id } };
    }),
    change(
      'logContactAttempt',
      input(async () => ({
        youngPersonId: (await person()).id,
        channel: 'PHONE',
        occurredAt: new Date().toISOString(),
        outcome: 'NOT_REACHED',
      })),
    ),
    {
      ...change(
        'login',
        input((role) => ({ email: users[role].email, password: users[role].password })),
      ),
      signsIn: true,
      perRole: true,
    },
    // A session of its own (another user of the same organisation and role), since logging out
    // revokes the membership's refresh tokens.
    {
      ...change('logout', async (role) => {
        const twin = await t.factories.user(...members[role]);
        return { args: {}, token: (await serialLogin(twin)).accessToken };
      }),
      perRole: true,
    },
    {
      ...change('switchMembership', async (role) => {
        const twin = await t.factories.user(...members[role]);
        return {
          args: { input: { organizationId: members[role][0].id } },
          token: (await serialLogin(twin)).accessToken,
        };
      }),
      perRole: true,
    },
    change(
      'markNotificationsRead',
      input(() => ({ all: true })),
    ),
    change(
      'offerMeasure',
      input(async () => ({ youngPersonId: (await person()).id, measureTypeId, offeredOn: today() })),
    ),
    change(
      'produceScbKaaFile',
      input(() => ({ period: halfYearOf(today()).key, confirmReplace: true })),
    ),
    change(
      'reEnrollYoungPerson',
      input(async () => {
        const yp = await person();
        await ok(
          'mutation ($input: EndEnrollmentInput!) { endEnrollment(input: $input) { id } }',
          {
            input: {
              enrollmentId: yp.enrollmentId,
              version: yp.enrollmentVersion,
              endedOn: today(),
              reason: 'STARTED_EDUCATION',
            },
          },
          tokens.coordinator,
        );
        return { youngPersonId: yp.id, enrollment: registerInput().enrollment as Overrides };
      }),
    ),
    change(
      'resolveAlert',
      input(async () => ({
        id: await alertOf((await person()).id),
        version: 1,
        reason: 'Har flyttat utomlands enligt pappan',
      })),
    ),
    change(
      'recordAccessReview',
      input(() => ({
        kind: 'BULK_READ',
        userId: users.coordinator.id,
        periodFrom: new Date(Date.now() - 3_600_000).toISOString(),
        periodTo: new Date().toISOString(),
        outcome: 'JUSTIFIED',
      })),
    ),
    change(
      'recordConsent',
      input(async () => ({ youngPersonId: (await person()).id, ...consentTerms() })),
    ),
    change(
      'recordConsentRefusal',
      input(async () => ({
        youngPersonId: (await person()).id,
        organizationId: orgs.employment.id,
        categories: ['MEASURES'],
      })),
    ),
    change(
      'recordDisclosure',
      input(async () => ({
        youngPersonId: (await person()).id,
        recipientOrganizationId: orgs.employment.id,
        categories: ['PLAN'],
        legalGround: 'DUTY_TO_REPORT',
      })),
    ),
    change(
      'recordOccupation',
      input(async () => ({
        youngPersonId: (await person()).id,
        kind: 'CURRENT',
        category: 'NONE',
        validFrom: today(),
        source: 'OTHER',
      })),
    ),
    change(
      'recordPlanFollowUp',
      input(async () => {
        const own = await plan();
        return {
          planId: own.id,
          version: own.version,
          followUpId: own.followUps[0].id,
          heldOn: today(),
          summary: 'Uppföljning',
          goalEvaluations: [{ goalId: own.goals[0].id, assessment: 'ACHIEVED' }],
        };
      }),
    ),
    change(
      'recordSignal',
      input(() => ({
        kind: 'ABSENCE_INVESTIGATION_STARTED',
        personalIdentityNumber: nextIdentityNumber(),
        occurredOn: today(),
      })),
    ),
    change(
      'handleSignal',
      input(async () => ({ signalId: await schoolSignal(), decision: 'CONTACTED' })),
    ),
    {
      // Each school's own file of absence days (others, refused by type, are given the school
      // staff's), each about a new pupil, so every call creates days.
      ...change('importAbsenceDays', async (role) => {
        const uploader = role === 'otherSchoolStaff' ? role : 'schoolStaff';
        const body = `Personnummer;Datum;Ogiltig\n${nextIdentityNumber()};${today()};Ja\n`;
        const fileId = await uploadFile(t, tokens[uploader], 'franvaro.csv', Buffer.from(body));
        return { args: { input: { fileId, idempotencyKey: `matris-${randomUUID()}` } } };
      }),
      perRole: true,
    },
    {
      // Each school's own upload (others, refused by type, are given the school staff's), with
      // rows of its own, so every call creates signals.
      ...change('importSignals', async (role) => {
        const uploader = role === 'otherSchoolStaff' ? role : 'schoolStaff';
        const body = `Personnummer;Signal;Datum\n${nextIdentityNumber()};UNEXCUSED_ABSENCE;${today()}\n`;
        const fileId = await uploadFile(t, tokens[uploader], 'signaler.csv', Buffer.from(body));
        return { args: { input: { fileId, idempotencyKey: `matris-${randomUUID()}` } } };
      }),
      perRole: true,
    },
    {
      ...change('refreshAccessToken', async (role) => ({
        args: { input: { refreshToken: (await serialLogin(users[role])).refreshToken } },
      })),
      perRole: true,
    },
    change(
      'registerTargetGroupCheck',
      input(async () => ({
        checkId: await targetGroupCheck(),
        givenName: 'Ny',
        familyName: 'Fixtur',
        enrollment: {
          registeredOn: today(),
          reason: 'NEVER_STARTED',
          eligibility: { compulsorySchool: 'COMPLETED', upperSecondary: 'NEVER_STARTED' },
        },
      })),
    ),
    change(
      'dismissTargetGroupCheck',
      input(async () => ({ checkId: await targetGroupCheck(), reason: 'MOVED' })),
    ),
    {
      // Each KAA role's own upload (others, refused by type, are given the coordinator's).
      ...change('importTargetGroupFile', async (role) => {
        const uploader = [
          'coordinator',
          'colleague',
          'teamLead',
          'otherUnitLead',
          'foreignCoordinator',
          'foreignTeamLead',
        ].includes(role)
          ? role
          : 'coordinator';
        const fileId = await uploadFile(t, tokens[uploader], 'matris.csv', Buffer.from('Personnummer\n'));
        return { args: { input: { fileId, kind: 'POPULATION', asOf: today() } } };
      }),
      perRole: true,
    },
    {
      // Each team lead's own upload (others, refused by type, are given the team lead's).
      ...change('dryRunRegisterImport', async (role) => {
        const uploader = ['teamLead', 'otherUnitLead', 'foreignTeamLead'].includes(role) ? role : 'teamLead';
        const fileId = await uploadFile(t, tokens[uploader], 'matris.csv', Buffer.from('Personnummer;Namn\n'));
        return {
          args: {
            input: {
              fileId,
              mapping: { identityNumber: 'Personnummer', fullName: 'Namn', defaultRegistrationReason: 'OTHER' },
            },
          },
        };
      }),
      perRole: true,
    },
    change('runRegisterImport', async () => ({ args: { id: await registerImportFixture(users.teamLead) } })),
    change(
      'saveRegisterImportMapping',
      input(() => ({ identityNumber: 'Personnummer', fullName: 'Namn', defaultRegistrationReason: 'OTHER' })),
    ),
    {
      // Imports of the role's own unit (others, refused by type, are given the coordinator's).
      ...change('startTargetGroupRun', async (role) => {
        const owner = [
          'coordinator',
          'colleague',
          'teamLead',
          'otherUnitLead',
          'foreignCoordinator',
          'foreignTeamLead',
        ].includes(role)
          ? users[role]
          : users.coordinator;
        return {
          args: {
            input: {
              populationImportId: await targetGroupImport(owner),
              enrollmentImportIds: [await targetGroupImport(owner, 'ENROLLMENT')],
            },
          },
        };
      }),
      perRole: true,
    },
    change(
      'registerYoungPerson',
      input(() => registerInput({ personalIdentityNumber: nextIdentityNumber() })),
    ),
    change(
      'respondToMeasure',
      input(async () => {
        const offered = await measure('OFFERED');
        return { id: offered.id, version: offered.version, accepted: true, respondedOn: today() };
      }),
    ),
    change('retireInformationCategory', async () => {
      const code = uniqueCode('RET');
      await ok(
        'mutation ($input: DefineInformationCategoryInput!) { defineInformationCategory(input: $input) { id } }',
        { input: { code, name: 'Att pensionera' } },
        tokens.admin,
      );
      return { args: { code } };
    }),
    change(
      'reviseActionPlan',
      input(async () => {
        const own = await plan();
        return { id: own.id, version: own.version, title: 'Reviderad' };
      }),
    ),
    change(
      'reviseConsent',
      input(async () => {
        const given = await consent();
        return { consentId: given.id, ...consentTerms(), categories: ['PLAN', 'MEASURES'] };
      }),
    ),
    change('revokeReferral', async () => ({ args: { id: (await referral()).id } })),
    change(
      'sendReferral',
      input(async () => {
        const given = await consent();
        return {
          youngPersonId: given.youngPersonId,
          toOrganizationId: orgs.employment.id,
          purpose: 'Stöd mot arbete',
          categories: ['PLAN'],
          legalGround: 'CONSENT',
          consentId: given.id,
        };
      }),
    ),
    change(
      'setPlanActionStatus',
      input(async () => {
        const own = await plan();
        return { actionId: own.actions[0].id, planVersion: own.version, status: 'IN_PROGRESS' };
      }),
    ),
    change(
      'setProtectedIdentity',
      input(async () => {
        const yp = await person();
        return { id: yp.id, version: yp.version, protectedIdentity: true, namedUserIds: [users.coordinator.id] };
      }),
    ),
    change(
      'setUserDisabled',
      input(async () => ({
        id: (await t.factories.user(orgs.employment, Role.PARTNER_CASEWORKER)).id,
        disabled: true,
      })),
    ),
    change(
      'startEmergencyAccess',
      input(async () => ({ youngPersonId: (await person()).id, reason: 'Akut oro för den unges säkerhet' })),
    ),
    change(
      'startMeasure',
      input(async () => {
        const accepted = await measure('ACCEPTED');
        return { id: accepted.id, version: accepted.version, startedOn: today() };
      }),
    ),
    change(
      'updateAssignedPlanAction',
      input(async () => {
        const own = await plan();
        return { actionId: own.actions[0].id, planVersion: own.version, status: 'IN_PROGRESS' };
      }),
    ),
    change(
      'updateMeasureDocumentation',
      input(async () => {
        const offered = await measure('OFFERED');
        return { id: offered.id, version: offered.version, planningAndGoal: 'Ny planering' };
      }),
    ),
    change(
      'updateMeasureType',
      input(async () => {
        const created = await ok<{ createMeasureType: { id: string; version: number } }>(
          'mutation ($input: CreateMeasureTypeInput!) { createMeasureType(input: $input) { id version } }',
          { input: { code: uniqueCode('U'), name: 'Insats', scbCategory: 'OTHER', defaultTier: 'PREVENTIVE' } },
          tokens.admin,
        );
        return { id: created.createMeasureType.id, version: created.createMeasureType.version, name: 'Omdöpt' };
      }),
    ),
    change(
      'updateAlertSettings',
      input(async () => {
        const current = await ok<{ alertSettings: { version: number } }>(
          '{ alertSettings { version } }',
          {},
          tokens.admin,
        );
        return { version: current.alertSettings.version, noContactDays: 45 };
      }),
    ),
    change('runRetentionDisposal', () => ({ args: {} })),
    change(
      'setLegalHold',
      input(async () => ({ youngPersonId: (await person()).id, reason: 'Begäran om utlämnande pågår' })),
    ),
    change(
      'liftLegalHold',
      input(async () => {
        const yp = await person();
        await t.pool.query(
          `INSERT INTO legal_hold (municipality_id, young_person_id, reason, set_by_id, set_at)
           VALUES ($1, $2, 'Tvist om utlämnande', $3, now())`,
          [a.id, yp.id, users.admin.id],
        );
        return { youngPersonId: yp.id, reason: 'Tvisten är avgjord nu' };
      }),
    ),
    change(
      'setRetentionRule',
      input(async () => {
        const current = await ok<{ retentionRules: Array<{ recordClass: string; version: number }> }>(
          '{ retentionRules { recordClass version } }',
          {},
          tokens.admin,
        );
        const rule = current.retentionRules.find((r) => r.recordClass === 'SIGNAL');
        return { recordClass: 'SIGNAL', enabled: false, keepYears: 3, version: rule?.version ?? 0 };
      }),
    ),
    change(
      'updateMunicipalitySettings',
      input(() => ({ consentDefaultValidDays: 365 })),
    ),
    change(
      'updateOrganization',
      input(async () => {
        const organization = await t.factories.organization(a.id, OrganizationKind.NGO);
        return { id: organization.id, version: 1, name: uniqueCode('Omdöpt ') };
      }),
    ),
    change(
      'updateUser',
      input(async () => {
        const user = await t.factories.user(orgs.employment, Role.PARTNER_CASEWORKER);
        const { rows } = await t.pool.query<{ version: number }>('SELECT version FROM app_user WHERE id = $1', [
          user.id,
        ]);
        return { id: user.id, version: rows[0].version, displayName: 'Nytt Namn' };
      }),
    ),
    change(
      'updateYoungPerson',
      input(async () => {
        const yp = await person();
        return { id: yp.id, version: yp.version, givenName: 'Ändrad' };
      }),
    ),
    change(
      'withdrawConsent',
      input(async () => ({ consentId: (await consent()).id })),
    ),
  ];

  interface Call {
    c: Case;
    role: RoleName;
    target: Target;
  }

  // One call as the role (or on the session the target names), counted.
  async function run(call: Call, args: Overrides = call.target.args): Promise<GraphqlResponse> {
    const field = fieldOf(call.c);
    const variables = argumentValues(field, args);
    const text = operationText(SCHEMA, call.c.root, field, variables);
    calls += 1;
    return t.graphql(text, variables, call.target.token ?? tokens[call.role]);
  }

  function leaksIn(role: RoleName, what: string, res: GraphqlResponse): string[] {
    return [...idsIn(res.data)].flatMap((id) => {
      if (foreign.has(id) && !role.startsWith('foreign')) return [`${role} ${what}: B's record ${id}`];
      const kind = kindOf.get(id);
      return kind && !SEES[role].includes(kind) ? [`${role} ${what}: ${kind} ${id}`] : [];
    });
  }

  interface Result {
    call: Call;
    res: GraphqlResponse;
    outcome: string;
  }

  // Phase one: the shared fixture's reads, in parallel (they change nothing). Phase two: fresh
  // targets, all built before the first call. A call the table expects to succeed gets rows of
  // its own; the calls it expects to be refused share one set per case (or have their own where
  // the target depends on the role): a refused call changes nothing, which the audit check below
  // proves for every one of them, so they cannot disturb each other and order does not matter.
  async function phase(cases: Case[], table: Map<string, Row>): Promise<Result[]> {
    const pairs = cases.flatMap((c) => ROLES.map((role) => ({ c, role })));
    const sharedTargets = new Map<Case, Promise<Target>>();
    const targetOf = (c: Case, role: RoleName): Promise<Target> => {
      const succeeds = ['D', 'E'].includes(table.get(c.name)?.expected[role] ?? 'D');
      if (!c.fresh || c.perRole || succeeds) return Promise.resolve(c.target(role));
      if (!sharedTargets.has(c)) sharedTargets.set(c, Promise.resolve(c.target(role)));
      return sharedTargets.get(c)!;
    };
    const built = await inBatches(pairs, 6, async ({ c, role }) => ({ c, role, target: await targetOf(c, role) }));
    return inBatches(built, 8, async (call) => {
      const res = await (call.c.signsIn ? oneLoginAtATime(() => run(call)) : run(call));
      return { call, res, outcome: outcomeOf(res, call.c) };
    });
  }

  function printed(rows: Iterable<[string, Record<RoleName, string>]>): string {
    return [...rows]
      .map(([name, cells]) => `${name.padEnd(34)}${ROLES.map((role) => (cells[role] ?? '?').padEnd(3)).join('')}`)
      .join('\n');
  }

  it('calls every query and mutation as every role and gets exactly the table', async () => {
    const table = parseTable(TABLE);
    const inSchema = [
      ...Object.keys(SCHEMA.getQueryType()!.getFields()),
      ...Object.keys(SCHEMA.getMutationType()!.getFields()),
    ].sort();
    const covered = new Set(CASES.map((c) => fieldOf(c).name));
    expect(inSchema.filter((name) => !covered.has(name) && !(name in NOT_IN_MATRIX))).toEqual([]);
    expect(CASES.map((c) => c.name).sort()).toEqual([...table.keys()].sort());

    const before = calls;
    const results = [
      ...(await phase(
        CASES.filter((c) => !c.fresh),
        table,
      )),
      ...(await phase(
        CASES.filter((c) => c.fresh),
        table,
      )),
    ];
    // Every case as every role, nothing skipped: 177 rows × 15 roles. Spelled out, so that a
    // change in the size of the matrix shows in review.
    expect([table.size, ROLES.length]).toEqual([177, 15]);
    expect(calls - before).toBe(2_655);
    expect(results).toHaveLength(2_655);

    const actual = new Map<string, Record<RoleName, string>>();
    for (const { call, outcome } of results) {
      actual.set(call.c.name, {
        ...(actual.get(call.c.name) ?? ({} as Record<RoleName, string>)),
        [call.role]: outcome,
      });
    }
    const mismatches = [...actual].filter(([name, cells]) =>
      ROLES.some((role) => table.get(name)?.expected[role] !== cells[role]),
    );
    // Printed as table rows, so that a reviewed change can be pasted into the table.
    expect(printed(mismatches)).toBe('');
    expect(results.flatMap(({ call, res }) => leaksIn(call.role, call.c.name, res))).toEqual([]);

    // A refused mutation changed nothing (no audit event carries its request id); an allowed one
    // wrote its audit event.
    const mutations = results.filter(({ call }) => call.c.root === 'mutation');
    const requestIds = mutations.map(({ res }) => res.headers['x-request-id']);
    expect(new Set(requestIds).size).toBe(mutations.length);
    const { rows } = await t.pool.query<{ request_id: string; n: number }>(
      'SELECT request_id, count(*)::int AS n FROM audit_event WHERE request_id = ANY($1) GROUP BY request_id',
      [requestIds],
    );
    const audited = new Map(rows.map((row) => [row.request_id, row.n]));
    const wrong = mutations.flatMap(({ call, res, outcome }) => {
      const events = audited.get(res.headers['x-request-id']) ?? 0;
      const succeeded = outcome === 'D' || outcome === 'E';
      if (!succeeded && events > 0) return [`${call.role} ${call.c.name}: refused (${outcome}) but audited`];
      if (succeeded && events === 0) return [`${call.role} ${call.c.name}: not audited`];
      return [];
    });
    expect(wrong).toEqual([]);
  }, 420_000);

  // The reads that take an id, as every role, with the record of the table (A's), B's record of
  // the same kind, and an id that exists nowhere: no response carries a record the role may not
  // see, and a record the role may not see is answered exactly like a missing one, message
  // included. (An id of another kind is a missing id by construction: each read looks in its own
  // table.)
  it('answers every read by id like a missing record where the role may not see it, and leaks nothing', async () => {
    const table = parseTable(TABLE);
    const isId = (c: Case, name: string) =>
      getNamedType(fieldOf(c).args.find((arg) => arg.name === name)!.type).name === 'ID';
    // One case per field: the first read of the shared fixture that passes an id.
    const byId: Array<{ c: Case; args: Overrides; id: string; kind: string }> = [];
    for (const c of CASES.filter((candidate) => !candidate.fresh)) {
      const { args } = await c.target('coordinator');
      const id = Object.entries(args).find(([name]) => isId(c, name))?.[1];
      if (typeof id !== 'string' || byId.some((known) => fieldOf(known.c) === fieldOf(c))) continue;
      const kind = kindOf.get(id) ?? (id === users.coordinator.id ? 'user' : id === orgs.kaa.id ? 'organization' : '?');
      byId.push({ c, args, id, kind });
    }
    expect(byId.map(({ c, kind }) => `${c.name} ${kind}`)).toEqual([
      'actionPlan plan',
      'actionPlanVersion plan',
      'ownPlans person',
      'ownConsents person',
      'ownAccessLog person',
      'ownRectificationRequests person',
      'rectificationRequests person',
      'compareActionPlanVersions plan',
      'consent consent',
      'contactAttempts person',
      'emergencyAccess emergencyAccess',
      'job job',
      'kaaEnrollment enrollment',
      'measure measure',
      'organization organization',
      'planPeople organization',
      'referral referral',
      'registerImport registerImport',
      'registerImportRows registerImport',
      'signal signal',
      'targetGroupCheck targetGroupCheck',
      'targetGroupImport targetGroupImport',
      'targetGroupRun targetGroupRun',
      'user user',
      'youngPerson person',
    ]);
    const withId = (c: Case, role: RoleName, args: Overrides, id: string) =>
      run(
        { c, role, target: { args } },
        Object.fromEntries(Object.entries(args).map(([k, v]) => [k, isId(c, k) ? id : v])),
      );
    const answer = (c: Case, res: GraphqlResponse) => `${outcomeOf(res, c)} ${res.errors?.[0]?.message ?? ''}`;

    const before = calls;
    const problems = (
      await inBatches(
        byId.flatMap((entry) => ROLES.map((role) => ({ ...entry, role }))),
        8,
        async ({ c, args, id: ours, kind, role }) => {
          const missing = await withId(c, role, args, randomUUID());
          const theirs = foreignByKind.get(kind);
          const found: string[] = [];
          // A's record is hidden unless the table lets the role read it; B's from A's roles.
          const tries: Array<[string, string, boolean]> = [['A', ours, table.get(c.name)!.expected[role] !== 'D']];
          if (theirs) tries.push(["B's", theirs, !role.startsWith('foreign')]);
          for (const [whose, id, hidden] of tries) {
            const res = await withId(c, role, args, id);
            found.push(...leaksIn(role, `${c.name}(${whose})`, res));
            if (hidden && answer(c, res) !== answer(c, missing)) {
              found.push(`${role} ${c.name}(${whose} ${kind}): ${answer(c, res)}; missing: ${answer(c, missing)}`);
            }
          }
          return found;
        },
      )
    ).flat();
    // Per role: each of the 25 reads with A's record and a missing id, 18 with B's record too.
    expect(byId.filter(({ kind }) => foreignByKind.has(kind))).toHaveLength(18);
    expect(calls - before).toBe(15 * (25 * 2 + 18));
    expect(problems).toEqual([]);
  }, 420_000);

  it('reaches nothing more through aliases and nested paths than through the plain operation', async () => {
    const res = await t.graphql<{
      mine: { id: string; actionPlan: { id: string } | null; measures: Array<{ id: string }> };
      plans: { nodes: Array<{ id: string }> };
      again: { nodes: Array<{ id: string }> };
    }>(
      `query ($a: ID!) {
        mine: youngPerson(id: $a) { id actionPlan { id } measures { id } }
        plans: actionPlans { nodes { id } } again: actionPlans { nodes { id } } }`,
      { a: shared.person },
      tokens.employment,
    );
    expect(leaksIn('employment', 'aliases', res)).toEqual([]);
    // The partner reads the young person and the consented plan, not the measures.
    expect(res.errors).toBeUndefined();
    expect(res.data?.mine).toEqual({ id: shared.person, actionPlan: { id: shared.plan }, measures: [] });
    expect(res.data?.plans.nodes).toContainEqual({ id: shared.plan });
    expect(res.data?.again).toEqual(res.data?.plans);
    // Nor the consents, which no partner reads: that field is null, the rest of the record stays.
    const consents = await t.graphql(
      'query ($a: ID!) { mine: youngPerson(id: $a) { id consents { id } } }',
      { a: shared.person },
      tokens.employment,
    );
    expect(consents.errors).toBeUndefined();
    expect(consents.data).toEqual({ mine: { id: shared.person, consents: null } });
    for (const role of ['leadership', 'admin', 'logReviewer', 'social', 'colleague'] as const) {
      const nested = await t.graphql(
        `query ($a: ID!) { youngPerson(id: $a) { id actionPlan { id } } caseload { nodes { id } }
           searchYoungPeople(query: "Matris") { nodes { id } } }`,
        { a: shared.person },
        tokens[role],
      );
      expect(leaksIn(role, 'nested', nested)).toEqual([]);
    }
  });

  // The plain HTTP route beside the schema (GET /retention/archives/:disposalId): a disposal's
  // archive file, for A's admin only; every other role is refused by the guard (403), and B's
  // admin would not find A's disposal (retention-holds-archives.e2e-spec.ts).
  it('hands a disposal’s archive file to the admin only', async () => {
    const rules = await ok<{ retentionRules: Array<{ recordClass: string; version: number }> }>(
      '{ retentionRules { recordClass version } }',
      {},
      tokens.admin,
    );
    const version = rules.retentionRules.find((r) => r.recordClass === 'NOTIFICATION')?.version ?? 0;
    await ok(
      'mutation ($input: SetRetentionRuleInput!) { setRetentionRule(input: $input) { version } }',
      { input: { recordClass: 'NOTIFICATION', enabled: true, keepYears: 1, version } },
      tokens.admin,
    );
    await t.pool.query(
      `INSERT INTO notification (municipality_id, user_id, kind, count, link, created_at)
       VALUES ($1, $2, 'ALERT_OPENED', 1, '/larm', now() - interval '2 years')`,
      [a.id, users.coordinator.id],
    );
    await ok('mutation { runRetentionDisposal { recordClass count } }', {}, tokens.admin);
    const { disposals } = await ok<{ disposals: Array<{ id: string; archiveAvailable: boolean }> }>(
      '{ disposals(first: 1) { id archiveAvailable } }',
      {},
      tokens.admin,
    );
    const disposal = disposals[0];
    expect(disposal?.archiveAvailable).toBe(true);
    const statuses = {} as Record<RoleName, number>;
    for (const role of ROLES) {
      statuses[role] = (
        await request(t.url).get(`/retention/archives/${disposal?.id}`).set('authorization', `Bearer ${tokens[role]}`)
      ).status;
    }
    expect(statuses).toEqual(Object.fromEntries(ROLES.map((role) => [role, role === 'admin' ? 200 : 403])));
  });

  it('refuses subscriptions about young people to roles that never read them', async () => {
    const aboutYoungPeople = Object.values(SCHEMA.getSubscriptionType()!.getFields()).filter((s) =>
      /youngPerson|actionPlan/i.test(s.name),
    );
    expect(aboutYoungPeople.map((s) => s.name).sort()).toEqual(['actionPlanChanged', 'youngPersonChanged']);
    for (const role of ['leadership', 'admin'] as const) {
      for (const field of aboutYoungPeople) {
        const client = t.ws(tokens[role]);
        const id = field.name === 'actionPlanChanged' ? shared.plan : shared.person;
        const text = `subscription { ${field.name}(id: "${id}") ${selectionOf(SCHEMA, field.type)} }`;
        await expect(nextResults(client, text, 1, 5_000).results).rejects.toThrow(/FORBIDDEN/);
      }
    }
  });
});
