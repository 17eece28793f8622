import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';

import { errorCode, errorMessageKey } from '../app/api-error';
import { LoadMoreControl, useLoadMore } from '../app/load-more';
import {
  DismissTargetGroupCheckDocument,
  MoreTargetGroupChecksDocument,
  RegisterTargetGroupCheckDocument,
  TargetGroupQueueDocument,
} from '../gql/target-group/target-group';
import type {
  RegistrationReason,
  TargetGroupCheckFieldsFragment,
  TargetGroupCheckStatus,
  TargetGroupDismissReason,
  UpperSecondaryStatus,
} from '../gql/graphql';
import { formatNumber, todayIso } from '../i18n/format';
import {
  Alert,
  BodyLong,
  BodyShort,
  Button,
  DataTable,
  Fieldset,
  Heading,
  HStack,
  LoadingState,
  PageHeading,
  Select,
  TextField,
  VStack,
  type DataTableColumn,
} from '../ui';
import { checkName, reasonText, targetGroupErrorKey } from './target-group-text';

type Check = TargetGroupCheckFieldsFragment;
const STATUSES: TargetGroupCheckStatus[] = ['TO_CHECK', 'LEFT', 'REGISTERED', 'DISMISSED'];
const DISMISS_REASONS: TargetGroupDismissReason[] = ['MOVED', 'DIPLOMA', 'ALREADY_HANDLED'];
const REASONS: RegistrationReason[] = [
  'DROPPED_OUT',
  'NEVER_STARTED',
  'LEAVING_CERTIFICATE',
  'LEFT_INTRODUCTION_PROGRAMME',
  'ARRIVED_AFTER_COMPULSORY_AGE',
  'MOVED_IN',
  'OTHER',
];
const UPPER_SECONDARY: UpperSecondaryStatus[] = [
  'NEVER_STARTED',
  'DROPPED_OUT',
  'LEAVING_CERTIFICATE',
  'INTRODUCTION_PROGRAMME_LEFT',
];

type Decision = { kind: 'register' | 'dismiss'; check: Check };

