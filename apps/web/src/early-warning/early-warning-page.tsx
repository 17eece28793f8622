import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessageKey } from '../app/api-error';
import { EarlyWarningSuggestionsDocument, SchoolPresenceDocument } from '../gql/early-warning/early-warning';
import type { EarlyWarningSuggestionFieldsFragment } from '../gql/graphql';
import { formatDate, formatNumber, todayIso } from '../i18n/format';
import {
  Alert,
  BodyLong,
  BodyShort,
  Button,
  DataTable,
  Heading,
  LoadingState,
  PageHeading,
  VStack,
  type DataTableColumn,
} from '../ui';
import { indicatorName, suggestionReason } from './early-warning-text';
import { ReviewDialog } from './review-dialog';

type Row = EarlyWarningSuggestionFieldsFragment;

// School staff: the school's early-warning suggestions to review (open first, each explained with
// its data and naming whom it is addressed to), the reviewed ones with who looked and what was
// decided, and presence per class and for the whole school.
export function EarlyWarningPage() {
  const { t } = useTranslation();
  const { data, error } = useQuery(EarlyWarningSuggestionsDocument, { fetchPolicy: 'cache-and-network' });
  const [reviewing, setReviewing] = useState<Row>();
  const [done, setDone] = useState<string>();
  const open = data?.earlyWarningSuggestions.filter((row) => row.status === 'OPEN') ?? [];
  const reviewed = data?.earlyWarningSuggestions.filter((row) => row.status === 'REVIEWED') ?? [];

  const common = useMemo<Array<DataTableColumn<Row>>>(
    () => [
      { id: 'pupil', header: t('earlyWarning.pupil'), cell: (row) => row.personalIdentityNumber },
      { id: 'class', header: t('earlyWarning.className'), cell: (row) => row.className ?? '–' },
      { id: 'indicator', header: t('earlyWarning.indicatorColumn'), cell: (row) => indicatorName(t, row.indicator) },
      { id: 'basis', header: t('earlyWarning.basis'), cell: (row) => suggestionReason(t, row) },
    ],
    [t],
  );
  const openColumns = useMemo<Array<DataTableColumn<Row>>>(
    () => [
      ...common,
      {
        id: 'to',
        header: t('earlyWarning.addressedTo'),
        cell: (row) => (
          <VStack>
            <span>{t(`earlyWarning.level.${row.addressedLevel}`, { name: row.addressedToName ?? '' })}</span>
            {row.escalatedAt && <BodyShort size="small">{t('earlyWarning.escalated')}</BodyShort>}
          </VStack>
        ),
      },
      {
        id: 'action',
        header: t('earlyWarning.action'),
        cell: (row) => (
          <Button
            size="small"
            variant="secondary"
            onClick={() => {
              setDone(undefined);
              setReviewing(row);
            }}
            aria-label={t('earlyWarning.reviewFor', {
              indicator: indicatorName(t, row.indicator).toLowerCase(),
              pupil: row.personalIdentityNumber,
            })}
          >
            {t('earlyWarning.review')}
          </Button>
        ),
      },
    ],
    [common, t],
  );
  const reviewedColumns = useMemo<Array<DataTableColumn<Row>>>(
    () => [
      ...common,
      {
        id: 'review',
        header: t('earlyWarning.reviewedHeading'),
        cell: (row) => (
          <VStack>
            <span>
              {t('earlyWarning.reviewedBy', {
                decision: row.decision ? t(`earlyWarning.decision.${row.decision}`) : '',
                name: row.reviewedByName ?? '',
                date: formatDate(row.reviewedAt),
              })}
            </span>
            {row.actionTaken && <BodyShort size="small">{row.actionTaken}</BodyShort>}
          </VStack>
        ),
      },
    ],
    [common, t],
  );

  return (
    <VStack gap="space-32">
      <div>
        <PageHeading>{t('earlyWarning.title')}</PageHeading>
        <BodyLong>{t('earlyWarning.intro')}</BodyLong>
      </div>
      {done && (
        <Alert variant="success" role="status">
          {done}
        </Alert>
      )}
      {error && (
        <Alert variant="error" role="alert">
          {t(errorMessageKey(error))}
        </Alert>
      )}
      <section aria-labelledby="early-warning-open">
        <Heading level="2" size="medium" spacing id="early-warning-open">
          {t('earlyWarning.openHeading')}
        </Heading>
        {!data && !error && <LoadingState />}
        {data && open.length === 0 && <BodyShort>{t('earlyWarning.noneOpen')}</BodyShort>}
        {open.length > 0 && (
          <DataTable
            caption={t('earlyWarning.openCaption')}
            regionLabel={t('earlyWarning.openCaption')}
            columns={openColumns}
            rows={open}
            rowKey={(row) => row.id}
          />
        )}
      </section>
      <section aria-labelledby="early-warning-reviewed">
        <Heading level="2" size="medium" spacing id="early-warning-reviewed">
          {t('earlyWarning.reviewedHeading')}
        </Heading>
        {data && reviewed.length === 0 && <BodyShort>{t('earlyWarning.noneReviewed')}</BodyShort>}
        {reviewed.length > 0 && (
          <DataTable
            caption={t('earlyWarning.reviewedCaption')}
            regionLabel={t('earlyWarning.reviewedCaption')}
            columns={reviewedColumns}
            rows={reviewed}
            rowKey={(row) => row.id}
          />
        )}
      </section>
      <PresenceSection />
      {reviewing && (
        <ReviewDialog
          suggestion={reviewing}
          onClose={(message) => {
            setReviewing(undefined);
            if (message) setDone(message);
          }}
        />
      )}
    </VStack>
  );
}

