import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessageKey } from '../app/api-error';
import { ScbDataQualityDocument } from '../gql/scb/scb';
import type { ScbQualityFigureFieldsFragment } from '../gql/graphql';
import { formatNumber } from '../i18n/format';
import { Alert, BodyLong, BodyShort, Heading, LoadingState, PageHeading, VStack } from '../ui';
import { recentHalfYears } from './half-years';
import { IssueList } from './issue-list';
import { PeriodSelect } from './period-select';

type FigureKey = 'occupationUnknown' | 'noContact' | 'missingFields';
const FIGURES: FigureKey[] = ['occupationUnknown', 'noContact', 'missingFields'];

// The KAA unit's data-quality view (issue 18): of the half-year's registered young people, the
// share with occupation unknown, without a contact, and missing what SCB requires, each with the
// young people behind it that the reader may fix (links to their pages).
export function ScbQualityPage() {
  const { t } = useTranslation();
  const [periods] = useState(() => recentHalfYears(new Date()));
  const [period, setPeriod] = useState(periods[0]);
  const { data, error } = useQuery(ScbDataQualityDocument, { variables: { input: { period } } });
  const q = data?.scbKaaDataQuality;
  return (
    <VStack gap="space-32">
      <div>
        <PageHeading>{t('scb.quality.title')}</PageHeading>
        <BodyLong>{t('scb.quality.intro')}</BodyLong>
      </div>
      <PeriodSelect periods={periods} value={period} onChange={setPeriod} />
      {error && (
        <Alert variant="error" role="alert">
          {t(errorMessageKey(error))}
        </Alert>
      )}
      {!data && !error && <LoadingState />}
      {q && (
        <>
          <BodyShort>{t('scb.quality.population', { count: q.population })}</BodyShort>
          {FIGURES.map((key) => (
            <Figure key={key} id={key} figure={q[key]} population={q.population} />
          ))}
        </>
      )}
    </VStack>
  );
}

function Figure({
  id,
  figure,
  population,
}: {
  id: FigureKey;
  figure: ScbQualityFigureFieldsFragment;
  population: number;
}) {
  const { t } = useTranslation();
  const title = t(`scb.quality.${id}`);
  return (
    <section aria-labelledby={`quality-${id}`}>
      <Heading level="2" size="medium" spacing id={`quality-${id}`}>
        {title}
      </Heading>
      <VStack gap="space-8">
        <BodyShort size="large">
          {figure.percent === null
            ? t('scb.quality.shareEmpty')
            : t('scb.quality.share', {
                percent: figure.percent,
                part: formatNumber(figure.count),
                population: formatNumber(population),
              })}
        </BodyShort>
        {figure.people.length > 0 ? (
          <IssueList people={figure.people} caption={title} region={t('scb.quality.listRegion', { figure: title })} />
        ) : (
          <BodyShort>{t('scb.quality.none')}</BodyShort>
        )}
        {figure.outsideAccess > 0 && <BodyShort>{t('scb.quality.outside', { count: figure.outsideAccess })}</BodyShort>}
      </VStack>
    </section>
  );
}
