import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessageKey } from '../app/api-error';
import type { YoungPersonQuery } from '../gql/graphql';
import { ClosedActionPlanDocument } from '../gql/plan/plan';
import { formatDate } from '../i18n/format';
import { Alert, BodyLong, BodyShort, Button, DataTable, Heading, Label, LoadingState, VStack } from '../ui';
import { PageSection } from '../young-person/page-parts';
import { draftFromPlan } from './plan-draft';
import { namedOrganizations } from './plan-organizations';
import { PlanVersions } from './plan-versions';
import { focusLater, PlanView } from './plan-view';
import './plan-strings';

type Data = YoungPersonQuery;
type PlanRow = Data['youngPerson']['actionPlans'][number];

// "Avslutade planer": the young person's closed plans (from the page's query), newest first;
// one opened read-only (one request), with its evaluation and its versions.
export function ClosedPlans({ data }: { data: Data }) {
  const { t } = useTranslation();
  const closed = data.youngPerson.actionPlans.filter((p) => p.status === 'CLOSED');
  const [opened, setOpened] = useState<PlanRow>();
  const columns = [
    { id: 'title', header: t('ypPlan.closed.title'), cell: (p: PlanRow) => p.title },
    { id: 'createdAt', header: t('ypPlan.closed.createdAt'), cell: (p: PlanRow) => formatDate(p.createdAt) },
    { id: 'closedOn', header: t('ypPlan.closed.closedOn'), cell: (p: PlanRow) => formatDate(p.closedOn) },
    { id: 'versions', header: t('ypPlan.closed.versions'), cell: (p: PlanRow) => String(p.version) },
    {
      id: 'show',
      header: t('ypPlan.closed.openColumn'),
      cell: (p: PlanRow) => (
        <Button id={`closed-plan-show-${p.id}`} size="small" variant="secondary" onClick={() => setOpened(p)}>
          {t('ypPlan.closed.show', { title: p.title })}
        </Button>
      ),
    },
  ];
  return (
    <PageSection id="avslutade-planer" title={t('ypPlan.closed.heading')}>
      {closed.length === 0 ? (
        <BodyShort>{t('ypPlan.closed.none')}</BodyShort>
      ) : opened ? (
        <ClosedPlan
          key={opened.id}
          row={opened}
          onClose={() => {
            focusLater(`closed-plan-show-${opened.id}`);
            setOpened(undefined);
          }}
        />
      ) : (
        <DataTable
          caption={t('ypPlan.closed.caption')}
          regionLabel={t('ypPlan.closed.region')}
          columns={columns}
          rows={closed}
          rowKey={(p) => p.id}
        />
      )}
    </PageSection>
  );
}

function ClosedPlan({ row, onClose }: { row: PlanRow; onClose: () => void }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(ClosedActionPlanDocument, { variables: { id: row.id } });
  const [versions, setVersions] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!versions) heading.current?.focus();
  }, [versions]);
  const plan = data?.actionPlan;
  if (plan && versions) {
    return (
      <PlanVersions planId={plan.id} title={plan.title} versions={plan.versions} onClose={() => setVersions(false)} />
    );
  }
  return (
    <section aria-labelledby="closed-plan-heading" className="brygga-card">
      <VStack gap="space-12">
        <Heading level="3" size="small" spacing tabIndex={-1} ref={heading} id="closed-plan-heading">
          {t('ypPlan.closed.readOnlyHeading', { title: row.title })}
        </Heading>
        {error && (
          <Alert variant="error" role="alert">
            {t('ypPlan.closed.loadFailed')} {t(errorMessageKey(error))}
          </Alert>
        )}
        {!plan && !error && <LoadingState />}
        {plan && (
          <>
            <BodyShort>{t('ypPlan.closed.readOnlyLine', { date: formatDate(plan.closedOn) })}</BodyShort>
            {plan.evaluation && (
              <div>
                <Label as="p" size="small">
                  {t('ypPlan.closed.evaluation')}
                </Label>
                <BodyLong className="brygga-preformatted">{plan.evaluation}</BodyLong>
              </div>
            )}
            <PlanView
              draft={draftFromPlan(plan)}
              organizations={namedOrganizations(plan)}
              headingLevel="4"
              label={plan.title}
            />
          </>
        )}
        <div className="brygga-buttons">
          {plan && (
            <Button variant="secondary" onClick={() => setVersions(true)}>
              {t('ypPlan.versions.open')}
            </Button>
          )}
          <Button variant="tertiary" onClick={onClose}>
            {t('ypPlan.closed.close')}
          </Button>
        </div>
      </VStack>
    </section>
  );
}