interface PresenceRow {
  className: string | null;
  month: string;
  attendancePercent: number;
  pupils: number;
}

// Attendance per month and class, and for the whole school: aggregates of the school's own
// reported periods over the last twelve months.
function PresenceSection() {
  const { t } = useTranslation();
  const to = todayIso();
  const from = useMemo(() => {
    const date = new Date(`${to}T12:00:00Z`);
    date.setUTCFullYear(date.getUTCFullYear() - 1);
    return date.toISOString().slice(0, 10);
  }, [to]);
  const { data, error } = useQuery(SchoolPresenceDocument, { variables: { from, to } });
  const columns = useMemo<Array<DataTableColumn<PresenceRow>>>(
    () => [
      { id: 'month', header: t('earlyWarning.presence.month'), cell: (row) => row.month },
      {
        id: 'class',
        header: t('earlyWarning.presence.className'),
        cell: (row) =>
          row.className === null
            ? t('earlyWarning.presence.wholeSchool')
            : row.className || t('earlyWarning.presence.noClass'),
      },
      {
        id: 'attendance',
        header: t('earlyWarning.presence.attendance'),
        cell: (row) => `${formatNumber(row.attendancePercent)} %`,
      },
      { id: 'pupils', header: t('earlyWarning.presence.pupils'), cell: (row) => formatNumber(row.pupils) },
    ],
    [t],
  );
  return (
    <section aria-labelledby="early-warning-presence">
      <Heading level="2" size="medium" spacing id="early-warning-presence">
        {t('earlyWarning.presence.heading')}
      </Heading>
      <BodyLong spacing>{t('earlyWarning.presence.intro')}</BodyLong>
      {error && (
        <Alert variant="error" role="alert">
          {t(errorMessageKey(error))}
        </Alert>
      )}
      {!data && !error && <LoadingState />}
      {data && data.schoolPresence.length === 0 && <BodyShort>{t('earlyWarning.presence.none')}</BodyShort>}
      {data && data.schoolPresence.length > 0 && (
        <DataTable
          caption={t('earlyWarning.presence.caption')}
          regionLabel={t('earlyWarning.presence.caption')}
          columns={columns}
          rows={data.schoolPresence}
          rowKey={(row) => `${row.month}|${row.className ?? '*'}`}
        />
      )}
    </section>
  );
}
