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

export function notificationEmail(kind: NotificationKind, count: number, path: string, baseUrl: string): EmailText {
  const what =
    kind === NotificationKind.ALERTS_ESCALATED
      ? `${alerts(count)} har eskalerats till dig.`
      : `Du har fått ${count} ${count === 1 ? 'nytt' : 'nya'} larm.`;
  return {
    subject: kind === NotificationKind.ALERTS_ESCALATED ? 'Brygga: eskalerade larm' : 'Brygga: nya larm',
    body: `${what}\n\nLogga in i Brygga för att se dem:\n${link(baseUrl, path)}\n\nDet här meddelandet innehåller inga personuppgifter. Svara inte på det.\n`,
  };
}

export function digestEmail(open: number, day: string, path: string, baseUrl: string): EmailText {
  return {
    subject: `Brygga: dagens sammanfattning ${day}`,
    body: `Du har ${alerts(open)} som väntar på åtgärd.\n\nLogga in i Brygga för att se dem:\n${link(baseUrl, path)}\n\nDet här meddelandet innehåller inga personuppgifter. Svara inte på det.\n`,
  };
}
