import { Button } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { Assessment } from '../../../../../shared/assessment';
import { deadlineDuty, incidentDuty } from '../../../../../shared/duty';
import type { Incident } from '../../../../../shared/incident/model';
import type { Notification } from '../../../../../shared/incident/notifications';
import type { StepState } from '../../../../../shared/incident/steps';
import { incidentTodo } from '../../../../../shared/incident/todo';
import { useT } from '../../../services/context';
import { NoticePanel } from '../../../ui/notice/NoticePanel';
import { ControllerForm } from '../../../ui/record/ControllerForm';
import { RouteLink } from '../../../ui/RouteLink';
import { TodoList } from '../../../ui/TodoList';
import { CloseSection } from '../actions/CloseSection';
import { DecisionSection } from '../actions/DecisionSection';
import { MeasuresSection } from '../actions/MeasuresSection';
import { AssessmentPanel } from '../assessment/AssessmentPanel';
import { DeadlinePanel } from '../DeadlinePanel';
import { FactsForm } from '../facts/FactsForm';
import type { FactsEditor } from '../facts/useFactsEditor';
import { AttachmentsPanel } from '../record/AttachmentsPanel';
import { OthersSection } from '../record/OthersSection';
import { PeopleSection } from '../record/PeopleSection';
import { PlainSection } from '../record/PlainSection';
import { SecuritySection } from '../record/SecuritySection';
import { WhatHappenedSection } from '../record/WhatHappenedSection';
import { WhenPanel } from '../WhenPanel';
import { FactsSummary } from './FactsSummary';

// One page per step of the incident. A step done when the user arrives shows its summary, with the
// way to change it; its form opens on request. Every page is keyed by its step (IncidentScreen), so
// a form's state never carries over from one step to the next.

/** What every step page knows: the incident as on screen, its notices, and this step's state. */
export interface StepProps {
  incident: Incident;
  notifications: readonly Notification[];
  step: StepState;
  processorHours: number;
}

/** Done on arrival: the page starts folded to its summary. */
const useArrivedDone = (step: StepState) => useState(step.status === 'done');

/** When it happened, and the facts beside their assessment, which follows every answer. */
export function FactsStep({
  incident,
  step,
  editor,
  assessment,
  deadline,
}: StepProps & { editor: FactsEditor; assessment: Assessment; deadline: Date }) {
  const [folded, setFolded] = useArrivedDone(step);
  const closed = incident.status === 'closed';
  return (
    <>
      <WhenPanel incident={incident} />
      <div className="incident-columns">
        {folded && !editor.typed.restoredAt ? (
          <FactsSummary facts={editor.facts} onChange={() => setFolded(false)} disabled={closed} />
        ) : (
          <FactsForm editor={editor} disabled={closed} />
        )}
        <AssessmentPanel
          incident={incident}
          facts={editor.facts}
          assessment={assessment}
          deadline={deadline}
          factsSaving={editor.saving}
        />
      </div>
    </>
  );
}

/** Art. 33(5): the assessment recorded, and the decision with its reasoning. */
export function DecisionStep({
  incident,
  editor,
  assessment,
  deadline,
}: StepProps & { editor: FactsEditor; assessment: Assessment; deadline: Date }) {
  return (
    <div className="incident-columns">
      <DecisionSection incident={incident} assessment={assessment} factsSaving={editor.saving} />
      <AssessmentPanel
        incident={incident}
        facts={editor.facts}
        assessment={assessment}
        deadline={deadline}
        factsSaving={editor.saving}
      />
    </div>
  );
}

/** Art. 33(1)/(2): Datatilsynet (or, for a processor, the controller): the deadline, the notice, and what the form asks. */
export function ReportStep({ incident, notifications, step, processorHours }: StepProps) {
  const t = useT();
  const [folded, setFolded] = useArrivedDone(step);
  const duty = deadlineDuty(incident, notifications, { processorDeadlineHours: processorHours });
  return (
    <>
      <DeadlinePanel incident={incident} duty={duty} processorHours={processorHours} />
      {incident.role === 'processor' && <ControllerForm key={incident.id} incident={incident} />}
      <p className="step-document no-print">
        <RouteLink to={{ name: 'notification', id: incident.id }}>{t('steps.report.document')}</RouteLink>
      </p>
      <NoticePanel
        incident={incident}
        notifications={notifications}
        recipient={duty.kind}
        withForm={!folded}
      />
      {folded && incident.status !== 'closed' && (
        <div className="actions">
          <Button type="button" variant="secondary" onClick={() => setFolded(false)}>
            {t('steps.report.another')}
          </Button>
        </div>
      )}
      {/* The rest of Datatilsynet's form, group by group (DOMAIN.md §2.2). */}
      <WhatHappenedSection incident={incident} />
      <PeopleSection incident={incident} />
      <SecuritySection incident={incident} />
      <OthersSection incident={incident} />
      <AttachmentsPanel incident={incident} />
    </>
  );
}

/** Art. 34: the people affected, in clear and plain words; or, Art. 34(3)(c), the public instead. */
export function PeopleStep({ incident, notifications, step, processorHours }: StepProps) {
  const t = useT();
  const [folded, setFolded] = useArrivedDone(step);
  // A processor's controller tells the people (Art. 33(2)): nothing for this step but to say so.
  if (incident.role === 'processor') return null;
  const publicDuty = incidentDuty(incident, notifications, 'public', {
    processorDeadlineHours: processorHours,
  });
  return (
    <>
      <PlainSection incident={incident} />
      <p className="step-document no-print">
        <RouteLink to={{ name: 'letters', id: incident.id }}>{t('steps.people.document')}</RouteLink>
      </p>
      <NoticePanel
        incident={incident}
        notifications={notifications}
        recipient="subjects"
        withForm={!folded}
      />
      {/* Art. 34(3)(c): shown when a public communication is what the duty to inform has become. */}
      {(publicDuty.required || publicDuty.notices.length > 0) && (
        <NoticePanel
          incident={incident}
          notifications={notifications}
          recipient="public"
          withForm={!folded}
        />
      )}
      {folded && incident.status !== 'closed' && (
        <div className="actions">
          <Button type="button" variant="secondary" onClick={() => setFolded(false)}>
            {t('steps.people.another')}
          </Button>
        </div>
      )}
    </>
  );
}

/** Art. 33(3)(d): the measures taken or planned, and the breach marked under control. */
export function MeasuresStep({ incident, step }: StepProps) {
  const [folded] = useArrivedDone(step);
  return <MeasuresSection incident={incident} collapsed={folded} />;
}

/** What is left before closing, and the close with its summary (Art. 33(5)). */
export function CloseStep({ incident, notifications, processorHours }: StepProps) {
  const t = useT();
  const todo = incidentTodo(incident, notifications, { processorDeadlineHours: processorHours });
  return (
    <>
      {incident.status !== 'closed' && (
        <section aria-labelledby="todo-title" className="inc-panel todo-panel" data-testid="todo">
          <h2 id="todo-title">{t('incident.todo.title')}</h2>
          <TodoList items={todo} incident={incident} showDue />
        </section>
      )}
      <CloseSection incident={incident} todo={todo} />
    </>
  );
}
