import { useMemo } from 'react';
import { assessBreach } from '../../../../shared/assessment';
import { DEFAULT_CONTROLLER_NOTICE_HOURS } from '../../../../shared/deadline';
import type { Incident } from '../../../../shared/incident/model';
import { deadlineDuty, incidentDuty } from '../../../../shared/duty';
import { NoticePanel } from '../../ui/notice/NoticePanel';
import { incidentTodo } from '../../../../shared/incident/todo';
import type { Route } from '../../state/routes';
import { useT } from '../../services/context';
import { RouteLink } from '../../ui/RouteLink';
import { TodoList } from '../../ui/TodoList';
import { CloseSection } from './actions/CloseSection';
import { DecisionSection } from './actions/DecisionSection';
import { MeasuresSection } from './actions/MeasuresSection';
import { AssessmentPanel } from './assessment/AssessmentPanel';
import { DeadlinePanel } from './DeadlinePanel';
import { FactsForm } from './facts/FactsForm';
import { useFactsEditor } from './facts/useFactsEditor';
import { HistorySection } from './history/HistorySection';
import { IncidentHeader } from './IncidentHeader';
import { AttachmentsPanel } from './record/AttachmentsPanel';
import { OthersSection } from './record/OthersSection';
import { PeopleSection } from './record/PeopleSection';
import { PlainSection } from './record/PlainSection';
import { SecuritySection } from './record/SecuritySection';
import { WhatHappenedSection } from './record/WhatHappenedSection';
import { useIncidentData, type IncidentData } from './useIncidentData';
import { WhenPanel } from './WhenPanel';
import './incident.css';

/** `#/incident/ID`: the facts, the assessment, the deadline, the actions and the history of one incident. */
export function IncidentScreen({ route }: { route: Route }) {
  const t = useT();
  const id = 'id' in route ? route.id : '';
  const data = useIncidentData(id);
  if (data.incident === undefined) return <p>{t('incident.loading')}</p>;
  if (data.incident === null) {
    return (
      <section aria-labelledby="incident-missing">
        <h1 id="incident-missing">{t('incident.notFound')}</h1>
        <RouteLink to={{ name: 'dashboard' }}>
          {t('incident.backToDashboard')}
        </RouteLink>
      </section>
    );
  }
  // Keyed by id: another incident starts with a fresh editor.
  return <IncidentView key={data.incident.id} incident={data.incident} data={data} />;
}

function IncidentView({ incident, data }: { incident: Incident; data: IncidentData }) {
  const t = useT();
  const editor = useFactsEditor(incident);
  const hours = data.settings?.processorDeadlineHours ?? DEFAULT_CONTROLLER_NOTICE_HOURS;
  const assessment = useMemo(() => assessBreach(editor.facts), [editor.facts]);
  // The deadline and the list follow the facts on screen, as the assessment does.
  const shown: Incident = { ...incident, facts: editor.facts, role: editor.facts.role };
  const duty = deadlineDuty(shown, data.notifications, { processorDeadlineHours: hours });
  const todo = incidentTodo(incident, data.notifications, { processorDeadlineHours: hours });
  const publicDuty = incidentDuty(incident, data.notifications, 'public', { processorDeadlineHours: hours });
  const closed = incident.status === 'closed';

  return (
    <article aria-labelledby="incident-title" className="incident">
      <IncidentHeader incident={incident} />
      {closed && <p className="closed-note">{t('incident.close.closedNote')}</p>}
      <div className="incident-top">
        <DeadlinePanel incident={incident} duty={duty} processorHours={hours} />
        <section aria-labelledby="todo-title" className="inc-panel todo-panel" data-testid="todo">
          <h2 id="todo-title">{t('incident.todo.title')}</h2>
          {todo.length === 0 ? (
            <p>{t('incident.todo.none')}</p>
          ) : (
            <TodoList items={todo} incident={incident} showDue />
          )}
        </section>
      </div>
      <WhenPanel incident={incident} />
      <div className="incident-columns">
        <FactsForm editor={editor} disabled={closed} />
        <AssessmentPanel
          incident={incident}
          facts={editor.facts}
          assessment={assessment}
          deadline={duty.due}
          factsSaving={editor.saving}
        />
      </div>
      {/* The rest of Datatilsynet's form, group by group (DOMAIN.md §2.2). */}
      <WhatHappenedSection incident={incident} />
      <PeopleSection incident={incident} />
      <SecuritySection incident={incident} />
      <OthersSection incident={incident} />
      <PlainSection incident={incident} />
      <AttachmentsPanel incident={incident} />
      <DecisionSection incident={incident} assessment={assessment} factsSaving={editor.saving} />
      {incident.role === 'controller' ? (
        <>
          <NoticePanel incident={incident} notifications={data.notifications} recipient="authority" />
          <NoticePanel incident={incident} notifications={data.notifications} recipient="subjects" />
          {/* Art. 34(3)(c): shown when a public communication is what the duty to inform has become. */}
          {(publicDuty.required || publicDuty.notices.length > 0) && (
            <NoticePanel incident={incident} notifications={data.notifications} recipient="public" />
          )}
        </>
      ) : (
        <NoticePanel incident={incident} notifications={data.notifications} recipient="controller" />
      )}
      <MeasuresSection incident={incident} />
      <CloseSection incident={incident} todo={todo} />
      <HistorySection events={data.events} verdict={data.verdict} />
    </article>
  );
}
