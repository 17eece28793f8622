import { useTranslation } from 'react-i18next';

import { formatLongDate } from '../i18n/format';
import { BodyLong, Heading, Link, List, PageHeading, VStack } from '../ui';

// The dates of the last assessment and update, changed by hand with each review.
const ASSESSED_ON = '2026-12-06';
const UPDATED_ON = '2026-12-06';

// Tillgänglighetsredogörelse with the content DIGG requires (MDFFS 2019:2): who, compliance,
// what is not accessible and why, how to ask for it in another form, feedback, the link to
// DIGG's notification, disproportionate burden, content outside the law, method and dates.
export function AccessibilityStatementPage() {
  const { t } = useTranslation();
  const sections = [
    ['complianceHeading', 'compliance'],
    ['requestHeading', 'request'],
    ['feedbackHeading', 'feedback'],
  ] as const;
  return (
    <VStack gap="space-16">
      <PageHeading>{t('a11y.title')}</PageHeading>
      <BodyLong>{t('a11y.intro')}</BodyLong>
      {sections.map(([heading, body]) => (
        <section key={heading}>
          <Heading level="2" size="medium" spacing>
            {t(`a11y.${heading}`)}
          </Heading>
          <BodyLong>{t(`a11y.${body}`)}</BodyLong>
        </section>
      ))}
      <section>
        <Heading level="2" size="medium" spacing>
          {t('a11y.knownIssuesHeading')}
        </Heading>
        <List>
          {t('a11y.knownIssues', { returnObjects: true }).map((issue) => (
            <List.Item key={issue}>{issue}</List.Item>
          ))}
        </List>
      </section>
      <section>
        <Heading level="2" size="medium" spacing>
          {t('a11y.supervisionHeading')}
        </Heading>
        <BodyLong spacing>{t('a11y.supervision')}</BodyLong>
        <Link href="https://www.digg.se/tdosanmalan">{t('a11y.supervisionLink')}</Link>
      </section>
      {(
        [
          ['technicalHeading', 'technical'],
          ['burdenHeading', 'burden'],
          ['outsideHeading', 'outside'],
          ['methodHeading', 'method'],
        ] as const
      ).map(([heading, body]) => (
        <section key={heading}>
          <Heading level="2" size="medium" spacing>
            {t(`a11y.${heading}`)}
          </Heading>
          <BodyLong>{t(`a11y.${body}`)}</BodyLong>
        </section>
      ))}
      <BodyLong>{t('a11y.assessed', { date: formatLongDate(ASSESSED_ON) })}</BodyLong>
      <BodyLong>{t('a11y.updated', { date: formatLongDate(UPDATED_ON) })}</BodyLong>
    </VStack>
  );
}
