import { useQuery, useSubscription } from '@apollo/client/react';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';

import { errorMessageKey } from '../app/api-error';
import { CaseloadChangedDocument, CaseloadDocument } from '../gql/caseload/caseload';
import type { CaseloadQuery, CaseloadSort, EnrollmentStatus } from '../gql/graphql';
import { formatDate, formatNumber } from '../i18n/format';
import {
  Alert,
  BodyShort,
  Button,
  Checkbox,
  DataTable,
  HStack,
  Heading,
  LoadingState,
  PageHeading,
  Select,
  Tag,
  VStack,
  type DataTableColumn,
} from '../ui';
import { useViewer } from '../session/viewer-context';
import {
  caseloadFilter,
  caseloadSearch,
  ENROLLMENT_STATUSES,
  NO_CONTACT_DAYS,
  parseCaseloadView,
  type CaseloadView,
} from './caseload-filters';
import { BulkReassign, type SelectedPerson } from './bulk-reassign';

const PAGE_SIZE = 20;
type Row = CaseloadQuery['caseload']['nodes'][number];

// Column keys the api can sort by, each either way (the caseload's `direction`).
const SORT_BY_COLUMN: Record<string, CaseloadSort> = {
  name: 'NAME',
  lastContact: 'LAST_CONTACT',
  twentieth: 'TWENTIETH_BIRTHDAY',
  registered: 'REGISTERED_ON',
};
const COLUMN_BY_SORT = Object.fromEntries(Object.entries(SORT_BY_COLUMN).map(([k, v]) => [v, k]));

