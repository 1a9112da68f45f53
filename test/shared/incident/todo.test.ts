import { describe, expect, it } from 'vitest';
import type { BreachFacts } from '../../../shared/assessment';
import { createIncidentChange } from '../../../shared/incident/actions';
import * as changes from '../../../shared/incident/changes';
import type { Incident } from '../../../shared/incident/model';
import type { Notification } from '../../../shared/incident/notifications';
import { currentObligations, deadlineDuty, decisionIsStale } from '../../../shared/duty';
import { compareByTimeLeft, incidentTodo, type TodoKind } from '../../../shared/incident/todo';
import { assessmentIsStale, summarizeIncident } from '../../../shared/incident/summary';
import { preview, previewFrom, sentNotice } from './fixtures';

const AWARE = '2026-11-22T09:00:00.000Z';
const HOUR = 3_600_000;
let minute = 0;
const meta = () => ({
  at: new Date(Date.parse(AWARE) + ++minute * 60_000).toISOString(),
  actor: 'Kari Nordmann',
});

function created(role: Incident['role'] = 'controller', id = 'incident-1', awareAt = AWARE): Incident {
  return previewFrom(id, null, createIncidentChange({ title: 'Tapt PC', awareAt, role }, 'AVV-2026-001'), meta());
}

const step = (incident: Incident, draft: ReturnType<typeof changes.recordAssessment>) => preview(incident, draft, meta());
const withFacts = (incident: Incident, patch: Partial<BreachFacts>) =>
  step(incident, changes.changeFacts(incident, { ...incident.facts, ...patch }, meta())!);
const assessed = (incident: Incident) => step(incident, changes.recordAssessment(incident, meta()));
const decided = (incident: Incident, decision: Partial<changes.DecisionInput> = {}) =>
  step(incident, changes.recordDecision(
    incident,
    {
      notifyAuthority: true,
      notifySubjects: false,
      notifyController: false,
      subjectException: null,
      rationale: 'Risiko for de registrerte.',
      dpoConsulted: true,
      ...decision,
    },
    meta(),
  ));

/** Sent ten hours after awareness, unless `patch` says otherwise. */
const sent = (incident: Incident, recipient: Notification['recipient'], patch: Partial<Notification> = {}): Notification =>
  sentNotice(incident, recipient, new Date(Date.parse(AWARE) + 10 * HOUR).toISOString(), patch);

const kinds = (incident: Incident, notifications: Notification[] = [], hours?: number): TodoKind[] =>
  incidentTodo(incident, notifications, { processorDeadlineHours: hours }).map((item) => item.kind);

