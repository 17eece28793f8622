import { useQuery, useSubscription } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';

import { NotificationAddedDocument, UnreadNotificationCountDocument } from '../gql/notifications/notification-bell';
import { HeaderButton } from '../ui';

export const NOTIFICATIONS_PATH = '/notiser';

// The header's bell: the caller's unread count, kept live by the notificationAdded
// subscription (one listener per signed-in session), leading to the notifications page.
export function NotificationBell() {
  const { t } = useTranslation();
  const { data, refetch } = useQuery(UnreadNotificationCountDocument, { fetchPolicy: 'cache-and-network' });
  useSubscription(NotificationAddedDocument, {
    onData: () => {
      void refetch();
    },
  });
  const unread = data?.notifications.totalCount ?? 0;
  return (
    <HeaderButton as={RouterLink} to={NOTIFICATIONS_PATH} aria-label={t('notifications.bellUnread', { count: unread })}>
      <span aria-hidden="true">
        {t('notifications.bell')}
        {unread > 0 && <span className="brygga-badge">{unread}</span>}
      </span>
    </HeaderButton>
  );
}
