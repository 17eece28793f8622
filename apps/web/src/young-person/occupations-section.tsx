import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { RecordOccupationDocument, YoungPersonDocument } from '../gql/young-person/young-person';
import type { OccupationCategory, OccupationKind, OccupationSource, YoungPersonQuery } from '../gql/graphql';
import { formatDate, todayIso } from '../i18n/format';
import {
  Button,
  DataTable,
  HGrid,
  Radio,
  RadioGroup,
  Select,
  TextField,
  useFocusOnOpen,
  VStack,
  type FieldError,
} from '../ui';
import { dateError, useFormState } from './form-state';
import { FormMessages, PageSection, SavedMessage } from './page-parts';

type Person = YoungPersonQuery['youngPerson'];
type Occupation = Person['occupationHistory'][number];

const KINDS: OccupationKind[] = ['CURRENT', 'PREVIOUS', 'PLANNED'];
const CATEGORIES: OccupationCategory[] = ['EDUCATION', 'WORK', 'OTHER_ACTIVITY', 'NONE', 'UNKNOWN'];
const SOURCES: OccupationSource[] = ['YOUNG_PERSON', 'GUARDIAN', 'SCHOOL', 'PARTNER', 'REGISTER', 'OTHER'];

// Sysselsättning: every recorded occupation, newest first, and recording a new one.
export function OccupationsSection({ person }: { person: Person }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<string>();
  const columns = [
    {
      id: 'validFrom',
      header: t('youngPersonWork.occupations.validFrom'),
      cell: (o: Occupation) => formatDate(o.validFrom),
    },
    {
      id: 'kind',
      header: t('youngPersonWork.occupations.kind'),
      cell: (o: Occupation) => t(`enums.OccupationKind.${o.kind}`),
    },
    {
      id: 'category',
      header: t('youngPersonWork.occupations.category'),
      cell: (o: Occupation) => t(`enums.OccupationCategory.${o.category}`),
    },
    {
      id: 'source',
      header: t('youngPersonWork.occupations.source'),
      cell: (o: Occupation) => t(`enums.OccupationSource.${o.source}`),
    },
  ];
  return (
    <PageSection id="sysselsattning" title={t('youngPersonWork.occupations.title')}>
      {person.occupationHistory.length === 0 ? (
        <p>{t('youngPerson.noOccupations')}</p>
      ) : (
        <DataTable
          caption={t('youngPersonWork.occupations.caption')}
          regionLabel={t('youngPersonWork.occupations.region')}
          columns={columns}
          rows={person.occupationHistory}
          rowKey={(o) => o.id}
        />
      )}
      <SavedMessage text={saved} />
      {person.enrollment &&
        (open ? (
          <OccupationForm
            youngPersonId={person.id}
            onDone={(message) => {
              setOpen(false);
              setSaved(message);
            }}
          />
        ) : (
          <div>
            <Button variant="secondary" onClick={() => (setOpen(true), setSaved(undefined))}>
              {t('youngPersonWork.occupations.record')}
            </Button>
          </div>
        ))}
    </PageSection>
  );
}

function OccupationForm({ youngPersonId, onDone }: { youngPersonId: string; onDone: (message?: string) => void }) {
  const formRef = useFocusOnOpen<HTMLFormElement>();
  const { t } = useTranslation();
  const [kind, setKind] = useState<OccupationKind>('CURRENT');
  const [category, setCategory] = useState<OccupationCategory | ''>('');
  const [source, setSource] = useState<OccupationSource>('YOUNG_PERSON');
  const [validFrom, setValidFrom] = useState(todayIso());
  const form = useFormState({ validFrom: 'occupation-valid-from', category: 'occupation-category' });
  const [record, { loading }] = useMutation(RecordOccupationDocument, {
    refetchQueries: [{ query: YoungPersonDocument, variables: { id: youngPersonId } }],
    awaitRefetchQueries: true,
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const list: FieldError[] = [
      ...(category
        ? []
        : [{ fieldId: 'occupation-category', message: t('youngPersonWork.occupations.categoryRequired') }]),
      ...dateError(validFrom, t('register.dateFormat'), 'occupation-valid-from'),
    ];
    if (!form.check(list) || !category) return;
    try {
      await record({ variables: { input: { youngPersonId, kind, category, source, validFrom } } });
      onDone(t('youngPersonWork.occupations.saved'));
    } catch (error) {
      form.failed(error);
    }
  };
  return (
    <form
      ref={formRef}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('youngPersonWork.occupations.record')}
    >
      <VStack gap="space-16">
        <FormMessages form={form} />
        <RadioGroup
          id="occupation-kind"
          legend={t('youngPersonWork.occupations.kind')}
          value={kind}
          onChange={(value: OccupationKind) => setKind(value)}
        >
          {KINDS.map((k) => (
            <Radio key={k} value={k}>
              {t(`enums.OccupationKind.${k}`)}
            </Radio>
          ))}
        </RadioGroup>
        <HGrid gap="space-16" columns={{ xs: 1, md: 2 }}>
          <Select
            id="occupation-category"
            label={t('youngPersonWork.occupations.category')}
            value={category}
            onChange={(e) => setCategory(e.target.value as OccupationCategory | '')}
            error={form.errorFor('occupation-category')}
          >
            <option value="">{t('register.choose')}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`enums.OccupationCategory.${c}`)}
              </option>
            ))}
          </Select>
          <Select
            id="occupation-source"
            label={t('youngPersonWork.occupations.source')}
            value={source}
            onChange={(e) => setSource(e.target.value as OccupationSource)}
          >
            {SOURCES.map((s) => (
              <option key={s} value={s}>
                {t(`enums.OccupationSource.${s}`)}
              </option>
            ))}
          </Select>
          <TextField
            id="occupation-valid-from"
            label={t('youngPersonWork.occupations.validFrom')}
            description={t('register.dateHint')}
            value={validFrom}
            onChange={(e) => setValidFrom(e.target.value)}
            error={form.errorFor('occupation-valid-from')}
          />
        </HGrid>
        <FormButtons loading={loading} submit={t('youngPersonWork.occupations.save')} onCancel={() => onDone()} />
      </VStack>
    </form>
  );
}

export function FormButtons({ loading, submit, onCancel }: { loading: boolean; submit: string; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="brygga-buttons">
      <Button type="submit" loading={loading}>
        {submit}
      </Button>
      <Button type="button" variant="tertiary" onClick={onCancel}>
        {t('youngPersonWork.cancel')}
      </Button>
    </div>
  );
}
