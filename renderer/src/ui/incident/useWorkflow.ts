import { useMemo } from 'react';
import type { Incident } from '../../../../shared/incident/model';
import type { Notification } from '../../../../shared/incident/notifications';
import { incidentWorkflow, type Workflow } from '../../../../shared/incident/steps';
import { useClockUntil } from '../../services/clock';

/** The incident's steps and the next one, kept current: anew when the record changes or the deadline comes near. */
export function useWorkflow(incident: Incident, notifications: readonly Notification[], processorHours?: number): Workflow {
  const inputs = useMemo(() => ({ incident, notifications, processorHours }), [incident, notifications, processorHours]);
  return useClockUntil(
    inputs,
    (now) => {
      const workflow = incidentWorkflow(incident, notifications, now, { processorDeadlineHours: processorHours });
      return { value: workflow, until: workflow.changesAt?.getTime() ?? Number.POSITIVE_INFINITY };
    },
    60_000,
  );
}
