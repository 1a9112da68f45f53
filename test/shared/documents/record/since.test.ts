import { describe, expect, it } from 'vitest';
import { changesSinceLastNotice, incidentAsNotified, noChanges, recordChanges } from '../../../../shared/documents/record/since';
import { attachmentAddedChange } from '../../../../shared/incident/actions';
import * as changes from '../../../../shared/incident/changes';
import { mailFacts, Recorder } from '../../incident/fixtures';

// Art. 33(4): a follow-up says what is new since the last notice, as the history shows it.

async function notifiedIncident() {
  const r = new Recorder();
  const { id } = await r.create('Kundeliste sendt til feil mottaker', '2026-03-02T07:30:00.000Z');
  await r.change(id, (i, m) => changes.changeFacts(i, { ...mailFacts, recipient: 'unknown' }, m));
  await r.change(id, (i, m) => changes.changeDetails(i, { description: 'Excel-fil sendt til ekstern adresse.' }, m));
  await r.change(id, (i, m) => changes.recordMeasure(i, { id: 'm1', kind: 'containment', text: 'Bedt mottakeren slette fila.', doneAt: null }, m));
  await r.notify(id, { recipient: 'authority', sentAt: '2026-03-02T12:00:00.000Z', phase: 'initial', phased: true, reference: 'AR4711' });
  return { r, id };
}

describe('what is new since the last notice', () => {
  it('is nothing while nothing changed after the notice', async () => {
    const { r, id } = await notifiedIncident();
    const since = changesSinceLastNotice(r.events, r.incidents.get(id)!, r.notifications)!;
    expect(since.notice.reference).toBe('AR4711');
    expect(noChanges(since.changes)).toBe(true);
  });

  it('names each fact and field that changed after it, the measures recorded or done, and files attached', async () => {
    const { r, id } = await notifiedIncident();
    await r.change(id, (i, m) => changes.changeFacts(i, { ...i.facts, recipient: 'trusted', subjectCount: 1180 }, m));
    await r.change(id, (i, m) => changes.changeDetails(i, { howItHappened: 'Feil autoutfylling av adresse.', subjectCountPrecision: 'exact' }, m));
    await r.change(id, (i, m) => changes.changeMeasure(i, 'm1', { doneAt: '2026-03-02T12:02:00.000Z' }, m));
    await r.change(id, (i, m) => changes.recordMeasure(i, { id: 'm2', kind: 'prevention', text: 'Autoutfylling slått av.', doneAt: null }, m));
    await r.change(id, (i) => attachmentAddedChange(i, { id: 'a1', name: 'kvittering.pdf', mediaType: 'application/pdf', size: 10, sha256: 'c'.repeat(64), note: '' }));
    const since = changesSinceLastNotice(r.events, r.incidents.get(id)!, r.notifications)!;
    expect(since.changes.facts.sort()).toEqual(['recipient', 'subjectCount']);
    expect(since.changes.details).toEqual(['howItHappened', 'subjectCountPrecision']);
    expect(since.changes.measures.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(since.changes.attachments.map((a) => a.name)).toEqual(['kvittering.pdf']);
    expect(since.changes.decision).toBe(false);
  });

  it('counts from the last notice sent, not the first', async () => {
    const { r, id } = await notifiedIncident();
    await r.change(id, (i, m) => changes.changeFacts(i, { ...i.facts, recipient: 'trusted' }, m));
    await r.notify(id, { recipient: 'authority', sentAt: '2026-03-03T09:00:00.000Z', phase: 'follow-up', reference: 'AR4711' });
    await r.change(id, (i, m) => changes.changeDetails(i, { dataLocation: 'Slettet hos mottakeren.' }, m));
    const since = changesSinceLastNotice(r.events, r.incidents.get(id)!, r.notifications)!;
    expect(since.notice.sentAt).toBe('2026-03-03T09:00:00.000Z');
    expect(since.changes.facts).toEqual([]);
    expect(since.changes.details).toEqual(['dataLocation']);
  });

  it('rebuilds the record as it stood when the notice was recorded, from the events before it', async () => {
    const { r, id } = await notifiedIncident();
    const notice = r.notifications[0]!;
    await r.change(id, (i, m) => changes.changeDetails(i, { description: 'Noe annet.' }, m));
    const before = incidentAsNotified(r.events, notice.id)!;
    expect(before.description.nb).toBe('Excel-fil sendt til ekstern adresse.');
    expect(r.incidents.get(id)!.description.nb).toBe('Noe annet.');
  });

  it('is null before any notice, or for a notice the history does not record', async () => {
    const r = new Recorder();
    const { id } = await r.create('Tapt PC', '2026-03-02T07:30:00.000Z');
    expect(changesSinceLastNotice(r.events, r.incidents.get(id)!, r.notifications)).toBeNull();
    expect(incidentAsNotified(r.events, 'no-such-notice')).toBeNull();
  });

  it('compares field by field, never by object identity', async () => {
    const { r, id } = await notifiedIncident();
    const incident = r.incidents.get(id)!;
    expect(noChanges(recordChanges(incident, structuredClone(incident)))).toBe(true);
  });
});