describe('what is still to do', () => {
  it('a fresh controller incident: assess, decide, notify Datatilsynet by the 72 hours, inform people, close', () => {
    const incident = created();
    const todo = incidentTodo(incident, []);
    // Every fact is unknown: the engine takes the cautious side, so both notices are on the list.
    expect(todo.map((item) => item.kind)).toEqual([
      'assess',
      'decide',
      'notify-authority',
      'notify-subjects',
      'close',
    ]);
    expect(todo.find((item) => item.kind === 'notify-authority')?.due?.toISOString()).toBe(
      '2026-11-25T09:00:00.000Z',
    );
  });

  it('a processor is told to tell its controller by its own limit, and never to notify Datatilsynet', () => {
    const incident = created('processor');
    expect(kinds(incident)).toEqual(['assess', 'decide', 'notify-controller', 'close']);
    expect(
      incidentTodo(incident, [], { processorDeadlineHours: 48 })
        .find((i) => i.kind === 'notify-controller')
        ?.due?.toISOString(),
    ).toBe('2026-11-24T09:00:00.000Z');
    expect(deadlineDuty(incident, []).due.toISOString()).toBe('2026-11-23T09:00:00.000Z');
  });

  it('a processor that told its controller only has to close', () => {
    const incident = decided(assessed(created('processor')), {
      notifyAuthority: false,
      notifyController: true,
    });
    expect(kinds(incident, [sent(incident, 'controller', { channel: 'email', reference: null })])).toEqual([
      'close',
    ]);
  });

  it('once assessed and decided, what remains is what the decision asks', () => {
    const incident = decided(
      assessed(withFacts(created(), { personalData: 'yes', confidentiality: 'yes' })),
      { notifySubjects: true },
    );
    expect(kinds(incident)).toEqual(['notify-authority', 'notify-subjects', 'close']);
  });

  it('the decision overrides the engine: deciding not to notify takes the notice off the list', () => {
    const incident = decided(assessed(created()), {
      notifyAuthority: false,
      rationale: 'Kryptert, nøkkel trygg.',
    });
    expect(currentObligations(incident).source).toBe('decision');
    expect(kinds(incident)).toEqual(['close']);
    expect(deadlineDuty(incident, []).required).toBe(false);
  });

  it('no personal data: nothing to notify, but still to assess, decide and close', () => {
    const incident = withFacts(created(), { personalData: 'no' });
    expect(kinds(incident)).toEqual(['assess', 'decide', 'close']);
  });

  it('Datatilsynet notified in time: the duty is met, and the item goes', () => {
    const incident = decided(assessed(created()));
    const notice = sent(incident, 'authority');
    expect(kinds(incident, [notice])).toEqual(['close']);
    const duty = deadlineDuty(incident, [notice]);
    expect(duty.doneAt?.toISOString()).toBe(notice.sentAt);
    expect(duty.kind).toBe('authority');
  });

  it('a phased notice asks for the final one until it is sent (Art. 33(4))', () => {
    const incident = decided(assessed(created()));
    const initial = sent(incident, 'authority', { phased: true });
    expect(kinds(incident, [initial])).toEqual(['complete-authority-notification', 'close']);
    const final = sent(incident, 'authority', { phase: 'final', sentAt: '2026-11-27T09:00:00.000Z' });
    expect(kinds(incident, [initial, final])).toEqual(['close']);
  });

  it('letters sent take "inform the people" off the list', () => {
    const incident = decided(assessed(created()), { notifySubjects: true });
    expect(
      kinds(incident, [
        sent(incident, 'authority'),
        sent(incident, 'subjects', { channel: 'letter', reference: null }),
      ]),
    ).toEqual(['close']);
  });

  it('notifications of another incident do not count', () => {
    const incident = decided(assessed(created()));
    const other = created('controller', 'incident-2');
    expect(kinds(incident, [sent(other, 'authority')])).toEqual(['notify-authority', 'close']);
  });

  it('facts changed after the decision: assess again and decide again, and the engine leads meanwhile', () => {
    const before = decided(assessed(created()), { notifyAuthority: false, rationale: 'Ikke risiko.' });
    expect(decisionIsStale(before)).toBe(false);
    const after = withFacts(before, { personalData: 'yes', dataCategories: ['health'] });
    expect(decisionIsStale(after)).toBe(true);
    expect(currentObligations(after).source).toBe('assessment');
    expect(kinds(after)).toEqual(['assess', 'decide', 'notify-authority', 'notify-subjects', 'close']);
  });

  it('a new assessment recorded after the decision still asks for a new decision', () => {
    const decidedOnce = decided(assessed(created()));
    const reassessed = assessed(withFacts(decidedOnce, { personalData: 'yes' }));
    expect(decisionIsStale(reassessed)).toBe(true);
    expect(kinds(reassessed)).toContain('decide');
    expect(kinds(reassessed)).not.toContain('assess');
  });

  it('a closed incident has nothing left to do', () => {
    const open = decided(assessed(created()));
    const incident = step(open, changes.closeIncident(open, 'Ferdig.', meta()));
    expect(incidentTodo(incident, [])).toEqual([]);
  });
});

