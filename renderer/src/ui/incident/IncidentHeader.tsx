import { nextDuty, type Duty } from '../../../../shared/duty';
import type { Incident } from '../../../../shared/incident/model';
import { useT } from '../../services/context';
import { RiskBadge } from '../RiskBadge';
import { NextDuty } from './NextDuty';

/**
 * What stays in view on every page of an incident: which incident, how risky, and the next duty
 * with its countdown. `page` names the page when it is not a step (the notification, the letters).
 */
export function IncidentHeader({
  incident,
  duties,
  page,
}: {
  incident: Incident;
  duties: readonly Duty[];
  page?: string;
}) {
  const t = useT();
  return (
    <header className="incident-bar">
      <div className="incident-bar-title">
        <h1 id="incident-title">
          {page && `${page}: `}
          <span className="ref">{incident.ref}</span> {incident.title}
        </h1>
        <p className="incident-bar-meta">
          <span>{t('header.risk')}</span> <RiskBadge incident={incident} />
          <span className={`status status--${incident.status}`}>
            {t('incident.status.label', { status: t(`incident.status.${incident.status}`) })}
          </span>
          <span>{t(`incident.role.${incident.role}`)}</span>
        </p>
      </div>
      <NextDuty
        duty={incident.status === 'closed' ? null : nextDuty(duties)}
        closed={incident.status === 'closed'}
      />
    </header>
  );
}
