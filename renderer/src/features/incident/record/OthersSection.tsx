import type { Incident } from '../../../../../shared/incident/model';
import { useServices, useT } from '../../../services/context';
import { AuthoritiesEditor, CrossBorderEditor, PoliceEditor } from './AuthoritiesEditor';
import { PartiesEditor } from './PartiesEditor';
import { buildOthers, initialOthers, othersAnswered } from './othersDraft';
import { RecordSection } from './RecordSection';
import { useDetailsSection } from './useDetailsSection';

// EDPB template fields 38–41 (processors, joint controllers and others involved; Art. 28, 26) and
// 109–118 (police, other authorities, cross-border processing and the lead authority, Art. 56).

/** "Others involved and other authorities": who else took part, and who else has been told. */
export function OthersSection({ incident }: { incident: Incident }) {
  const t = useT();
  const { timeZone } = useServices();
  const section = useDetailsSection(incident, initialOthers(timeZone), buildOthers);
  return (
    <RecordSection
      testId="record-others"
      title={t('record.others.title')}
      progress={{ answered: othersAnswered(incident), total: 4 }}
      section={section}
      saveLabel={t('record.others.save')}
    >
      <PartiesEditor section={section} />
      <PoliceEditor section={section} />
      <AuthoritiesEditor section={section} />
      <CrossBorderEditor section={section} />
    </RecordSection>
  );
}