// The KAA unit's "to check" queue (att kontrollera): who the matching found, with the reason in
// words; a person decides for each: register or dismiss with a reason. Nothing is registered
// without that decision.
export function TargetGroupQueuePage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<TargetGroupCheckStatus>('TO_CHECK');
  const result = useQuery(TargetGroupQueueDocument, {
    variables: { status },
    fetchPolicy: 'cache-and-network',
  });
  const { data, error, refetch } = result;
  // The queue shows 50 at a time; "Visa fler" loads the next 50 of the same status (a run over a
  // whole municipality may put thousands in it).
  const more = useLoadMore(result, 'targetGroupChecks', MoreTargetGroupChecksDocument, { status });
  const [decision, setDecision] = useState<Decision>();
  const [done, setDone] = useState<{ text: string; youngPersonId?: string }>();

  const columns = useMemo<Array<DataTableColumn<Check>>>(
    () => [
      {
        id: 'name',
        header: t('targetGroup.name'),
        cell: (row) => (
          <VStack>
            <span>{checkName(t, row)}</span>
            <BodyShort size="small">{row.personalIdentityNumber}</BodyShort>
          </VStack>
        ),
      },
      { id: 'reason', header: t('targetGroup.reason'), cell: (row) => reasonText(t, row) },
      {
        id: 'decision',
        header: t('targetGroup.decision'),
        cell: (row) =>
          row.status === 'TO_CHECK' ? (
            <HStack gap="space-8">
              <Button
                size="small"
                variant="secondary"
                onClick={() => {
                  setDone(undefined);
                  setDecision({ kind: 'register', check: row });
                }}
              >
                {t('targetGroup.register')}
                <span className="brygga-visually-hidden"> {checkName(t, row)}</span>
              </Button>
              <Button
                size="small"
                variant="tertiary"
                onClick={() => {
                  setDone(undefined);
                  setDecision({ kind: 'dismiss', check: row });
                }}
              >
                {t('targetGroup.dismiss')}
                <span className="brygga-visually-hidden"> {checkName(t, row)}</span>
              </Button>
            </HStack>
          ) : row.status === 'DISMISSED' && row.dismissReason ? (
            t(`targetGroup.enums.TargetGroupDismissReason.${row.dismissReason}`)
          ) : row.youngPersonId ? (
            <RouterLink to={`/ungdomar/${row.youngPersonId}`}>{t('targetGroup.openYoungPerson')}</RouterLink>
          ) : (
            t(`targetGroup.enums.TargetGroupCheckStatus.${row.status}`)
          ),
      },
    ],
    [t],
  );

  const overview = data?.targetGroupOverview;
  const page = data?.targetGroupChecks;
  const decided = (text: string, youngPersonId?: string) => {
    setDecision(undefined);
    setDone({ text, youngPersonId });
    void refetch();
  };

  return (
    <VStack gap="space-24">
      <div>
        <PageHeading>{t('targetGroup.queueTitle')}</PageHeading>
        <BodyLong spacing>{t('targetGroup.queueIntro')}</BodyLong>
        <HStack gap="space-16">
          <RouterLink to="/malgrupp/import">{t('targetGroup.navImport')}</RouterLink>
          <RouterLink to="/malgrupp/korningar">{t('targetGroup.navRuns')}</RouterLink>
        </HStack>
      </div>
      {overview && (
        <ul className="brygga-tiles" aria-label={t('targetGroup.headlineHeading')}>
          <li className="brygga-tile">
            <span className="brygga-tile-count">{formatNumber(overview.toCheck)}</span>
            {t('targetGroup.toCheck')}
          </li>
          <li className="brygga-tile">
            <span className="brygga-tile-count">{formatNumber(overview.unknownOccupation)}</span>
            {t('targetGroup.unknownOccupation')}
          </li>
        </ul>
      )}
      {done && (
        <Alert variant="success" role="status">
          {done.text}{' '}
          {done.youngPersonId && (
            <RouterLink to={`/ungdomar/${done.youngPersonId}`}>{t('targetGroup.openYoungPerson')}</RouterLink>
          )}
        </Alert>
      )}
      {decision?.kind === 'register' && (
        <RegisterForm
          check={decision.check}
          onCancel={() => setDecision(undefined)}
          onDone={(check) =>
            decided(t('targetGroup.registered', { name: checkName(t, check) }), check.youngPersonId ?? undefined)
          }
        />
      )}
      {decision?.kind === 'dismiss' && (
        <DismissForm
          check={decision.check}
          onCancel={() => setDecision(undefined)}
          onDone={(check) => decided(t('targetGroup.dismissed', { name: checkName(t, check) }))}
        />
      )}
      <Select
        label={t('targetGroup.statusFilter')}
        value={status}
        onChange={(e) => setStatus(e.target.value as TargetGroupCheckStatus)}
        className="brygga-narrow"
      >
        {STATUSES.map((value) => (
          <option key={value} value={value}>
            {t(`targetGroup.enums.TargetGroupCheckStatus.${value}`)}
          </option>
        ))}
      </Select>
      {error && (
        <Alert variant="error" role="alert">
          {t(errorMessageKey(error))}
        </Alert>
      )}
      {!page && !error && <LoadingState />}
      {page && page.nodes.length === 0 && <BodyLong>{t('targetGroup.queueEmpty')}</BodyLong>}
      {page && page.nodes.length > 0 && (
        <DataTable
          caption={t('targetGroup.queueCaption')}
          regionLabel={t('targetGroup.queueCaption')}
          columns={columns}
          rows={page.nodes}
          rowKey={(row) => row.id}
        />
      )}
      {page && <LoadMoreControl connection={page} more={more} what={t('targetGroup.queueWhat')} />}
    </VStack>
  );
}

function useDecisionError() {
  const { t } = useTranslation();
  return (error: unknown) => {
    const code = errorCode(error);
    return code.startsWith('TARGET_GROUP_') ? t(targetGroupErrorKey(code)) : t(errorMessageKey(error));
  };
}

