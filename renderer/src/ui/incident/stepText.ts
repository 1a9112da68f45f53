import type { MessageKey } from '../../../../shared/i18n';
import type { StepState } from '../../../../shared/incident/steps';

/** A step's name: who it speaks to where the record decides that (Datatilsynet or the controller; the people or the public). */
export function stepLabelKey(step: StepState): MessageKey {
  switch (step.id) {
    case 'report':
      return step.audience === 'controller' ? 'steps.report.controller' : 'steps.report.authority';
    case 'people':
      return step.audience === 'public' ? 'steps.people.public' : 'steps.people.subjects';
    default:
      return `steps.${step.id}`;
  }
}
