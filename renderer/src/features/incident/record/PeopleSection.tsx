import type { DetailField } from '../../../../../shared/incident/details';
import type { Incident } from '../../../../../shared/incident/model';
import type { Bilingual } from '../../../../../shared/incident/text';
import {
  COUNT_PRECISIONS,
  SUBJECT_CATEGORIES,
  type CountPrecision,
  type SubjectCategory,
} from '../../../../../shared/incident/vocabulary';
import { useT } from '../../../services/context';
import { useUi } from '../../../state/ui';
import { CheckboxGroup, RadioGroup } from '../../../ui/fields';
import { schemaProblems } from './problems';
import { RecordSection, TextAnswer } from './RecordSection';
import { progressOf, useDetailsSection, type BuildPatch } from './useDetailsSection';

// Datatilsynet's sub-point 8 and Art. 33(3)(a): who the people are, our relationship to them, and
// whether the numbers given under the facts (facts.subjectCount / recordCount) are exact or estimates.

const FIELDS = [
  'subjectCategories',
  'relationship',
  'subjectCountPrecision',
  'recordCountPrecision',
] as const satisfies readonly DetailField[];

interface Draft {
  subjectCategories: SubjectCategory[];
  relationship: Bilingual;
  subjectCountPrecision: CountPrecision | '';
  recordCountPrecision: CountPrecision | '';
}

const initial = (incident: Incident): Draft => ({
  subjectCategories: incident.subjectCategories,
  relationship: incident.relationship,
  subjectCountPrecision: incident.subjectCountPrecision ?? '',
  recordCountPrecision: incident.recordCountPrecision ?? '',
});

const build: BuildPatch<Draft> = (draft) => ({
  patch: {
    subjectCategories: draft.subjectCategories,
    relationship: draft.relationship,
    subjectCountPrecision: draft.subjectCountPrecision || null,
    recordCountPrecision: draft.recordCountPrecision || null,
  },
  problems: schemaProblems('relationship', draft.relationship),
});

/** "The people and the data": the categories of people, and how exact the numbers are. */
export function PeopleSection({ incident }: { incident: Incident }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const section = useDetailsSection(incident, initial, build);
  const { draft, set } = section;
  const precision = (field: 'subjectCountPrecision' | 'recordCountPrecision', count: number | null) => (
    <RadioGroup<CountPrecision | ''>
      legend={t(`record.${field}`)}
      name={`${incident.id}-${field}`}
      help={
        count === null
          ? t('record.count.missing')
          : t('record.count.known', { count: count.toLocaleString(lang === 'nb' ? 'nb-NO' : 'en-GB') })
      }
      value={draft[field]}
      onChange={(value) => set({ [field]: value })}
      options={[
        ...COUNT_PRECISIONS.map((value) => ({ value, label: t(`record.precision.${value}`) })),
        { value: '', label: t('record.notAnswered') },
      ]}
    />
  );

  return (
    <RecordSection
      testId="record-people"
      title={t('record.people.title')}
      progress={progressOf(incident, FIELDS)}
      section={section}
      saveLabel={t('record.people.save')}
    >
      <CheckboxGroup<SubjectCategory>
        legend={t('record.subjectCategories')}
        help={t('record.subjectCategories.help')}
        value={draft.subjectCategories}
        onChange={(subjectCategories) => set({ subjectCategories })}
        options={SUBJECT_CATEGORIES.map((value) => ({ value, label: t(`record.subjectCategory.${value}`) }))}
      />
      <TextAnswer
        section={section}
        field="relationship"
        label={t('record.relationship')}
        help={t('record.relationship.help')}
        rows={2}
        value={draft.relationship}
        onChange={(relationship) => set({ relationship })}
      />
      {precision('subjectCountPrecision', incident.facts.subjectCount)}
      {precision('recordCountPrecision', incident.facts.recordCount)}
    </RecordSection>
  );
}
