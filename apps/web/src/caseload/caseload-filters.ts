import type { CaseloadFilter, CaseloadSort, EnrollmentStatus, SortDirection } from '../gql/graphql';

// The caseload's filters and sort live in the URL (a filtered list can be bookmarked and the
// start page's tiles link to one). They are never personal: statuses, flags and day counts.
// Search terms and paging cursors (which can carry a name) stay in component state.
export interface CaseloadView {
  statuses: EnrollmentStatus[];
  followUpDue: boolean;
  noContactDays: number | undefined;
  sort: CaseloadSort;
  // The sort reversed is "ordning=fallande" in the URL; ascending is the default and unwritten.
  direction: SortDirection;
  // Team lead: one coordinator's caseload (a user id, not personal data) or the unassigned.
  coordinatorId: string | undefined;
  unassigned: boolean;
}

export const ENROLLMENT_STATUSES: EnrollmentStatus[] = [
  'NOT_CONTACTED',
  'CONTACT_ATTEMPTED',
  'IN_DIALOGUE',
  'IN_MEASURE',
  'IN_EDUCATION',
  'IN_WORK',
  'DECLINED',
  'UNKNOWN',
];
const SORTS: CaseloadSort[] = ['NAME', 'LAST_CONTACT', 'TWENTIETH_BIRTHDAY', 'REGISTERED_ON'];
export const NO_CONTACT_DAYS = [14, 30, 60, 90];

export function parseCaseloadView(params: URLSearchParams): CaseloadView {
  const statuses = params
    .getAll('status')
    .filter((s): s is EnrollmentStatus => (ENROLLMENT_STATUSES as string[]).includes(s));
  const days = Number(params.get('ingenKontakt'));
  const sort = params.get('sortering');
  const coordinatorId = params.get('samordnare') ?? '';
  return {
    coordinatorId: /^[0-9a-f-]{36}$/i.test(coordinatorId) ? coordinatorId : undefined,
    unassigned: params.get('otilldelad') === 'ja',
    statuses,
    followUpDue: params.get('uppfoljning') === 'ja',
    noContactDays: NO_CONTACT_DAYS.includes(days) ? days : undefined,
    sort: (SORTS as Array<string | null>).includes(sort) ? (sort as CaseloadSort) : 'NAME',
    direction: params.get('ordning') === 'fallande' ? 'DESC' : 'ASC',
  };
}

export function caseloadSearch(view: Partial<CaseloadView>): string {
  const params = new URLSearchParams();
  for (const status of view.statuses ?? []) params.append('status', status);
  if (view.followUpDue) params.set('uppfoljning', 'ja');
  if (view.noContactDays) params.set('ingenKontakt', String(view.noContactDays));
  if (view.coordinatorId) params.set('samordnare', view.coordinatorId);
  if (view.unassigned) params.set('otilldelad', 'ja');
  if (view.sort && view.sort !== 'NAME') params.set('sortering', view.sort);
  if (view.direction === 'DESC') params.set('ordning', 'fallande');
  const search = params.toString();
  return search ? `?${search}` : '';
}

export function caseloadFilter(view: CaseloadView, now: number): CaseloadFilter {
  return {
    ...(view.statuses.length > 0 ? { statuses: view.statuses } : {}),
    ...(view.followUpDue ? { followUpDue: true } : {}),
    ...(view.coordinatorId ? { coordinatorId: view.coordinatorId } : {}),
    ...(view.unassigned ? { unassigned: true } : {}),
    ...(view.noContactDays
      ? {
          // Rounded down to the hour, so the same view is the same query for an hour.
          noContactSince: new Date(
            Math.floor((now - view.noContactDays * 86_400_000) / 3_600_000) * 3_600_000,
          ).toISOString(),
        }
      : {}),
  };
}
