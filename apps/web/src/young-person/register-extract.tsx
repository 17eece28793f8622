import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessageKey } from '../app/api-error';
import { saveBase64 } from '../app/download';
import { ExportYoungPersonDataDocument } from '../gql/young-person/young-person';
import type { ExportFormat, YoungPersonQuery } from '../gql/graphql';
import { formatDateTime, formatNumber } from '../i18n/format';
import { Alert, BodyShort, Button, Radio, RadioGroup, VStack } from '../ui';
import { PageSection } from './page-parts';

const FORMATS: ExportFormat[] = ['PDF', 'JSON'];

// Registerutdrag: the young person's own data, consents and who read their record (GDPR art.
// 15), as a PDF to hand over or JSON, made when the young person asks for it. Every extract is
// recorded in the audit trail with its checksum.
export function RegisterExtract({ person }: { person: YoungPersonQuery['youngPerson'] }) {
  const { t } = useTranslation();
  const [format, setFormat] = useState<ExportFormat>('PDF');
  const [made, setMade] = useState<{ fileName: string; size: number; sha256: string; at: string }>();
  const [error, setError] = useState<string>();
  const [exportData, { loading }] = useMutation(ExportYoungPersonDataDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setMade(undefined);
    try {
      const result = await exportData({ variables: { input: { youngPersonId: person.id, format } } });
      const file = result.data?.exportYoungPersonData;
      if (!file) return;
      saveBase64(file.contentBase64, file.contentType, file.fileName);
      setMade({ fileName: file.fileName, size: file.byteSize, sha256: file.sha256, at: file.generatedAt });
    } catch (e) {
      setError(t(errorMessageKey(e)));
    }
  };
  return (
    <PageSection id="registerutdrag" title={t('youngPersonWork.extract.title')}>
      <BodyShort>{t('youngPersonWork.extract.intro')}</BodyShort>
      <form onSubmit={(e) => void submit(e)} aria-label={t('youngPersonWork.extract.title')}>
        <VStack gap="space-16">
          {error && (
            <Alert variant="error" role="alert">
              {error}
            </Alert>
          )}
          <RadioGroup
            id="extract-format"
            legend={t('youngPersonWork.extract.format')}
            value={format}
            onChange={(value: ExportFormat) => setFormat(value)}
          >
            {FORMATS.map((f) => (
              <Radio key={f} value={f}>
                {t(`enums.ExportFormat.${f}`)}
              </Radio>
            ))}
          </RadioGroup>
          <div>
            <Button type="submit" variant="secondary" loading={loading}>
              {t('youngPersonWork.extract.make')}
            </Button>
          </div>
          <div aria-live="polite">
            {made && (
              <Alert variant="success" size="small">
                {t('youngPersonWork.extract.made', {
                  fileName: made.fileName,
                  size: formatNumber(Math.ceil(made.size / 1024)),
                  time: formatDateTime(made.at),
                })}
                <BodyShort size="small" className="brygga-break">
                  {t('youngPersonWork.extract.checksum', { sha256: made.sha256 })}
                </BodyShort>
              </Alert>
            )}
          </div>
        </VStack>
      </form>
    </PageSection>
  );
}
