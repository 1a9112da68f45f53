import { useEffect, useMemo, type ReactNode } from 'react';
import { incidentDuties } from '../../../../shared/duty';
import type { Incident } from '../../../../shared/incident/model';
import type { Notification } from '../../../../shared/incident/notifications';
import type { StepId } from '../../../../shared/incident/steps';
import { useT } from '../../services/context';
import type { Route } from '../../state/routes';
import { useShortcuts } from '../../state/shortcuts';
import { RouteLink } from '../RouteLink';
import { IncidentHeader } from './IncidentHeader';
import { StepsNav } from './StepsNav';
import { useWorkflow } from './useWorkflow';
import './incident-frame.css';

/** Which page of the incident is shown: a step, its history, or one of its documents' pages. */
export type FramePage = StepId | 'history' | 'notification' | 'letters';

/** The step a document page belongs to: the notification to Datatilsynet's, the letters to the people's. */
const STEP_OF: Record<FramePage, StepId | null> = {
  facts: 'facts',
  decision: 'decision',
  report: 'report',
  people: 'people',
  measures: 'measures',
  close: 'close',
  history: null,
  notification: 'report',
  letters: 'people',
};

/**
 * Every page of an incident (its steps, its history, the notification and the letters) in one
 * frame: the header that stays in view, the steps with the next one marked, and the incident's
 * other pages. `heading` names the page when it is not a step.
 */
export function IncidentFrame({
  incident,
  notifications,
  processorHours,
  page,
  heading,
  className,
  children,
}: {
  incident: Incident;
  notifications: readonly Notification[];
  processorHours?: number;
  page: FramePage;
  heading?: string;
  className?: string;
  children: ReactNode;
}) {
  const t = useT();
  const duties = useMemo(
    () => incidentDuties(incident, notifications, { processorDeadlineHours: processorHours }),
    [incident, notifications, processorHours],
  );
  const workflow = useWorkflow(incident, notifications, processorHours);
  const setNextStep = useShortcuts((s) => s.setNextStep);
  const next = workflow.next;
  useEffect(() => {
    setNextStep(next ? { name: 'incident', id: incident.id, page: next } : null);
    return () => setNextStep(null);
  }, [setNextStep, incident.id, next]);

  const links: { to: Route; label: string; current: boolean }[] = [
    {
      to: { name: 'notification', id: incident.id },
      label: t('incident.links.notification'),
      current: page === 'notification',
    },
    {
      to: { name: 'letters', id: incident.id },
      label: t('incident.links.letters'),
      current: page === 'letters',
    },
    {
      to: { name: 'incident-timeline', id: incident.id },
      label: t('incident.links.timeline'),
      current: false,
    },
    {
      to: { name: 'incident', id: incident.id, page: 'history' },
      label: t('steps.history'),
      current: page === 'history',
    },
  ];
  return (
    <article aria-labelledby="incident-title" className={`incident-page${className ? ` ${className}` : ''}`}>
      <IncidentHeader incident={incident} duties={duties} page={heading} />
      <StepsNav incident={incident} workflow={workflow} current={STEP_OF[page]} />
      <nav aria-label={t('incident.links.label')} className="incident-links no-print">
        {links.map(({ to, label, current }) => (
          <RouteLink
            key={to.name + ('page' in to ? (to.page ?? '') : '')}
            to={to}
            aria-current={current ? 'page' : undefined}
          >
            {label}
          </RouteLink>
        ))}
      </nav>
      {incident.status === 'closed' && <p className="closed-note">{t('incident.close.closedNote')}</p>}
      {children}
    </article>
  );
}
