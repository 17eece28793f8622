import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';

import { errorCode, errorDetails } from '../app/api-error';
import { ImportAbsenceFileDocument } from '../gql/early-warning/absence-upload';
import { BodyLong, BodyShort, PageHeading, VStack } from '../ui';
import { FileUploadForm } from '../upload/file-upload-form';
import { absenceErrorKey, absenceRefusedRows } from './early-warning-text';
import { EARLY_WARNING_PATH } from './paths';

// School staff: send the school's absence days as a file (CSV or Excel from the school's system).
// Every row or none: a refused file lists its rows by line; the result says how many days were
// new and how many suggestions the indicators opened.
export function AbsenceUploadPage() {
  const { t } = useTranslation();
  const [importAbsence] = useMutation(ImportAbsenceFileDocument, {
    // The suggestions and the pupils change with the file.
    refetchQueries: ['EarlyWarningSuggestions', 'SchoolMentors'],
  });
  return (
    <VStack gap="space-32">
      <div>
        <PageHeading>{t('earlyWarning.absence.title')}</PageHeading>
        <BodyLong>{t('earlyWarning.absence.intro')}</BodyLong>
      </div>
      <FileUploadForm
        legend={t('earlyWarning.absence.uploadLegend')}
        description={t('earlyWarning.absence.uploadHint')}
        submitLabel={t('earlyWarning.absence.upload')}
        onUploaded={async (fileId) => {
          // A key per upload: a retried request is the same import; the same file uploaded again
          // is recognised by its content.
          const { data } = await importAbsence({
            variables: { input: { fileId, idempotencyKey: `web-${fileId}` } },
          });
          const done = data?.importAbsenceDays;
          if (!done) return undefined;
          if (done.repeated) return t('earlyWarning.absence.importedAgain', { file: done.fileName });
          return (
            <VStack gap="space-4">
              <BodyShort>
                {t('earlyWarning.absence.imported', {
                  file: done.fileName,
                  rows: done.rowCount,
                  created: done.createdCount,
                })}
              </BodyShort>
              <BodyShort>{t('earlyWarning.absence.opened', { count: done.evaluation?.opened ?? 0 })}</BodyShort>
              <BodyShort>
                <RouterLink to={EARLY_WARNING_PATH}>{t('earlyWarning.absence.toSuggestions')}</RouterLink>
              </BodyShort>
            </VStack>
          );
        }}
        describeError={(error) => {
          const code = errorCode(error);
          const details = errorDetails(error);
          if (code === 'ABSENCE_IMPORT_ROWS_INVALID') {
            return {
              message: t('earlyWarning.absence.rowsRefused', { refused: Number(details.refused ?? 0) }),
              rows: absenceRefusedRows(t, details.rows),
            };
          }
          const key = absenceErrorKey(code);
          if (!key) return undefined;
          return {
            message: t(key, { column: typeof details.column === 'string' ? details.column : '' }),
            rows: [],
          };
        }}
      />
    </VStack>
  );
}
