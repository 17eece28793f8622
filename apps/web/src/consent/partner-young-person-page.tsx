import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';

import { errorCode, errorMessageKey } from '../app/api-error';
import { PartnerYoungPersonDocument } from '../gql/consent/shared';
import type { InformationCategory, PartnerYoungPersonQuery } from '../gql/graphql';
import { formatDate } from '../i18n/format';
import { Alert, BodyLong, BodyShort, Heading, Label, LoadingState, PageHeading, Tag, VStack } from '../ui';
import { EmergencyAccessBanner, StartEmergencyAccess } from './emergency-access';

type Person = PartnerYoungPersonQuery['youngPerson'];

// The partner caseworker's page of one young person: only the categories a consent in force
// (or an emergency access) gives, every other category named with why it is hidden ("Dold –
// samtycke saknas"), never left silently blank. Nothing shared: the api answers NOT_FOUND and
// the page offers an emergency access.
export function PartnerYoungPersonPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(PartnerYoungPersonDocument, {
    variables: { id },
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });
  const reload = () => refetch().catch(() => undefined);
  if (error && errorCode(error) === 'NOT_FOUND') {
    return (
      <VStack gap="space-32">
        <div>
          <PageHeading>{t('partner.notAvailableTitle')}</PageHeading>
          <BodyLong>{t('partner.notAvailable')}</BodyLong>
        </div>
        <StartEmergencyAccess youngPersonId={id} startOpen onStarted={reload} />
        <BackLink />
      </VStack>
    );
  }
  if (error) {
    return (
      <Alert variant="error" role="alert">
        {t(errorMessageKey(error))}
      </Alert>
    );
  }
  if (!data) return <LoadingState />;
  const person = data.youngPerson;
  const emergency = data.emergencyAccesses.nodes.find((a) => a.active);
  return (
    <VStack gap="space-32">
      <div>
        <PageHeading>{`${person.givenName} ${person.familyName}`}</PageHeading>
        <ReadAccessSummary person={person} />
      </div>
      {emergency && <EmergencyAccessBanner access={emergency} onEnded={reload} />}
      <Facts person={person} />
      <Hidden person={person} />
      {!emergency && person.readAccess.hiddenCategories.length > 0 && (
        <StartEmergencyAccess youngPersonId={person.id} startOpen={false} onStarted={reload} />
      )}
      <BackLink />
    </VStack>
  );
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <BodyShort>
      <RouterLink to="/">{t('partner.back')}</RouterLink>
    </BodyShort>
  );
}

function ReadAccessSummary({ person }: { person: Person }) {
  const { t } = useTranslation();
  const { grounds, consents } = person.readAccess;
  return (
    <VStack gap="space-8">
      <BodyShort>
        {t('partner.grounds')}{' '}
        {grounds.map((g) => (
          <Tag key={g} size="small" variant={g === 'EMERGENCY_ACCESS' ? 'error' : 'info'} className="brygga-tag-gap">
            {t(`partner.ground.${g}`)}
          </Tag>
        ))}
      </BodyShort>
      {consents.map((c) => (
        <BodyShort key={c.consentId} size="small">
          {t('partner.consentValid', {
            categories: c.categories.map((k) => t(`partner.category.${k}`).toLowerCase()).join(', '),
            date: formatDate(c.validTo),
          })}
        </BodyShort>
      ))}
    </VStack>
  );
}

function HiddenText({ person, category }: { person: Person; category: InformationCategory }) {
  const { t } = useTranslation();
  const hidden = person.readAccess.hiddenCategories.find((h) => h.category === category);
  return hidden ? <span className="brygga-hidden-value">{t(`partner.hidden.${hidden.reason}`)}</span> : null;
}

function isHidden(person: Person, category: InformationCategory): boolean {
  return person.readAccess.hiddenCategories.some((h) => h.category === category);
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>
        <Label as="span" size="small">
          {label}
        </Label>
      </dt>
      <dd className="brygga-fact-value">
        <BodyShort as="div">{children}</BodyShort>
      </dd>
    </div>
  );
}

