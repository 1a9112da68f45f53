import { describe, expect, it } from 'vitest';
import type { BreachFacts } from '../../../shared/assessment';
import { createIncidentChange } from '../../../shared/incident/actions';
import * as changes from '../../../shared/incident/changes';
import type { Incident } from '../../../shared/incident/model';
import type { Notification } from '../../../shared/incident/notifications';
import { dutyUrgency, incidentDuties, nextDuty } from '../../../shared/duty';
import { incidentWorkflow, isStepId, type StepId, type StepStatus } from '../../../shared/incident/steps';
import { mailFacts, preview, previewFrom, sentNotice } from './fixtures';

const AWARE = '2026-11-22T09:00:00.000Z';
const HOUR = 3_600_000;
/** An hour after awareness: 71 hours left to notify Datatilsynet. */
const EARLY = new Date(Date.parse(AWARE) + HOUR);
let minute = 0;
const meta = () => ({ at: new Date(Date.parse(AWARE) + ++minute * 60_000).toISOString(), actor: 'Kari Nordmann' });

function created(role: Incident['role'] = 'controller'): Incident {
  return previewFrom('incident-1', null, createIncidentChange({ title: 'Tapt PC', awareAt: AWARE, role }, 'AVV-2026-001'), meta());
}
const step = (incident: Incident, draft: ReturnType<typeof changes.recordAssessment> | null) => (draft ? preview(incident, draft, meta()) : incident);
const withFacts = (incident: Incident, facts: Partial<BreachFacts>) => step(incident, changes.changeFacts(incident, { ...incident.facts, ...facts }, meta()));
/** Every question answered: a customer list with national identity numbers, mailed to a stranger. */
const known = (incident: Incident) =>
  withFacts(incident, {
    ...mailFacts,
    role: incident.role,
    recordCount: 1200,
    vulnerableSubjects: 'no',
    minorDetail: 'no',
    dataRecovered: 'no',
    outageHours: 0,
    misuseObserved: 'no',
    highRiskNeutralised: 'no',
    disproportionateEffort: 'no',
  });
const decided = (incident: Incident, decision: Partial<changes.DecisionInput> = {}) =>
  step(
    step(incident, changes.recordAssessment(incident, meta())),
    changes.recordDecision(
      step(incident, changes.recordAssessment(incident, meta())),
      { notifyAuthority: true, notifySubjects: true, notifyController: false, subjectException: null, rationale: 'Høy risiko.', dpoConsulted: true, ...decision },
      meta(),
    ),
  );
const measured = (incident: Incident) => {
  const withMeasure = step(incident, changes.recordMeasure(incident, { id: 'm1', kind: 'containment', text: 'Mottaker slettet fila.', doneAt: AWARE }, meta()));
  return step(withMeasure, changes.changeStatus(withMeasure, 'contained', meta()));
};

/** Sent ten hours after awareness, unless `patch` says otherwise. */
const sent = (incident: Incident, recipient: Notification['recipient'], patch: Partial<Notification> = {}): Notification =>
  sentNotice(incident, recipient, new Date(Date.parse(AWARE) + 10 * HOUR).toISOString(), patch);

const statuses = (incident: Incident, notifications: Notification[] = [], now = EARLY) =>
  Object.fromEntries(incidentWorkflow(incident, notifications, now).steps.map((s) => [s.id, s.status])) as Record<StepId, StepStatus>;
const next = (incident: Incident, notifications: Notification[] = [], now = EARLY) => incidentWorkflow(incident, notifications, now).next;

