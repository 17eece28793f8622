export {
  EarlyWarningEvaluationService,
  EARLY_WARNING_JOB,
  type EarlyWarningAddresseeChanges,
  type EarlyWarningListener,
  type EarlyWarningEvaluation,
} from './early-warning-evaluation.service';
export { DEFAULT_EARLY_WARNING, type EarlyWarningThresholds } from './early-warning-settings';
export * from './early-warning.enums';
export { EarlyWarningModule } from './early-warning.module';
export { earlyWarningPolicy } from './early-warning.policy';
export { EarlyWarningResolver } from './early-warning.resolver';
export { EarlyWarningSettingsEntity } from './entities/early-warning-settings.entity';
export { EarlyWarningSuggestionEntity } from './entities/early-warning-suggestion.entity';
export { SchoolAbsenceDayEntity } from './entities/school-absence-day.entity';
export { SchoolAbsenceImportEntity } from './entities/school-absence-import.entity';
export { SchoolPupilEntity } from './entities/school-pupil.entity';
export { SchoolStaffFunctionEntity } from './entities/school-staff-function.entity';
