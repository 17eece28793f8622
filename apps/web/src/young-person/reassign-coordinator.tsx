import { useLazyQuery, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessageKey } from '../app/api-error';
import { useLoadAll } from '../app/load-more';
import {
  AssignCoordinatorDocument,
  MoreTeamCoordinatorsDocument,
  TeamCoordinatorsDocument,
} from '../gql/caseload/team';
import { YoungPersonDocument } from '../gql/young-person/young-person';
import { compareSv } from '../i18n/format';
import { Alert, Button, Heading, Select, useFocusOnOpen, VStack } from '../ui';

// Team lead: make another coordinator of the unit responsible. The list of coordinators is
// loaded when the panel opens, so the page's first paint stays one request.
export function ReassignCoordinator({
  youngPersonId,
  coordinatorId,
  version,
}: {
  youngPersonId: string;
  coordinatorId: string | null;
  version: number;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  // The form replaces its button: focus goes to its first field (WCAG 2.4.3).
  const formRef = useFocusOnOpen<HTMLFormElement>(open);
  const [chosen, setChosen] = useState(coordinatorId ?? '');
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [load, coordinatorsResult] = useLazyQuery(TeamCoordinatorsDocument);
  const { data, error } = coordinatorsResult;
  useLoadAll(coordinatorsResult, 'users', MoreTeamCoordinatorsDocument);
  const [assign, { loading }] = useMutation(AssignCoordinatorDocument, {
    refetchQueries: [{ query: YoungPersonDocument, variables: { id: youngPersonId } }],
    awaitRefetchQueries: true,
  });
  const coordinators = (data?.users.nodes ?? [])
    .filter((u) => !u.disabled && u.memberships.some((m) => m.role === 'COORDINATOR' && m.endedAt === null))
    .sort((a, b) => compareSv(a.displayName, b.displayName));
  const current = coordinators.find((c) => c.id === coordinatorId)?.displayName;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen || chosen === coordinatorId) return;
    try {
      await assign({ variables: { input: { youngPersonId, coordinatorId: chosen, version } } });
      setMessage({ ok: true, text: t('team.reassigned') });
    } catch (error) {
      setMessage({ ok: false, text: t(errorMessageKey(error)) });
    }
  };

  return (
    <section aria-labelledby="reassign-heading">
      <Heading level="2" size="medium" spacing id="reassign-heading">
        {t('team.responsible')}
      </Heading>
      {!open ? (
        <Button
          variant="secondary"
          onClick={() => {
            setOpen(true);
            void load();
          }}
        >
          {t('team.reassign')}
        </Button>
      ) : (
        <form ref={formRef} onSubmit={(e) => void submit(e)}>
          <VStack gap="space-16">
            {error && (
              <Alert variant="error" role="alert">
                {t(errorMessageKey(error))}
              </Alert>
            )}
            <div aria-live="polite">
              {message && (
                <Alert variant={message.ok ? 'success' : 'error'} size="small">
                  {message.text}
                </Alert>
              )}
            </div>
            <Select
              id="reassign-coordinator"
              label={t('team.coordinator')}
              description={current ? t('team.current', { name: current }) : undefined}
              value={chosen}
              onChange={(e) => setChosen(e.target.value)}
            >
              <option value="">{t('register.choose')}</option>
              {coordinators.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.displayName}
                </option>
              ))}
            </Select>
            <div>
              <Button type="submit" loading={loading} disabled={!chosen || chosen === coordinatorId}>
                {t('team.save')}
              </Button>
            </div>
          </VStack>
        </form>
      )}
    </section>
  );
}
