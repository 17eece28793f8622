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

// The section of the young person's page where an issue is fixed: the registrations (the reason is
// corrected there), the measures, or the occupations and contacts.
const SECTION: Partial<Record<ScbKaaIssueCode, string>> = {
  REGISTRATION_REASON_MISSING: 'registreringar',
  END_REASON_MISSING: 'registreringar',
  END_REASON_TURNED_20_TOO_EARLY: 'registreringar',
  MEASURE_TYPE_NOT_IN_CODE_LIST: 'insatser',
  MEASURE_START_DATE_MISSING: 'insatser',
  MEASURE_END_BEFORE_START: 'insatser',
  MEASURE_OCCUPATION_AFTER_MISSING: 'insatser',
  CONTACT_OCCUPATION_MISSING: 'sysselsattning',
  NO_CONTACT_IN_PERIOD: 'sysselsattning',
  OCCUPATION_UNKNOWN: 'sysselsattning',
};

// The young person's page, at the section where the first of their issues is fixed.
export function fixLink(person: Pick<PersonIssues, 'youngPersonId' | 'issues'>): string {
  const section = person.issues.map((issue) => SECTION[issue.code]).find(Boolean);
  return `/ungdomar/${person.youngPersonId}${section ? `#${section}` : ''}`;
}

// Young people with what to fix, each a link to their page at the section where it is fixed.
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
          cell: (row) => <RouterLink to={fixLink(row)}>{`${row.givenName} ${row.familyName}`}</RouterLink>,
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
