import { PolicyContributor, Role } from '@app/core/authz';

// A notification is its recipient's alone, whatever their role: only they read it or mark it
// read. The outbox (every e-mail written, with addresses) is the admin's, for their municipality.
export const notificationsPolicy: PolicyContributor = (principal, rules) => {
  const municipalityId = principal.municipalityId;
  rules.can(['read', 'update'], 'Notification', { municipalityId, userId: principal.userId });
  if (principal.role === Role.ADMIN) rules.can('read', 'EmailOutbox', { municipalityId });
};
