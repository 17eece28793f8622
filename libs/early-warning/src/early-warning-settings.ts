import { DomainError, ErrorCode } from '@app/core/errors';

// The indicators' thresholds. The defaults equal the column defaults of early_warning_settings
// (domain.md §6: attendance below 90 % over four weeks; a CSN-like count of unexcused days).
export interface EarlyWarningThresholds {
  attendanceEnabled: boolean;
  attendanceMinPercent: number;
  attendancePeriodDays: number;
  unexcusedEnabled: boolean;
  unexcusedCount: number;
  unexcusedDays: number;
  weekdayEnabled: boolean;
  weekdayCount: number;
  weekdayDays: number;
  singleDaysEnabled: boolean;
  singleDaysCount: number;
  singleDaysDays: number;
  dropOutEnabled: boolean;
  escalateAfterDays: number;
}

export const DEFAULT_EARLY_WARNING: Readonly<EarlyWarningThresholds> = Object.freeze({
  attendanceEnabled: true,
  attendanceMinPercent: 90,
  attendancePeriodDays: 28,
  unexcusedEnabled: true,
  unexcusedCount: 4,
  unexcusedDays: 30,
  weekdayEnabled: true,
  weekdayCount: 3,
  weekdayDays: 42,
  singleDaysEnabled: true,
  singleDaysCount: 4,
  singleDaysDays: 30,
  dropOutEnabled: true,
  escalateAfterDays: 5,
});

type NumberKey = {
  [K in keyof EarlyWarningThresholds]: EarlyWarningThresholds[K] extends number ? K : never;
}[keyof EarlyWarningThresholds];

// Bounds of each number, the same as the table's CHECK constraint.
export const EARLY_WARNING_BOUNDS: Readonly<Record<NumberKey, readonly [number, number]>> = Object.freeze({
  attendanceMinPercent: [1, 100],
  attendancePeriodDays: [7, 365],
  unexcusedCount: [1, 100],
  unexcusedDays: [7, 365],
  weekdayCount: [2, 50],
  weekdayDays: [14, 365],
  singleDaysCount: [2, 100],
  singleDaysDays: [7, 365],
  escalateAfterDays: [1, 90],
});

// Every number within its bounds, else EARLY_WARNING_THRESHOLD_INVALID naming the field and
// the bounds (the first wrong field, in the order above).
export function checkThresholds(values: Partial<EarlyWarningThresholds>): void {
  for (const [field, [min, max]] of Object.entries(EARLY_WARNING_BOUNDS) as Array<[NumberKey, [number, number]]>) {
    const value = values[field];
    if (value === undefined) continue;
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new DomainError(ErrorCode.EARLY_WARNING_THRESHOLD_INVALID, `${field} must be between ${min} and ${max}`, {
        field,
        min,
        max,
      });
    }
  }
}
