import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';

import { errorMessageKey } from '../app/api-error';
import { UnreadNotificationCountDocument } from '../gql/notifications/notification-bell';
import { MarkNotificationsReadDocument, NotificationsDocument } from '../gql/notifications/notifications';
import type { NotificationFieldsFragment } from '../gql/graphql';
import { formatDateTime } from '../i18n/format';
import { Alert, BodyLong, BodyShort, Button, HStack, Link, LoadingState, PageHeading, Tag, VStack } from '../ui';

// The caller's notifications, newest first: what, how many, a link to it, and marking read.
export function NotificationsPage() {
  const { t } = useTranslation();
  const { data, error } = useQuery(NotificationsDocument, { fetchPolicy: 'cache-and-network' });
  const [status, setStatus] = useState<string>();
  const [mark, marking] = useMutation(MarkNotificationsReadDocument, {
    refetchQueries: [NotificationsDocument, UnreadNotificationCountDocument],
    awaitRefetchQueries: true,
  });
  const nodes = data?.notifications.nodes;
  const unread = nodes?.filter((n) => !n.readAt).length ?? 0;
  const text = (n: NotificationFieldsFragment) => t(`notifications.text.${n.kind}`, { count: n.count });
  return (
    <VStack gap="space-24">
      <div>
        <PageHeading>{t('notifications.title')}</PageHeading>
        <BodyLong>{t('notifications.intro')}</BodyLong>
      </div>
      {(error ?? marking.error) && (
        <Alert variant="error" role="alert">
          {t(errorMessageKey(error ?? marking.error))}
        </Alert>
      )}
      <div role="status">{status && <BodyShort>{status}</BodyShort>}</div>
      {!nodes && !error && <LoadingState />}
      {nodes && nodes.length === 0 && <BodyLong>{t('notifications.empty')}</BodyLong>}
      {nodes && unread > 0 && (
        <div>
          <Button
            variant="secondary"
            size="small"
            loading={marking.loading}
            onClick={() =>
              void mark({ variables: { input: { all: true } } }).then(() => setStatus(t('notifications.allRead')))
            }
          >
            {t('notifications.markAllRead')}
          </Button>
        </div>
      )}
      {nodes && nodes.length > 0 && (
        <ul className="brygga-notification-list" aria-label={t('notifications.listLabel')}>
          {nodes.map((n) => (
            <li key={n.id} className="brygga-notification">
              <HStack gap="space-12" align="center" wrap>
                <Tag size="small" variant={n.readAt ? 'neutral' : 'info'}>
                  {n.readAt ? t('notifications.read') : t('notifications.unread')}
                </Tag>
                <Link as={RouterLink} to={n.link}>
                  {text(n)}
                </Link>
                <BodyShort size="small">{formatDateTime(n.createdAt)}</BodyShort>
                {!n.readAt && (
                  <Button
                    variant="tertiary"
                    size="small"
                    aria-label={t('notifications.markReadOf', { what: text(n) })}
                    onClick={() =>
                      void mark({ variables: { input: { ids: [n.id] } } }).then(() =>
                        setStatus(t('notifications.markedRead')),
                      )
                    }
                  >
                    {t('notifications.markRead')}
                  </Button>
                )}
              </HStack>
            </li>
          ))}
        </ul>
      )}
    </VStack>
  );
}
