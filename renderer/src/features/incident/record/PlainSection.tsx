import type { DetailField } from '../../../../../shared/incident/details';
import type { Incident } from '../../../../../shared/incident/model';
import { useT } from '../../../services/context';
import { PlainAccountForm } from '../../../ui/record/PlainAccountForm';
import { progressOf } from './useDetailsSection';
import './record.css';

const FIELDS = [
  'plainWhatHappened',
  'plainWhatItMeans',
  'plainAdvice',
] as const satisfies readonly DetailField[];

/** "For the people affected": Art. 34(2)'s account in clear and plain language (the letters print it). */
export function PlainSection({ incident }: { incident: Incident }) {
  const t = useT();
  return (
    <section
      aria-labelledby="record-plain-title"
      className="inc-panel record-section"
      data-testid="record-plain"
    >
      <h2 id="record-plain-title">{t('record.plain.title')}</h2>
      <p className="help">{t('record.plain.intro')}</p>
      <p className="record-progress">{t('record.progress', progressOf(incident, FIELDS))}</p>
      <PlainAccountForm incident={incident} />
    </section>
  );
}
