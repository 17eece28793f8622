import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessageKey } from '../app/api-error';
import { useLoadAll } from '../app/load-more';
import {
  AssignCoordinatorDocument,
  MoreTeamCoordinatorsDocument,
  TeamCoordinatorsDocument,
} from '../gql/caseload/team';
import { compareSv } from '../i18n/format';
import { Alert, BodyShort, Button, FormErrorSummary, HStack, Heading, Select, VStack, type FieldError } from '../ui';

export interface SelectedPerson {
  id: string;
  version: number;
  coordinatorId: string | null;
  name: string;
}

interface RowResult {
  id: string;
  text: string;
  ok: boolean;
}

// Team lead: move the selected young people to one coordinator. Each one is its own change
// (assignCoordinator, with its version), so some may be refused while others go through; the
// result says, per young person, what happened. Mounted only while rows are selected, so the
// caseload's first paint stays one request.
export function BulkReassign({
  selected,
  onDone,
  onClear,
}: {
  selected: SelectedPerson[];
  onDone: () => Promise<unknown>;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const coordinatorsResult = useQuery(TeamCoordinatorsDocument);
  const { data } = coordinatorsResult;
  useLoadAll(coordinatorsResult, 'users', MoreTeamCoordinatorsDocument);
  const [assign] = useMutation(AssignCoordinatorDocument);
  const [target, setTarget] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [submitCount, setSubmitCount] = useState(0);
  const [running, setRunning] = useState(false);
  const [results, setResults] = useState<{ summary: string; rows: RowResult[] }>();
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (results) resultRef.current?.focus();
  }, [results]);
  const coordinators = (data?.users.nodes ?? [])
    .filter((u) => !u.disabled && u.memberships.some((m) => m.role === 'COORDINATOR' && m.endedAt === null))
    .sort((a, b) => compareSv(a.displayName, b.displayName));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const list = target ? [] : [{ fieldId: 'bulk-target', message: t('team.bulkRequired') }];
    setErrors(list);
    setSubmitCount((n) => n + 1);
    if (list.length > 0) return;
    setRunning(true);
    const rows: RowResult[] = [];
    for (const person of selected) {
      if (person.coordinatorId === target) {
        rows.push({ id: person.id, ok: true, text: t('team.bulkRowSame', { name: person.name }) });
        continue;
      }
      try {
        await assign({
          variables: { input: { youngPersonId: person.id, coordinatorId: target, version: person.version } },
        });
        rows.push({ id: person.id, ok: true, text: t('team.bulkRowMoved', { name: person.name }) });
      } catch (error) {
        rows.push({
          id: person.id,
          ok: false,
          text: t('team.bulkRowFailed', { name: person.name, reason: t(errorMessageKey(error)) }),
        });
      }
    }
    const name = coordinators.find((c) => c.id === target)?.displayName ?? '';
    setResults({
      summary: t('team.bulkResult', { moved: rows.filter((r) => r.ok).length, total: rows.length, name }),
      rows,
    });
    setRunning(false);
    await onDone();
  };
  return (
    <section aria-labelledby="bulk-heading" className="brygga-card">
      <VStack gap="space-16">
        <Heading level="2" size="small" id="bulk-heading">
          {t('team.bulkHeading')}
        </Heading>
        {results && (
          <div ref={resultRef} tabIndex={-1} aria-labelledby="bulk-results-heading">
            <Alert variant={results.rows.every((r) => r.ok) ? 'success' : 'warning'}>
              <VStack gap="space-8">
                <BodyShort weight="semibold">{results.summary}</BodyShort>
                <Heading level="3" size="xsmall" id="bulk-results-heading">
                  {t('team.bulkResultsHeading')}
                </Heading>
                <ul className="brygga-plain-list">
                  {results.rows.map((r) => (
                    <li key={r.id}>
                      <BodyShort size="small">{`${r.ok ? '✓' : '✗'} ${r.text}`}</BodyShort>
                    </li>
                  ))}
                </ul>
              </VStack>
            </Alert>
          </div>
        )}
        <BodyShort aria-live="polite">{t('team.bulkSelected', { count: selected.length })}</BodyShort>
        <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="bulk-heading">
          <VStack gap="space-16">
            <FormErrorSummary errors={errors} submitCount={submitCount} />
            <HStack gap="space-16" align="end">
              <Select
                id="bulk-target"
                label={t('team.bulkTo')}
                value={target}
                onChange={(e) => setTarget(e.target.value)}
                error={errors[0]?.message}
              >
                <option value="">{t('team.bulkChoose')}</option>
                {coordinators.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.displayName}
                  </option>
                ))}
              </Select>
              <Button type="submit" loading={running} disabled={selected.length === 0}>
                {t('team.bulkMove', { count: selected.length })}
              </Button>
              <Button type="button" variant="tertiary" onClick={onClear}>
                {t('team.bulkClear')}
              </Button>
            </HStack>
          </VStack>
        </form>
      </VStack>
    </section>
  );
}
