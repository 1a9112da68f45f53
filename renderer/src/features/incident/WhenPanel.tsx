import { formatInstant } from '../../../../shared/deadline';
import type { Incident } from '../../../../shared/incident/model';
import { useServices, useT } from '../../services/context';
import { useUi } from '../../state/ui';
import { DetailsForm } from './DetailsForm';
import { useTextIn } from '../../ui/text';

/** Occurred, detected and aware kept apart, with the description; editable while the incident is open. */
export function WhenPanel({ incident }: { incident: Incident }) {
  const t = useT();
  const textIn = useTextIn();
  const lang = useUi((s) => s.lang);
  const { timeZone } = useServices();
  const at = (iso: string | null) =>
    iso ? formatInstant(new Date(iso), lang, timeZone) : t('intake.notKnownYet');
  const occurred =
    incident.occurredFrom === null && incident.occurredTo === null
      ? t('intake.notKnownYet')
      : t('incident.when.range', { from: at(incident.occurredFrom), to: at(incident.occurredTo) });
  return (
    <section aria-labelledby="when-title" className="inc-panel when">
      <h2 id="when-title">{t('incident.when.title')}</h2>
      <dl className="when-list">
        <div>
          <dt>{t('incident.when.occurred')}</dt>
          <dd>{occurred}</dd>
        </div>
        <div>
          <dt>{t('incident.when.discovered')}</dt>
          <dd>{at(incident.discoveredAt)}</dd>
        </div>
        <div>
          <dt>{t('incident.when.aware')}</dt>
          <dd>{at(incident.awareAt)}</dd>
        </div>
        <div>
          <dt>{t('incident.when.description')}</dt>
          <dd className="prewrap">{textIn(incident.description) || t('intake.notKnownYet')}</dd>
        </div>
      </dl>
      {incident.status !== 'closed' && (
        <details className="edit-details">
          <summary>{t('incident.when.edit')}</summary>
          <DetailsForm incident={incident} />
        </details>
      )}
    </section>
  );
}
