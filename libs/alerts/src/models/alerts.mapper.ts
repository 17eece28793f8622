import { AlertRule, AlertState } from '../alerts.enums';
import { DEFAULT_THRESHOLDS } from '../alert-settings';
import type { AlertEntity } from '../entities/alert.entity';
import type { AlertSettingsEntity } from '../entities/alert-settings.entity';
import type { Alert, AlertSettings } from './alerts.models';

export interface AlertLabels {
  youngPersonName: string;
  ownerName: string | null;
  escalatedToName: string | null;
}

export function alertState(entity: Pick<AlertEntity, 'resolvedAt' | 'acknowledgedAt' | 'snoozedUntil'>, today: string) {
  if (entity.resolvedAt) return AlertState.RESOLVED;
  if (entity.snoozedUntil && entity.snoozedUntil >= today) return AlertState.SNOOZED;
  if (entity.acknowledgedAt) return AlertState.ACKNOWLEDGED;
  return AlertState.OPEN;
}

type Facts = AlertEntity['facts'];
const text = (facts: Facts, name: string) => {
  const value = facts[name];
  return value === null || value === undefined ? '?' : String(value);
};

// The reason in words, with the data behind it (the app says the same in Swedish).
export function alertReason(rule: string, facts: Facts): string {
  const t = (name: string) => text(facts, name);
  switch (rule as AlertRule) {
    case AlertRule.NO_COORDINATOR:
      return `No responsible coordinator since registration on ${t('registeredOn')} (threshold ${t('threshold')} days).`;
    case AlertRule.NO_CONTACT:
      return `No contact attempt since ${t('since')} (threshold ${t('threshold')} days).`;
    case AlertRule.NEVER_REACHED:
      return `Not reached after ${t('attempts')} attempts, the latest on ${t('lastAttemptOn')} (threshold ${t('threshold')}).`;
    case AlertRule.NO_ACTIVITY:
      return `No active measure or plan action since ${t('since')} (threshold ${t('threshold')} days).`;
    case AlertRule.PLAN_ACTION_OVERDUE:
      return `A plan action was due on ${t('dueOn')} and is not done.`;
    case AlertRule.FOLLOW_UP_OVERDUE:
      return `A plan follow-up was planned for ${t('dueOn')} and has not been held.`;
    case AlertRule.REFERRAL_UNANSWERED:
      return `A referral sent on ${t('sentOn')} is unanswered (threshold ${t('threshold')} days).`;
    case AlertRule.CONSENT_EXPIRING:
      return `A consent ends on ${t('validTo')} (flagged ${t('threshold')} days ahead).`;
    case AlertRule.STATUS_UNKNOWN:
      return `The status has been unknown since ${t('since')} (threshold ${t('threshold')} days).`;
    case AlertRule.TURNING_20_NO_HAND_OVER:
      return `Turns 20 on ${t('birthday')} with no hand-over planned.`;
    case AlertRule.FIRST_CONTACT_DUE:
      return `Registered on ${t('registeredOn')}; the first contact attempt was due by ${t('deadline')} (${t('threshold')} ${facts.workingDays ? 'working ' : ''}days).`;
    case AlertRule.OFFER_DUE:
      return `Registered on ${t('registeredOn')}; a measure was to be offered by ${t('deadline')} (${t('threshold')} ${facts.workingDays ? 'working ' : ''}days).`;
    case AlertRule.SIGNAL_NOT_HANDLED:
      return `A school's signal received on ${t('receivedOn')} has not been handled (threshold ${t('threshold')} days).`;
    case AlertRule.TO_CHECK_LEFT:
      return `A "to check" entry has waited since ${t('since')} (threshold ${t('threshold')} days).`;
    default:
      return `Rule ${rule}.`;
  }
}

export function toAlert(entity: AlertEntity, labels: AlertLabels, today: string): Alert {
  return {
    id: entity.id,
    version: entity.version,
    rule: entity.rule as AlertRule,
    state: alertState(entity, today),
    reason: alertReason(entity.rule, entity.facts),
    facts: Object.entries(entity.facts)
      .map(([name, value]) => ({ name, value: value === null ? null : String(value) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    dueOn: entity.dueOn,
    youngPersonId: entity.youngPersonId,
    youngPersonName: labels.youngPersonName,
    kaaUnitId: entity.kaaUnitId,
    ownerUserId: entity.ownerUserId,
    ownerName: labels.ownerName,
    responsibleOrganizationId: entity.responsibleOrganizationId,
    openedAt: entity.openedAt,
    escalatedAt: entity.escalatedAt,
    escalatedToId: entity.escalatedToId,
    escalatedToName: labels.escalatedToName,
    acknowledgedAt: entity.acknowledgedAt,
    acknowledgeReason: entity.acknowledgeReason,
    snoozedUntil: entity.snoozedUntil,
    resolvedAt: entity.resolvedAt,
    resolution: entity.resolution,
    resolveReason: entity.resolveReason,
  };
}

export function toAlertSettings(entity: AlertSettingsEntity | null): AlertSettings {
  if (!entity) return { ...DEFAULT_THRESHOLDS, disabledRules: [], version: 0 };
  return {
    version: entity.version,
    noCoordinatorDays: entity.noCoordinatorDays,
    noContactDays: entity.noContactDays,
    neverReachedAttempts: entity.neverReachedAttempts,
    noActivityDays: entity.noActivityDays,
    overdueGraceDays: entity.overdueGraceDays,
    referralUnansweredDays: entity.referralUnansweredDays,
    consentExpiringDays: entity.consentExpiringDays,
    statusUnknownDays: entity.statusUnknownDays,
    turning20Days: entity.turning20Days,
    firstContactDays: entity.firstContactDays,
    firstContactWorkingDays: entity.firstContactWorkingDays,
    offerDays: entity.offerDays,
    offerWorkingDays: entity.offerWorkingDays,
    signalNotHandledDays: entity.signalNotHandledDays,
    toCheckDays: entity.toCheckDays,
    escalateAfterDays: entity.escalateAfterDays,
    disabledRules: entity.disabledRules.filter((r): r is AlertRule => r in AlertRule),
  };
}
