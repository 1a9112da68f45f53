import type { DetailField } from '../../../../../shared/incident/details';
import type { Incident } from '../../../../../shared/incident/model';
import type { Bilingual } from '../../../../../shared/incident/text';
import { SECURITY_MEASURES, type SecurityMeasure } from '../../../../../shared/incident/vocabulary';
import { useT } from '../../../services/context';
import { CheckboxGroup } from '../../../ui/fields';
import { schemaProblems } from './problems';
import { RecordSection, TextAnswer } from './RecordSection';
import { progressOf, useDetailsSection, type BuildPatch } from './useDetailsSection';

// EDPB template fields 75–76 (the measures in place when it happened) and Art. 33(3)(c), the likely
// consequences, in words beside what the assessment reads from the facts.

const FIELDS = [
  'measuresInPlace',
  'measuresInPlaceDetail',
  'consequences',
] as const satisfies readonly DetailField[];

interface Draft {
  measuresInPlace: SecurityMeasure[];
  measuresInPlaceDetail: Bilingual;
  consequences: Bilingual;
}

const initial = (incident: Incident): Draft => ({
  measuresInPlace: incident.measuresInPlace,
  measuresInPlaceDetail: incident.measuresInPlaceDetail,
  consequences: incident.consequences,
});

const build: BuildPatch<Draft> = (draft) => ({
  patch: { ...draft },
  problems: {
    ...schemaProblems('measuresInPlaceDetail', draft.measuresInPlaceDetail),
    ...schemaProblems('consequences', draft.consequences),
  },
});

/** "Security and consequences": what protected the data, and what the breach may mean for people. */
export function SecuritySection({ incident }: { incident: Incident }) {
  const t = useT();
  const section = useDetailsSection(incident, initial, build);
  const { draft, set } = section;
  return (
    <RecordSection
      testId="record-security"
      title={t('record.security.title')}
      progress={progressOf(incident, FIELDS)}
      section={section}
      saveLabel={t('record.security.save')}
    >
      <CheckboxGroup<SecurityMeasure>
        legend={t('record.measuresInPlace')}
        help={t('record.measuresInPlace.help')}
        value={draft.measuresInPlace}
        onChange={(measuresInPlace) => set({ measuresInPlace })}
        options={SECURITY_MEASURES.map((value) => ({ value, label: t(`record.securityMeasure.${value}`) }))}
      />
      <TextAnswer
        section={section}
        field="measuresInPlaceDetail"
        label={t('record.measuresInPlaceDetail')}
        help={t('record.measuresInPlaceDetail.help')}
        rows={2}
        value={draft.measuresInPlaceDetail}
        onChange={(measuresInPlaceDetail) => set({ measuresInPlaceDetail })}
      />
      <TextAnswer
        section={section}
        field="consequences"
        label={t('record.consequences')}
        help={t('record.consequences.help')}
        rows={4}
        value={draft.consequences}
        onChange={(consequences) => set({ consequences })}
      />
    </RecordSection>
  );
}
