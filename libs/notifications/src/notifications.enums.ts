import { registerEnumType } from '@nestjs/graphql';

// What a notification is about. Each kind has a fixed link and carries only a count.
export enum NotificationKind {
  ALERTS_OPENED = 'ALERTS_OPENED',
  ALERTS_ESCALATED = 'ALERTS_ESCALATED',
  EARLY_WARNING_SUGGESTED = 'EARLY_WARNING_SUGGESTED',
  EARLY_WARNING_ESCALATED = 'EARLY_WARNING_ESCALATED',
}

export enum EmailKind {
  NOTIFICATION = 'NOTIFICATION',
  DIGEST = 'DIGEST',
}

export enum EmailStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about.',
  valuesMap: {
    ALERTS_OPENED: { description: 'New gap alerts the person owns.' },
    ALERTS_ESCALATED: { description: 'Gap alerts escalated to the person (team lead).' },
    EARLY_WARNING_SUGGESTED: { description: 'New early-warning suggestions addressed to the person (mentor).' },
    EARLY_WARNING_ESCALATED: {
      description: 'Early-warning suggestions the mentor did not review in time, now the person’s (student health).',
    },
  },
});
registerEnumType(EmailKind, { name: 'EmailKind', description: 'Why an e-mail was written.' });
registerEnumType(EmailStatus, {
  name: 'EmailStatus',
  description: 'PENDING: not sent yet (or no SMTP server configured); SENT; FAILED: gave up after the attempts.',
});

// Where each kind leads in the web app: new alerts to the start page ("Mina larm" lists the
// person's own), escalations to the team lead's /larm, which lists them first; early-warning
// suggestions to the school's list (/tidiga-signaler), which says whom each is addressed to.
export const NOTIFICATION_LINKS: Readonly<Record<NotificationKind, string>> = {
  [NotificationKind.ALERTS_OPENED]: '/',
  [NotificationKind.ALERTS_ESCALATED]: '/larm',
  [NotificationKind.EARLY_WARNING_SUGGESTED]: '/tidiga-signaler',
  [NotificationKind.EARLY_WARNING_ESCALATED]: '/tidiga-signaler',
};
