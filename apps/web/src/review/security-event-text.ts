import type { TFunction } from 'i18next';

import type { SecurityEventKind, SecurityEventRowFragment } from '../gql/graphql';
import { formatNumber } from '../i18n/format';

// Every kind the api has, in the reviewer's order (anomalies first); a new kind in the schema
// fails the type check below until it is listed and worded.
export const SECURITY_EVENT_KINDS = [
  'ANOMALY_ACCOUNT',
  'ANOMALY_ADDRESS',
  'ANOMALY_IMPORT',
  'LOGIN_FAILED',
  'LOGIN_THROTTLED',
  'TOKEN_REFUSED',
  'REFRESH_TOKEN_REFUSED',
  'OPERATION_REFUSED',
  'IMPORT_REFUSED',
] as const satisfies readonly SecurityEventKind[];
type Unlisted = Exclude<SecurityEventKind, (typeof SECURITY_EVENT_KINDS)[number]>;
const everyKindListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyKindListed;

export const ANOMALY_KINDS: readonly SecurityEventKind[] = ['ANOMALY_ACCOUNT', 'ANOMALY_ADDRESS', 'ANOMALY_IMPORT'];

export const isAnomaly = (kind: SecurityEventKind): boolean => ANOMALY_KINDS.includes(kind);

// An account is shown by the first twelve characters of its key: enough to tell accounts apart
// on a page, and the whole key is what "Visa kontots händelser" filters on.
export const shortKey = (key: string): string => key.slice(0, 12);

type Row = Pick<
  SecurityEventRowFragment,
  'kind' | 'code' | 'operation' | 'refused' | 'otherSchool' | 'events' | 'accounts' | 'windowSeconds'
>;

// What happened, in Swedish sentences: the kind's explanation with its counts (an anomaly's
// events and window, a refused file's rows), then the operation and the error code the client
// got where the event has them. Missing counts read as 0 rather than "undefined".
export function securityEventDetails(t: TFunction, event: Row): string[] {
  const minutes = formatNumber(Math.round((event.windowSeconds ?? 0) / 60));
  const otherSchool = formatNumber(event.otherSchool ?? 0);
  const lines: string[] = [];
  switch (event.kind) {
    case 'IMPORT_REFUSED':
      lines.push(t('securityEvents.detail.IMPORT_REFUSED', { count: event.refused ?? 0, otherSchool }));
      break;
    case 'ANOMALY_ACCOUNT':
      lines.push(t('securityEvents.detail.ANOMALY_ACCOUNT', { count: event.events ?? 0, minutes }));
      break;
    case 'ANOMALY_ADDRESS':
      lines.push(
        t('securityEvents.detail.ANOMALY_ADDRESS', {
          count: event.events ?? 0,
          accounts: formatNumber(event.accounts ?? 0),
          minutes,
        }),
      );
      break;
    case 'ANOMALY_IMPORT':
      lines.push(t('securityEvents.detail.ANOMALY_IMPORT', { count: event.events ?? 0, otherSchool, minutes }));
      break;
    default:
      lines.push(t(`securityEvents.detail.${event.kind}`));
  }
  if (event.operation) lines.push(t('securityEvents.detail.operation', { operation: event.operation }));
  if (event.code) lines.push(t('securityEvents.detail.code', { code: event.code }));
  return lines;
}