export function CaseloadPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const view = parseCaseloadView(params);
  const viewKey = caseloadSearch(view);
  // Cursors of the pages before the current one, reset when the view changes. Kept in state,
  // never in the URL: a name-sorted cursor carries a name.
  const [paging, setPaging] = useState<{ viewKey: string; cursors: string[] }>({ viewKey, cursors: [] });
  const cursors = paging.viewKey === viewKey ? paging.cursors : [];
  const after = cursors.at(-1);
  const [now] = useState(() => Date.now());
  // Derived from the view's key, so the same view is the same query (no refetch on re-render).
  const filter = useMemo(() => caseloadFilter(parseCaseloadView(new URLSearchParams(viewKey)), now), [viewKey, now]);
  const teamLead = useViewer().me.membership.role === 'TEAM_LEAD';
  // The team lead's selection for a bulk reassignment (by id, across pages), and whether its
  // panel is open (it stays open after a run to show the per-row result).
  const [selected, setSelected] = useState<Map<string, SelectedPerson>>(new Map());
  const [bulkOpen, setBulkOpen] = useState(false);
  const toggle = (person: SelectedPerson, on: boolean) => {
    setSelected((previous) => {
      const next = new Map(previous);
      if (on) next.set(person.id, person);
      else next.delete(person.id);
      return next;
    });
    if (on) setBulkOpen(true);
  };
  const {
    data: current,
    previousData,
    error,
    loading,
    refetch,
  } = useQuery(CaseloadDocument, {
    variables: {
      filter,
      countFilter: { ...filter, statuses: undefined },
      sort: view.sort,
      direction: view.direction,
      first: PAGE_SIZE,
      after,
    },
  });
  // While a new sort, filter or page loads, the previous page stays on screen: the table is
  // not unmounted, so keyboard focus stays on the sort button or pager the user pressed.
  const data = current ?? previousData;
  // Changes made elsewhere while the page is open (live, graphql-ws): counted, never applied on
  // their own, so the rows never re-order or vanish under the cursor (WCAG 2.2.2, 4.1.3). The
  // count belongs to the page it was counted on: another page, sort or filter is fetched fresh.
  const pageKey = `${viewKey}|${after ?? ''}`;
  const [events, setEvents] = useState<{ pageKey: string; count: number }>({ pageKey, count: 0 });
  const pending = events.pageKey === pageKey ? events.count : 0;
  const shownIds = useMemo(() => new Set((data?.caseload.nodes ?? []).map((row) => row.id)), [data]);
  useSubscription(CaseloadChangedDocument, {
    skip: !data,
    // The event is only a signal: it does not touch the cache the rows are read from.
    fetchPolicy: 'no-cache',
    onData: ({ data: event }) => {
      const changed = event.data?.youngPersonChanged;
      if (!changed) return;
      // Every young person the reader may read changes here; a team lead looking at one
      // coordinator's list (or the unassigned) counts only what concerns that list.
      const concerns =
        shownIds.has(changed.id) ||
        (view.coordinatorId
          ? changed.coordinatorId === view.coordinatorId
          : !view.unassigned || changed.coordinatorId === null);
      if (!concerns) return;
      setEvents((previous) => ({
        pageKey,
        count: (previous.pageKey === pageKey ? previous.count : 0) + 1,
      }));
    },
  });
  const statusLine = useRef<HTMLParagraphElement>(null);
  const showNew = async () => {
    setEvents({ pageKey, count: 0 });
    // The button goes away: focus moves to the line that says what is shown now.
    statusLine.current?.focus();
    await refetch().catch(() => undefined);
  };
  // Names of the absent coordinators whose caseload the reader covers today (stand-in rows).
  const absentNames = useMemo(
    () => new Map((data?.standIns ?? []).map((s) => [s.absentUserId, s.absentName])),
    [data?.standIns],
  );

  const setView = (next: Partial<CaseloadView>) =>
    setParams(new URLSearchParams(caseloadSearch({ ...view, ...next }).slice(1)));

  const columns = useMemo<Array<DataTableColumn<Row>>>(
    () => [
      ...(teamLead
        ? [
            {
              id: 'select',
              header: t('team.select'),
              cell: (row: Row) => {
                const name = `${row.givenName} ${row.familyName}`;
                return (
                  <Checkbox
                    hideLabel
                    size="small"
                    checked={selected.has(row.id)}
                    onChange={(e) =>
                      toggle(
                        { id: row.id, version: row.version, coordinatorId: row.coordinatorId, name },
                        e.target.checked,
                      )
                    }
                  >
                    {t('team.selectRow', { name })}
                  </Checkbox>
                );
              },
            },
          ]
        : []),
      {
        id: 'name',
        header: t('caseload.name'),
        sortable: true,
        cell: (row) => {
          const name = `${row.givenName} ${row.familyName}`;
          return (
            <HStack gap="space-8" align="center">
              <RouterLink to={`/ungdomar/${row.id}`}>{name}</RouterLink>
              {row.protectedIdentity && (
                <Tag size="small" variant="warning">
                  {t('caseload.protected')}
                </Tag>
              )}
              {row.standInFor && (
                <Tag size="small" variant="info">
                  {t('standIn.coveredFor', {
                    name: absentNames.get(row.standInFor) ?? t('standIn.coveredForUnknown'),
                  })}
                </Tag>
              )}
            </HStack>
          );
        },
      },
      {
        id: 'age',
        header: t('caseload.age'),
        cell: (row) => (row.age === null ? '–' : t('format.years', { count: row.age })),
      },
      {
        id: 'status',
        header: t('caseload.status'),
        cell: (row) =>
          row.enrollment ? (
            <Tag size="small" variant="neutral">
              {t(`enums.EnrollmentStatus.${row.enrollment.status}`)}
            </Tag>
          ) : (
            '–'
          ),
      },
      {
        id: 'lastContact',
        header: t('caseload.lastContact'),
        sortable: true,
        cell: (row) =>
          row.lastContactAt
            ? `${formatDate(row.lastContactAt)}${row.latestContact ? `, ${t(`enums.ContactOutcome.${row.latestContact.outcome}`).toLowerCase()}` : ''}`
            : '–',
      },
      {
        id: 'nextFollowUp',
        header: t('caseload.nextFollowUp'),
        cell: (row) => formatDate(row.actionPlan?.nextFollowUpOn),
      },
      {
        id: 'twentieth',
        header: t('caseload.twentieth'),
        sortable: true,
        cell: (row) => formatDate(row.twentiethBirthday),
      },
      {
        id: 'registered',
        header: t('caseload.registered'),
        sortable: true,
        cell: (row) => formatDate(row.enrollment?.registeredOn),
      },
    ],
    [t, teamLead, selected, absentNames],
  );

  const caseload = data?.caseload;
  const from = cursors.length * PAGE_SIZE + 1;
  const to = cursors.length * PAGE_SIZE + (caseload?.nodes.length ?? 0);
  const filtered = view.statuses.length > 0 || view.followUpDue || view.noContactDays !== undefined;

  return (
    <VStack gap="space-24">
      <PageHeading>{teamLead ? t('caseload.teamTitle') : t('caseload.title')}</PageHeading>
      {view.unassigned && <BodyShort>{t('caseload.unassignedFilter')}</BodyShort>}
      <section aria-labelledby="caseload-filters">
        <Heading level="2" size="small" spacing id="caseload-filters">
          {t('caseload.filtersHeading')}
        </Heading>
        <div className="brygga-filters">
          <Select
            label={t('caseload.status')}
            value={view.statuses[0] ?? ''}
            onChange={(e) => setView({ statuses: e.target.value ? [e.target.value as EnrollmentStatus] : [] })}
          >
            <option value="">{t('caseload.allStatuses')}</option>
            {ENROLLMENT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`enums.EnrollmentStatus.${status}`)}
              </option>
            ))}
          </Select>
          <Select
            label={t('caseload.noContactDays')}
            value={view.noContactDays ?? ''}
            onChange={(e) => setView({ noContactDays: e.target.value ? Number(e.target.value) : undefined })}
          >
            <option value="">{t('caseload.anyContact')}</option>
            {NO_CONTACT_DAYS.map((days) => (
              <option key={days} value={days}>
                {t('caseload.days', { count: days })}
              </option>
            ))}
          </Select>
          <Checkbox checked={view.followUpDue} onChange={(e) => setView({ followUpDue: e.target.checked })}>
            {t('caseload.followUpDue')}
          </Checkbox>
          {filtered && (
            <Button
              variant="tertiary"
              onClick={() =>
                setParams(
                  new URLSearchParams(
                    caseloadSearch({
                      sort: view.sort,
                      direction: view.direction,
                      coordinatorId: view.coordinatorId,
                      unassigned: view.unassigned,
                    }).slice(1),
                  ),
                )
              }
            >
              {t('caseload.clearFilters')}
            </Button>
          )}
        </div>
      </section>
      {data && (
        <section aria-labelledby="caseload-counts">
          <Heading level="2" size="small" spacing id="caseload-counts">
            {t('caseload.statusCounts')}
          </Heading>
          <HStack gap="space-8" wrap as="ul" className="brygga-plain-list">
            {data.caseloadStatusCounts
              .filter((c) => c.count > 0)
              .map((c) => (
                <li key={c.status}>
                  <Tag size="small" variant={view.statuses.includes(c.status) ? 'info' : 'neutral'}>
                    {`${t(`enums.EnrollmentStatus.${c.status}`)}: ${formatNumber(c.count)}`}
                  </Tag>
                </li>
              ))}
          </HStack>
        </section>
      )}
      {error && (
        <Alert variant="error" role="alert">
          {t(errorMessageKey(error))}
        </Alert>
      )}
      {!data && loading && <LoadingState />}
      {caseload && (
        <>
          {/* The line keeps the notice's height when it is empty: the table does not move
              down when a notice appears. */}
          <div className="brygga-live-line">
            <BodyShort aria-live="polite" ref={statusLine} tabIndex={-1}>
              {caseload.totalCount === 0
                ? t('caseload.empty')
                : t('caseload.showing', { from, to, total: formatNumber(caseload.totalCount) })}
            </BodyShort>
            <div aria-live="polite">
              {pending > 0 && (
                <Button variant="secondary" size="small" onClick={() => void showNew()}>
                  {t('caseload.newEvents', { count: pending })}
                </Button>
              )}
            </div>
          </div>
          {caseload.nodes.length > 0 && (
            <DataTable
              caption={t('caseload.caption')}
              regionLabel={t('caseload.region')}
              columns={columns}
              rows={caseload.nodes}
              rowKey={(row) => row.id}
              busy={current === undefined}
              sort={{
                orderBy: COLUMN_BY_SORT[view.sort] ?? 'name',
                direction: view.direction === 'DESC' ? 'descending' : 'ascending',
              }}
              onSortChange={(key) => {
                // The sorted column's header reverses it; another column's starts ascending.
                const sort = SORT_BY_COLUMN[key];
                if (!sort) return;
                if (sort === view.sort) setView({ direction: view.direction === 'DESC' ? 'ASC' : 'DESC' });
                else setView({ sort, direction: 'ASC' });
              }}
            />
          )}
          {teamLead && bulkOpen && (
            <BulkReassign
              // The versions of the rows as this page shows them now.
              selected={[...selected.values()].map((p) => {
                const row = caseload.nodes.find((r) => r.id === p.id);
                return row ? { ...p, version: row.version, coordinatorId: row.coordinatorId } : p;
              })}
              onDone={async () => {
                setSelected(new Map());
                await refetch().catch(() => undefined);
              }}
              onClear={() => {
                setSelected(new Map());
                setBulkOpen(false);
              }}
            />
          )}
          <HStack gap="space-16">
            {cursors.length > 0 && (
              <Button variant="secondary" onClick={() => setPaging({ viewKey, cursors: cursors.slice(0, -1) })}>
                {t('caseload.previous')}
              </Button>
            )}
            {caseload.pageInfo.hasNextPage && caseload.pageInfo.endCursor && (
              <Button
                variant="secondary"
                onClick={() => setPaging({ viewKey, cursors: [...cursors, caseload.pageInfo.endCursor ?? ''] })}
              >
                {t('caseload.next')}
              </Button>
            )}
          </HStack>
        </>
      )}
    </VStack>
  );
}
