import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessageKey } from '../app/api-error';
import { NAME_SEARCH_MAX_LENGTH, useSearchTerm } from '../app/name-search';
import { AccessLogUsersDocument } from '../gql/review/access-log';
import { BodyShort, Button, Fieldset, TextField, VStack } from '../ui';

// Matches shown to choose from; more asks for more of the name.
const MATCHES = 10;

export interface ChosenUser {
  id: string;
  name: string;
}

// The access-log search's user filter: any user of the municipality, found by part of the name
// on the server (`users(search:)`), not only the first hundred. Nothing is asked before a name is
// typed, so the page's first paint stays one request. The term stays in state (never the URL).
export function UserFilter({
  chosen,
  onChoose,
}: {
  chosen: ChosenUser | undefined;
  onChoose: (user: ChosenUser | undefined) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const term = useSearchTerm(text);
  const { data, previousData, error } = useQuery(AccessLogUsersDocument, {
    variables: { search: term, first: MATCHES },
    skip: term === '',
  });
  const shown = term === '' ? undefined : (data ?? previousData);
  // The term of the matches shown: the status (a live region) names a new term only with its own
  // matches, not the previous term's while the new ones load.
  const [shownTerm, setShownTerm] = useState('');
  if (data && shownTerm !== term) setShownTerm(term);
  const status = error
    ? t(errorMessageKey(error))
    : !shown
      ? ''
      : shown.users.totalCount === 0
        ? t('reviewLog.userSearchNone', { search: shownTerm })
        : shown.users.totalCount > shown.users.nodes.length
          ? t('reviewLog.userSearchMore', { count: shown.users.totalCount, shown: shown.users.nodes.length })
          : t('reviewLog.userSearchStatus', { count: shown.users.totalCount });
  return (
    <Fieldset legend={t('reviewLog.user')} size="small">
      <VStack gap="space-8">
        <BodyShort id="log-user-chosen">
          {chosen ? t('reviewLog.userChosen', { name: chosen.name }) : t('reviewLog.anyUser')}
        </BodyShort>
        {chosen && (
          <div>
            <Button size="xsmall" variant="tertiary" type="button" onClick={() => onChoose(undefined)}>
              {t('reviewLog.userClear', { name: chosen.name })}
            </Button>
          </div>
        )}
        <TextField
          id="log-user-search"
          label={t('reviewLog.userSearch')}
          description={t('reviewLog.userSearchHint')}
          size="small"
          autoComplete="off"
          maxLength={NAME_SEARCH_MAX_LENGTH}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <div aria-live="polite">{status && <BodyShort size="small">{status}</BodyShort>}</div>
        {shown && shown.users.nodes.length > 0 && (
          <ul className="brygga-plain-list" aria-label={t('reviewLog.userMatches')}>
            {shown.users.nodes.map((u) => (
              <li key={u.id}>
                <Button
                  size="xsmall"
                  variant="secondary"
                  type="button"
                  aria-pressed={chosen?.id === u.id}
                  onClick={() => {
                    onChoose({ id: u.id, name: u.displayName });
                    setText('');
                  }}
                >
                  {t('reviewLog.userChoose', { name: u.displayName })}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </VStack>
    </Fieldset>
  );
}
