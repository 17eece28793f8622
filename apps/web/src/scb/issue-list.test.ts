import { describe, expect, it } from 'vitest';

import { fixLink } from './issue-list';

describe('fixLink', () => {
  it('leads to the section of the young person’s page where the first fixable issue is fixed', () => {
    expect(fixLink({ youngPersonId: 'a', issues: [{ code: 'REGISTRATION_REASON_MISSING', date: null }] })).toBe(
      '/ungdomar/a#registreringar',
    );
    expect(
      fixLink({
        youngPersonId: 'b',
        issues: [
          { code: 'IDENTITY_NUMBER_INVALID', date: null },
          { code: 'MEASURE_START_DATE_MISSING', date: null },
        ],
      }),
    ).toBe('/ungdomar/b#insatser');
    expect(fixLink({ youngPersonId: 'c', issues: [{ code: 'IDENTITY_NUMBER_INVALID', date: null }] })).toBe(
      '/ungdomar/c',
    );
  });
});