function Facts({ person }: { person: Person }) {
  const { t } = useTranslation();
  const contact = person.contact;
  const address = contact ? [contact.streetAddress, contact.postalCode, contact.city].filter(Boolean).join(', ') : '';
  const show = (category: InformationCategory, value: ReactNode) =>
    isHidden(person, category) ? <HiddenText person={person} category={category} /> : value;
  return (
    <section aria-labelledby="partner-facts">
      <Heading level="2" size="medium" spacing id="partner-facts">
        {t('partner.facts')}
      </Heading>
      <dl className="brygga-facts">
        <Fact label={person.coordinationNumber ? t('youngPerson.coordinationNumber') : t('youngPerson.identityNumber')}>
          {show('IDENTITY', person.personalIdentityNumber ?? '–')}
        </Fact>
        <Fact label={t('youngPerson.age')}>
          {show('IDENTITY', person.age === null ? '–' : t('format.years', { count: person.age }))}
        </Fact>
        <Fact label={t('youngPerson.twentieth')}>{show('IDENTITY', formatDate(person.twentiethBirthday))}</Fact>
        <Fact label={t('youngPerson.status')}>
          {show(
            'OCCUPATION',
            person.enrollment
              ? `${t(`enums.EnrollmentStatus.${person.enrollment.status}`)}, ${t('youngPerson.registeredOn').toLowerCase()} ${formatDate(person.enrollment.registeredOn)}`
              : t('youngPerson.notEnrolled'),
          )}
        </Fact>
        <Fact label={t('youngPerson.occupations')}>
          {show(
            'OCCUPATION',
            person.occupations.length === 0
              ? t('youngPerson.noOccupations')
              : person.occupations
                  .map((o) => `${t(`enums.OccupationKind.${o.kind}`)}: ${t(`enums.OccupationCategory.${o.category}`)}`)
                  .join('; '),
          )}
        </Fact>
        <Fact label={t('youngPerson.contact')}>
          {show(
            'CONTACT',
            contact
              ? [address, contact.phone, contact.email].filter(Boolean).join(', ') || '–'
              : t('youngPerson.hiddenContact'),
          )}
        </Fact>
        <Fact label={t('youngPerson.guardians')}>
          {show(
            'CONTACT',
            person.guardians.length === 0
              ? t('youngPerson.noGuardians')
              : person.guardians
                  .map((g) =>
                    [`${g.name} (${t(`enums.GuardianRelation.${g.relation}`).toLowerCase()})`, g.phone, g.email]
                      .filter(Boolean)
                      .join(', '),
                  )
                  .join('; '),
          )}
        </Fact>
        <Fact label={t('partner.measures')}>
          {show(
            'MEASURES',
            person.measures.length === 0
              ? t('partner.noMeasures')
              : person.measures
                  .map((m) =>
                    t('partner.measureOffered', { name: m.measureType?.name ?? '–', date: formatDate(m.offeredOn) }),
                  )
                  .join('; '),
          )}
        </Fact>
        <Fact label={t('partner.plan')}>
          {show(
            'PLAN',
            person.actionPlan ? (
              <RouterLink to={`/planer/${person.actionPlan.id}`}>
                {t('partner.planTitle', { title: person.actionPlan.title })}
              </RouterLink>
            ) : (
              t('partner.noPlan')
            ),
          )}
        </Fact>
      </dl>
    </section>
  );
}

function Hidden({ person }: { person: Person }) {
  const { t } = useTranslation();
  const hidden = person.readAccess.hiddenCategories;
  if (hidden.length === 0) return null;
  return (
    <section aria-labelledby="partner-hidden">
      <Heading level="2" size="medium" spacing id="partner-hidden">
        {t('partner.hiddenHeading')}
      </Heading>
      <BodyLong spacing>{t('partner.hiddenIntro')}</BodyLong>
      <ul className="brygga-plain-list">
        {hidden.map((h) => (
          <li key={h.category}>
            <BodyShort>
              {t('partner.hiddenCategory', {
                category: t(`partner.category.${h.category}`),
                reason: t(`partner.hidden.${h.reason}`),
              })}
            </BodyShort>
          </li>
        ))}
      </ul>
    </section>
  );
}
