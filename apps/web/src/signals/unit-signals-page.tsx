import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { errorCode, errorMessageKey } from '../app/api-error';
import { HandleSignalDocument, SignalsDocument } from '../gql/signals/signals';
import type { SignalDecision, SignalFieldsFragment, SignalStatus } from '../gql/graphql';
import {
  Alert,
  BodyLong,
  Button,
  Heading,
  LoadingState,
  Modal,
  PageHeading,
  Radio,
  RadioGroup,
  Textarea,
  VStack,
  type DataTableColumn,
} from '../ui';
import { SIGNALS_PAGE_SIZE, SignalsPager, SignalsTable } from './school-signals-page';
import { signalErrorKey, signalWhen } from './signals-text';

const DECISIONS: SignalDecision[] = ['CONTACTED', 'MEASURE_STARTED', 'NO_ACTION'];

// The KAA unit: the municipality's signals from schools, unhandled first, each handled by the
// person signed in with a decision (contacted, measure started, or no action with a reason).
export function UnitSignalsPage() {
  const { t } = useTranslation();
  const [handling, setHandling] = useState<SignalFieldsFragment>();
  const [done, setDone] = useState(false);
  const action = useMemo<DataTableColumn<SignalFieldsFragment>>(
    () => ({
      id: 'handle',
      header: t('signals.decision'),
      cell: (row) =>
        row.status === 'UNHANDLED' ? (
          <Button
            size="small"
            variant="secondary"
            onClick={() => {
              setDone(false);
              setHandling(row);
            }}
          >
            {t('signals.handle')}
            <span className="navds-sr-only"> {row.personalIdentityNumber}</span>
          </Button>
        ) : null,
    }),
    [t],
  );
  return (
    <VStack gap="space-32">
      <div>
        <PageHeading>{t('signals.unitTitle')}</PageHeading>
        <BodyLong>{t('signals.unitIntro')}</BodyLong>
      </div>
      {done && (
        <Alert variant="success" role="status">
          {t('signals.handled')}
        </Alert>
      )}
      <SignalList status="UNHANDLED" headingKey="signals.unhandledHeading" action={action} />
      <SignalList status="HANDLED" headingKey="signals.handledHeading" />
      {handling && (
        <HandleDialog
          signal={handling}
          onClose={() => setHandling(undefined)}
          onHandled={() => {
            setHandling(undefined);
            setDone(true);
          }}
        />
      )}
    </VStack>
  );
}

function SignalList({
  status,
  headingKey,
  action,
}: {
  status: SignalStatus;
  headingKey: 'signals.unhandledHeading' | 'signals.handledHeading';
  action?: DataTableColumn<SignalFieldsFragment>;
}) {
  const { t } = useTranslation();
  const [cursors, setCursors] = useState<string[]>([]);
  const { data, error } = useQuery(SignalsDocument, {
    variables: { status, first: SIGNALS_PAGE_SIZE, after: cursors.at(-1) },
    fetchPolicy: 'cache-and-network',
  });
  const id = `signals-${status.toLowerCase()}`;
  return (
    <section aria-labelledby={id}>
      <Heading level="2" size="medium" spacing id={id}>
        {t(headingKey)}
      </Heading>
      {error && (
        <Alert variant="error" role="alert">
          {t(errorMessageKey(error))}
        </Alert>
      )}
      {!data && !error && <LoadingState />}
      {data && <SignalsTable signals={data.signals.nodes} action={action} />}
      {data && <SignalsPager connection={data.signals} cursors={cursors} onChange={setCursors} />}
    </section>
  );
}

function HandleDialog({
  signal,
  onClose,
  onHandled,
}: {
  signal: SignalFieldsFragment;
  onClose: () => void;
  onHandled: () => void;
}) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<SignalDecision>('CONTACTED');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [handle, { loading }] = useMutation(HandleSignalDocument, {
    refetchQueries: [SignalsDocument],
    awaitRefetchQueries: true,
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    const missing = decision === 'NO_ACTION' && !reason.trim();
    setReasonError(missing ? t('signals.reasonRequired') : undefined);
    if (missing) return;
    try {
      await handle({
        variables: { input: { signalId: signal.id, decision, ...(reason.trim() ? { reason: reason.trim() } : {}) } },
      });
      onHandled();
    } catch (error) {
      const key = signalErrorKey(errorCode(error));
      setProblem(key ? t(key, { column: '' }) : t(errorMessageKey(error)));
    }
  };

  return (
    <Modal open onClose={onClose} header={{ heading: t('signals.handleHeading') }} width="medium">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Modal.Body>
          <VStack gap="space-16">
            <BodyLong>
              {t('signals.handleAbout', {
                kind: t(`signals.enums.SignalKind.${signal.kind}`),
                person: signal.personalIdentityNumber,
                school: signal.schoolName,
                date: signalWhen(t, signal),
              })}
            </BodyLong>
            {problem && (
              <Alert variant="error" role="alert">
                {problem}
              </Alert>
            )}
            <RadioGroup
              legend={t('signals.decision')}
              value={decision}
              onChange={(value: SignalDecision) => setDecision(value)}
            >
              {DECISIONS.map((value) => (
                <Radio key={value} value={value}>
                  {t(`signals.enums.SignalDecision.${value}`)}
                </Radio>
              ))}
            </RadioGroup>
            <Textarea
              label={t('signals.reason')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              error={reasonError}
              maxLength={1000}
            />
          </VStack>
        </Modal.Body>
        <Modal.Footer>
          <Button type="submit" loading={loading}>
            {t('signals.save')}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose}>
            {t('signals.cancel')}
          </Button>
        </Modal.Footer>
      </form>
    </Modal>
  );
}
