import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessageKey } from '../app/api-error';
import type { PlanVersionPartsFragment } from '../gql/graphql';
import { ComparePlanVersionsDocument, PlanVersionDocument } from '../gql/plan/plan';
import { formatDate, formatDateTime } from '../i18n/format';
import type { NamedOrganization } from '../organization/named-organization';
import {
  Alert,
  BodyLong,
  BodyShort,
  Button,
  DataTable,
  FormErrorSummary,
  HGrid,
  Heading,
  LoadingState,
  Select,
  Tag,
  VStack,
  type FieldError,
} from '../ui';
import {
  countChanges,
  fieldNameKey,
  formatValue,
  groupChanges,
  type ChangeEntry,
  type ChangeSection,
  type ComparedDocument,
  type ValueWords,
} from './plan-compare';
import { draftFromPlan } from './plan-draft';
import { namedOrganizations } from './plan-organizations';
import { focusLater, PlanView } from './plan-view';
import './plan-strings';

export interface VersionRow {
  version: number;
  changedAt: string;
  changedByName?: string | null;
  changedFields: readonly string[];
}

const PARTS = ['plan', 'goals', 'actions', 'followUps'] as const;
type Part = (typeof PARTS)[number];

// A heading that takes focus when it appears (a panel opened by a button).
function FocusedHeading({ level, text, id }: { level: '3' | '4'; text: string; id?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Heading level={level} size="small" spacing tabIndex={-1} ref={ref} id={id}>
      {text}
    </Heading>
  );
}

