export { AlertEvaluationService, ALERTS_JOB, type AlertEvaluation } from './alert-evaluation.service';
export { escalateAlertsAt } from './alert-escalation';
export {
  type AlertEvaluationListener,
  type AlertOwnerChanges,
  openAlertCountsPerUser,
  type OpenAlertCount,
} from './alert-owner-counts';
export { DEFAULT_THRESHOLDS, type AlertThresholds } from './alert-settings';
export * from './alerts.enums';
export { addWorkingDays, calendarArrays, isWorkingDay, swedishHolidays } from './calendar/swedish-calendar';
export { AlertEntity } from './entities/alert.entity';
export { AlertSettingsEntity } from './entities/alert-settings.entity';
export { AlertsModule } from './alerts.module';
export { alertsPolicy } from './alerts.policy';
export { AlertsResolver, YoungPersonAlertsResolver } from './alerts.resolver';
