import type { SubjectMapping } from '@app/core/authz';

export const NOTIFICATION_MAPPING: SubjectMapping = {
  subjectType: 'Notification',
  columns: { id: 'id', municipalityId: 'municipality_id', userId: 'user_id' },
};

export const EMAIL_OUTBOX_MAPPING: SubjectMapping = {
  subjectType: 'EmailOutbox',
  columns: { id: 'id', municipalityId: 'municipality_id' },
};
