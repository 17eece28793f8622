import { NotificationKind } from './notifications.enums';

export interface EmailText {
  subject: string;
  body: string;
}

// The e-mails' words (Swedish, as the people reading them). Built from a count and a link
// only: the functions take no name or identity number, so none can slip into an e-mail.
function link(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}`;
}

function alerts(n: number): string {
  return n === 1 ? '1 larm' : `${n} larm`;
}

function suggestions(n: number): string {
  return n === 1 ? '1 elev' : `${n} elever`;
}

// What each kind says, in the subject and the first line.
function notificationWords(kind: NotificationKind, count: number): EmailText {
  switch (kind) {
    case NotificationKind.ALERTS_ESCALATED:
      return { subject: 'Brygga: eskalerade larm', body: `${alerts(count)} har eskalerats till dig.` };
    case NotificationKind.EARLY_WARNING_SUGGESTED:
      return {
        subject: 'Brygga: tidiga signaler att granska',
        body: `Tidiga signaler föreslår att du granskar frånvaron för ${suggestions(count)}.`,
      };
    case NotificationKind.EARLY_WARNING_ESCALATED:
      return {
        subject: 'Brygga: tidiga signaler till elevhälsan',
        body: `Mentorn har inte granskat ${count === 1 ? 'en tidig signal' : `${count} tidiga signaler`} i tid. De har gått vidare till dig.`,
      };
    case NotificationKind.ALERTS_OPENED:
      return { subject: 'Brygga: nya larm', body: `Du har fått ${count} ${count === 1 ? 'nytt' : 'nya'} larm.` };
  }
}

export function notificationEmail(kind: NotificationKind, count: number, path: string, baseUrl: string): EmailText {
  const words = notificationWords(kind, count);
  return {
    subject: words.subject,
    body: `${words.body}\n\nLogga in i Brygga för att se dem:\n${link(baseUrl, path)}\n\nDet här meddelandet innehåller inga personuppgifter. Svara inte på det.\n`,
  };
}

export function digestEmail(open: number, day: string, path: string, baseUrl: string): EmailText {
  return {
    subject: `Brygga: dagens sammanfattning ${day}`,
    body: `Du har ${alerts(open)} som väntar på åtgärd.\n\nLogga in i Brygga för att se dem:\n${link(baseUrl, path)}\n\nDet här meddelandet innehåller inga personuppgifter. Svara inte på det.\n`,
  };
}
