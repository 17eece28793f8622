import { ErrorCode } from '@app/core/errors';

import { isYes, parseFileDate, resolveColumns, splitFullName } from './import-columns';
import { TargetGroupImportKind } from './target-group.enums';

describe('import columns', () => {
  it('finds the columns however the systems name them', () => {
    const columns = resolveColumns(
      ['Pers.nr', 'FÖRNAMN', 'Efter-namn', 'Kommun kod', 'Skolenhet', 'Avgångsdatum', 'Gymnasieexamen'],
      TargetGroupImportKind.ENROLLMENT,
      null,
    );
    expect(columns).toMatchObject({
      identityNumber: 0,
      identityNumberName: 'Pers.nr',
      givenName: 1,
      familyName: 2,
      municipalityCode: 3,
      school: 4,
      leftOn: 5,
      leftOnName: 'Avgångsdatum',
      diploma: 6,
    });
  });

  it('refuses a file without identity numbers, and a list without a school', () => {
    const refusal = (columns: string[], kind: TargetGroupImportKind): unknown => {
      try {
        resolveColumns(columns, kind, null);
      } catch (error) {
        return error;
      }
      return undefined;
    };
    expect(refusal(['Namn'], TargetGroupImportKind.POPULATION)).toMatchObject({
      code: ErrorCode.TARGET_GROUP_COLUMN_MISSING,
      details: { column: 'personnummer' },
    });
    expect(refusal(['Personnummer'], TargetGroupImportKind.ENROLLMENT)).toMatchObject({ details: { column: 'skola' } });
    expect(resolveColumns(['Personnummer'], TargetGroupImportKind.ENROLLMENT, 'Norra').school).toBeUndefined();
  });

  it('reads dates, yes and full names as the files write them', () => {
    expect(parseFileDate('2026-08-15')).toBe('2026-08-15');
    expect(parseFileDate('20260815')).toBe('2026-08-15');
    expect(parseFileDate('2026-08-15 00:00')).toBe('2026-08-15');
    expect(parseFileDate('2026-02-30')).toBeNull();
    expect(parseFileDate('15 augusti')).toBeNull();
    expect(['Ja', 'x', '1', 'TRUE'].map(isYes)).toEqual([true, true, true, true]);
    expect(['Gymnasieexamen', 'Gymnasiesärskolebevis'].map(isYes)).toEqual([true, true]);
    expect(['', 'nej', '0', 'Studiebevis'].map(isYes)).toEqual([false, false, false, false]);
    expect(splitFullName(' Åsa  Maria Öberg ')).toEqual({ givenName: 'Åsa Maria', familyName: 'Öberg' });
    expect(splitFullName('Öberg')).toEqual({ givenName: null, familyName: 'Öberg' });
  });
});
