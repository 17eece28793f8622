import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessageKey } from '../app/api-error';
import { EscalatedAlertsDocument, EvaluateAlertsDocument, UnitAlertsDocument } from '../gql/alerts/alerts';
import type { AlertRule, AlertState } from '../gql/graphql';
import { Alert, BodyLong, BodyShort, Button, Heading, HStack, LoadingState, PageHeading, Select, VStack } from '../ui';
import { AlertTable } from './alert-table';
import { byUrgency, ruleName, todayIso } from './alert-text';

const RULES: AlertRule[] = [
  'FIRST_CONTACT_DUE',
  'NO_COORDINATOR',
  'NO_CONTACT',
  'NEVER_REACHED',
  'NO_ACTIVITY',
  'OFFER_DUE',
  'PLAN_ACTION_OVERDUE',
  'FOLLOW_UP_OVERDUE',
  'REFERRAL_UNANSWERED',
  'CONSENT_EXPIRING',
  'STATUS_UNKNOWN',
  'TURNING_20_NO_HAND_OVER',
];
const STATES: AlertState[] = ['OPEN', 'ACKNOWLEDGED', 'SNOOZED', 'RESOLVED'];

// The team lead's /larm: what was escalated to them, then every alert of the unit, filtered by
// rule and state, and the button that runs the rules now (evaluateAlerts).
export function UnitAlertsPage() {
  const { t } = useTranslation();
  const [rule, setRule] = useState<AlertRule | ''>('');
  const [state, setState] = useState<AlertState | ''>('');
  const { data, error, loading } = useQuery(UnitAlertsDocument, {
    variables: { ...(rule ? { rule } : {}), ...(state ? { states: [state] } : {}) },
    fetchPolicy: 'cache-and-network',
  });
  const escalated = useQuery(EscalatedAlertsDocument, { fetchPolicy: 'cache-and-network' });
  const [evaluate, evaluating] = useMutation(EvaluateAlertsDocument, {
    refetchQueries: ['UnitAlerts', 'EscalatedAlerts', 'MyAlerts'],
    awaitRefetchQueries: true,
  });
  const [runMessage, setRunMessage] = useState<{ variant: 'success' | 'info' | 'error'; text: string }>();
  const today = todayIso();

  const run = async () => {
    setRunMessage(undefined);
    try {
      const result = await evaluate();
      const counts = result.data?.evaluateAlerts;
      if (!counts) return;
      setRunMessage(
        counts.ran
          ? { variant: 'success', text: t('alerts.unit.runDone', counts) }
          : { variant: 'info', text: t('alerts.unit.runBusy') },
      );
    } catch (failure) {
      setRunMessage({ variant: 'error', text: t(errorMessageKey(failure)) });
    }
  };

  const escalations = escalated.data ? byUrgency(escalated.data.alerts.nodes, today) : [];
  const all = data ? byUrgency(data.alerts.nodes, today) : [];
  return (
    <VStack gap="space-24">
      <div>
        <PageHeading>{t('alerts.unit.title')}</PageHeading>
        <BodyLong>{t('alerts.unit.intro')}</BodyLong>
      </div>
      <VStack gap="space-8" align="start">
        <Button type="button" variant="secondary" loading={evaluating.loading} onClick={() => void run()}>
          {t('alerts.unit.run')}
        </Button>
        {runMessage && (
          <Alert variant={runMessage.variant} size="small" role={runMessage.variant === 'error' ? 'alert' : 'status'}>
            {runMessage.text}
          </Alert>
        )}
      </VStack>
      {error && (
        <Alert variant="error" role="alert">
          {t(errorMessageKey(error))}
        </Alert>
      )}
      {!data && loading && <LoadingState />}
      {data && (
        <>
          <section aria-labelledby="alerts-escalations">
            <VStack gap="space-8">
              <Heading level="2" size="medium" id="alerts-escalations">
                {t('alerts.unit.escalationsHeading')}
              </Heading>
              {escalations.length === 0 ? (
                <BodyShort>{t('alerts.unit.escalationsNone')}</BodyShort>
              ) : (
                <AlertTable alerts={escalations} caption={t('alerts.unit.escalationsHeading')} showOwner />
              )}
            </VStack>
          </section>
          <section aria-labelledby="alerts-all">
            <VStack gap="space-8">
              <Heading level="2" size="medium" id="alerts-all">
                {t('alerts.unit.allHeading')}
              </Heading>
              <HStack gap="space-16" align="end">
                <Select
                  id="alerts-filter-rule"
                  label={t('alerts.unit.filterRule')}
                  size="small"
                  value={rule}
                  onChange={(event) => setRule(event.target.value as AlertRule | '')}
                >
                  <option value="">{t('alerts.unit.anyRule')}</option>
                  {RULES.map((r) => (
                    <option key={r} value={r}>
                      {ruleName(t, r)}
                    </option>
                  ))}
                </Select>
                <Select
                  id="alerts-filter-state"
                  label={t('alerts.unit.filterState')}
                  size="small"
                  value={state}
                  onChange={(event) => setState(event.target.value as AlertState | '')}
                >
                  <option value="">{t('alerts.unit.openStates')}</option>
                  {STATES.map((s) => (
                    <option key={s} value={s}>
                      {t(`alerts.state.${s}`)}
                    </option>
                  ))}
                </Select>
              </HStack>
              <BodyShort role="status">{t('alerts.unit.total', { count: data.alerts.totalCount })}</BodyShort>
              {all.length === 0 ? (
                <BodyShort>{t('alerts.unit.none')}</BodyShort>
              ) : (
                <AlertTable alerts={all} caption={t('alerts.unit.allHeading')} showOwner />
              )}
            </VStack>
          </section>
        </>
      )}
    </VStack>
  );
}
