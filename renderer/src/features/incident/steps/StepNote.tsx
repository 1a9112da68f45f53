import { Alert } from '@digdir/designsystemet-react';
import type { StepId, StepState, Workflow } from '../../../../../shared/incident/steps';
import { useT } from '../../../services/context';
import { RouteLink } from '../../../ui/RouteLink';
import { stepLabelKey } from '../../../ui/incident/stepText';

/** Why a step waits or is not needed, said at the top of its page. */
export function StepNote({ step }: { step: StepState }) {
  const t = useT();
  if (step.status === 'not-needed')
    return (
      <Alert data-color="info" className="step-note">
        {t('steps.notNeeded')}
      </Alert>
    );
  if (step.status === 'later' && (step.id === 'facts' || step.id === 'report'))
    return (
      <Alert data-color="info" className="step-note">
        {t(`steps.later.${step.id}`)}
      </Alert>
    );
  return null;
}

/** The way on from a step's page: the step the record says is next, when it is another one. */
export function NextStepLink({
  incidentId,
  workflow,
  current,
}: {
  incidentId: string;
  workflow: Workflow;
  current: StepId;
}) {
  const t = useT();
  const next = workflow.steps.find((s) => s.id === workflow.next);
  if (!next || next.id === current) return null;
  return (
    <p className="next-step no-print">
      <RouteLink to={{ name: 'incident', id: incidentId, page: next.id }} look="button" className="next-step-link">
        {t('steps.goNext', { step: t(stepLabelKey(next)) })}
      </RouteLink>
    </p>
  );
}
