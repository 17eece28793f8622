import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { AccessLogRowFragment } from '../gql/graphql';
import { formatDateTime } from '../i18n/format';
import { BodyShort, DataTable, Detail, type DataTableColumn } from '../ui';

// The reader of a row by name, or what a user the reader may not see by name is called.
export function readerName(row: AccessLogRowFragment, unknownUser: string): string {
  return row.userName ?? unknownUser;
}

// An id is shown by its first eight characters: enough to tell rows apart and to search, with
// the whole id in the filter field.
export const shortId = (id: string): string => id.slice(0, 8);

// The log entries as a table: when, who (name, role, organisation: each row names its reader
// and the reader's organisation itself, AccessLogEntry.userName and .organizationName, resolved
// for exactly the page's ids, so a user or organisation past the first hundred is named too), whose record, on what
// ground, which categories and operation; `actions` adds a last column (filters, a review).
export function AccessLogTable({
  rows,
  caption,
  regionLabel,
  actions,
  actionsHeader,
  oneYoungPerson = false,
  unknownUser,
  busy,
}: {
  rows: AccessLogRowFragment[];
  caption: string;
  regionLabel: string;
  actions?: (row: AccessLogRowFragment) => ReactNode;
  actionsHeader?: string;
  // One young person's own log (their page): no column for whose record it was.
  oneYoungPerson?: boolean;
  // What a user the reader may not see by name is called (default "Okänd användare").
  unknownUser?: string;
  busy?: boolean;
}) {
  const { t } = useTranslation();
  const columns = useMemo<Array<DataTableColumn<AccessLogRowFragment>>>(() => {
    const roles: Record<string, string> = t('roles', { returnObjects: true });
    const categories: Record<string, string> = t('reviewLog.categoryValue', { returnObjects: true });
    const list: Array<DataTableColumn<AccessLogRowFragment>> = [
      { id: 'when', header: t('reviewLog.when'), cell: (r) => formatDateTime(r.occurredAt) },
      {
        id: 'who',
        header: t('reviewLog.who'),
        cell: (r) => (
          <>
            <BodyShort size="small">{readerName(r, unknownUser ?? t('reviewLog.unknownUser'))}</BodyShort>
            <Detail>{[roleLabel(roles, r.role), r.organizationName].filter(Boolean).join(', ')}</Detail>
          </>
        ),
      },
      ...(oneYoungPerson
        ? []
        : [
            {
              id: 'whose',
              header: t('reviewLog.whose'),
              cell: (r: AccessLogRowFragment) =>
                r.subjectKind === 'SCHOOL_PUPIL' ? (
                  t('reviewLog.pupil', { id: shortId(r.schoolPupilId ?? '') })
                ) : (
                  <code>{shortId(r.youngPersonId ?? '')}</code>
                ),
            },
          ]),
      { id: 'ground', header: t('reviewLog.ground'), cell: (r) => t(`reviewLog.groundValue.${r.ground}`) },
      {
        id: 'what',
        header: t('reviewLog.what'),
        cell: (r) => r.categories.map((code) => categoryLabel(categories, code)).join(', '),
      },
      { id: 'operation', header: t('reviewLog.operation'), cell: (r) => <code>{r.operation}</code> },
    ];
    if (actions) list.push({ id: 'actions', header: actionsHeader ?? '', cell: actions });
    return list;
  }, [t, actions, actionsHeader, oneYoungPerson, unknownUser]);
  return (
    <DataTable
      caption={caption}
      regionLabel={regionLabel}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.id}
      busy={busy}
    />
  );
}

// The log stores categories as codes; a known one gets its Swedish name, a municipality's own
// category (or one added later) keeps its code rather than showing nothing.
export function categoryLabel(categories: Readonly<Record<string, string>>, code: string): string {
  return categories[code] ?? code;
}

// The log stores the role as text; a known one gets its Swedish name (from the catalog's `roles`,
// looked up as a table: a typed key per role makes TypeScript's check of the catalog too deep).
export function roleLabel(roles: Readonly<Record<string, string>>, role: string): string {
  return roles[role] ?? role;
}
