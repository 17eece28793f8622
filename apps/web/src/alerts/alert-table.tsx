import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';

import type { AlertRowFragment } from '../gql/graphql';
import { formatDate } from '../i18n/format';
import { Alert, BodyShort, Button, DataTable, HStack, Tag, VStack, type DataTableColumn } from '../ui';
import { AlertDialog, type AlertDialogKind } from './alert-dialogs';
import { alertReason, isEscalated, isOverdue, ruleName, subjectName, todayIso } from './alert-text';

// Where an alert about nobody registered is handled (the signals' and the target group's own
// screens; their paths, not their modules, so this chunk does not pull those pages in).
const SIGNALS_PATH = '/signaler';
const TARGET_GROUP_PATH = '/malgrupp';

// A list of alerts: each row names the young person (opening their page), the rule in words
// with its reason, when it was due, its state (escalated and overdue marked), and the buttons
// that acknowledge it or close it by hand.
export function AlertTable({
  alerts,
  caption,
  showOwner = false,
  showYoungPerson = true,
}: {
  alerts: AlertRowFragment[];
  caption: string;
  showOwner?: boolean;
  showYoungPerson?: boolean;
}) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<{ kind: AlertDialogKind; alert: AlertRowFragment }>();
  const [done, setDone] = useState<string>();
  const today = todayIso();
  const columns = useMemo<Array<DataTableColumn<AlertRowFragment>>>(() => {
    const list: Array<DataTableColumn<AlertRowFragment>> = [];
    if (showYoungPerson) {
      list.push({
        id: 'youngPerson',
        header: t('alerts.table.youngPerson'),
        cell: (row) =>
          row.youngPersonId ? (
            <RouterLink to={`/ungdomar/${row.youngPersonId}`}>{row.youngPersonName}</RouterLink>
          ) : (
            // About nobody registered (a school's signal, a "to check" entry): where it is handled.
            <RouterLink to={row.rule === 'TO_CHECK_LEFT' ? TARGET_GROUP_PATH : SIGNALS_PATH}>
              {subjectName(t, row)}
            </RouterLink>
          ),
      });
    }
    list.push(
      {
        id: 'alert',
        header: t('alerts.table.alert'),
        cell: (row) => (
          <VStack gap="space-4">
            <BodyShort weight="semibold">{ruleName(t, row.rule)}</BodyShort>
            <BodyShort size="small">{alertReason(t, row)}</BodyShort>
            {row.acknowledgeReason && row.state !== 'RESOLVED' && (
              <BodyShort size="small">{t('alerts.table.acknowledged', { reason: row.acknowledgeReason })}</BodyShort>
            )}
          </VStack>
        ),
      },
      { id: 'dueOn', header: t('alerts.table.dueOn'), cell: (row) => formatDate(row.dueOn) },
      {
        id: 'state',
        header: t('alerts.table.state'),
        cell: (row) => (
          <HStack gap="space-4">
            {isEscalated(row) && (
              <Tag size="small" variant="error">
                {row.escalatedToName
                  ? t('alerts.table.escalatedTo', { name: row.escalatedToName })
                  : t('alerts.escalated')}
              </Tag>
            )}
            {isOverdue(row, today) && (
              <Tag size="small" variant="warning">
                {t('alerts.overdue')}
              </Tag>
            )}
            <Tag size="small" variant="neutral">
              {t(`alerts.state.${row.state}`)}
            </Tag>
          </HStack>
        ),
      },
    );
    if (showOwner) {
      list.push({ id: 'owner', header: t('alerts.table.owner'), cell: (row) => row.ownerName ?? '–' });
    }
    list.push({
      id: 'actions',
      header: t('alerts.table.actions'),
      cell: (row) =>
        row.state === 'RESOLVED' ? null : (
          <HStack gap="space-8" wrap={false}>
            {row.state === 'OPEN' && (
              <Button
                size="small"
                variant="secondary"
                aria-label={t('alerts.acknowledge.buttonFor', { name: subjectName(t, row) })}
                onClick={() => setDialog({ kind: 'acknowledge', alert: row })}
              >
                {t('alerts.acknowledge.button')}
              </Button>
            )}
            <Button
              size="small"
              variant="tertiary"
              aria-label={t('alerts.resolve.buttonFor', { name: subjectName(t, row) })}
              onClick={() => setDialog({ kind: 'resolve', alert: row })}
            >
              {t('alerts.resolve.button')}
            </Button>
          </HStack>
        ),
    });
    return list;
  }, [t, showOwner, showYoungPerson, today]);
  return (
    <VStack gap="space-8">
      {done && (
        <Alert variant="success" size="small" role="status">
          {done}
        </Alert>
      )}
      <DataTable caption={caption} regionLabel={caption} columns={columns} rows={alerts} rowKey={(row) => row.id} />
      {dialog && (
        <AlertDialog
          kind={dialog.kind}
          alert={dialog.alert}
          onClose={(message) => {
            setDialog(undefined);
            if (message) setDone(message);
          }}
        />
      )}
    </VStack>
  );
}
