import './contact-strings';
import './editing-strings';

import { useApolloClient, useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { errorCode } from '../app/api-error';
import {
  CurrentProtectedIdentityDocument,
  CurrentYoungPersonContactDocument,
  SetProtectedIdentityDocument,
  UpdateYoungPersonContactDocument,
  YoungPersonDocument,
} from '../gql/young-person/young-person';
import type { GuardianRelation, YoungPersonQuery } from '../gql/graphql';
import { useViewer } from '../session/viewer-context';
import {
  Alert,
  BodyShort,
  Button,
  Fieldset,
  HGrid,
  HStack,
  Heading,
  Radio,
  RadioGroup,
  Select,
  TextField,
  VStack,
  type FieldError,
  useFocusOnOpen,
} from '../ui';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { changedFields, clashingFields, reapplyFields } from './field-merge';
import {
  defaultSide,
  differingRows,
  guardianRows,
  mergeGuardians,
  sameGuardian,
  type GuardianSide,
  type GuardianValue,
} from './guardian-merge';
import { useFormState } from './form-state';
import { FormMessages, PageSection, SavedMessage } from './page-parts';
import { VersionConflict, VersionFacts } from './version-conflict';

type Person = YoungPersonQuery['youngPerson'];
const RELATIONS: GuardianRelation[] = ['PARENT', 'LEGAL_GUARDIAN', 'OTHER'];
// The api's own rules (ContactDetailsInput, GuardianInput), checked first for a clear message.
const PHONE = /^\+?[0-9 ()-]{5,40}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const POSTAL_CODE = /^\d{3} ?\d{2}$/;

interface GuardianForm {
  key: number;
  // Which guardian of the version the form started from this one is (null: added here), so
  // that a conflict is merged guardian by guardian (guardian-merge.ts).
  from: number | null;
  name: string;
  relation: GuardianRelation;
  phone: string;
  email: string;
}

// The contact details and guardians as one comparable record: the form's fields as typed, the
// guardians without the form's keys (after a conflict the fields are reapplied one by one and
// the guardians one guardian at a time, each chosen from either version).
type ContactDraft = {
  streetAddress: string;
  postalCode: string;
  city: string;
  phone: string;
  email: string;
  guardians: Omit<GuardianForm, 'key' | 'from'>[];
};
type ContactFields = Omit<ContactDraft, 'guardians'>;
type Saved = Pick<Person, 'contact' | 'guardians'>;
const blankGuardian: GuardianValue<GuardianRelation> = { name: '', relation: 'OTHER', phone: '', email: '' };

function contactFields(draft: ContactDraft): ContactFields {
  const { streetAddress, postalCode, city, phone, email } = draft;
  return { streetAddress, postalCode, city, phone, email };
}

function draftFromPerson(person: Saved): ContactDraft {
  const contact = person.contact;
  return {
    streetAddress: contact?.streetAddress ?? '',
    postalCode: contact?.postalCode ?? '',
    city: contact?.city ?? '',
    phone: contact?.phone ?? '',
    email: contact?.email ?? '',
    guardians: person.guardians.map((g) => ({
      name: g.name,
      relation: g.relation,
      phone: g.phone ?? '',
      email: g.email ?? '',
    })),
  };
}

// Kontaktuppgifter och vårdnadshavare: editing the young person's address and contact details
// and the guardians, and the protected-identity marking. Under protected identity the api
// answers no contact details to anyone not named on the record (contact is null), and refuses
// their changes; this section is then shown without its form.
export function ContactSection({ person }: { person: Person }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<string>();
  const visible = person.contact !== null;
  return (
    <PageSection id="kontakt" title={t('ypContact.heading')}>
      {!visible && <BodyShort>{t('ypContact.hidden')}</BodyShort>}
      <SavedMessage text={saved} />
      {visible &&
        (open ? (
          <ContactForm
            person={person}
            onDone={(message) => {
              setOpen(false);
              setSaved(message);
            }}
          />
        ) : (
          <div>
            <Button variant="secondary" onClick={() => (setOpen(true), setSaved(undefined))}>
              {t('ypContact.edit')}
            </Button>
          </div>
        ))}
      {person.protectedIdentity !== null && <ProtectedIdentity person={person} />}
    </PageSection>
  );
}

// Saved with the version the form opened on: when someone else saved first (CONFLICT) the form
// shows both versions and the user makes their changes again on the saved one, or drops them.
function ContactForm({ person, onDone }: { person: Person; onDone: (message?: string) => void }) {
  const formRef = useFocusOnOpen<HTMLFormElement>();
  const { t } = useTranslation();
  const client = useApolloClient();
  // The version the user started from, and the details as they were then.
  const [version, setVersion] = useState(person.version);
  const [base, setBase] = useState<ContactDraft>(() => draftFromPerson(person));
  const [conflict, setConflict] = useState<{ theirs: ContactDraft; version: number }>();
  // The version chosen for each guardian that differs between the two (guardian-merge.ts).
  const [choices, setChoices] = useState<Record<string, GuardianSide>>({});
  const [reapplied, setReapplied] = useState(false);
  const notice = useRef<HTMLDivElement>(null);
  const [fields, setFields] = useState<ContactFields>(() => contactFields(base));
  const [guardians, setGuardians] = useState<GuardianForm[]>(
    base.guardians.map((g, key) => ({ key, from: key, ...g })),
  );
  const [nextKey, setNextKey] = useState(person.guardians.length);
  const draft = (): ContactDraft => ({
    ...fields,
    guardians: guardians.map((g) => ({ name: g.name, relation: g.relation, phone: g.phone, email: g.email })),
  });
  const form = useFormState({
    phone: 'contact-phone',
    email: 'contact-email',
    postalCode: 'contact-postal-code',
  });
  const [update, { loading }] = useMutation(UpdateYoungPersonContactDocument, {
    refetchQueries: [{ query: YoungPersonDocument, variables: { id: person.id } }],
    awaitRefetchQueries: true,
  });
  const setGuardian = (key: number, patch: Partial<GuardianForm>) =>
    setGuardians((list) => list.map((g) => (g.key === key ? { ...g, ...patch } : g)));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const list: FieldError[] = [];
    if (fields.postalCode.trim() && !POSTAL_CODE.test(fields.postalCode.trim()))
      list.push({ fieldId: 'contact-postal-code', message: t('ypContact.postalCodeInvalid') });
    if (fields.phone.trim() && !PHONE.test(fields.phone.trim()))
      list.push({ fieldId: 'contact-phone', message: t('ypContact.phoneInvalid') });
    if (fields.email.trim() && !EMAIL.test(fields.email.trim()))
      list.push({ fieldId: 'contact-email', message: t('ypContact.emailInvalid') });
    guardians.forEach((g) => {
      if (!g.name.trim()) list.push({ fieldId: `guardian-name-${g.key}`, message: t('ypContact.nameRequired') });
      if (g.phone.trim() && !PHONE.test(g.phone.trim()))
        list.push({ fieldId: `guardian-phone-${g.key}`, message: t('ypContact.phoneInvalid') });
      if (g.email.trim() && !EMAIL.test(g.email.trim()))
        list.push({ fieldId: `guardian-email-${g.key}`, message: t('ypContact.emailInvalid') });
    });
    if (!form.check(list)) return;
    const orNull = (value: string) => value.trim() || null;
    try {
      await update({
        variables: {
          input: {
            id: person.id,
            version,
            contact: {
              streetAddress: orNull(fields.streetAddress),
              postalCode: orNull(fields.postalCode),
              city: orNull(fields.city),
              phone: orNull(fields.phone),
              email: orNull(fields.email),
            },
            guardians: guardians.map((g) => ({
              name: g.name.trim(),
              relation: g.relation,
              phone: orNull(g.phone),
              email: orNull(g.email),
            })),
          },
        },
      });
      onDone(t('ypContact.saved'));
    } catch (error) {
      if (errorCode(error) === 'CONFLICT') {
        // Someone else saved first: read the details as they are now and show both versions.
        try {
          const current = await client.query({
            query: CurrentYoungPersonContactDocument,
            variables: { id: person.id },
            fetchPolicy: 'network-only',
          });
          const now = current.data?.youngPerson;
          if (now) {
            setConflict({ theirs: draftFromPerson(now), version: now.version });
            setChoices({});
            return;
          }
        } catch (reload) {
          form.failed(reload);
          return;
        }
      }
      form.failed(error);
    }
  };
  const label = (field: keyof ContactDraft): string =>
    field === 'guardians' ? t('ypEditing.contact.guardiansField') : t(`ypContact.${field}`);
  const guardianText = (g: GuardianValue<GuardianRelation>): string =>
    [`${g.name} (${t(`enums.GuardianRelation.${g.relation}`).toLowerCase()})`, g.phone, g.email]
      .filter((part) => part.trim())
      .join(', ');
  const value = (shown: ContactDraft, field: keyof ContactDraft): string => {
    if (field !== 'guardians') return shown[field].trim() || t('ypEditing.conflict.empty');
    if (shown.guardians.length === 0) return t('ypEditing.contact.noGuardians');
    return shown.guardians.map(guardianText).join('; ');
  };
  const facts = (shown: ContactDraft) =>
    (Object.keys(shown) as (keyof ContactDraft)[]).map((field) => ({
      label: label(field),
      value: value(shown, field),
    }));

  if (conflict) {
    const mine = draft();
    const clashing = clashingFields(base, mine, conflict.theirs);
    const rows = guardianRows(
      base.guardians,
      guardians.map(({ key: _key, ...g }) => g),
      conflict.theirs.guardians,
    );
    const choose = differingRows(rows);
    // The user's own guardian changes, one line each; "changed by both" where the saved version
    // has that guardian otherwise too.
    const guardianChanges = rows
      .filter((row) => row.mineChanged)
      .map((row) => {
        const change = row.mine
          ? t(row.base ? 'ypEditing.contact.guardianChanged' : 'ypEditing.contact.guardianAdded', {
              guardian: guardianText(row.mine),
            })
          : t('ypEditing.contact.guardianRemoved', { guardian: guardianText(row.base ?? row.theirs ?? blankGuardian) });
        return row.theirsChanged && !sameGuardian(row.mine, row.theirs)
          ? t('ypEditing.conflict.bothChanged', { change })
          : change;
      });
    return (
      <VersionConflict
        id="contact"
        title={t('ypEditing.contact.conflictTitle')}
        body={t('ypEditing.contact.conflictBody', { version: conflict.version })}
        changesHeading={t('ypEditing.conflict.yourChanges')}
        changes={[
          ...changedFields(base, mine)
            .filter((field) => field !== 'guardians')
            .map((field) => {
              const change = t('ypEditing.conflict.changed', { field: label(field), value: value(mine, field) });
              return clashing.includes(field) ? t('ypEditing.conflict.bothChanged', { change }) : change;
            }),
          ...guardianChanges,
        ]}
        mineHeading={t('ypEditing.conflict.mineVersion')}
        mine={<VersionFacts facts={facts(mine)} />}
        theirsHeading={t('ypEditing.conflict.theirsVersion', { version: conflict.version })}
        theirs={<VersionFacts facts={facts(conflict.theirs)} />}
        choices={
          choose.length > 0 && (
            <Fieldset
              legend={t('ypEditing.contact.guardianChoicesHeading')}
              description={t('ypEditing.contact.guardianChoicesIntro')}
            >
              {choose.map((row) => {
                const shown = row.mine ?? row.theirs ?? row.base ?? blankGuardian;
                return (
                  <RadioGroup
                    key={row.key}
                    id={`guardian-choice-${row.key}`}
                    legend={t('ypEditing.contact.guardianChoice', { name: shown.name })}
                    size="small"
                    value={choices[row.key] ?? defaultSide(row)}
                    onChange={(side: GuardianSide) => setChoices((now) => ({ ...now, [row.key]: side }))}
                  >
                    <Radio value="mine">
                      {t('ypEditing.contact.guardianMine', {
                        guardian: row.mine ? guardianText(row.mine) : t('ypEditing.contact.guardianMissing'),
                      })}
                    </Radio>
                    <Radio value="theirs">
                      {t('ypEditing.contact.guardianTheirs', {
                        guardian: row.theirs ? guardianText(row.theirs) : t('ypEditing.contact.guardianMissing'),
                      })}
                    </Radio>
                  </RadioGroup>
                );
              })}
            </Fieldset>
          )
        }
        reapplyLabel={t('ypEditing.conflict.reapply')}
        onReapply={() => {
          const merged = reapplyFields(base, mine, conflict.theirs);
          const mergedGuardians = mergeGuardians(rows, choices);
          setFields(contactFields(merged));
          setGuardians(mergedGuardians.map((g, index) => ({ ...g, key: nextKey + index })));
          setNextKey((k) => k + mergedGuardians.length);
          setBase(conflict.theirs);
          setVersion(conflict.version);
          setConflict(undefined);
          setReapplied(true);
          setTimeout(() => notice.current?.focus());
        }}
        discardLabel={t('ypEditing.conflict.discard')}
        onDiscard={() => onDone(t('ypEditing.contact.discarded'))}
      />
    );
  }
  const field = (id: keyof typeof fields, fieldId: string, autoComplete: string) => (
    <TextField
      id={fieldId}
      label={t(`ypContact.${id}`)}
      value={fields[id]}
      autoComplete={autoComplete}
      onChange={(e) => setFields({ ...fields, [id]: e.target.value })}
      error={form.errorFor(fieldId)}
    />
  );
  return (
    <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate aria-label={t('ypContact.edit')}>
      <VStack gap="space-16">
        <BodyShort>{t('ypContact.intro')}</BodyShort>
        {reapplied && (
          <div tabIndex={-1} ref={notice}>
            <Alert variant="info" size="small">
              {t('ypEditing.contact.reapplied', { version })}
            </Alert>
          </div>
        )}
        <FormMessages form={form} />
        {/* autoComplete off: these are another person's details, not the user's own. */}
        <HGrid gap="space-16" columns={{ xs: 1, md: 3 }}>
          {field('streetAddress', 'contact-street-address', 'off')}
          {field('postalCode', 'contact-postal-code', 'off')}
          {field('city', 'contact-city', 'off')}
          {field('phone', 'contact-phone', 'off')}
          {field('email', 'contact-email', 'off')}
        </HGrid>
        <Heading level="3" size="small">
          {t('ypContact.guardians')}
        </Heading>
        {guardians.map((g, index) => {
          const n = index + 1;
          return (
            <Fieldset key={g.key} legend={t('ypContact.guardian', { n })}>
              <HGrid gap="space-16" columns={{ xs: 1, md: 2 }}>
                <TextField
                  id={`guardian-name-${g.key}`}
                  label={t('ypContact.guardianName')}
                  value={g.name}
                  autoComplete="off"
                  onChange={(e) => setGuardian(g.key, { name: e.target.value })}
                  error={form.errorFor(`guardian-name-${g.key}`)}
                />
                <Select
                  id={`guardian-relation-${g.key}`}
                  label={t('ypContact.relation')}
                  value={g.relation}
                  onChange={(e) => setGuardian(g.key, { relation: e.target.value as GuardianRelation })}
                >
                  {RELATIONS.map((r) => (
                    <option key={r} value={r}>
                      {t(`enums.GuardianRelation.${r}`)}
                    </option>
                  ))}
                </Select>
                <TextField
                  id={`guardian-phone-${g.key}`}
                  label={t('ypContact.phone')}
                  value={g.phone}
                  autoComplete="off"
                  onChange={(e) => setGuardian(g.key, { phone: e.target.value })}
                  error={form.errorFor(`guardian-phone-${g.key}`)}
                />
                <TextField
                  id={`guardian-email-${g.key}`}
                  label={t('ypContact.email')}
                  value={g.email}
                  autoComplete="off"
                  onChange={(e) => setGuardian(g.key, { email: e.target.value })}
                  error={form.errorFor(`guardian-email-${g.key}`)}
                />
              </HGrid>
              <div>
                <Button
                  type="button"
                  size="small"
                  variant="tertiary"
                  onClick={() => setGuardians((list) => list.filter((x) => x.key !== g.key))}
                >
                  {t('ypContact.removeGuardian', { n })}
                </Button>
              </div>
            </Fieldset>
          );
        })}
        <div>
          <Button
            type="button"
            variant="secondary"
            size="small"
            onClick={() => {
              setGuardians((list) => [
                ...list,
                { key: nextKey, from: null, name: '', relation: 'PARENT', phone: '', email: '' },
              ]);
              setNextKey((k) => k + 1);
            }}
          >
            {t('ypContact.addGuardian')}
          </Button>
        </div>
        <HStack gap="space-8">
          <Button type="submit" loading={loading}>
            {t('ypContact.save')}
          </Button>
          <Button type="button" variant="tertiary" onClick={() => onDone()}>
            {t('ypContact.cancel')}
          </Button>
        </HStack>
      </VStack>
    </form>
  );
}