describe('the steps of an incident and the next one', () => {
  it('a fresh incident starts with the facts; every duty is still to do', () => {
    const incident = created();
    expect(statuses(incident)).toEqual({ facts: 'todo', decision: 'todo', report: 'todo', people: 'todo', measures: 'todo', close: 'todo' });
    expect(next(incident)).toBe('facts');
  });

  it('with every fact known, the facts are done and the decision is next', () => {
    const incident = known(created());
    expect(statuses(incident).facts).toBe('done');
    expect(next(incident)).toBe('decision');
  });

  it('facts still unknown wait, rather than block, once the deadline is under 24 hours away', () => {
    const incident = created();
    const dayBefore = new Date(Date.parse(AWARE) + 50 * HOUR);
    expect(statuses(incident, [], dayBefore).facts).toBe('later');
    expect(next(incident, [], dayBefore)).toBe('decision');
  });

  it('facts still unknown wait once a decision on them is recorded, and come back before closing', () => {
    const incident = measured(decided(created()));
    expect(statuses(incident).facts).toBe('later');
    expect(statuses(incident).decision).toBe('done');
    expect(next(incident)).toBe('report');
    const told = [sent(incident, 'authority'), sent(incident, 'subjects', { channel: 'letter', reference: null })];
    expect(next(incident, told)).toBe('facts');
  });

  it('a recorded decision is done until the facts change under it', () => {
    const incident = decided(known(created()));
    expect(statuses(incident).decision).toBe('done');
    const changed = withFacts(incident, { misuseObserved: 'yes' });
    expect(statuses(changed).decision).toBe('todo');
    expect(next(changed)).toBe('decision');
  });

  it('Datatilsynet notified in time: the report is done and the people are next', () => {
    const incident = decided(known(created()));
    expect(next(incident)).toBe('report');
    const notices = [sent(incident, 'authority')];
    expect(statuses(incident, notices).report).toBe('done');
    expect(next(incident, notices)).toBe('people');
  });

  it('a phased notice leaves the report waiting for its final notice, which comes before closing (Art. 33(4))', () => {
    const incident = measured(decided(known(created())));
    const notices = [sent(incident, 'authority', { phased: true }), sent(incident, 'subjects', { channel: 'letter', reference: null })];
    expect(statuses(incident, notices).report).toBe('later');
    expect(next(incident, notices)).toBe('report');
    const final = sent(incident, 'authority', { phase: 'final', sentAt: '2026-11-24T09:00:00.000Z' });
    expect(next(incident, [...notices, final])).toBe('close');
  });

  it('a late notice without its reasons keeps the report to do (Art. 33(1))', () => {
    const incident = decided(known(created()));
    const late = sent(incident, 'authority', { sentAt: '2026-11-26T09:00:00.000Z' });
    expect(statuses(incident, [late]).report).toBe('todo');
    const explained = step(incident, changes.explainDelay(incident, 'Omfanget var uklart.', meta()));
    expect(statuses(explained, [late]).report).toBe('done');
  });

  it('deciding not to notify makes the report and the people not needed', () => {
    const incident = decided(known(created()), { notifyAuthority: false, notifySubjects: false, subjectException: 'encrypted' });
    expect(statuses(incident)).toMatchObject({ report: 'not-needed', people: 'not-needed' });
    expect(next(incident)).toBe('measures');
  });

  it('measures are done once one is recorded and the breach is under control', () => {
    const incident = decided(known(created()), { notifyAuthority: false, notifySubjects: false });
    const withMeasure = step(incident, changes.recordMeasure(incident, { id: 'm1', kind: 'containment', text: 'Slettet.', doneAt: null }, meta()));
    expect(statuses(withMeasure).measures).toBe('todo');
    expect(statuses(measured(incident)).measures).toBe('done');
    expect(next(measured(incident))).toBe('close');
  });

  it('when letters would take disproportionate effort, the people step speaks to the public (Art. 34(3)(c))', () => {
    const incident = decided(known(created()), { notifySubjects: false, subjectException: 'disproportionate-effort' });
    const people = incidentWorkflow(incident, [], EARLY).steps.find((s) => s.id === 'people');
    expect(people).toEqual({ id: 'people', status: 'todo', audience: 'public' });
  });

  it('a processor reports to its controller and tells no one else', () => {
    const incident = created('processor');
    const steps = incidentWorkflow(incident, [], EARLY).steps;
    expect(steps.find((s) => s.id === 'report')).toEqual({ id: 'report', status: 'todo', audience: 'controller' });
    expect(steps.find((s) => s.id === 'people')).toEqual({ id: 'people', status: 'not-needed', audience: null });
  });

  it('a closed incident has no next step', () => {
    const open = decided(known(created()));
    const closed = step(open, changes.closeIncident(open, 'Ferdig.', meta()));
    expect(statuses(closed).close).toBe('done');
    expect(next(closed)).toBeNull();
  });

  it('knows its own step names and nothing else', () => {
    expect(isStepId('decision')).toBe(true);
    expect(isStepId('notification')).toBe(false);
  });
});

describe('the next duty and how pressing it is', () => {
  it('is Datatilsynet while it is outstanding, by its 72-hour deadline', () => {
    const incident = created();
    const duty = nextDuty(incidentDuties(incident, []));
    expect(duty?.kind).toBe('authority');
    expect(duty?.due?.toISOString()).toBe('2026-11-25T09:00:00.000Z');
    expect(dutyUrgency(duty!, EARLY)).toBe('calm');
    expect(dutyUrgency(duty!, new Date('2026-11-25T04:00:00.000Z'))).toBe('danger');
  });

  it('then the people, whose "without undue delay" is never calm (Art. 34(1))', () => {
    const incident = decided(known(created()));
    const duty = nextDuty(incidentDuties(incident, [sent(incident, 'authority')]));
    expect(duty?.kind).toBe('subjects');
    expect(duty?.due).toBeNull();
    expect(dutyUrgency(duty!, EARLY)).toBe('warning');
  });

  it('is none once every required notice is sent, and a done duty presses no more', () => {
    const incident = decided(known(created()));
    const notices = [sent(incident, 'authority'), sent(incident, 'subjects', { channel: 'letter', reference: null })];
    const duties = incidentDuties(incident, notices);
    expect(nextDuty(duties)).toBeNull();
    expect(dutyUrgency(duties[0]!, EARLY)).toBeNull();
  });

  it("is a processor's notice to its controller, by its own limit", () => {
    const duty = nextDuty(incidentDuties(created('processor'), [], { processorDeadlineHours: 12 }));
    expect(duty?.kind).toBe('controller');
    expect(duty?.due?.toISOString()).toBe('2026-11-22T21:00:00.000Z');
  });
});

describe('when the steps may read otherwise by time alone', () => {
  it('is when the deadline comes under 24 hours, while it is outstanding', () => {
    expect(incidentWorkflow(created(), [], EARLY).changesAt?.toISOString()).toBe('2026-11-24T09:00:00.000Z');
    expect(incidentWorkflow(created(), [], new Date('2026-11-24T10:00:00.000Z')).changesAt).toBeNull();
  });

  it('is never once the notice is sent', () => {
    const incident = decided(known(created()));
    expect(incidentWorkflow(incident, [sent(incident, 'authority')], EARLY).changesAt).toBeNull();
  });
});
