import { describe, expect, it } from 'vitest';
import { createIncidentChange } from '../../../shared/incident/actions';
import * as changes from '../../../shared/incident/changes';
import { RecordError, recordErrorText } from '../../../shared/incident/errors';
import { timelineEventSchema } from '../../../shared/incident/events';
import { mailFacts, preview, Recorder } from './fixtures';

const meta = { at: '2026-02-01T12:00:00.000Z', actor: 'Kari Nordmann' };

async function open() {
  const r = new Recorder();
  return { r, incident: await r.create('Kundeliste sendt til feil mottaker', '2026-02-01T10:00:00.000Z') };
}

describe('changing an incident records what changed', () => {
  it('records details with their old and new values', async () => {
    const { incident } = await open();
    const description = { nb: 'Sendt til feil adresse', en: 'Sent to the wrong address' };
    const change = changes.changeDetails(incident, { description, systems: ['Outlook'], title: '  Kundeliste\tsendt ' }, meta)!;
    expect(change).toEqual({
      kind: 'details-changed',
      payload: {
        changes: {
          description: { from: { nb: '', en: '' }, to: description },
          systems: { from: [], to: ['Outlook'] },
          title: { from: 'Kundeliste sendt til feil mottaker', to: 'Kundeliste sendt' },
        },
      },
    });
    expect(preview(incident, change, meta)).toMatchObject({ description, title: 'Kundeliste sendt' });
  });

  it('keeps text that hides what it says out of a description, whoever calls', async () => {
    const { incident } = await open();
    const change = changes.changeDetails(incident, { description: 'Sendt til\u200B feil\u202E adresse\u0000' }, meta)!;
    expect(preview(incident, change, meta).description).toEqual({ nb: 'Sendt til feil adresse', en: '' });
  });

  it('records nothing when nothing changed', async () => {
    const { incident } = await open();
    expect(changes.changeDetails(incident, { description: { nb: ' ', en: '' } }, meta)).toBeNull();
    expect(changes.changeFacts(incident, incident.facts, meta)).toBeNull();
  });

  it('records facts in the assessment’s vocabulary and lets the role follow them', async () => {
    const { incident } = await open();
    const change = changes.changeFacts(incident, { ...mailFacts, role: 'processor' }, meta)!;
    expect(preview(incident, change, meta).role).toBe('processor');
    expect(change.kind).toBe('facts-changed');
    if (change.kind === 'facts-changed') expect(change.payload.changes.subjectCount).toEqual({ from: null, to: 1200 });
  });

  it('keeps the assessment with the facts it was made on, and sees when it is stale', async () => {
    const { r, incident } = await open();
    await r.change(incident.id, (i, m) => changes.changeFacts(i, mailFacts, m));
    const assessed = await r.change(incident.id, (i, m) => changes.recordAssessment(i, m));
    expect(assessed.assessment?.facts).toEqual(mailFacts);
    expect(assessed.risk).toBe(assessed.assessment?.result.risk);
    expect(changes.assessmentIsStale(assessed)).toBe(false);
    const later = await r.change(incident.id, (i, m) => changes.changeFacts(i, { ...mailFacts, subjectCount: 5 }, m));
    expect(changes.assessmentIsStale(later)).toBe(true);
  });

  it('puts the whole conclusion on the "assessed" event: reasons with the advice and the statement for the authority', async () => {
    const { r, incident } = await open();
    await r.change(incident.id, (i, m) => changes.changeFacts(i, { ...mailFacts, availabilityEffect: 'none', minorDetail: 'no' }, m));
    const assessed = await r.change(incident.id, (i, m) => changes.recordAssessment(i, m));
    const event = r.events.at(-1)!;
    expect(timelineEventSchema.parse(event)).toEqual(event);
    const reasons = assessed.assessment!.result.reasons;
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(reason.statement?.nb).toMatch(/\(.+\)$/);
  });

  it('reads an "assessed" event written before reasons carried a statement and before the later facts, as it was', async () => {
    const { r, incident } = await open();
    const { availabilityEffect: _a, neutralisingMeasure: _n, minorDetail: _m, ...olderFacts } = mailFacts;
    const facts = await r.change(incident.id, (i, m) => changes.changeFacts(i, olderFacts, m));
    const draft = changes.recordAssessment(facts, meta);
    if (draft.kind !== 'assessed' || !draft.payload.result) throw new Error('expected an assessment');
    const older = {
      ...draft,
      payload: { ...draft.payload, result: { ...draft.payload.result, reasons: draft.payload.result.reasons.map(({ statement: _s, ...rest }) => rest) } },
    };
    const assessed = await r.apply(incident.id, older, r.meta());
    expect(timelineEventSchema.safeParse(r.events.at(-1)).success).toBe(true);
    expect(assessed.assessment!.result.reasons.every((reason) => reason.statement === undefined)).toBe(true);
    expect(assessed.assessment!.result.notifyAuthority).toBe(true);
  });

  it('Art. 33(5): a decision needs its reasoning', async () => {
    const { incident } = await open();
    const input = { notifyAuthority: false, notifySubjects: false, notifyController: false, subjectException: null, rationale: '   ', dpoConsulted: true };
    expect(() => changes.recordDecision(incident, input, meta)).toThrow(RecordError);
    const change = changes.recordDecision(incident, { ...input, rationale: 'Kryptert disk, nøkkel ikke kompromittert.' }, meta);
    expect(preview(incident, change, meta).decision).toMatchObject({ notifyAuthority: false, actor: 'Kari Nordmann', at: meta.at, rationale: { nb: 'Kryptert disk, nøkkel ikke kompromittert.', en: '' } });
  });

  it('Art. 33(5): an incident is closed only with a decision on record and a summary', async () => {
    const { r, incident } = await open();
    try {
      changes.closeIncident(incident, 'Ferdig', meta);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RecordError);
      expect((error as RecordError).code).toBe('decision-missing');
      expect(recordErrorText(error as RecordError, 'nb')).toContain('art. 33 nr. 5');
    }
    await r.change(incident.id, (i, m) =>
      changes.recordDecision(i, { notifyAuthority: false, notifySubjects: false, notifyController: false, subjectException: null, rationale: 'Ingen risiko.', dpoConsulted: false }, m),
    );
    expect(() => changes.closeIncident(r.incidents.get(incident.id)!, ' ', meta)).toThrow(/summary/);
    const closed = await r.change(incident.id, (i, m) => changes.closeIncident(i, 'Lukket uten melding.', m));
    expect(closed).toMatchObject({ status: 'closed', closingSummary: { nb: 'Lukket uten melding.', en: '' } });
    expect(closed.closedAt).not.toBeNull();
    expect(closed.openAwareAt).toBeUndefined();
  });

  it('a closed incident refuses changes until it is reopened', async () => {
    const { r, incident } = await open();
    await r.change(incident.id, (i, m) =>
      changes.recordDecision(i, { notifyAuthority: false, notifySubjects: false, notifyController: false, subjectException: null, rationale: 'Ingen risiko.', dpoConsulted: false }, m),
    );
    const closed = await r.change(incident.id, (i, m) => changes.closeIncident(i, 'Lukket.', m));
    expect(() => changes.changeDetails(closed, { description: { nb: 'mer', en: '' } }, meta)).toThrow(/closed/);
    const reopened = await r.change(incident.id, (i, m) => changes.reopenIncident(i, 'Nye opplysninger fra mottaker.', m));
    expect(reopened).toMatchObject({ status: 'investigating', closedAt: null, openAwareAt: reopened.awareAt });
    expect(() => changes.reopenIncident(reopened, 'igjen', meta)).toThrow(/not closed/);
  });

  it('Art. 33(3)(d) and 33(1): measures and the reasons for delay are kept', async () => {
    const { incident } = await open();
    const measured = preview(incident, changes.recordMeasure(incident, { id: 'm1', kind: 'containment', text: 'Tilgang sperret', doneAt: meta.at }, meta), meta);
    expect(measured.measures).toEqual([{ id: 'm1', kind: 'containment', text: { nb: 'Tilgang sperret', en: '' }, doneAt: meta.at, recordedAt: meta.at, actor: 'Kari Nordmann' }]);
    expect(preview(incident, changes.explainDelay(incident, 'Ventet på logger fra leverandør', meta), meta).delayReason).toEqual({ nb: 'Ventet på logger fra leverandør', en: '' });
  });

  it('status moves without closing; the same status records nothing', async () => {
    const { incident } = await open();
    expect(changes.changeStatus(incident, 'investigating', meta)).toBeNull();
    expect(changes.changeStatus(incident, 'contained', meta)).toEqual({ kind: 'status-changed', payload: { from: 'investigating', to: 'contained' } });
  });

  it('every event a change makes is a valid timeline event', async () => {
    const { r, incident } = await open();
    await r.change(incident.id, (i, m) => changes.changeFacts(i, mailFacts, m));
    await r.change(incident.id, (i, m) => changes.recordAssessment(i, m));
    await r.change(incident.id, (i, m) => changes.changeStatus(i, 'contained', m));
    for (const event of r.events) expect(timelineEventSchema.safeParse(event).success).toBe(true);
    expect(r.events.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
  });
});

describe('creating an incident from the intake', () => {
  it('keeps the moments and the description the intake was given, in the record and its first event', async () => {
    const r = new Recorder();
    const details = { occurredFrom: '2026-01-30T08:00:00.000Z', discoveredAt: '2026-01-31T09:00:00.000Z', description: 'Minnepenn mistet på toget.' };
    const incident = await r.create('Tapt minnepenn', '2026-02-01T10:00:00.000Z');
    expect(incident.occurredFrom).toBeNull();
    const withDetails = await r.apply('i-2', createIncidentChange({ title: 'Tapt minnepenn', awareAt: '2026-02-01T10:00:00.000Z', role: 'controller', details }, 'AVV-2026-002'), meta);
    const description = { nb: 'Minnepenn mistet på toget.', en: '' };
    expect(withDetails).toMatchObject({ ...details, description, occurredTo: null, awareAt: '2026-02-01T10:00:00.000Z' });
    expect(r.events.at(-1)).toMatchObject({ kind: 'incident-created', payload: { ...details, description } });
  });
});
