import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessageKey } from '../app/api-error';
import { NAME_SEARCH_MAX_LENGTH, useSearchTerm } from '../app/name-search';
import type { OrganizationKind, OrganizationSearchQuery } from '../gql/graphql';
import { OrganizationSearchDocument } from '../gql/organization/organization-search';
import { SearchCombobox, type SearchOption } from '../ui/search-combobox';

// Matches shown to choose from; more asks for more of the name.
const MATCHES = 20;

export type ChosenOrganization = SearchOption;
export type FoundOrganization = OrganizationSearchQuery['organizations']['nodes'][number];

// Choosing one organisation of the municipality, found by part of its name on the server
// (`organizations(search:)`), not picked from the first hundred (issue 15). Nothing is asked
// before a name is typed, so the page's first paint stays one request; the chosen organisation
// is named by the caller (`chosen`), so a choice made earlier still reads by name. `choosable`
// keeps organisations out of the matches that may not be chosen here (by kind or secrecy domain).
export function OrganizationPicker({
  id,
  label,
  description,
  chosen,
  onChoose,
  kind,
  choosable = () => true,
  error,
}: {
  id: string;
  label: string;
  description?: string;
  chosen: ChosenOrganization | undefined;
  onChoose: (organization: ChosenOrganization | undefined) => void;
  kind?: OrganizationKind;
  choosable?: (organization: FoundOrganization) => boolean;
  error?: string;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const term = useSearchTerm(text);
  // A chosen organisation's name in the field is not a new search.
  const searching = term !== '' && term !== chosen?.name;
  const {
    data,
    previousData,
    error: queryError,
    loading,
  } = useQuery(OrganizationSearchDocument, {
    variables: { search: term, first: MATCHES, kind },
    skip: !searching,
  });
  const shown = searching ? (data ?? previousData) : undefined;
  const matches = shown?.organizations.nodes.filter(choosable);
  // When every match came, the count is of those that may be chosen here (an excluded kind is
  // no match); when more matched than came, the server's total with a word on typing more.
  const total = shown?.organizations.totalCount ?? 0;
  const complete = !shown || total <= shown.organizations.nodes.length;
  const count = complete ? (matches?.length ?? 0) : total;
  const status = queryError
    ? t(errorMessageKey(queryError))
    : !shown
      ? ''
      : count === 0
        ? t('organizationPicker.none', { search: term })
        : !complete
          ? t('organizationPicker.more', { count, shown: shown.organizations.nodes.length })
          : t('organizationPicker.status', { count });
  return (
    <SearchCombobox
      id={id}
      label={label}
      description={description ?? t('organizationPicker.hint')}
      selected={chosen}
      matches={matches?.map((o) => ({ id: o.id, name: o.name }))}
      loading={searching && loading}
      status={status}
      onSearch={setText}
      onChoose={onChoose}
      clearLabel={chosen ? t('organizationPicker.clear', { name: chosen.name }) : ''}
      error={error}
      maxLength={NAME_SEARCH_MAX_LENGTH}
    />
  );
}