// "Versioner": every saved version of a plan, newest first, with when and by whom; one opened
// read-only; two compared. The list comes with the page's data; opening or comparing is one
// request each; each version names its own organisations (the api's names, not a list).
export function PlanVersions({
  planId,
  title,
  versions,
  onClose,
}: {
  planId: string;
  title: string;
  versions: readonly VersionRow[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  const [opened, setOpened] = useState<number>();
  const [fromVersion, setFromVersion] = useState(String(newestFirst[1]?.version ?? newestFirst[0]?.version ?? 1));
  const [toVersion, setToVersion] = useState(String(newestFirst[0]?.version ?? 1));
  const [compared, setCompared] = useState<{ from: number; to: number }>();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [submitCount, setSubmitCount] = useState(0);

  const changedWords = (row: VersionRow): string => {
    if (row.version === 1) return t('ypPlan.versions.first');
    const parts = PARTS.filter((part: Part) =>
      part === 'plan'
        ? row.changedFields.some((f) => !(PARTS as readonly string[]).includes(f))
        : row.changedFields.includes(part),
    );
    return parts.map((part) => t(`ypPlan.versions.parts.${part}`)).join(', ') || '–';
  };

  const compare = (event: FormEvent) => {
    event.preventDefault();
    const list: FieldError[] =
      fromVersion === toVersion ? [{ fieldId: 'plan-compare-from', message: t('ypPlan.versions.sameVersion') }] : [];
    setErrors(list);
    setSubmitCount((n) => n + 1);
    if (list.length > 0) return;
    const a = Number(fromVersion);
    const b = Number(toVersion);
    setOpened(undefined);
    setCompared({ from: Math.min(a, b), to: Math.max(a, b) });
  };

  const columns = [
    { id: 'version', header: t('ypPlan.versions.version'), cell: (v: VersionRow) => String(v.version) },
    { id: 'changedAt', header: t('ypPlan.versions.savedAt'), cell: (v: VersionRow) => formatDateTime(v.changedAt) },
    {
      id: 'changedBy',
      header: t('ypPlan.versions.savedBy'),
      cell: (v: VersionRow) => v.changedByName ?? t('ypPlan.versions.unknownUser'),
    },
    { id: 'changed', header: t('ypPlan.versions.changed'), cell: changedWords },
    {
      id: 'show',
      header: t('ypPlan.versions.openColumn'),
      cell: (v: VersionRow) => (
        <Button
          id={`plan-version-show-${v.version}`}
          size="small"
          variant="secondary"
          onClick={() => {
            setCompared(undefined);
            setOpened(v.version);
          }}
        >
          {t('ypPlan.versions.show', { version: v.version })}
        </Button>
      ),
    },
  ];

  return (
    <section aria-labelledby="plan-versions-heading" className="brygga-card">
      <VStack gap="space-16">
        <FocusedHeading level="3" id="plan-versions-heading" text={t('ypPlan.versions.heading', { title })} />
        <BodyLong>{t('ypPlan.versions.intro')}</BodyLong>
        <DataTable
          caption={t('ypPlan.versions.caption')}
          regionLabel={t('ypPlan.versions.region')}
          columns={columns}
          rows={newestFirst}
          rowKey={(v) => String(v.version)}
        />
        {newestFirst.length > 1 && (
          <form onSubmit={compare} noValidate aria-labelledby="plan-compare-heading">
            <VStack gap="space-12">
              <Heading level="4" size="xsmall" id="plan-compare-heading">
                {t('ypPlan.versions.compareHeading')}
              </Heading>
              <FormErrorSummary errors={errors} submitCount={submitCount} />
              <HGrid gap="space-16" columns={{ xs: 1, md: 2 }}>
                <VersionSelect
                  id="plan-compare-from"
                  label={t('ypPlan.versions.fromVersion')}
                  value={fromVersion}
                  onChange={setFromVersion}
                  versions={newestFirst}
                  error={errors.find((e) => e.fieldId === 'plan-compare-from')?.message}
                />
                <VersionSelect
                  id="plan-compare-to"
                  label={t('ypPlan.versions.toVersion')}
                  value={toVersion}
                  onChange={setToVersion}
                  versions={newestFirst}
                />
              </HGrid>
              <div>
                <Button type="submit" variant="secondary">
                  {t('ypPlan.versions.compare')}
                </Button>
              </div>
            </VStack>
          </form>
        )}
        {opened !== undefined && (
          <OpenedVersion
            key={opened}
            planId={planId}
            version={opened}
            onClose={() => {
              focusLater(`plan-version-show-${opened}`);
              setOpened(undefined);
            }}
          />
        )}
        {compared && (
          <Comparison key={`${compared.from}-${compared.to}`} planId={planId} from={compared.from} to={compared.to} />
        )}
        <div>
          <Button variant="tertiary" onClick={onClose}>
            {t('ypPlan.versions.close')}
          </Button>
        </div>
      </VStack>
    </section>
  );
}

function VersionSelect({
  id,
  label,
  value,
  onChange,
  versions,
  error,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  versions: readonly VersionRow[];
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <Select id={id} label={label} value={value} onChange={(e) => onChange(e.target.value)} error={error}>
      {versions.map((v) => (
        <option key={v.version} value={v.version}>
          {t('ypPlan.versions.versionOption', { version: v.version, time: formatDateTime(v.changedAt) })}
        </option>
      ))}
    </Select>
  );
}

function OpenedVersion({ planId, version, onClose }: { planId: string; version: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(PlanVersionDocument, { variables: { planId, version } });
  const found = data?.actionPlanVersion;
  return (
    <section aria-labelledby="plan-version-heading" className="brygga-card">
      <VStack gap="space-12">
        <FocusedHeading level="4" id="plan-version-heading" text={t('ypPlan.versions.readOnlyHeading', { version })} />
        {error && (
          <Alert variant="error" role="alert">
            {t('ypPlan.versions.loadFailed')} {t(errorMessageKey(error))}
          </Alert>
        )}
        {!found && !error && <LoadingState />}
        {found && (
          <>
            <BodyShort>
              {t('ypPlan.versions.readOnlyLine', {
                time: formatDateTime(found.changedAt),
                name: found.changedByName ?? t('ypPlan.versions.unknownUser'),
              })}
            </BodyShort>
            <PlanView
              draft={draftFromPlan(found.plan)}
              organizations={namedOrganizations(found.plan)}
              headingLevel="4"
              label={t('youngPersonWork.plan.theirsShort', { version })}
            />
          </>
        )}
        <div>
          <Button variant="tertiary" size="small" onClick={onClose}>
            {t('ypPlan.versions.closeVersion', { version })}
          </Button>
        </div>
      </VStack>
    </section>
  );
}

type Doc = PlanVersionPartsFragment['plan'];

function Comparison({ planId, from, to }: { planId: string; from: number; to: number }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(ComparePlanVersionsDocument, {
    variables: { planId, fromVersion: from, toVersion: to },
  });
  return (
    <section aria-labelledby="plan-compare-result-heading" className="brygga-card">
      <VStack gap="space-12">
        <FocusedHeading level="4" id="plan-compare-result-heading" text={t('ypPlan.compare.heading', { from, to })} />
        {error && (
          <Alert variant="error" role="alert">
            {t(errorMessageKey(error))}
          </Alert>
        )}
        {!data && !error && <LoadingState />}
        {data && (
          <ChangeList
            entries={groupChanges(data.changes, data.from.plan, data.to.plan)}
            fromDoc={data.from.plan}
            toDoc={data.to.plan}
            from={from}
            to={to}
            organizations={namedOrganizations(data.from.plan, data.to.plan)}
          />
        )}
      </VStack>
    </section>
  );
}

function ChangeList({
  entries,
  fromDoc,
  toDoc,
  from,
  to,
  organizations,
}: {
  entries: ChangeEntry[];
  fromDoc: Doc;
  toDoc: Doc;
  from: number;
  to: number;
  organizations: NamedOrganization[];
}) {
  const { t } = useTranslation();
  if (entries.length === 0) return <BodyShort>{t('ypPlan.compare.none', { from, to })}</BodyShort>;
  const counts = countChanges(entries);
  const goalWords = (id: string): string => {
    const index = toDoc.goals.findIndex((g) => g.id === id);
    if (index >= 0)
      return `${t('youngPersonWork.plan.goalNumber', { n: index + 1 })}: ${toDoc.goals[index]?.text ?? ''}`;
    const old = fromDoc.goals.find((g) => g.id === id);
    return old ? old.text : t('ypPlan.compare.goalRemoved');
  };
  const words: ValueWords = {
    empty: t('ypPlan.compare.empty'),
    date: formatDate,
    organization: (id) => organizations.find((o) => o.id === id)?.name ?? '–',
    person: (_id, name) => name ?? t('ypPlan.details.unknownPerson'),
    goal: goalWords,
    enumLabel: (field, value) => {
      if (field === 'participation') return t(`ypPlan.participation.${value as Doc['participation']}`);
      if (field === 'owner') return t(`enums.GoalOwner.${value as Doc['goals'][number]['owner']}`);
      if (field === 'actionStatus') return t(`enums.PlanActionStatus.${value as Doc['actions'][number]['status']}`);
      return t(`ypPlan.planStatus.${value as Doc['status']}`);
    },
    position: (n) => t('ypPlan.compare.position', { n }),
    evaluations: (count) => t('ypPlan.compare.evaluations', { count }),
  };
  const names: { from: ComparedDocument; to: ComparedDocument } = { from: fromDoc, to: toDoc };
  const sections: ChangeSection[] = ['plan', 'goals', 'actions', 'followUps'];
  return (
    <>
      <BodyShort>{t('ypPlan.compare.summary', { ...counts })}</BodyShort>
      {sections.map((section) => {
        const list = entries.filter((e) => e.section === section);
        if (list.length === 0) return null;
        return (
          <div key={section}>
            <Heading level="5" size="xsmall" spacing>
              {t(`ypPlan.compare.sections.${section}`)}
            </Heading>
            <ul className="brygga-plain-list brygga-changes">
              {list.map((entry) => (
                <li key={`${entry.section}-${entry.key}`} className="brygga-change">
                  <BodyShort>
                    <Tag
                      size="xsmall"
                      variant={entry.kind === 'ADDED' ? 'success' : entry.kind === 'REMOVED' ? 'error' : 'info'}
                    >
                      {t(`ypPlan.compare.kind.${entry.kind}`)}
                    </Tag>{' '}
                    {entry.section === 'plan'
                      ? t(`ypPlan.field.${fieldNameKey(entry.section, entry.key)}`)
                      : t(`ypPlan.compare.item.${entry.section}`, {
                          text: entry.section === 'followUps' ? formatDate(entry.label) : entry.label,
                        })}
                  </BodyShort>
                  {entry.fields.length > 0 && (
                    <ul className="brygga-change-fields">
                      {entry.fields.map((f) => (
                        <li key={f.field}>
                          <BodyShort size="small">
                            {t('ypPlan.compare.fieldChange', {
                              field: t(`ypPlan.field.${fieldNameKey(entry.section, f.field)}`),
                              before: formatValue(entry.section, f.field, f.before, words, names),
                              after: formatValue(entry.section, f.field, f.after, words, names),
                            })}
                          </BodyShort>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}
