import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import './admin-strings';
import { errorMessageKey } from '../app/api-error';
import {
  AdminCataloguesDocument,
  CreateMeasureTypeDocument,
  DefineInformationCategoryDocument,
  RetireInformationCategoryDocument,
  UpdateMeasureTypeDocument,
} from '../gql/administration/admin-manage';
import type { AdminCataloguesQuery, MeasureTier, ScbMeasureCategory } from '../gql/graphql';
import { formatDate } from '../i18n/format';
import {
  Alert,
  BodyLong,
  BodyShort,
  Button,
  DataTable,
  FormErrorSummary,
  HStack,
  Heading,
  LoadingState,
  PageHeading,
  Select,
  Tag,
  TextField,
  VStack,
  type DataTableColumn,
  type FieldError,
} from '../ui';

type MeasureType = AdminCataloguesQuery['measureTypes'][number];
const SCB: ScbMeasureCategory[] = [
  'STUDY_AND_CAREER_GUIDANCE',
  'MOTIVATIONAL',
  'WORK_PLACEMENT',
  'INTRODUCTION_PROGRAMME',
  'ADULT_EDUCATION',
  'FOLK_HIGH_SCHOOL',
  'OTHER',
];
const TIERS: MeasureTier[] = ['PROMOTIVE', 'PREVENTIVE', 'REMEDIAL'];
const REFETCH = { refetchQueries: ['AdminCatalogues'], awaitRefetchQueries: true };

// The administrator's catalogues: the municipality's own information categories (define,
// retire) and its measure types (add, take out of use or back).
export function CataloguesPage() {
  const { t } = useTranslation();
  const { data, error } = useQuery(AdminCataloguesDocument);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const report = (ok: boolean, text: string) => setMessage({ ok, text });
  return (
    <VStack gap="space-32">
      <PageHeading>{t('adminManage.cataloguesTitle')}</PageHeading>
      <div aria-live="polite">
        {message && (
          <Alert size="small" variant={message.ok ? 'success' : 'error'}>
            {message.text}
          </Alert>
        )}
      </div>
      {error && (
        <Alert variant="error" role="alert">
          {t(errorMessageKey(error))}
        </Alert>
      )}
      {!data && !error && <LoadingState />}
      {data && (
        <>
          <Categories categories={data.informationCategoryDefinitions} report={report} />
          <MeasureTypes types={data.measureTypes} report={report} />
        </>
      )}
    </VStack>
  );
}

