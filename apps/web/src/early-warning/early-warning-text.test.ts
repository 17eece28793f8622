import { describe, expect, it } from 'vitest';

import { i18n } from '../i18n/i18n';
import { absenceRefusedRows, suggestionReason } from './early-warning-text';

describe('suggestionReason', () => {
  it('words each indicator in Swedish from its facts', () => {
    const t = i18n.t;
    expect(
      suggestionReason(t, {
        indicator: 'UNEXCUSED_ABSENCES',
        facts: [
          { name: 'count', value: '4' },
          { name: 'firstDay', value: '2026-11-02' },
          { name: 'lastDay', value: '2026-11-30' },
          { name: 'thresholdCount', value: '4' },
          { name: 'windowDays', value: '30' },
        ],
      }),
    ).toMatch(/^4 dagar med ogiltig frånvaro mellan .+ och .+ \(gräns 4 dagar på 30 dagar\)\.$/);
    expect(
      suggestionReason(t, {
        indicator: 'SAME_WEEKDAY',
        facts: [
          { name: 'weekday', value: '1' },
          { name: 'count', value: '3' },
          { name: 'lastDay', value: '2026-11-30' },
          { name: 'thresholdCount', value: '3' },
          { name: 'windowDays', value: '42' },
        ],
      }),
    ).toContain('3 måndagar på 42 dagar');
  });
});

describe('absenceRefusedRows', () => {
  it('words each refused row of an absence file with its line and column', () => {
    expect(
      absenceRefusedRows(i18n.t, [
        '3:ABSENCE_ROW_IDENTITY_NUMBER_INVALID:Personnummer',
        '7:ABSENCE_ROW_OTHER_SCHOOL:Pnr',
        '9:SOMETHING_NEW:Klass:A',
        42,
      ]),
    ).toEqual([
      'Rad 3: personnumret är inte giltigt (Personnummer)',
      expect.stringMatching(/^Rad 7: eleven finns på en annan skola .+ \(Pnr\)$/),
      'Rad 9: SOMETHING_NEW (Klass:A)',
    ]);
    expect(absenceRefusedRows(i18n.t, undefined)).toEqual([]);
  });
});
