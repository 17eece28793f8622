import { describe, expect, it } from 'vitest';

import { i18n } from '../i18n/i18n';
import { securityEventDetails } from './security-event-text';

const none = { code: null, operation: null, refused: null, otherSchool: null, events: null, accounts: null };

describe('security event text', () => {
  it('words an anomaly with its count and window, in the singular and the plural', () => {
    expect(securityEventDetails(i18n.t, { ...none, kind: 'ANOMALY_ACCOUNT', events: 12, windowSeconds: 900 })).toEqual([
      '12 misslyckade försök på 15 minuter.',
    ]);
    expect(
      securityEventDetails(i18n.t, { ...none, kind: 'ANOMALY_ADDRESS', events: 7, accounts: 6, windowSeconds: 900 }),
    ).toEqual(['7 misslyckade försök mot 6 konton på 15 minuter.']);
    expect(
      securityEventDetails(i18n.t, {
        ...none,
        kind: 'ANOMALY_IMPORT',
        events: 3,
        otherSchool: 1500,
        windowSeconds: 3600,
        code: 'ABSENCE_ROW_OTHER_SCHOOL',
      }),
    ).toEqual([
      '3 avvisade skolfiler med 1\u00a0500 rader om elever på andra skolor på 60 minuter.',
      'Felkod: ABSENCE_ROW_OTHER_SCHOOL',
    ]);
  });

  it('words a refused operation with the operation and the code the client got, never a raw kind', () => {
    expect(
      securityEventDetails(i18n.t, {
        ...none,
        kind: 'OPERATION_REFUSED',
        operation: 'query accessReviews',
        code: 'FORBIDDEN',
        windowSeconds: null,
      }),
    ).toEqual(['Användaren fick inte göra anropet.', 'Anrop: query accessReviews', 'Felkod: FORBIDDEN']);
    expect(
      securityEventDetails(i18n.t, {
        ...none,
        kind: 'IMPORT_REFUSED',
        refused: 1,
        otherSchool: 0,
        windowSeconds: null,
      }),
    ).toEqual(['1 rad avvisades, 0 av dem om elever på en annan skola.']);
  });
});
