import type { Incident } from '../../../../shared/incident/model';
import type { StepId, Workflow } from '../../../../shared/incident/steps';
import type { IncidentPage } from '../../state/routes';
import { useT } from '../../services/context';
import { RouteLink } from '../RouteLink';
import { stepLabelKey } from './stepText';

/**
 * The incident's steps in order, each a page of its own: where the user is (aria-current="step"),
 * which is next, and which are done, waiting or not needed, in words beside the colour.
 */
export function StepsNav({
  incident,
  workflow,
  current,
}: {
  incident: Incident;
  workflow: Workflow;
  current: StepId | null;
}) {
  const t = useT();
  return (
    <nav className="steps no-print" aria-label={t('steps.label', { ref: incident.ref })}>
      <ol>
        {workflow.steps.map((step, index) => {
          const next = workflow.next === step.id;
          return (
            <li
              key={step.id}
              className={`step step--${step.status}${next ? ' step--next' : ''}`}
              data-step={step.id}
              data-status={step.status}
            >
              <RouteLink
                to={{ name: 'incident', id: incident.id, page: step.id satisfies IncidentPage }}
                aria-current={current === step.id ? 'step' : undefined}
                look="plain"
              >
                <span className="step-number" aria-hidden="true">
                  {index + 1}
                </span>
                <span className="step-name">{t(stepLabelKey(step))}</span>{' '}
                <span className="step-status">
                  ({t(next ? 'steps.next' : `steps.status.${step.status}`)})
                </span>
              </RouteLink>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
