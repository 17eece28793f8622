import {
  ActionPlanActionEntity,
  ActionPlanEntity,
  ActionPlanFollowUpEntity,
  ActionPlanGoalEntity,
  ActionPlanRevisionEntity,
} from '@app/action-plans';
import { AlertEntity, AlertSettingsEntity } from '@app/alerts';
import {
  EarlyWarningSettingsEntity,
  EarlyWarningSuggestionEntity,
  SchoolAbsenceDayEntity,
  SchoolAbsenceImportEntity,
  SchoolPupilEntity,
  SchoolStaffFunctionEntity,
} from '@app/early-warning';
import { EmailOutboxEntity, NotificationEntity } from '@app/notifications';
import {
  ConsentEntity,
  ConsentGrantEntity,
  ConsentRefusalEntity,
  InformationCategoryDefinitionEntity,
} from '@app/consents';
import { AccessLogEntity, AccessLogEntryEntity, AuditEventEntity, SecurityEventEntity } from '@app/core/audit';
import { StoredFileChunkEntity, StoredFileEntity } from '@app/core/files';
import { JobEntity, JobRunEntity } from '@app/core/jobs';
import { LoginAttemptEntity, MembershipEntity, RefreshTokenEntity, SigningKeyEntity, UserEntity } from '@app/identity';
import { MeasureEntity, MeasureTypeEntity } from '@app/measures';
import { MunicipalityEntity, OrganizationEntity } from '@app/organizations';
import { AccessReviewEntity, EmergencyAccessEntity } from '@app/oversight';
import { DisclosureEntity, ReferralEntity } from '@app/referrals';
import { RegisterImportEntity, RegisterImportMappingEntity, RegisterImportRowEntity } from '@app/register-import';
import { IntegrationCredentialEntity, SignalEntity, SignalImportEntity } from '@app/signals';
import { ChainCheckpointEntity, DisposalEntity, LegalHoldEntity, RetentionRuleEntity } from '@app/retention';
import { RectificationRequestEntity, SelfServiceSessionEntity } from '@app/self-service';
import {
  TargetGroupCheckEntity,
  TargetGroupImportEntity,
  TargetGroupImportRowEntity,
  TargetGroupRunEntity,
} from '@app/target-group';
import {
  ContactAttemptEntity,
  EnrollmentStatusChangeEntity,
  GuardianEntity,
  HandOverEntity,
  KaaEnrollmentEntity,
  OccupationEntity,
  ReminderEntity,
  StandInEntity,
  YoungPersonEntity,
} from '@app/young-people';

// Every TypeORM entity of the service. The migrations must produce exactly this schema
// (checked by apps/api/src/database/migrations.int-spec.ts).
export const allEntities = [
  SelfServiceSessionEntity,
  RectificationRequestEntity,
  RegisterImportEntity,
  RegisterImportRowEntity,
  RegisterImportMappingEntity,
  StandInEntity,
  TargetGroupImportEntity,
  TargetGroupImportRowEntity,
  TargetGroupRunEntity,
  TargetGroupCheckEntity,
  SignalEntity,
  SignalImportEntity,
  IntegrationCredentialEntity,
  RetentionRuleEntity,
  LegalHoldEntity,
  DisposalEntity,
  ChainCheckpointEntity,
  AlertEntity,
  AlertSettingsEntity,
  EarlyWarningSettingsEntity,
  EarlyWarningSuggestionEntity,
  SchoolAbsenceDayEntity,
  SchoolAbsenceImportEntity,
  SchoolPupilEntity,
  SchoolStaffFunctionEntity,
  NotificationEntity,
  EmailOutboxEntity,
  JobRunEntity,
  JobEntity,
  StoredFileEntity,
  StoredFileChunkEntity,
  DisclosureEntity,
  ReferralEntity,
  AccessLogEntity,
  AccessLogEntryEntity,
  SecurityEventEntity,
  AccessReviewEntity,
  EmergencyAccessEntity,
  ActionPlanActionEntity,
  ActionPlanEntity,
  ActionPlanFollowUpEntity,
  ActionPlanGoalEntity,
  ActionPlanRevisionEntity,
  AuditEventEntity,
  ConsentEntity,
  ConsentGrantEntity,
  ConsentRefusalEntity,
  InformationCategoryDefinitionEntity,
  ContactAttemptEntity,
  EnrollmentStatusChangeEntity,
  GuardianEntity,
  HandOverEntity,
  KaaEnrollmentEntity,
  LoginAttemptEntity,
  MembershipEntity,
  MeasureEntity,
  MeasureTypeEntity,
  MunicipalityEntity,
  OccupationEntity,
  OrganizationEntity,
  RefreshTokenEntity,
  ReminderEntity,
  SigningKeyEntity,
  UserEntity,
  YoungPersonEntity,
];
