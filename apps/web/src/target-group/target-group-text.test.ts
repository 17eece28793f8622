import { describe, expect, it } from 'vitest';

import type { TargetGroupCheckFieldsFragment } from '../gql/graphql';
import { i18n } from '../i18n/i18n';
import { checkName, reasonText, targetGroupErrorKey } from './target-group-text';

const base: TargetGroupCheckFieldsFragment = {
  id: 'c1',
  personalIdentityNumber: '20080310-1013',
  dateOfBirth: '2008-03-10',
  givenName: 'Alva',
  familyName: 'Andersson',
  status: 'TO_CHECK',
  listsDate: '2026-10-01',
  lastSchool: null,
  leftSchoolOn: null,
  leftReason: null,
  leftSchool: null,
  dismissReason: null,
  youngPersonId: null,
  signalId: null,
  openedAt: '2026-10-15T08:00:00Z',
};

describe('target-group texts', () => {
  const t = i18n.t.bind(i18n);

  it('says why someone is to be checked, and why they left the queue', () => {
    expect(reasonText(t, base)).toBe('Finns inte i någon elevlista per 2026-10-01.');
    expect(reasonText(t, { ...base, lastSchool: 'Norra gymnasiet', leftSchoolOn: '2026-08-15' })).toBe(
      'Finns inte i någon elevlista per 2026-10-01. Slutade på Norra gymnasiet 2026-08-15.',
    );
    expect(
      reasonText(t, { ...base, status: 'LEFT', leftReason: 'IN_ENROLLMENT_LIST', leftSchool: 'Västra gymnasiet' }),
    ).toBe('Finns inte i någon elevlista per 2026-10-01. Lämnade listan: finns i en elevlista (Västra gymnasiet)');
  });

  it('names the school of a drop-out signal that put someone in the queue', () => {
    expect(reasonText(t, { ...base, signalId: 's1', lastSchool: 'Norra gymnasiet', leftSchoolOn: '2026-10-12' })).toBe(
      'Slutade på Norra gymnasiet 2026-10-12 utan examen (signal från skolan).',
    );
  });

  it('names the person, or says the name is missing', () => {
    expect(checkName(t, base)).toBe('Alva Andersson');
    expect(checkName(t, { givenName: null, familyName: null })).toBe('Namn saknas');
  });

  it('has words for the codes it knows and a general message for others', () => {
    expect(targetGroupErrorKey('TARGET_GROUP_ROW_DUPLICATE')).toBe('targetGroup.errors.TARGET_GROUP_ROW_DUPLICATE');
    expect(targetGroupErrorKey('SOMETHING_ELSE')).toBe('targetGroup.errors.UNKNOWN');
  });
});
