import { EarlyWarningIndicator } from '../early-warning.enums';
import type { EarlyWarningSettingsEntity } from '../entities/early-warning-settings.entity';
import type { EarlyWarningSuggestionEntity, SuggestionFact } from '../entities/early-warning-suggestion.entity';
import type { SchoolPupilEntity } from '../entities/school-pupil.entity';
import type { EarlyWarningSettings, EarlyWarningSuggestion, SchoolPupil } from './early-warning.models';

const WEEKDAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function fact(facts: readonly SuggestionFact[], name: string): string {
  return facts.find((f) => f.name === name)?.value ?? '?';
}

// The reason in words, from the indicator and the data behind it.
export function reasonOf(indicator: EarlyWarningIndicator, facts: readonly SuggestionFact[]): string {
  const f = (name: string) => fact(facts, name);
  switch (indicator) {
    case EarlyWarningIndicator.ATTENDANCE_BELOW:
      return `Attendance ${f('attendancePercent')} % from ${f('periodStart')} to ${f('periodEnd')}, below ${f('thresholdPercent')} %`;
    case EarlyWarningIndicator.UNEXCUSED_ABSENCES:
      return `${f('count')} unexcused absence days from ${f('firstDay')} to ${f('lastDay')} (threshold ${f('thresholdCount')} in ${f('windowDays')} days)`;
    case EarlyWarningIndicator.SAME_WEEKDAY:
      return `Absent ${f('count')} ${WEEKDAYS[Number(f('weekday'))] ?? '?'}s in ${f('windowDays')} days, latest ${f('lastDay')} (threshold ${f('thresholdCount')})`;
    case EarlyWarningIndicator.SINGLE_DAYS:
      return `${f('count')} single absence days in ${f('windowDays')} days: ${f('days')} (threshold ${f('thresholdCount')})`;
    case EarlyWarningIndicator.DROP_OUT:
      return `The school gave a drop-out notice on ${f('day')}`;
  }
}

export function toSuggestion(
  row: EarlyWarningSuggestionEntity,
  pupil: SchoolPupilEntity | undefined,
  names: ReadonlyMap<string, string>,
): EarlyWarningSuggestion {
  const name = (id: string | null | undefined) => (id ? (names.get(id) ?? null) : null);
  return {
    id: row.id,
    version: row.version,
    indicator: row.indicator,
    status: row.status,
    reason: reasonOf(row.indicator, row.facts),
    facts: row.facts.map((f) => ({ name: f.name, value: f.value })),
    pupilId: row.pupilId,
    personalIdentityNumber: row.personalIdentityNumber,
    className: pupil?.className ?? null,
    mentorUserId: pupil?.mentorUserId ?? null,
    mentorName: name(pupil?.mentorUserId),
    addressedLevel: row.addressedLevel,
    addressedToId: row.addressedToId,
    addressedToName: name(row.addressedToId),
    escalatedAt: row.escalatedAt,
    openedAt: row.openedAt,
    endedAt: row.endedAt,
    reviewedById: row.reviewedById,
    reviewedByName: name(row.reviewedById),
    reviewedAt: row.reviewedAt,
    decision: row.decision,
    actionTaken: row.actionTaken,
  };
}

export function toSchoolPupil(row: SchoolPupilEntity, names: ReadonlyMap<string, string>): SchoolPupil {
  return {
    id: row.id,
    personalIdentityNumber: row.personalIdentityNumber,
    className: row.className,
    mentorUserId: row.mentorUserId,
    mentorName: row.mentorUserId ? (names.get(row.mentorUserId) ?? null) : null,
  };
}

export function toSettings(row: EarlyWarningSettingsEntity): EarlyWarningSettings {
  return {
    version: row.version,
    attendanceEnabled: row.attendanceEnabled,
    attendanceMinPercent: row.attendanceMinPercent,
    attendancePeriodDays: row.attendancePeriodDays,
    unexcusedEnabled: row.unexcusedEnabled,
    unexcusedCount: row.unexcusedCount,
    unexcusedDays: row.unexcusedDays,
    weekdayEnabled: row.weekdayEnabled,
    weekdayCount: row.weekdayCount,
    weekdayDays: row.weekdayDays,
    singleDaysEnabled: row.singleDaysEnabled,
    singleDaysCount: row.singleDaysCount,
    singleDaysDays: row.singleDaysDays,
    dropOutEnabled: row.dropOutEnabled,
    escalateAfterDays: row.escalateAfterDays,
    updatedAt: row.updatedAt,
  };
}
