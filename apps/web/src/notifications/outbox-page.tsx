import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessageKey } from '../app/api-error';
import { EmailOutboxDocument } from '../gql/notifications/notifications';
import type { EmailOutboxQuery, EmailStatus } from '../gql/graphql';
import { formatDateTime, formatNumber } from '../i18n/format';
import { Alert, BodyLong, DataTable, LoadingState, PageHeading, Select, VStack, type DataTableColumn } from '../ui';

type Email = EmailOutboxQuery['emailOutbox']['nodes'][number];
const STATUSES: readonly EmailStatus[] = ['PENDING', 'SENT', 'FAILED'];

// The admin's view of every e-mail Brygga wrote: without an SMTP server (the demo) this is
// where they are read.
export function OutboxPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<EmailStatus | ''>('');
  const { data, error } = useQuery(EmailOutboxDocument, {
    variables: { status: status === '' ? undefined : status },
    fetchPolicy: 'cache-and-network',
  });
  const columns = useMemo<Array<DataTableColumn<Email>>>(
    () => [
      { id: 'createdAt', header: t('notifications.outbox.createdAt'), cell: (row) => formatDateTime(row.createdAt) },
      { id: 'to', header: t('notifications.outbox.to'), cell: (row) => row.toAddress },
      {
        id: 'kind',
        header: t('notifications.outbox.kind'),
        cell: (row) => t(`notifications.enums.EmailKind.${row.kind}`),
      },
      { id: 'subject', header: t('notifications.outbox.subject'), cell: (row) => row.subject },
      {
        id: 'body',
        header: t('notifications.outbox.body'),
        cell: (row) => <span className="brygga-preformatted">{row.body}</span>,
      },
      {
        id: 'status',
        header: t('notifications.outbox.status'),
        cell: (row) => t(`notifications.enums.EmailStatus.${row.status}`),
      },
      { id: 'attempts', header: t('notifications.outbox.attempts'), cell: (row) => formatNumber(row.attempts) },
      { id: 'lastError', header: t('notifications.outbox.lastError'), cell: (row) => row.lastError ?? '' },
    ],
    [t],
  );
  const emails = data?.emailOutbox.nodes;
  return (
    <VStack gap="space-24">
      <div>
        <PageHeading>{t('notifications.outbox.title')}</PageHeading>
        <BodyLong>{t('notifications.outbox.intro')}</BodyLong>
      </div>
      <Select
        label={t('notifications.outbox.filter')}
        size="small"
        value={status}
        onChange={(event) => setStatus(event.target.value as EmailStatus | '')}
        style={{ maxWidth: '16rem' }}
      >
        <option value="">{t('notifications.outbox.all')}</option>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`notifications.enums.EmailStatus.${s}`)}
          </option>
        ))}
      </Select>
      {error && (
        <Alert variant="error" role="alert">
          {t(errorMessageKey(error))}
        </Alert>
      )}
      {!emails && !error && <LoadingState />}
      {emails && emails.length === 0 && <BodyLong>{t('notifications.outbox.empty')}</BodyLong>}
      {emails && emails.length > 0 && (
        <DataTable
          caption={t('notifications.outbox.caption')}
          regionLabel={t('notifications.outbox.caption')}
          columns={columns}
          rows={emails}
          rowKey={(row) => row.id}
        />
      )}
    </VStack>
  );
}
