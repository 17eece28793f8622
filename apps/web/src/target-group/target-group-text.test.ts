import { describe, expect, it } from 'vitest';

import type { TargetGroupCheckFieldsFragment } from '../gql/graphql';
import { i18n } from '../i18n/i18n';
import { checkName, importRefusalText, reasonText, refusedRows, targetGroupErrorKey } from './target-group-text';

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

  it('names the line a refused file starts mixing encodings on, as the upload form does (issue 16)', () => {
    const refused = {
      fileName: 'blandad.csv',
      errorCode: 'FILE_ENCODING_INVALID',
      errorCount: 0,
      errors: [{ line: 50_002, code: 'FILE_ENCODING_INVALID', field: null }],
    };
    expect(importRefusalText(t, refused).replace(/\s/g, ' ')).toBe(
      'blandad.csv lästes inte in. Filen blandar teckenkodningar från rad 50 002. Spara hela filen som UTF-8.',
    );
    // Without a line (an import refused before the api kept one): the code's words alone.
    expect(importRefusalText(t, { ...refused, errors: [] })).toBe(
      'blandad.csv lästes inte in. Filen blandar teckenkodningar. Spara hela filen som UTF-8.',
    );
    // Rows refused: the count, not a line.
    expect(
      importRefusalText(t, {
        fileName: 'trasig.csv',
        errorCode: 'TARGET_GROUP_ROWS_INVALID',
        errorCount: 2,
        errors: [{ line: 3, code: 'TARGET_GROUP_ROW_DATE_INVALID', field: 'Slutdatum' }],
      }),
    ).toBe(`trasig.csv: ${t('targetGroup.errors.TARGET_GROUP_ROWS_INVALID', { count: 2, column: '' })}`);
  });

  it('says a refusal of the whole file once, with the column it lacks or the line it fails on (issue 16)', () => {
    const noColumn = {
      fileName: 'fel.csv',
      errorCode: 'TARGET_GROUP_COLUMN_MISSING',
      errorCount: 0,
      errors: [{ line: 1, code: 'TARGET_GROUP_COLUMN_MISSING', field: 'personnummer' }],
    };
    expect(importRefusalText(t, noColumn)).toBe(
      'fel.csv lästes inte in. Filen saknar kolumnen personnummer. Lägg till den i rubrikraden.',
    );
    // An import refused before the api kept the column: no empty name in the sentence.
    expect(importRefusalText(t, { ...noColumn, errors: [] })).toBe(
      'fel.csv lästes inte in. Filen saknar en kolumn som behövs. Kontrollera rubrikraden.',
    );
    expect(
      importRefusalText(t, {
        fileName: 'citat.csv',
        errorCode: 'FILE_CSV_INVALID',
        errorCount: 0,
        errors: [{ line: 12, code: 'FILE_CSV_INVALID', field: null }],
      }),
    ).toBe('citat.csv lästes inte in. Filen kan inte tolkas som CSV. Kontrollera citattecknen. Felet finns på rad 12.');
    // The table of row errors is for refused rows only: a whole file's one entry is not a row.
    expect(refusedRows(noColumn)).toEqual([]);
    const rows = [{ line: 3, code: 'TARGET_GROUP_ROW_DATE_INVALID', field: 'Slutdatum' }];
    expect(refusedRows({ errorCode: 'TARGET_GROUP_ROWS_INVALID', errors: rows })).toBe(rows);
  });
});
