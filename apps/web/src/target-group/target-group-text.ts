import type { TFunction } from 'i18next';

import type { TargetGroupCheckFieldsFragment, TargetGroupImportFieldsFragment } from '../gql/graphql';
import { formatDate, formatNumber } from '../i18n/format';

// Codes the api ends imports and jobs with that the catalog can say in words.
const KNOWN_ERRORS = new Set([
  'TARGET_GROUP_COLUMN_MISSING',
  'TARGET_GROUP_NO_ROWS',
  'TARGET_GROUP_ROWS_INVALID',
  'TARGET_GROUP_IMPORT_NOT_READY',
  'TARGET_GROUP_DATE_INVALID',
  'TARGET_GROUP_CHECK_DECIDED',
  'TARGET_GROUP_ROW_IDENTITY_NUMBER_INVALID',
  'TARGET_GROUP_ROW_IDENTITY_NUMBER_SCIENTIFIC',
  'TARGET_GROUP_ROW_DUPLICATE',
  'TARGET_GROUP_ROW_OTHER_MUNICIPALITY',
  'TARGET_GROUP_ROW_DATE_INVALID',
  'TARGET_GROUP_ROW_VALUE_TOO_LONG',
  'FILE_TOO_LARGE',
  'FILE_NOT_FOUND',
  'FILE_EMPTY',
  'FILE_FORMAT_UNSUPPORTED',
  'FILE_ENCODING_UNSUPPORTED',
  'FILE_ENCODING_INVALID',
  'FILE_HEADER_MISSING',
  'FILE_CSV_INVALID',
  'FILE_CELL_FORMULA',
  'FILE_SHEET_MISSING',
  'JOB_FAILED',
  'JOB_ABANDONED',
] as const);
type KnownError = typeof KNOWN_ERRORS extends Set<infer T> ? T : never;

export function targetGroupErrorKey(code: string | null | undefined): `targetGroup.errors.${KnownError | 'UNKNOWN'}` {
  return KNOWN_ERRORS.has(code as KnownError)
    ? `targetGroup.errors.${code as KnownError}`
    : 'targetGroup.errors.UNKNOWN';
}

// The refusal that lists the file's rows: every other refusal is of the whole file (its
// encoding, format, header or columns; or the job gave up), which the api keeps with no refused
// row and at most one entry naming where (issue 16).
export const ROWS_REFUSED = 'TARGET_GROUP_ROWS_INVALID';

// The rows an import refused, for the table of row errors: none for a refusal of the whole file,
// which is one message (its one entry is where the file failed, not a row to correct).
export function refusedRows<T extends { code: string }>(entry: { errorCode?: string | null; errors: T[] }): T[] {
  return entry.errorCode === ROWS_REFUSED ? entry.errors : [];
}

// Why an import was refused, in words, after the file's name. A refusal of the whole file says
// so and names where, when the api kept it: the line (a file that mixes encodings names the line
// the mix starts on, as the shared upload form does; without it a coordinator has a 50,000-line
// file and no place to look) or the missing column.
export function importRefusalText(
  t: TFunction,
  entry: Pick<TargetGroupImportFieldsFragment, 'fileName' | 'errorCode' | 'errorCount' | 'errors'>,
): string {
  if (entry.errorCode === ROWS_REFUSED) {
    return `${entry.fileName}: ${t(targetGroupErrorKey(entry.errorCode), { count: entry.errorCount, column: '' })}`;
  }
  const where = entry.errors.find((error) => error.code === entry.errorCode);
  let message: string;
  if (entry.errorCode === 'FILE_ENCODING_INVALID' && where) {
    message = t('upload.encodingInvalidAt', { line: formatNumber(where.line) });
  } else if (entry.errorCode === 'TARGET_GROUP_COLUMN_MISSING') {
    message = where?.field
      ? t('targetGroup.errors.TARGET_GROUP_COLUMN_MISSING', { column: where.field })
      : t('targetGroup.columnMissingUnnamed');
  } else {
    message = t(targetGroupErrorKey(entry.errorCode), { count: entry.errorCount, column: '' });
    if (where) message = `${message} ${t('targetGroup.fileRefusedAt', { line: formatNumber(where.line) })}`;
  }
  return t('targetGroup.fileRefused', { file: entry.fileName, message });
}

export function checkName(t: TFunction, check: Pick<TargetGroupCheckFieldsFragment, 'givenName' | 'familyName'>) {
  const name = [check.givenName, check.familyName].filter(Boolean).join(' ');
  return name || t('targetGroup.unnamed');
}

// Why the person is (or was) in the queue, in words.
export function reasonText(t: TFunction, check: TargetGroupCheckFieldsFragment): string {
  // An entry a school's drop-out signal opened names the school and the day (issue 16).
  if (check.signalId && check.lastSchool) {
    return t('signals.queueReason', { school: check.lastSchool, date: formatDate(check.leftSchoolOn) });
  }
  const parts: string[] = [t('targetGroup.reasonNotInList', { date: formatDate(check.listsDate) })];
  if (check.lastSchool) {
    parts.push(
      check.leftSchoolOn
        ? t('targetGroup.reasonLeftSchool', { school: check.lastSchool, date: formatDate(check.leftSchoolOn) })
        : t('targetGroup.reasonLeftSchoolUndated', { school: check.lastSchool }),
    );
  }
  if (check.leftReason) {
    const reason = t(`targetGroup.enums.TargetGroupLeftReason.${check.leftReason}`);
    parts.push(
      check.leftSchool
        ? t('targetGroup.leftQueueSchool', { reason, school: check.leftSchool })
        : t('targetGroup.leftQueue', { reason }),
    );
  }
  return parts.join(' ');
}