function RegisterForm({
  check,
  onCancel,
  onDone,
}: {
  check: Check;
  onCancel: () => void;
  onDone: (check: Check) => void;
}) {
  const { t } = useTranslation();
  const messageOf = useDecisionError();
  const [givenName, setGivenName] = useState(check.givenName ?? '');
  const [familyName, setFamilyName] = useState(check.familyName ?? '');
  const [reason, setReason] = useState<RegistrationReason>(check.lastSchool ? 'DROPPED_OUT' : 'NEVER_STARTED');
  const [upperSecondary, setUpperSecondary] = useState<UpperSecondaryStatus>(
    check.lastSchool ? 'DROPPED_OUT' : 'NEVER_STARTED',
  );
  const [failure, setFailure] = useState<string>();
  const [missing, setMissing] = useState(false);
  const [register, { loading }] = useMutation(RegisterTargetGroupCheckDocument);
  const name = checkName(t, check);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    if (!givenName.trim() || !familyName.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    try {
      const result = await register({
        variables: {
          input: {
            checkId: check.id,
            givenName: givenName.trim(),
            familyName: familyName.trim(),
            enrollment: {
              registeredOn: todayIso(),
              reason,
              eligibility: { compulsorySchool: 'COMPLETED', upperSecondary },
            },
          },
        },
      });
      if (result.data) onDone(result.data.registerTargetGroupCheck);
    } catch (error) {
      setFailure(messageOf(error));
    }
  };

  return (
    <section aria-labelledby="target-group-register" className="brygga-narrow">
      <Heading level="2" size="medium" spacing id="target-group-register">
        {t('targetGroup.registerLegend', { name })}
      </Heading>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <VStack gap="space-16">
          {failure && (
            <Alert variant="error" role="alert">
              {failure}
            </Alert>
          )}
          <Fieldset legend={t('targetGroup.registerLegend', { name })} hideLegend>
            <VStack gap="space-16">
              <TextField
                label={t('targetGroup.givenName')}
                value={givenName}
                onChange={(e) => setGivenName(e.target.value)}
                error={
                  missing && !givenName.trim()
                    ? t('targetGroup.required', { field: t('targetGroup.givenName').toLowerCase() })
                    : undefined
                }
                autoComplete="off"
              />
              <TextField
                label={t('targetGroup.familyName')}
                value={familyName}
                onChange={(e) => setFamilyName(e.target.value)}
                error={
                  missing && !familyName.trim()
                    ? t('targetGroup.required', { field: t('targetGroup.familyName').toLowerCase() })
                    : undefined
                }
                autoComplete="off"
              />
              <Select
                label={t('targetGroup.registerReason')}
                value={reason}
                onChange={(e) => setReason(e.target.value as RegistrationReason)}
              >
                {REASONS.map((value) => (
                  <option key={value} value={value}>
                    {t(`enums.RegistrationReason.${value}`)}
                  </option>
                ))}
              </Select>
              <Select
                label={t('targetGroup.upperSecondary')}
                value={upperSecondary}
                onChange={(e) => setUpperSecondary(e.target.value as UpperSecondaryStatus)}
              >
                {UPPER_SECONDARY.map((value) => (
                  <option key={value} value={value}>
                    {t(`enums.UpperSecondaryStatus.${value}`)}
                  </option>
                ))}
              </Select>
            </VStack>
          </Fieldset>
          <HStack gap="space-8">
            <Button type="submit" loading={loading}>
              {t('targetGroup.registerSubmit')}
            </Button>
            <Button type="button" variant="tertiary" onClick={onCancel}>
              {t('targetGroup.cancel')}
            </Button>
          </HStack>
        </VStack>
      </form>
    </section>
  );
}

function DismissForm({
  check,
  onCancel,
  onDone,
}: {
  check: Check;
  onCancel: () => void;
  onDone: (check: Check) => void;
}) {
  const { t } = useTranslation();
  const messageOf = useDecisionError();
  const [reason, setReason] = useState<TargetGroupDismissReason | ''>('');
  const [failure, setFailure] = useState<string>();
  const [missing, setMissing] = useState(false);
  const [dismiss, { loading }] = useMutation(DismissTargetGroupCheckDocument);
  const name = checkName(t, check);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    if (!reason) {
      setMissing(true);
      return;
    }
    setMissing(false);
    try {
      const result = await dismiss({ variables: { input: { checkId: check.id, reason } } });
      if (result.data) onDone(result.data.dismissTargetGroupCheck);
    } catch (error) {
      setFailure(messageOf(error));
    }
  };

  return (
    <section aria-labelledby="target-group-dismiss" className="brygga-narrow">
      <Heading level="2" size="medium" spacing id="target-group-dismiss">
        {t('targetGroup.dismiss')} {name}
      </Heading>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <VStack gap="space-16">
          {failure && (
            <Alert variant="error" role="alert">
              {failure}
            </Alert>
          )}
          <Select
            label={t('targetGroup.dismissReason')}
            value={reason}
            onChange={(e) => setReason(e.target.value as TargetGroupDismissReason)}
            error={
              missing ? t('targetGroup.required', { field: t('targetGroup.dismissReason').toLowerCase() }) : undefined
            }
          >
            <option value="">{t('targetGroup.choose')}</option>
            {DISMISS_REASONS.map((value) => (
              <option key={value} value={value}>
                {t(`targetGroup.enums.TargetGroupDismissReason.${value}`)}
              </option>
            ))}
          </Select>
          <HStack gap="space-8">
            <Button type="submit" loading={loading}>
              {t('targetGroup.dismissSubmit')}
            </Button>
            <Button type="button" variant="tertiary" onClick={onCancel}>
              {t('targetGroup.cancel')}
            </Button>
          </HStack>
        </VStack>
      </form>
    </section>
  );
}