// Skyddad identitet: marking names who may still see the details: those already named, the
// responsible coordinator and the one marking (a coordinator cannot list the unit's users; the
// api checks that each is an active member of the KAA unit). Lifting it shows the details to
// everyone working the case again. Both ask first; the api audits both. Saved with the record's
// version the page shows: when someone else saved the record first (CONFLICT) the marking chosen
// is shown beside the one saved now on the shared VersionConflict screen, and the user makes the
// change again on the saved version or drops it.
function ProtectedIdentity({ person }: { person: Person }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const client = useApolloClient();
  // The marking as the user saw it when they chose to change it: the save is made on that
  // version, so a change saved meanwhile (the page refreshes live) is a conflict to show, not
  // something silently overwritten.
  const [confirming, setConfirming] = useState<SavedMarking>();
  const [saved, setSaved] = useState<string>();
  const [conflict, setConflict] = useState<{ mine: boolean; theirs: SavedMarking }>();
  const form = useFormState();
  const [set, { loading }] = useMutation(SetProtectedIdentityDocument, {
    refetchQueries: [{ query: YoungPersonDocument, variables: { id: person.id } }],
    awaitRefetchQueries: true,
  });
  const on = person.protectedIdentity === true;
  const named = person.protectedNamedUserIds ?? [];
  // Only someone who may see the details may change the marking (the api says FORBIDDEN).
  const mayChange = person.contact !== null && person.protectedNamedUserIds !== null;
  // Marks or lifts on the given version of the record (the page's, or the one saved meanwhile).
  const save = async (protect: boolean, basis: SavedMarking) => {
    const users = protect
      ? [...new Set([...basis.named, ...(basis.coordinatorId ? [basis.coordinatorId] : []), viewer.me.user.id])]
      : [];
    form.check([]);
    try {
      await set({
        variables: {
          input: { id: person.id, version: basis.version, protectedIdentity: protect, namedUserIds: users },
        },
      });
      setConflict(undefined);
      setSaved(t(protect ? 'ypContact.protectedSaved' : 'ypContact.unprotectedSaved'));
    } catch (error) {
      if (!(await caught(error, protect))) form.failed(error);
    }
  };
  // After a failed save: true when it was a CONFLICT, now shown beside the marking saved now.
  const caught = async (error: unknown, mine: boolean): Promise<boolean> => {
    if (errorCode(error) !== 'CONFLICT') return false;
    try {
      const current = await client.query({
        query: CurrentProtectedIdentityDocument,
        variables: { id: person.id },
        fetchPolicy: 'network-only',
      });
      const now = current.data?.youngPerson;
      if (!now) return false;
      setConflict({
        mine,
        theirs: {
          version: now.version,
          protected: now.protectedIdentity === true,
          named: now.protectedNamedUserIds ?? [],
          coordinatorId: now.coordinatorId ?? null,
        },
      });
    } catch (reload) {
      form.failed(reload);
    }
    return true;
  };
  const run = async (basis: SavedMarking) => {
    await save(!basis.protected, basis);
    setConfirming(undefined);
  };
  const heading = (
    <Heading level="3" size="small">
      {t('ypContact.protectedHeading')}
    </Heading>
  );
  if (conflict) {
    const { mine, theirs } = conflict;
    // Saved meanwhile as the user wanted it: nothing to make again, only to close.
    const same = theirs.protected === mine;
    const marking = (value: boolean) => t(value ? 'ypContact.protectedYes' : 'ypContact.protectedNo');
    const facts = (value: boolean, users: number | undefined) => [
      { label: t('ypContact.protectedField'), value: marking(value) },
      ...(users === undefined
        ? []
        : [{ label: t('ypContact.namedField'), value: users > 0 ? String(users) : t('ypContact.namedNone') }]),
    ];
    const change = t('ypEditing.conflict.changed', { field: t('ypContact.protectedField'), value: marking(mine) });
    return (
      <VStack gap="space-8">
        {heading}
        <VersionConflict
          id="protected-identity"
          level="4"
          title={t('ypContact.protectedConflictTitle')}
          body={t(same ? 'ypContact.protectedConflictSame' : 'ypContact.protectedConflictBody', {
            version: theirs.version,
          })}
          changesHeading={t('ypEditing.conflict.yourChanges')}
          changes={[change]}
          mineHeading={t('ypEditing.conflict.mineVersion')}
          mine={<VersionFacts facts={facts(mine, undefined)} />}
          theirsHeading={t('ypEditing.conflict.theirsVersion', { version: theirs.version })}
          theirs={<VersionFacts facts={facts(theirs.protected, theirs.protected ? theirs.named.length : undefined)} />}
          reapplyLabel={same ? undefined : t('ypEditing.conflict.reapply')}
          onReapply={same ? undefined : () => void save(mine, theirs)}
          discardLabel={t(same ? 'ypContact.protectedClose' : 'ypEditing.conflict.discard')}
          onDiscard={() => {
            setConflict(undefined);
            setSaved(same ? undefined : t('ypContact.protectedDiscarded'));
            void client.refetchQueries({ include: [YoungPersonDocument] });
          }}
        />
        <FormMessages form={form} />
      </VStack>
    );
  }
  return (
    <VStack gap="space-8">
      {heading}
      <BodyShort>{on ? t('ypContact.protectedOn', { n: named.length }) : t('ypContact.protectedOff')}</BodyShort>
      <FormMessages form={form} />
      <SavedMessage text={saved} />
      {mayChange && (
        <div>
          <Button
            type="button"
            size="small"
            variant={on ? 'secondary' : 'danger'}
            onClick={() => {
              setConfirming({
                version: person.version,
                protected: on,
                named,
                coordinatorId: person.coordinatorId ?? null,
              });
              setSaved(undefined);
            }}
          >
            {on ? t('ypContact.unprotect') : t('ypContact.protect')}
          </Button>
        </div>
      )}
      {confirming && (
        <ConfirmDialog
          heading={confirming.protected ? t('ypContact.unprotect') : t('ypContact.protect')}
          body={confirming.protected ? t('ypContact.confirmUnprotect') : t('ypContact.confirmProtect')}
          confirmLabel={confirming.protected ? t('ypContact.unprotect') : t('ypContact.protect')}
          cancelLabel={t('ypContact.cancel')}
          busy={loading}
          onConfirm={() => void run(confirming)}
          onCancel={() => setConfirming(undefined)}
        />
      )}
    </VStack>
  );
}

// The marking as saved in one version of the record.
interface SavedMarking {
  version: number;
  protected: boolean;
  named: string[];
  coordinatorId: string | null;
}
