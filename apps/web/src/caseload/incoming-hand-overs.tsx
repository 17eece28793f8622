import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';

import { errorMessageKey } from '../app/api-error';
import { LoadMoreControl, useLoadAll, useLoadMore } from '../app/load-more';
import {
  AcceptHandOverDocument,
  IncomingHandOversDocument,
  MoreIncomingHandOversDocument,
} from '../gql/caseload/hand-overs';
import { MoreTeamCoordinatorsDocument, TeamCoordinatorsDocument } from '../gql/caseload/team';
import type { IncomingHandOversQuery } from '../gql/graphql';
import { compareSv, formatDate, formatDateTime } from '../i18n/format';
import {
  Alert,
  BodyLong,
  BodyShort,
  Button,
  DataTable,
  HStack,
  Heading,
  Select,
  Tag,
  VStack,
  type DataTableColumn,
} from '../ui';

type Row = IncomingHandOversQuery['handOvers']['nodes'][number];

const nameOf = (row: Row) => (row.person ? `${row.person.givenName} ${row.person.familyName}` : '–');

// The receiving team lead's hand-overs: entries other municipalities sent here when the young
// person moved, each taken into the register with a coordinator of the unit (or unassigned).
// Its own request, after the start page's: the list is short and the page shows without it.
export function IncomingHandOvers() {
  const { t } = useTranslation();
  const result = useQuery(IncomingHandOversDocument);
  const { data, error, refetch } = result;
  const more = useLoadMore(result, 'handOvers', MoreIncomingHandOversDocument);
  // The hand-over being taken in (its form open under the table).
  const [chosen, setChosen] = useState<Row>();
  const [done, setDone] = useState<{ id: string; name: string }>();
  const doneRef = useRef<HTMLDivElement>(null);
  const columns = useMemo<Array<DataTableColumn<Row>>>(
    () => [
      {
        id: 'name',
        header: t('handOvers.name'),
        cell: (row) => (
          <HStack gap="space-8" align="center">
            <span>{nameOf(row)}</span>
            {row.person?.protectedIdentity && (
              <Tag size="small" variant="warning">
                {t('caseload.protected')}
              </Tag>
            )}
          </HStack>
        ),
      },
      {
        id: 'identity',
        header: t('handOvers.identityNumber'),
        cell: (row) => row.person?.personalIdentityNumber ?? '–',
      },
      { id: 'from', header: t('handOvers.from'), cell: (row) => row.fromMunicipality.name },
      { id: 'movedOn', header: t('handOvers.movedOn'), cell: (row) => formatDate(row.movedOn) },
      { id: 'sentAt', header: t('handOvers.sentAt'), cell: (row) => formatDateTime(row.sentAt) },
      {
        id: 'action',
        header: t('handOvers.action'),
        cell: (row) => (
          <Button
            variant="secondary"
            size="small"
            aria-label={t('handOvers.acceptName', { name: nameOf(row) })}
            onClick={() => {
              setDone(undefined);
              setChosen(row);
            }}
          >
            {t('handOvers.accept')}
          </Button>
        ),
      },
    ],
    [t],
  );
  // After a hand-over is taken in, focus goes to the message (the row and its button are gone).
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const handOvers = data?.handOvers;
  return (
    <section aria-labelledby="incoming-hand-overs">
      <Heading level="2" size="medium" spacing id="incoming-hand-overs">
        {t('handOvers.heading')}
      </Heading>
      <VStack gap="space-16">
        <BodyLong>{t('handOvers.intro')}</BodyLong>
        {error && (
          <Alert variant="error" role="alert">
            {t(errorMessageKey(error))}
          </Alert>
        )}
        <div aria-live="polite" ref={doneRef} tabIndex={-1}>
          {done && (
            <Alert variant="success" size="small">
              <VStack gap="space-8">
                <span>{t('handOvers.accepted', { name: done.name })}</span>
                <RouterLink to={`/ungdomar/${done.id}`}>{t('handOvers.open', { name: done.name })}</RouterLink>
              </VStack>
            </Alert>
          )}
        </div>
        {handOvers &&
          (handOvers.nodes.length === 0 ? (
            <BodyShort>{t('handOvers.none')}</BodyShort>
          ) : (
            <>
              <DataTable
                caption={t('handOvers.caption')}
                regionLabel={t('handOvers.region')}
                columns={columns}
                rows={handOvers.nodes}
                rowKey={(row) => row.id}
              />
              <LoadMoreControl connection={handOvers} more={more} what={t('handOvers.what')} />
            </>
          ))}
        {chosen && (
          <AcceptHandOverForm
            key={chosen.id}
            handOver={chosen}
            onCancel={() => setChosen(undefined)}
            onAccepted={async (youngPersonId) => {
              setChosen(undefined);
              setDone({ id: youngPersonId, name: nameOf(chosen) });
              await refetch().catch(() => undefined);
            }}
          />
        )}
      </VStack>
    </section>
  );
}

function AcceptHandOverForm({
  handOver,
  onCancel,
  onAccepted,
}: {
  handOver: Row;
  onCancel: () => void;
  onAccepted: (youngPersonId: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const name = nameOf(handOver);
  const [coordinatorId, setCoordinatorId] = useState('');
  const [failure, setFailure] = useState<string>();
  const [load, coordinatorsResult] = useLazyQuery(TeamCoordinatorsDocument);
  useLoadAll(coordinatorsResult, 'users', MoreTeamCoordinatorsDocument);
  const [accept, { loading }] = useMutation(AcceptHandOverDocument);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The coordinators are loaded when the form opens (once); focus goes to its heading.
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current) return;
    opened.current = true;
    load().catch(() => undefined);
    headingRef.current?.focus();
  }, [load]);
  const coordinators = (coordinatorsResult.data?.users.nodes ?? [])
    .filter((u) => !u.disabled && u.memberships.some((m) => m.role === 'COORDINATOR' && m.endedAt === null))
    .sort((a, b) => compareSv(a.displayName, b.displayName));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    try {
      const result = await accept({
        variables: { input: { id: handOver.id, coordinatorId: coordinatorId || undefined } },
      });
      const youngPersonId = result.data?.acceptHandOver.youngPerson.id;
      if (youngPersonId) await onAccepted(youngPersonId);
    } catch (error) {
      setFailure(t(errorMessageKey(error)));
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="accept-hand-over-heading">
      <VStack gap="space-16">
        <Heading level="3" size="small" id="accept-hand-over-heading" ref={headingRef} tabIndex={-1}>
          {t('handOvers.formHeading', { name })}
        </Heading>
        <BodyLong>{t('handOvers.formIntro')}</BodyLong>
        {(failure ?? coordinatorsResult.error) && (
          <Alert variant="error" role="alert">
            {failure ?? t(errorMessageKey(coordinatorsResult.error))}
          </Alert>
        )}
        <Select
          label={t('handOvers.coordinator')}
          value={coordinatorId}
          onChange={(e) => setCoordinatorId(e.target.value)}
        >
          <option value="">{t('handOvers.noCoordinator')}</option>
          {coordinators.map((c) => (
            <option key={c.id} value={c.id}>
              {c.displayName}
            </option>
          ))}
        </Select>
        <HStack gap="space-16">
          <Button type="submit" loading={loading}>
            {t('handOvers.submit')}
          </Button>
          <Button type="button" variant="tertiary" onClick={onCancel}>
            {t('handOvers.cancel')}
          </Button>
        </HStack>
      </VStack>
    </form>
  );
}
