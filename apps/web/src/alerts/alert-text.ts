import type { TFunction } from 'i18next';

import type { AlertRowFragment, AlertRule } from '../gql/graphql';
import { formatDate, todayIso } from '../i18n/format';

export { todayIso };

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

// The alert's reason in Swedish words, from its rule and the facts behind it (the api's own
// `reason` is English): dates as the app writes them, missing facts as a dash.
export function alertReason(t: TFunction, alert: Pick<AlertRowFragment, 'rule' | 'facts'>): string {
  const fact = (name: string): string => {
    const value = alert.facts.find((f) => f.name === name)?.value ?? null;
    return value === null ? '–' : ISO_DAY.test(value) ? formatDate(value) : value;
  };
  // Every fact any rule's sentence names; each sentence uses its own.
  const values = {
    attempts: fact('attempts'),
    birthday: fact('birthday'),
    deadline: fact('deadline'),
    dueOn: fact('dueOn'),
    lastAttemptOn: fact('lastAttemptOn'),
    receivedOn: fact('receivedOn'),
    registeredOn: fact('registeredOn'),
    sentOn: fact('sentOn'),
    since: fact('since'),
    threshold: fact('threshold'),
    validTo: fact('validTo'),
  };
  return t(`alerts.reason.${alert.rule}`, values);
}

// Whom the alert is about: the young person's name, or for an alert about nobody registered
// (a school's signal, a "to check" entry) the place where it is handled.
export function subjectName(
  t: TFunction,
  alert: Pick<AlertRowFragment, 'rule' | 'youngPersonId' | 'youngPersonName'>,
): string {
  if (alert.youngPersonId) return alert.youngPersonName;
  return t(alert.rule === 'TO_CHECK_LEFT' ? 'alerts.table.toCheckLink' : 'alerts.table.signalsLink');
}

export function ruleName(t: TFunction, rule: AlertRule): string {
  return t(`alerts.rule.${rule}`);
}

export function isEscalated(alert: Pick<AlertRowFragment, 'escalatedAt' | 'state'>): boolean {
  return alert.escalatedAt !== null && alert.state !== 'RESOLVED';
}

export function isOverdue(alert: Pick<AlertRowFragment, 'dueOn' | 'state'>, today: string): boolean {
  return alert.state === 'OPEN' && alert.dueOn < today;
}

// Most urgent first: escalated, then overdue, then the rest; within each, the earliest due.
export function byUrgency<T extends Pick<AlertRowFragment, 'escalatedAt' | 'state' | 'dueOn' | 'id'>>(
  alerts: readonly T[],
  today: string,
): T[] {
  const rank = (a: T) => (isEscalated(a) ? 0 : isOverdue(a, today) ? 1 : 2);
  return [...alerts].sort((a, b) => rank(a) - rank(b) || a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id));
}
