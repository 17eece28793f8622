import { useTranslation } from 'react-i18next';

import { BodyLong, Heading, List, PageHeading, VStack } from '../ui';

// Leadership reads anonymised reports only (DESIGN.md §2.6); the report pages come with the
// reports issue. Until then the start page says what is coming and why no person appears.
export function ReportsPage() {
  const { t } = useTranslation();
  return (
    <VStack gap="space-16">
      <PageHeading>{t('reports.title')}</PageHeading>
      <BodyLong>{t('reports.intro')}</BodyLong>
      <section aria-labelledby="reports-coming">
        <Heading level="2" size="medium" spacing id="reports-coming">
          {t('reports.comingHeading')}
        </Heading>
        <List>
          {t('reports.coming', { returnObjects: true }).map((item) => (
            <List.Item key={item}>{item}</List.Item>
          ))}
        </List>
      </section>
      <BodyLong>{t('reports.privacy')}</BodyLong>
    </VStack>
  );
}