describe('the dashboard order', () => {
  const row = (incident: Incident, notifications: Notification[] = []) => ({
    duty: deadlineDuty(incident, notifications),
    awareAt: incident.awareAt,
  });

  it('puts the least time left first, a processor’s shorter limit included, and met or unneeded deadlines last', () => {
    const overdue = created('controller', 'a', '2026-11-20T09:00:00.000Z');
    const processor = created('processor', 'b', '2026-11-22T09:00:00.000Z'); // 24 h: 23 Nov 09:00
    const controller = created('controller', 'c', '2026-11-21T12:00:00.000Z'); // 72 h: 24 Nov 12:00
    const notified = decided(assessed(created('controller', 'd', '2026-11-19T09:00:00.000Z')));
    const notRequired = decided(assessed(created('controller', 'e', '2026-11-18T09:00:00.000Z')), {
      notifyAuthority: false,
    });
    const rows = [
      { id: 'e', ...row(notRequired) },
      { id: 'c', ...row(controller) },
      { id: 'd', ...row(notified, [sent(notified, 'authority')]) },
      { id: 'b', ...row(processor) },
      { id: 'a', ...row(overdue) },
    ];
    expect(rows.sort(compareByTimeLeft).map((r) => r.id)).toEqual(['a', 'b', 'c', 'e', 'd']);
  });
});

describe('an incident’s summary (what the dashboard reads)', () => {
  it('decides the same duties and the same to-do list as the whole incident, in every state', () => {
    const fresh = created();
    const factsChanged = withFacts(fresh, { personalData: 'yes', confidentiality: 'yes' });
    const current = assessed(factsChanged);
    const stale = withFacts(current, { subjectCount: 5000 });
    const decidedNow = decided(assessed(stale), { notifyAuthority: false, subjectException: 'disproportionate-effort' });
    const decisionStale = withFacts(decidedNow, { subjectCount: 10 });
    const late = step(decidedNow, changes.explainDelay(decidedNow, 'Omfanget var uklart.', meta()));
    const processor = decided(assessed(created('processor', 'incident-2')), { notifyAuthority: false, notifyController: true });
    const closed = step(late, changes.closeIncident(late, 'Ferdig.', meta()));
    for (const incident of [fresh, factsChanged, current, stale, decidedNow, decisionStale, late, processor, closed]) {
      const summary = summarizeIncident(incident);
      const notices = [sent(incident, incident.role === 'controller' ? 'authority' : 'controller', { sentAt: '2026-11-26T09:00:00.000Z' })];
      for (const given of [[], notices]) {
        expect(incidentTodo(summary, given, { processorDeadlineHours: 36 })).toEqual(incidentTodo(incident, given, { processorDeadlineHours: 36 }));
        expect(deadlineDuty(summary, given)).toEqual(deadlineDuty(incident, given));
      }
      expect(currentObligations(summary)).toEqual(currentObligations(incident));
      expect(decisionIsStale(summary)).toBe(decisionIsStale(incident));
      expect(assessmentIsStale(summary)).toBe(assessmentIsStale(incident));
    }
    expect([stale, decisionStale].map((i) => assessmentIsStale(summarizeIncident(i)))).toEqual([true, true]);
    expect(decisionIsStale(summarizeIncident(decisionStale))).toBe(true);
  });

  it('holds what lists show, and none of the incident’s texts beyond its title', () => {
    const incident = step(created(), changes.changeDetails(created(), { description: 'Lang beskrivelse med navn', systems: ['Outlook'] }, meta())!);
    const summary = summarizeIncident(incident);
    expect(summary).toMatchObject({ id: incident.id, ref: 'AVV-2026-001', title: 'Tapt PC', status: incident.status, risk: 'unassessed', openAwareAt: AWARE });
    expect(JSON.stringify(summary)).not.toContain('Lang beskrivelse');
    expect(Object.keys(summary).sort()).toEqual(['assessment', 'awareAt', 'decision', 'delayReason', 'facts', 'id', 'openAwareAt', 'ref', 'risk', 'role', 'status', 'title']);
  });
});
