import { lazy } from 'react';
import { Route } from 'react-router';

// The notifications page (every role) and the admin's outbox, lazy like every page.
const NotificationsPage = lazy(() => import('./notifications-page').then((m) => ({ default: m.NotificationsPage })));
const OutboxPage = lazy(() => import('./outbox-page').then((m) => ({ default: m.OutboxPage })));

export const OUTBOX_PATH = '/utkorg';

export function notificationRoutes() {
  return <Route path="notiser" element={<NotificationsPage />} />;
}

export function outboxRoutes() {
  return <Route path="utkorg" element={<OutboxPage />} />;
}

export const OUTBOX_NAVIGATION = [{ to: OUTBOX_PATH, labelKey: 'notifications.outbox.nav' }] as const;
