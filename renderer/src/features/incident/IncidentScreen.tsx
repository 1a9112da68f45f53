import { useEffect, useMemo } from 'react';
import { assessBreach } from '../../../../shared/assessment';
import { DEFAULT_CONTROLLER_NOTICE_HOURS } from '../../../../shared/deadline';
import { deadlineDuty } from '../../../../shared/duty';
import type { Incident } from '../../../../shared/incident/model';
import type { IncidentPage, Route } from '../../state/routes';
import { useT } from '../../services/context';
import { useUi } from '../../state/ui';
import { IncidentFrame } from '../../ui/incident/IncidentFrame';
import { useWorkflow } from '../../ui/incident/useWorkflow';
import { RouteLink } from '../../ui/RouteLink';
import { useFactsEditor } from './facts/useFactsEditor';
import { HistorySection } from './history/HistorySection';
import { NextStepLink, StepNote } from './steps/StepNote';
import {
  CloseStep,
  DecisionStep,
  FactsStep,
  MeasuresStep,
  PeopleStep,
  ReportStep,
  type StepProps,
} from './steps/StepPages';
import { useIncidentData, type IncidentData } from './useIncidentData';
import './incident.css';

/**
 * `#/incident/ID/STEP`: one step of the incident's work (facts, assessment and decision,
 * Datatilsynet, the people affected, measures, close) or its history. Without a step, the one the
 * record says is next.
 */
export function IncidentScreen({ route }: { route: Route }) {
  const t = useT();
  const id = 'id' in route ? route.id : '';
  const data = useIncidentData(id);
  if (data.incident === undefined) return <p>{t('incident.loading')}</p>;
  if (data.incident === null) {
    return (
      <section aria-labelledby="incident-missing">
        <h1 id="incident-missing">{t('incident.notFound')}</h1>
        <RouteLink to={{ name: 'dashboard' }}>{t('incident.backToDashboard')}</RouteLink>
      </section>
    );
  }
  // Keyed by id: another incident starts with a fresh editor.
  const page = route.name === 'incident' ? route.page : undefined;
  return <IncidentView key={data.incident.id} incident={data.incident} data={data} page={page} />;
}

function IncidentView({
  incident,
  data,
  page,
}: {
  incident: Incident;
  data: IncidentData;
  page: IncidentPage | undefined;
}) {
  const redirect = useUi((s) => s.redirect);
  const editor = useFactsEditor(incident);
  const hours = data.settings?.processorDeadlineHours ?? DEFAULT_CONTROLLER_NOTICE_HOURS;
  const assessment = useMemo(() => assessBreach(editor.facts), [editor.facts]);
  const workflow = useWorkflow(incident, data.notifications, hours);
  const shown: IncidentPage = page ?? workflow.next ?? 'close';

  // Opened without a step: the address names the step shown, so reload, back and forward keep it.
  useEffect(() => {
    if (page === undefined) redirect({ name: 'incident', id: incident.id, page: shown }, { name: 'incident', id: incident.id });
  }, [page, shown, incident.id, redirect]);

  // The deadline follows the facts on screen, as the assessment does.
  const onScreen: Incident = { ...incident, facts: editor.facts, role: editor.facts.role };
  const deadline = deadlineDuty(onScreen, data.notifications, { processorDeadlineHours: hours }).due;
  const step = workflow.steps.find((s) => s.id === shown);
  const props = step && { incident, notifications: data.notifications, step, processorHours: hours };

  return (
    <IncidentFrame className="incident" incident={incident} notifications={data.notifications} processorHours={hours} page={shown}>
      <div className="step-page" key={shown} data-testid={`step-${shown}`}>
        {step && <StepNote step={step} />}
        {props ? (
          <StepContent props={props} editor={editor} assessment={assessment} deadline={deadline} />
        ) : (
          <HistorySection events={data.events} verdict={data.verdict} settings={data.settings} />
        )}
        {step && <NextStepLink incidentId={incident.id} workflow={workflow} current={step.id} />}
      </div>
    </IncidentFrame>
  );
}

function StepContent({
  props,
  ...facts
}: {
  props: StepProps;
} & Pick<Parameters<typeof FactsStep>[0], 'editor' | 'assessment' | 'deadline'>) {
  switch (props.step.id) {
    case 'facts':
      return <FactsStep {...props} {...facts} />;
    case 'decision':
      return <DecisionStep {...props} {...facts} />;
    case 'report':
      return <ReportStep {...props} />;
    case 'people':
      return <PeopleStep {...props} />;
    case 'measures':
      return <MeasuresStep {...props} />;
    case 'close':
      return <CloseStep {...props} />;
  }
}
