import { Tag } from '@digdir/designsystemet-react';
import { assessmentIsStale } from '../../../shared/incident/summary';
import type { Incident } from '../../../shared/incident/model';
import type { IncidentSummary } from '../../../shared/incident/summary';
import { useT } from '../services/context';
import './status.css';

// A status, not a control: every risk is a filled tag like the other statuses; an outlined grey
// "not assessed" read as a button.
const RISK_COLOUR: Record<Incident['risk'], 'danger' | 'warning' | 'success' | 'neutral'> = {
  high: 'danger',
  risk: 'warning',
  none: 'success',
  unassessed: 'neutral',
};

/** The risk from the stored assessment ("not assessed" until there is one), in words, not colour alone. */
export function RiskBadge({ incident }: { incident: Pick<IncidentSummary, 'risk' | 'assessment' | 'facts'> }) {
  const t = useT();
  const stale = assessmentIsStale(incident);
  return (
    <Tag className={`risk risk--${incident.risk}`} data-risk={incident.risk} data-color={RISK_COLOUR[incident.risk]}>
      {t(`dashboard.risk.${incident.risk}`)}
      {stale && <span className="risk-stale"> ({t('dashboard.risk.stale')})</span>}
    </Tag>
  );
}
