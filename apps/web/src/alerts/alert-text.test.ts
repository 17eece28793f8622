import { describe, expect, it } from 'vitest';

import { i18n } from '../i18n/i18n';
import { alertReason, byUrgency, subjectName } from './alert-text';

describe('alert text', () => {
  it('words the reason in Swedish from the rule and its facts', () => {
    const text = alertReason(i18n.t, {
      rule: 'NO_CONTACT',
      facts: [
        { name: 'since', value: '2026-11-01' },
        { name: 'threshold', value: '30' },
        { name: 'lastContactOn', value: null },
      ],
    });
    expect(text).toBe('Inget kontaktförsök sedan 2026-11-01 (gräns 30 dagar).');
  });

  it('words the two rules about other records, and names where an alert about nobody registered is handled', () => {
    expect(
      alertReason(i18n.t, {
        rule: 'SIGNAL_NOT_HANDLED',
        facts: [
          { name: 'receivedOn', value: '2026-12-01' },
          { name: 'threshold', value: '7' },
        ],
      }),
    ).toBe('En signal från skolan som kom 2026-12-01 är inte hanterad (gräns 7 dagar).');
    expect(
      alertReason(i18n.t, {
        rule: 'TO_CHECK_LEFT',
        facts: [
          { name: 'since', value: '2026-11-21' },
          { name: 'threshold', value: '14' },
        ],
      }),
    ).toBe('En person har väntat i "Att kontrollera" sedan 2026-11-21 (gräns 14 dagar).');
    expect(subjectName(i18n.t, { rule: 'TO_CHECK_LEFT', youngPersonId: null, youngPersonName: '' })).toBe(
      'Att kontrollera',
    );
    expect(subjectName(i18n.t, { rule: 'SIGNAL_NOT_HANDLED', youngPersonId: null, youngPersonName: '' })).toBe(
      'Signaler från skolor',
    );
    expect(subjectName(i18n.t, { rule: 'SIGNAL_NOT_HANDLED', youngPersonId: 'x', youngPersonName: 'Ada Ung' })).toBe(
      'Ada Ung',
    );
  });

  it('puts escalated, then overdue alerts first', () => {
    const alerts = [
      { id: 'c', escalatedAt: null, state: 'OPEN' as const, dueOn: '2026-12-10' },
      { id: 'b', escalatedAt: null, state: 'OPEN' as const, dueOn: '2026-12-01' },
      { id: 'a', escalatedAt: '2026-12-02T08:00:00Z', state: 'OPEN' as const, dueOn: '2026-12-05' },
      { id: 'd', escalatedAt: null, state: 'ACKNOWLEDGED' as const, dueOn: '2026-11-01' },
    ];
    expect(byUrgency(alerts, '2026-12-06').map((a) => a.id)).toEqual(['a', 'b', 'd', 'c']);
  });
});
