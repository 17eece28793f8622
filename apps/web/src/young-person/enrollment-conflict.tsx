import './editing-strings';

import { useApolloClient } from '@apollo/client/react';
import { useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { errorCode } from '../app/api-error';
import type { CurrentEnrollmentsQuery } from '../gql/graphql';
import { CurrentEnrollmentsDocument } from '../gql/young-person/young-person';
import { VersionConflict, VersionFacts } from './version-conflict';

// A registration's one field as saved now, and the registration's version.
export interface SavedChoice {
  value: string;
  version: number;
}

interface Conflict extends SavedChoice {
  mine: string;
}

// The version race of a form that saves one choice on a registration (its status, its reason or
// its end reason), all saved with the registration's one version: the version the form saves
// with, and after a CONFLICT the registration as saved now (`pick` reads the form's field from
// it) shown beside the user's choice on the shared VersionConflict screen. Making the change
// again takes the user back to the form with their choice on the saved version; nothing chosen
// is lost.
export function useEnrollmentConflict(
  personId: string,
  openedOn: { value: string; version: number },
  pick: (now: CurrentEnrollmentsQuery['youngPerson']) => SavedChoice | undefined,
) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [base, setBase] = useState(openedOn);
  const [conflict, setConflict] = useState<Conflict>();
  const [reapplied, setReapplied] = useState(false);
  const notice = useRef<HTMLDivElement>(null);
  return {
    // The version to save with.
    version: base.version,
    conflict,
    reapplied,
    notice,
    // After a failed save: true when it was a CONFLICT now shown (or its reload failed and
    // `failed` was told); false for any other error, which the form shows itself.
    async caught(error: unknown, mine: string, failed: (reload: unknown) => void): Promise<boolean> {
      if (errorCode(error) !== 'CONFLICT') return false;
      try {
        const current = await client.query({
          query: CurrentEnrollmentsDocument,
          variables: { id: personId },
          fetchPolicy: 'network-only',
        });
        const saved = current.data ? pick(current.data.youngPerson) : undefined;
        if (!saved) return false;
        setConflict({ ...saved, mine });
      } catch (reload) {
        failed(reload);
      }
      return true;
    },
    screen({
      id,
      level,
      label,
      name,
      onReapply,
      onDiscard,
    }: {
      id: string;
      level: '2' | '3' | '4';
      // The field's label and the name of one of its values, for both versions.
      label: string;
      name: (value: string) => string;
      // The user's choice again on the saved version ('' when the saved one is already theirs).
      onReapply: (value: string) => void;
      onDiscard: () => void;
    }): ReactElement | null {
      if (!conflict) return null;
      const change = t('ypEditing.conflict.changed', { field: label, value: name(conflict.mine) });
      const clash = conflict.value !== base.value && conflict.value !== conflict.mine;
      return (
        <VersionConflict
          id={id}
          level={level}
          title={t('ypEditing.enrollment.conflictTitle')}
          body={t('ypEditing.enrollment.conflictBody', { version: conflict.version })}
          changesHeading={t('ypEditing.conflict.yourChanges')}
          changes={[clash ? t('ypEditing.conflict.bothChanged', { change }) : change]}
          mineHeading={t('ypEditing.conflict.mineVersion')}
          mine={<VersionFacts facts={[{ label, value: name(conflict.mine) }]} />}
          theirsHeading={t('ypEditing.conflict.theirsVersion', { version: conflict.version })}
          theirs={<VersionFacts facts={[{ label, value: name(conflict.value) }]} />}
          reapplyLabel={t('ypEditing.conflict.reapply')}
          onReapply={() => {
            onReapply(conflict.value === conflict.mine ? '' : conflict.mine);
            setBase({ value: conflict.value, version: conflict.version });
            setConflict(undefined);
            setReapplied(true);
            setTimeout(() => notice.current?.focus());
          }}
          discardLabel={t('ypEditing.conflict.discard')}
          onDiscard={onDiscard}
        />
      );
    },
  };
}
