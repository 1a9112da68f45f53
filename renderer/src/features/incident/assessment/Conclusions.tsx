import type { Assessment, Role } from '../../../../../shared/assessment';
import { formatInstant } from '../../../../../shared/deadline';
import { useServices, useT } from '../../../services/context';
import { useUi } from '../../../state/ui';

/** What the engine concludes, in plain words: breach or not, the risk, and who must be told by when. */
export function Conclusions({
  assessment,
  role,
  deadline,
}: {
  assessment: Assessment;
  role: Role;
  deadline: Date;
}) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { timeZone } = useServices();
  const when = formatInstant(deadline, lang, timeZone);
  const lines: { key: string; text: string; tone: 'act' | 'info' }[] = [
    { key: 'pd', text: t(`incident.assessment.pd.${assessment.personalDataCompromised}`), tone: 'info' },
  ];
  if (assessment.personalDataCompromised !== 'no') {
    lines.push({ key: 'risk', text: t(`incident.assessment.risk.${assessment.risk}`), tone: 'info' });
  }
  if (role === 'controller') {
    lines.push(
      assessment.notifyAuthority
        ? { key: 'authority', text: t('incident.assessment.authority.yes', { deadline: when }), tone: 'act' }
        : { key: 'authority', text: t('incident.assessment.authority.no'), tone: 'info' },
    );
    if (assessment.notifySubjects) {
      lines.push({ key: 'subjects', text: t('incident.assessment.subjects.yes'), tone: 'act' });
    } else if (assessment.subjectException) {
      const exception = t(`incident.assessment.exception.${assessment.subjectException}`);
      lines.push({
        key: 'subjects',
        text: t('incident.assessment.subjects.exception', { exception }),
        tone: 'info',
      });
    } else if (assessment.personalDataCompromised !== 'no') {
      lines.push({ key: 'subjects', text: t('incident.assessment.subjects.no'), tone: 'info' });
    }
  } else {
    lines.push(
      assessment.notifyController
        ? {
            key: 'controller',
            text: t('incident.assessment.controller.yes', { deadline: when }),
            tone: 'act',
          }
        : { key: 'controller', text: t('incident.assessment.controller.no'), tone: 'info' },
    );
  }
  return (
    <ul className="conclusions" data-testid="conclusions">
      {lines.map((line) => (
        <li key={line.key} className={`conclusion conclusion--${line.tone}`} data-conclusion={line.key}>
          {line.text}
        </li>
      ))}
    </ul>
  );
}
