import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';

import type { ScbKaaIssueCode } from '../gql/graphql';
import { formatDate } from '../i18n/format';
import { DataTable, List } from '../ui';

export interface PersonIssues {
  youngPersonId: string;
  givenName: string;
  familyName: string;
  issues: ReadonlyArray<{ code: ScbKaaIssueCode; date: string | null }>;
}

// Young people with what to fix, each a link to their page (where the coordinator fixes it).
export function IssueList({ people, caption, region }: { people: PersonIssues[]; caption: string; region: string }) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={caption}
      regionLabel={region}
      rows={people}
      rowKey={(row) => row.youngPersonId}
      columns={[
        {
          id: 'person',
          header: t('scb.columnPerson'),
          cell: (row) => (
            <RouterLink to={`/ungdomar/${row.youngPersonId}`}>{`${row.givenName} ${row.familyName}`}</RouterLink>
          ),
        },
        {
          id: 'issues',
          header: t('scb.columnIssues'),
          cell: (row) => (
            <List size="small">
              {row.issues.map((issue, i) => (
                <List.Item key={`${issue.code}-${issue.date ?? ''}-${i}`}>
                  {issue.date
                    ? t('scb.issueWithDate', { issue: t(`scb.issues.${issue.code}`), date: formatDate(issue.date) })
                    : t(`scb.issues.${issue.code}`)}
                </List.Item>
              ))}
            </List>
          ),
        },
      ]}
    />
  );
}
