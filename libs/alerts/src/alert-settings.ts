import type { AlertRule } from './alerts.enums';

// The thresholds and timers one evaluation uses. The defaults equal the column defaults of
// alert_settings (the integration test compares them).
export interface AlertThresholds {
  noCoordinatorDays: number;
  noContactDays: number;
  neverReachedAttempts: number;
  noActivityDays: number;
  overdueGraceDays: number;
  referralUnansweredDays: number;
  consentExpiringDays: number;
  statusUnknownDays: number;
  turning20Days: number;
  firstContactDays: number;
  firstContactWorkingDays: boolean;
  offerDays: number;
  offerWorkingDays: boolean;
  signalNotHandledDays: number;
  toCheckDays: number;
  escalateAfterDays: number;
  disabledRules: AlertRule[];
}

export const DEFAULT_THRESHOLDS: Readonly<AlertThresholds> = Object.freeze({
  noCoordinatorDays: 3,
  noContactDays: 30,
  neverReachedAttempts: 3,
  noActivityDays: 30,
  overdueGraceDays: 0,
  referralUnansweredDays: 14,
  consentExpiringDays: 30,
  statusUnknownDays: 30,
  turning20Days: 90,
  // The statutory-style timers (domain.md §5.4): the first contact attempt within 5 working
  // days of registration, an offer within 30 days.
  firstContactDays: 5,
  firstContactWorkingDays: true,
  offerDays: 30,
  offerWorkingDays: false,
  // A school's signal handled within a week; a "to check" entry decided within two.
  signalNotHandledDays: 7,
  toCheckDays: 14,
  escalateAfterDays: 7,
  disabledRules: [],
});

// Bounds of each number, the same as the table's CHECK constraint.
export const THRESHOLD_BOUNDS: Readonly<Record<string, readonly [number, number]>> = Object.freeze({
  noCoordinatorDays: [0, 365],
  noContactDays: [1, 365],
  neverReachedAttempts: [1, 50],
  noActivityDays: [1, 365],
  overdueGraceDays: [0, 90],
  referralUnansweredDays: [1, 365],
  consentExpiringDays: [1, 365],
  statusUnknownDays: [1, 365],
  turning20Days: [1, 365],
  firstContactDays: [1, 90],
  offerDays: [1, 365],
  signalNotHandledDays: [1, 365],
  toCheckDays: [1, 365],
  escalateAfterDays: [1, 90],
});
