import { useLazyQuery } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';

import { errorMessageKey } from '../app/api-error';
import { SearchYoungPeopleDocument } from '../gql/young-person/young-person';
import type { SearchYoungPeopleQuery } from '../gql/graphql';
import {
  Alert,
  BodyShort,
  Button,
  DataTable,
  HStack,
  PageHeading,
  Tag,
  TextField,
  VStack,
  type DataTableColumn,
} from '../ui';

type Row = SearchYoungPeopleQuery['searchYoungPeople']['nodes'][number];

// Search by name or identity number. The term stays in this component's state and goes to the
// api in the POST body: an identity number never appears in a URL, the history or a log line.
// Protected records appear only for users named on them (the api decides).
export function SearchPage() {
  const { t } = useTranslation();
  const [term, setTerm] = useState('');
  const [error, setError] = useState<string>();
  const [search, { data, error: queryError, loading }] = useLazyQuery(SearchYoungPeopleDocument, {
    fetchPolicy: 'network-only',
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const query = term.trim();
    if (query.length < 2) {
      setError(t('search.tooShort'));
      return;
    }
    setError(undefined);
    void search({ variables: { query, first: 50 } });
  };

  const columns = useMemo<Array<DataTableColumn<Row>>>(
    () => [
      {
        id: 'name',
        header: t('caseload.name'),
        cell: (row) => (
          <HStack gap="space-8" align="center">
            <RouterLink to={`/ungdomar/${row.id}`}>{`${row.givenName} ${row.familyName}`}</RouterLink>
            {row.protectedIdentity && (
              <Tag size="small" variant="warning">
                {t('caseload.protected')}
              </Tag>
            )}
          </HStack>
        ),
      },
      {
        id: 'age',
        header: t('caseload.age'),
        cell: (row) => (row.age === null ? '–' : t('format.years', { count: row.age })),
      },
      {
        id: 'status',
        header: t('caseload.status'),
        cell: (row) => (row.enrollment ? t(`enums.EnrollmentStatus.${row.enrollment.status}`) : '–'),
      },
    ],
    [t],
  );

  const results = data?.searchYoungPeople;
  return (
    <VStack gap="space-24">
      <PageHeading error={error !== undefined}>{t('search.title')}</PageHeading>
      <form role="search" onSubmit={submit} noValidate>
        <HStack gap="space-16" align="end">
          <TextField
            id="search-term"
            label={t('search.label')}
            description={t('search.description')}
            value={term}
            autoComplete="off"
            onChange={(e) => setTerm(e.target.value)}
            error={error}
          />
          <div>
            <Button type="submit" loading={loading}>
              {t('search.title')}
            </Button>
          </div>
        </HStack>
      </form>
      {queryError && (
        <Alert variant="error" role="alert">
          {t(errorMessageKey(queryError))}
        </Alert>
      )}
      <div aria-live="polite">
        {results && (
          <BodyShort spacing>
            {results.totalCount === 0 ? t('search.noResults') : t('search.results', { count: results.totalCount })}
          </BodyShort>
        )}
      </div>
      {results && results.nodes.length > 0 && (
        <DataTable
          caption={t('search.caption')}
          regionLabel={t('search.region')}
          columns={columns}
          rows={results.nodes}
          rowKey={(row) => row.id}
        />
      )}
    </VStack>
  );
}
