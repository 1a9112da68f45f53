import { assessmentIsStale } from '../../../shared/incident/changes';
import type { Incident } from '../../../shared/incident/model';
import { useT } from '../services/context';
import './status.css';

const RISK_COLOUR: Record<Incident['risk'], string> = {
  high: 'danger',
  risk: 'warning',
  none: 'success',
  unassessed: 'neutral',
};

/** The risk from the stored assessment ("not assessed" until there is one), in words, not colour alone. */
export function RiskBadge({ incident }: { incident: Incident }) {
  const t = useT();
  const stale = assessmentIsStale(incident);
  return (
    <span
      className={`ds-tag risk risk--${incident.risk}`}
      data-risk={incident.risk}
      data-color={RISK_COLOUR[incident.risk]}
      data-variant={incident.risk === 'unassessed' ? 'outline' : undefined}
    >
      {t(`dashboard.risk.${incident.risk}`)}
      {stale && <span className="risk-stale"> ({t('dashboard.risk.stale')})</span>}
    </span>
  );
}
