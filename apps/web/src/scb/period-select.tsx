import { useTranslation } from 'react-i18next';

import { Select } from '../ui';
import { halfYearParts } from './half-years';

// The half-year to report on (the api's key, e.g. 2026H1), shown as "Första halvåret 2026".
export function PeriodSelect({
  periods,
  value,
  onChange,
}: {
  periods: string[];
  value: string;
  onChange: (period: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Select label={t('scb.period')} value={value} onChange={(e) => onChange(e.target.value)} className="brygga-narrow">
      {periods.map((key) => {
        const { year, half } = halfYearParts(key);
        return (
          <option key={key} value={key}>
            {half === '1' ? t('scb.halfYear1', { year }) : t('scb.halfYear2', { year })}
          </option>
        );
      })}
    </Select>
  );
}

export function useHalfYearLabel(): (key: string) => string {
  const { t } = useTranslation();
  return (key) => {
    const { year, half } = halfYearParts(key);
    return half === '1' ? t('scb.halfYear1', { year }) : t('scb.halfYear2', { year });
  };
}
