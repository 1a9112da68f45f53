import { Button } from '@digdir/designsystemet-react';
import { useState, type ReactNode } from 'react';
import type { MessageKey } from '../../../../../shared/i18n';
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
import type { Route } from '../../../state/routes';
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

/**
 * A step done when the user arrives starts folded to its summary: `folded` until they ask for the
 * form again with `unfold` (FactsSummary's button, or Unfold below).
 */
function useFold(step: StepState): { folded: boolean; unfold: () => void } {
  const [folded, setFolded] = useState(step.status === 'done');
  return { folded, unfold: () => setFolded(false) };
}

/** The way back to a folded step's form for the next notice; none once the incident is closed. */
function Unfold({ incident, fold, label }: { incident: Incident; fold: ReturnType<typeof useFold>; label: MessageKey }) {
  const t = useT();
  if (!fold.folded || incident.status === 'closed') return null;
  return (
    <div className="actions">
      <Button type="button" variant="secondary" onClick={fold.unfold}>
        {t(label)}
      </Button>
    </div>
  );
}

/** The link to the document a step's notice is made from (the notification, the letters). */
function StepDocument({ to, label }: { to: Route; label: MessageKey }) {
  const t = useT();
  return (
    <p className="step-document no-print">
      <RouteLink to={to}>{t(label)}</RouteLink>
    </p>
  );
}

/** A step's form with the assessment beside it, which follows every answer. */
function BesideAssessment({
  incident,
  editor,
  assessment,
  deadline,
  children,
}: {
  incident: Incident;
  editor: FactsEditor;
  assessment: Assessment;
  deadline: Date;
  children: ReactNode;
}) {
  return (
    <div className="incident-columns">
      {children}
      <AssessmentPanel incident={incident} facts={editor.facts} assessment={assessment} deadline={deadline} factsSaving={editor.saving} />
    </div>
  );
}

/** When it happened, and the facts beside their assessment, which follows every answer. */
export function FactsStep({
  incident,
  step,
  editor,
  assessment,
  deadline,
}: StepProps & { editor: FactsEditor; assessment: Assessment; deadline: Date }) {
  const fold = useFold(step);
  const closed = incident.status === 'closed';
  return (
    <>
      <WhenPanel incident={incident} />
      <BesideAssessment incident={incident} editor={editor} assessment={assessment} deadline={deadline}>
        {fold.folded && !editor.typed.restoredAt ? (
          <FactsSummary facts={editor.facts} onChange={fold.unfold} disabled={closed} />
        ) : (
          <FactsForm editor={editor} disabled={closed} />
        )}
      </BesideAssessment>
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
    <BesideAssessment incident={incident} editor={editor} assessment={assessment} deadline={deadline}>
      <DecisionSection incident={incident} assessment={assessment} factsSaving={editor.saving} />
    </BesideAssessment>
  );
}

/** Art. 33(1)/(2): Datatilsynet (or, for a processor, the controller): the deadline, the notice, and what the form asks. */
export function ReportStep({ incident, notifications, step, processorHours }: StepProps) {
  const fold = useFold(step);
  const duty = deadlineDuty(incident, notifications, { processorDeadlineHours: processorHours });
  return (
    <>
      <DeadlinePanel incident={incident} duty={duty} processorHours={processorHours} />
      {incident.role === 'processor' && <ControllerForm key={incident.id} incident={incident} />}
      <StepDocument to={{ name: 'notification', id: incident.id }} label="steps.report.document" />
      <NoticePanel
        incident={incident}
        notifications={notifications}
        recipient={duty.kind}
        withForm={!fold.folded}
      />
      <Unfold incident={incident} fold={fold} label="steps.report.another" />
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
  const fold = useFold(step);
  // A processor's controller tells the people (Art. 33(2)): nothing for this step but to say so.
  if (incident.role === 'processor') return null;
  const publicDuty = incidentDuty(incident, notifications, 'public', {
    processorDeadlineHours: processorHours,
  });
  return (
    <>
      <PlainSection incident={incident} />
      <StepDocument to={{ name: 'letters', id: incident.id }} label="steps.people.document" />
      <NoticePanel
        incident={incident}
        notifications={notifications}
        recipient="subjects"
        withForm={!fold.folded}
      />
      {/* Art. 34(3)(c): shown when a public communication is what the duty to inform has become. */}
      {(publicDuty.required || publicDuty.notices.length > 0) && (
        <NoticePanel
          incident={incident}
          notifications={notifications}
          recipient="public"
          withForm={!fold.folded}
        />
      )}
      <Unfold incident={incident} fold={fold} label="steps.people.another" />
    </>
  );
}

/** Art. 33(3)(d): the measures taken or planned, and the breach marked under control. */
export function MeasuresStep({ incident, step }: StepProps) {
  const { folded } = useFold(step);
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
