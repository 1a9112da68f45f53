import { formatInstant } from '../../../../shared/deadline';
import type { Incident } from '../../../../shared/incident/model';
import type { DeadlineDuty } from '../../../../shared/duty';
import { useServices, useT } from '../../services/context';
import { useUi } from '../../state/ui';
import { Countdown } from '../../ui/Countdown';

/** The deadline that applies to our role, counting down live, with the time zone spelt out. */
export function DeadlinePanel({
  incident,
  duty,
  processorHours,
}: {
  incident: Incident;
  duty: DeadlineDuty;
  processorHours: number;
}) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { timeZone } = useServices();
  return (
    <section aria-labelledby="deadline-title" className="inc-panel inc-deadline" data-testid="deadline">
      <h2 id="deadline-title">{t('incident.deadline.title')}</h2>
      <p>
        {duty.kind === 'authority'
          ? t('incident.deadline.authority')
          : t('incident.deadline.controller', { hours: processorHours })}
      </p>
      <p className="deadline-at">
        {t('incident.deadline.at', { deadline: formatInstant(duty.due, lang, timeZone) })}
      </p>
      <p className="deadline-countdown">
        <Countdown deadline={duty.due} doneAt={duty.doneAt} required={duty.required} />
      </p>
      {duty.doneAt && (
        <p>{t('incident.deadline.metAt', { at: formatInstant(duty.doneAt, lang, timeZone) })}</p>
      )}
      {!duty.required && !duty.doneAt && incident.status !== 'closed' && (
        <p className="help">{t('incident.deadline.notRequired')}</p>
      )}
      <p className="help">{t('incident.deadline.zone', { zone: timeZone })}</p>
    </section>
  );
}