function Categories({
  categories,
  report,
}: {
  categories: AdminCataloguesQuery['informationCategoryDefinitions'];
  report: (ok: boolean, text: string) => void;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [submitCount, setSubmitCount] = useState(0);
  const [define, { loading }] = useMutation(DefineInformationCategoryDocument, REFETCH);
  const [retire] = useMutation(RetireInformationCategoryDocument, REFETCH);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const list: FieldError[] = [];
    if (!code.trim()) list.push({ fieldId: 'category-code', message: t('adminManage.codeRequired') });
    else if (!/^[A-ZÅÄÖ][A-ZÅÄÖ0-9_]{0,39}$/.test(code.trim()))
      list.push({ fieldId: 'category-code', message: t('adminManage.codeInvalid') });
    if (!name.trim()) list.push({ fieldId: 'category-name', message: t('adminManage.categoryNameRequired') });
    setErrors(list);
    setSubmitCount((n) => n + 1);
    if (list.length > 0) return;
    try {
      await define({ variables: { input: { code: code.trim(), name: name.trim() } } });
      report(true, t('adminManage.categoryAdded', { code: code.trim() }));
      setCode('');
      setName('');
    } catch (error) {
      report(false, t(errorMessageKey(error)));
    }
  };
  return (
    <section aria-labelledby="categories-heading">
      <VStack gap="space-16">
        <div>
          <Heading level="2" size="medium" spacing id="categories-heading">
            {t('adminManage.categoriesHeading')}
          </Heading>
          <BodyLong>{t('adminManage.categoriesIntro')}</BodyLong>
        </div>
        {categories.length === 0 ? (
          <BodyShort>{t('adminManage.noCategories')}</BodyShort>
        ) : (
          <ul className="brygga-plain-list">
            {categories.map((c) => (
              <li key={c.id} className="brygga-membership">
                <HStack gap="space-16" align="center">
                  <BodyShort>
                    <code>{c.code}</code> {c.name}
                  </BodyShort>
                  {c.retiredAt ? (
                    <Tag size="small" variant="neutral">
                      {t('adminManage.retired', { date: formatDate(c.retiredAt) })}
                    </Tag>
                  ) : (
                    <Button
                      size="small"
                      variant="secondary"
                      type="button"
                      onClick={() =>
                        void retire({ variables: { code: c.code } }).catch((error: unknown) =>
                          report(false, t(errorMessageKey(error))),
                        )
                      }
                    >
                      {t('adminManage.retire', { name: c.name })}
                    </Button>
                  )}
                </HStack>
              </li>
            ))}
          </ul>
        )}
        <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="define-category-heading">
          <VStack gap="space-16">
            <Heading level="3" size="small" id="define-category-heading">
              {t('adminManage.defineCategory')}
            </Heading>
            <FormErrorSummary errors={errors} submitCount={submitCount} />
            <HStack gap="space-16" align="start">
              <TextField
                id="category-code"
                label={t('adminManage.code')}
                description={t('adminManage.categoryCodeHint')}
                value={code}
                autoComplete="off"
                onChange={(e) => setCode(e.target.value.toUpperCase())}
                error={errors.find((e) => e.fieldId === 'category-code')?.message}
              />
              <TextField
                id="category-name"
                label={t('adminManage.categoryName')}
                value={name}
                autoComplete="off"
                onChange={(e) => setName(e.target.value)}
                error={errors.find((e) => e.fieldId === 'category-name')?.message}
              />
            </HStack>
            <div>
              <Button type="submit" loading={loading}>
                {t('adminManage.defineCategory')}
              </Button>
            </div>
          </VStack>
        </form>
      </VStack>
    </section>
  );
}

function MeasureTypes({ types, report }: { types: MeasureType[]; report: (ok: boolean, text: string) => void }) {
  const { t } = useTranslation();
  const [update] = useMutation(UpdateMeasureTypeDocument, REFETCH);
  const [editing, setEditing] = useState<string>();
  const edited = types.find((m) => m.id === editing);
  const columns = useMemo<Array<DataTableColumn<MeasureType>>>(
    () => [
      { id: 'code', header: t('adminManage.code'), cell: (m) => <code>{m.code}</code> },
      { id: 'name', header: t('adminManage.name'), cell: (m) => m.name },
      { id: 'scb', header: t('adminManage.scbCategory'), cell: (m) => t(`adminManage.scb.${m.scbCategory}`) },
      { id: 'tier', header: t('adminManage.tier'), cell: (m) => t(`adminManage.tierValue.${m.defaultTier}`) },
      {
        id: 'status',
        header: t('adminManage.status'),
        cell: (m) => (
          <HStack gap="space-8" align="center">
            <Tag size="small" variant={m.active ? 'success' : 'neutral'}>
              {m.active ? t('adminManage.active') : t('adminManage.inactive')}
            </Tag>
            <Button
              size="xsmall"
              variant="tertiary"
              type="button"
              onClick={() =>
                void update({ variables: { input: { id: m.id, version: m.version, active: !m.active } } }).catch(
                  (error: unknown) => report(false, t(errorMessageKey(error))),
                )
              }
            >
              {m.active ? t('adminManage.deactivate', { name: m.name }) : t('adminManage.activate', { name: m.name })}
            </Button>
          </HStack>
        ),
      },
      {
        id: 'edit',
        header: '',
        cell: (m) => (
          <Button size="xsmall" variant="secondary" type="button" onClick={() => setEditing(m.id)}>
            {t('adminManage.editMeasureType', { name: m.name })}
          </Button>
        ),
      },
    ],
    [t, update, report],
  );
  return (
    <section aria-labelledby="measure-types-heading">
      <VStack gap="space-16">
        <div>
          <Heading level="2" size="medium" spacing id="measure-types-heading">
            {t('adminManage.measureTypesHeading')}
          </Heading>
          <BodyLong>{t('adminManage.measureTypesIntro')}</BodyLong>
        </div>
        <DataTable
          caption={t('adminManage.measureTypesCaption')}
          regionLabel={t('adminManage.measureTypesRegion')}
          columns={columns}
          rows={types}
          rowKey={(m) => m.id}
        />
        {edited && (
          <EditMeasureType key={edited.id} type={edited} report={report} onClose={() => setEditing(undefined)} />
        )}
        <AddMeasureType report={report} />
      </VStack>
    </section>
  );
}

