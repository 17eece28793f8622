import { MigrationInterface } from 'typeorm';

import { Foundation1795548600000 } from './1795548600000-foundation';
import { PrivilegesAndAuditGuards1795548600001 } from './1795548600001-privileges-and-audit-guards';
import { YoungPeople1795558889309 } from './1795558889309-young-people';
import { Measures1795559472893 } from './1795559472893-measures';
import { ActionPlans1795559886124 } from './1795559886124-action-plans';
import { Reminders1795560195334 } from './1795560195334-reminders';
import { HandOver1795560429679 } from './1795560429679-hand-over';
import { Consents1795563433854 } from './1795563433854-consents';
import { AccessLog1795571672562 } from './1795571672562-access-log';
import { Referrals1795572799095 } from './1795572799095-referrals';
import { MunicipalitySettings1795576616416 } from './1795576616416-municipality-settings';
import { InformationCategories1795576990983 } from './1795576990983-information-categories';
import { AccessLogGroupedRows1795593972663 } from './1795593972663-access-log-grouped-rows';
import { MunicipalityTimeZone1795610000000 } from './1795610000000-municipality-time-zone';
import { JobRuns1795610000001 } from './1795610000001-job-runs';
import { MembershipEnd1795610000002 } from './1795610000002-membership-end';
import { JobQueueAndFiles1795620000000 } from './1795620000000-job-queue-and-files';
import { ReportViews1795630000000 } from './1795630000000-report-views';
import { ScbKaaFiles1795641234000 } from './1795641234000-scb-kaa-files';
import { SecurityEvents1795645000000 } from './1795645000000-security-events';
import { Alerts1795660000000 } from './1795660000000-alerts';
import { TargetGroup1796537656814 } from './1796537656814-target-group';
import { ReportPlanActions1796540000000 } from './1796540000000-report-plan-actions';
import { RegisterImport1796581981273 } from './1796581981273-register-import';
import { Signals1796581869935 } from './1796581869935-signals';
import { ReportSignals1796600000000 } from './1796600000000-report-signals';
import { ReportAlerts1796600000001 } from './1796600000001-report-alerts';
import { Notifications1796581815458 } from './1796581815458-notifications';
import { SignalLink1796595000000 } from './1796595000000-signal-link';
import { AlertSignalAndCheckRules1796591789189 } from './1796591789189-alert-signal-and-check-rules';
import { Retention1796591836498 } from './1796591836498-retention';
import { PlanTitleIndex1796610000000 } from './1796610000000-plan-title-index';
import { SelfService1796630000000 } from './1796630000000-self-service';
import { RegisterImportRunJob1796640000000 } from './1796640000000-register-import-run-job';
import { RetentionClosedCases1796740000000 } from './1796740000000-retention-closed-cases';
import { UserSearchName1796770000000 } from './1796770000000-user-search-name';
import { AbsenceImport1796780000000 } from './1796780000000-absence-import';
import { RetentionArchiveGround1796790000000 } from './1796790000000-retention-archive-ground';
import { AlertEscalatedIndex1796860000000 } from './1796860000000-alert-escalated-index';
import { AccessLogSubjectKind1796830000000 } from './1796830000000-access-log-subject-kind';
import { SecurityEventImports1796890000000 } from './1796890000000-security-event-imports';
import { StandIn1796590000000 } from './1796590000000-stand-in';
import { EarlyWarning1796592052216 } from './1796592052216-early-warning';
import { IntegrationCredentials1796591798000 } from './1796591798000-integration-credentials';
import { SignalHomeMunicipality1796594279413 } from './1796594279413-signal-home-municipality';

// Every migration, in order. Listed explicitly (no glob) so the compiled app, the CLI and the
// tests load exactly the same set.
export const allMigrations: Array<new () => MigrationInterface> = [
  Foundation1795548600000,
  PrivilegesAndAuditGuards1795548600001,
  YoungPeople1795558889309,
  Measures1795559472893,
  ActionPlans1795559886124,
  Reminders1795560195334,
  HandOver1795560429679,
  Consents1795563433854,
  AccessLog1795571672562,
  Referrals1795572799095,
  MunicipalitySettings1795576616416,
  InformationCategories1795576990983,
  AccessLogGroupedRows1795593972663,
  MunicipalityTimeZone1795610000000,
  JobRuns1795610000001,
  MembershipEnd1795610000002,
  JobQueueAndFiles1795620000000,
  ReportViews1795630000000,
  ScbKaaFiles1795641234000,
  SecurityEvents1795645000000,
  Alerts1795660000000,
  TargetGroup1796537656814,
  ReportPlanActions1796540000000,
  RegisterImport1796581981273,
  Signals1796581869935,
  Notifications1796581815458,
  StandIn1796590000000,
  SignalLink1796595000000,
  ReportSignals1796600000000,
  ReportAlerts1796600000001,
  AlertSignalAndCheckRules1796591789189,
  EarlyWarning1796592052216,
  IntegrationCredentials1796591798000,
  SignalHomeMunicipality1796594279413,
  Retention1796591836498,
  PlanTitleIndex1796610000000,
  SelfService1796630000000,
  RegisterImportRunJob1796640000000,
  RetentionClosedCases1796740000000,
  UserSearchName1796770000000,
  AbsenceImport1796780000000,
  RetentionArchiveGround1796790000000,
  AlertEscalatedIndex1796860000000,
  AccessLogSubjectKind1796830000000,
  SecurityEventImports1796890000000,
];
