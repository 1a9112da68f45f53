import type { DetailField } from '../../../../../shared/incident/details';
import type { Incident } from '../../../../../shared/incident/model';
import type { Bilingual } from '../../../../../shared/incident/text';
import {
  DETECTION_METHODS,
  INCIDENT_TYPES,
  type DetectionMethod,
  type IncidentType,
} from '../../../../../shared/incident/vocabulary';
import { useT } from '../../../services/context';
import { CheckboxGroup, SelectField, TextAreaField } from '../../../ui/fields';
import { foldListProblems, schemaProblems, splitList } from './problems';
import { RecordSection, TextAnswer } from './RecordSection';
import { progressOf, useDetailsSection, type BuildPatch } from './useDetailsSection';

// Datatilsynet's sub-points 1, 5, 6 and 9 with EDPB template fields 50–51 and 60–63: how it
// happened, the main cause in words, the kind of incident, how it came to light, the systems
// involved and where the data is now.

const FIELDS = [
  'howItHappened',
  'mainCause',
  'incidentTypes',
  'detectionMethod',
  'detectionDetail',
  'systems',
  'dataLocation',
] as const satisfies readonly DetailField[];

type TextKey = 'howItHappened' | 'mainCause' | 'detectionDetail' | 'dataLocation';

interface Draft extends Record<TextKey, Bilingual> {
  incidentTypes: IncidentType[];
  detectionMethod: DetectionMethod | '';
  /** One system per line. */
  systems: string;
}

const initial = (incident: Incident): Draft => ({
  howItHappened: incident.howItHappened,
  mainCause: incident.mainCause,
  incidentTypes: incident.incidentTypes,
  detectionMethod: incident.detectionMethod ?? '',
  detectionDetail: incident.detectionDetail,
  systems: incident.systems.join('\n'),
  dataLocation: incident.dataLocation,
});

const build: BuildPatch<Draft> = (draft) => {
  const systems = splitList(draft.systems, '\n');
  const texts = ['howItHappened', 'mainCause', 'detectionDetail', 'dataLocation'] as const;
  return {
    patch: {
      ...Object.fromEntries(texts.map((field) => [field, draft[field]])),
      incidentTypes: draft.incidentTypes,
      detectionMethod: draft.detectionMethod === '' ? null : draft.detectionMethod,
      systems,
    },
    problems: {
      ...Object.assign({}, ...texts.map((field) => schemaProblems(field, draft[field]))),
      ...foldListProblems(schemaProblems('systems', systems), 'systems', systems),
    },
  };
};

/** "What happened": the account of the breach beyond the facts' vocabulary. */
export function WhatHappenedSection({ incident }: { incident: Incident }) {
  const t = useT();
  const section = useDetailsSection(incident, initial, build);
  const { draft, set } = section;
  const text = (field: TextKey, rows = 3) => (
    <TextAnswer
      section={section}
      field={field}
      label={t(`record.${field}`)}
      help={t(`record.${field}.help`)}
      rows={rows}
      value={draft[field]}
      onChange={(value) => set({ [field]: value } as Partial<Draft>)}
    />
  );

  return (
    <RecordSection
      testId="record-what"
      title={t('record.what.title')}
      intro={t('record.what.intro')}
      progress={progressOf(incident, FIELDS)}
      section={section}
      saveLabel={t('record.what.save')}
    >
      {text('howItHappened', 4)}
      {text('mainCause', 2)}
      <CheckboxGroup<IncidentType>
        legend={t('record.incidentTypes')}
        help={t('record.incidentTypes.help')}
        value={draft.incidentTypes}
        onChange={(incidentTypes) => set({ incidentTypes })}
        options={INCIDENT_TYPES.map((value) => ({ value, label: t(`record.incidentType.${value}`) }))}
      />
      <SelectField<DetectionMethod | ''>
        label={t('record.detectionMethod')}
        value={draft.detectionMethod}
        onChange={(detectionMethod) => set({ detectionMethod })}
        options={[
          { value: '', label: t('record.notAnswered') },
          ...DETECTION_METHODS.map((value) => ({ value, label: t(`record.detection.${value}`) })),
        ]}
      />
      {text('detectionDetail', 2)}
      <TextAreaField
        label={t('record.systems')}
        help={t('record.systems.help')}
        rows={3}
        value={draft.systems}
        error={section.problem('systems')}
        onChange={(systems) => set({ systems })}
      />
      {text('dataLocation', 2)}
    </RecordSection>
  );
}
