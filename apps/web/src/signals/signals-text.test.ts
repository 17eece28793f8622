import { describe, expect, it } from 'vitest';

import type { SignalFieldsFragment } from '../gql/graphql';
import { i18n } from '../i18n/i18n';
import { handlingText, refusedRows, signalErrorKey, signalWhen } from './signals-text';

const base: SignalFieldsFragment = {
  id: 's1',
  kind: 'ABSENCE_PERIOD',
  schoolName: 'Norra gymnasiet',
  homeMunicipalityName: 'Demo kommun',
  personalIdentityNumber: '20080310-1013',
  youngPersonId: null,
  occurredOn: '2026-10-10',
  periodStart: '2026-09-01',
  periodEnd: '2026-10-10',
  absencePercent: 35,
  details: null,
  status: 'UNHANDLED',
  decision: null,
  decisionReason: null,
  handledByName: null,
  handledAt: null,
  createdAt: '2026-10-11T08:00:00Z',
};

describe('signals texts', () => {
  const t = i18n.t.bind(i18n);

  it('says the period and the share of absence, or the day', () => {
    expect(signalWhen(t, base)).toBe('2026-09-01–2026-10-10, 35 % frånvaro');
    expect(signalWhen(t, { ...base, kind: 'LEFT_UPPER_SECONDARY', periodStart: null, periodEnd: null })).toBe(
      '2026-10-10',
    );
  });

  it('names who handled a signal and how', () => {
    expect(handlingText(t, base)).toBe('Ej hanterad');
    expect(
      handlingText(t, {
        ...base,
        status: 'HANDLED',
        decision: 'NO_ACTION',
        decisionReason: 'Har flyttat',
        handledByName: 'Kim Berg',
        handledAt: '2026-10-12T09:00:00Z',
      }),
    ).toBe('Ingen åtgärd av Kim Berg 2026-10-12: Har flyttat');
  });

  it('reads the refused rows the api names', () => {
    expect(refusedRows(t, ['3:SIGNAL_ROW_KIND_INVALID:Typ'])).toEqual(['Rad 3: okänd typ av signal (Typ)']);
    expect(signalErrorKey('SIGNAL_HANDLED')).toBe('signals.errors.SIGNAL_HANDLED');
    expect(signalErrorKey('OTHER')).toBeUndefined();
  });
});