function AddMeasureType({ report }: { report: (ok: boolean, text: string) => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<{
    code: string;
    name: string;
    scb: ScbMeasureCategory | '';
    tier: MeasureTier | '';
  }>({ code: '', name: '', scb: '', tier: '' });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [submitCount, setSubmitCount] = useState(0);
  const [create, { loading }] = useMutation(CreateMeasureTypeDocument, REFETCH);
  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const list: FieldError[] = [];
    if (!form.code.trim()) list.push({ fieldId: 'measure-code', message: t('adminManage.codeRequired') });
    else if (!/^[A-Z0-9_-]{1,40}$/.test(form.code.trim()))
      list.push({ fieldId: 'measure-code', message: t('adminManage.codeInvalid') });
    if (!form.name.trim()) list.push({ fieldId: 'measure-name', message: t('adminManage.measureTypeNameRequired') });
    if (!form.scb) list.push({ fieldId: 'measure-scb', message: t('adminManage.scbRequired') });
    if (!form.tier) list.push({ fieldId: 'measure-tier', message: t('adminManage.tierRequired') });
    setErrors(list);
    setSubmitCount((n) => n + 1);
    if (list.length > 0 || !form.scb || !form.tier) return;
    try {
      await create({
        variables: {
          input: { code: form.code.trim(), name: form.name.trim(), scbCategory: form.scb, defaultTier: form.tier },
        },
      });
      report(true, t('adminManage.measureTypeAdded', { code: form.code.trim() }));
      setForm({ code: '', name: '', scb: '', tier: '' });
    } catch (error) {
      report(false, t(errorMessageKey(error)));
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="add-measure-type-heading">
      <VStack gap="space-16">
        <Heading level="3" size="small" id="add-measure-type-heading">
          {t('adminManage.addMeasureType')}
        </Heading>
        <FormErrorSummary errors={errors} submitCount={submitCount} />
        <HStack gap="space-16" align="start">
          <TextField
            id="measure-code"
            label={t('adminManage.code')}
            description={t('adminManage.measureCodeHint')}
            value={form.code}
            autoComplete="off"
            onChange={(e) => setForm({ ...form, code: e.target.value.toUpperCase() })}
            error={errorFor('measure-code')}
          />
          <TextField
            id="measure-name"
            label={t('adminManage.name')}
            value={form.name}
            autoComplete="off"
            onChange={(e) => setForm({ ...form, name: e.target.value })}
            error={errorFor('measure-name')}
          />
          <Select
            id="measure-scb"
            label={t('adminManage.scbCategory')}
            value={form.scb}
            onChange={(e) => setForm({ ...form, scb: e.target.value as ScbMeasureCategory | '' })}
            error={errorFor('measure-scb')}
          >
            <option value="">{t('adminManage.choose')}</option>
            {SCB.map((c) => (
              <option key={c} value={c}>
                {t(`adminManage.scb.${c}`)}
              </option>
            ))}
          </Select>
          <Select
            id="measure-tier"
            label={t('adminManage.tier')}
            value={form.tier}
            onChange={(e) => setForm({ ...form, tier: e.target.value as MeasureTier | '' })}
            error={errorFor('measure-tier')}
          >
            <option value="">{t('adminManage.choose')}</option>
            {TIERS.map((c) => (
              <option key={c} value={c}>
                {t(`adminManage.tierValue.${c}`)}
              </option>
            ))}
          </Select>
        </HStack>
        <div>
          <Button type="submit" loading={loading}>
            {t('adminManage.addMeasureType')}
          </Button>
        </div>
      </VStack>
    </form>
  );
}

// Renaming or re-categorising a measure type changes it everywhere it is used (the type is a
// reference, never copied); a type in use is never deleted, only taken out of use. Saved
// against the version shown: a change made meanwhile is a CONFLICT.
function EditMeasureType({
  type,
  report,
  onClose,
}: {
  type: MeasureType;
  report: (ok: boolean, text: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  const [form, setForm] = useState({ name: type.name, scb: type.scbCategory, tier: type.defaultTier });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [submitCount, setSubmitCount] = useState(0);
  const [update, { loading }] = useMutation(UpdateMeasureTypeDocument, REFETCH);
  useEffect(() => ref.current?.focus(), []);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const list: FieldError[] = [];
    if (!form.name.trim())
      list.push({ fieldId: 'edit-measure-name', message: t('adminManage.measureTypeNameRequired') });
    setErrors(list);
    setSubmitCount((n) => n + 1);
    if (list.length > 0) return;
    try {
      await update({
        variables: {
          input: {
            id: type.id,
            version: type.version,
            name: form.name.trim(),
            scbCategory: form.scb,
            defaultTier: form.tier,
          },
        },
      });
      report(true, t('adminManage.measureTypeSaved', { code: type.code }));
      onClose();
    } catch (error) {
      report(false, t(errorMessageKey(error)));
    }
  };
  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="edit-measure-type-heading"
      className="brygga-card"
    >
      <VStack gap="space-16">
        <Heading level="3" size="small" id="edit-measure-type-heading" tabIndex={-1} ref={ref}>
          {t('adminManage.editMeasureTypeHeading', { code: type.code })}
        </Heading>
        <FormErrorSummary errors={errors} submitCount={submitCount} />
        <HStack gap="space-16" align="start">
          <TextField
            id="edit-measure-name"
            label={t('adminManage.name')}
            value={form.name}
            autoComplete="off"
            onChange={(e) => setForm({ ...form, name: e.target.value })}
            error={errors.find((e) => e.fieldId === 'edit-measure-name')?.message}
          />
          <Select
            id="edit-measure-scb"
            label={t('adminManage.scbCategory')}
            value={form.scb}
            onChange={(e) => setForm({ ...form, scb: e.target.value as ScbMeasureCategory })}
          >
            {SCB.map((c) => (
              <option key={c} value={c}>
                {t(`adminManage.scb.${c}`)}
              </option>
            ))}
          </Select>
          <Select
            id="edit-measure-tier"
            label={t('adminManage.tier')}
            value={form.tier}
            onChange={(e) => setForm({ ...form, tier: e.target.value as MeasureTier })}
          >
            {TIERS.map((c) => (
              <option key={c} value={c}>
                {t(`adminManage.tierValue.${c}`)}
              </option>
            ))}
          </Select>
        </HStack>
        <HStack gap="space-8">
          <Button type="submit" loading={loading}>
            {t('adminManage.save')}
          </Button>
          <Button type="button" variant="tertiary" onClick={onClose}>
            {t('adminManage.cancel')}
          </Button>
        </HStack>
      </VStack>
    </form>
  );
}
