import { describe, expect, it } from 'vitest';
import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { AvvikDb } from '../../../renderer/src/db/database';
import {
  assessIncident,
  changeStatus,
  closeIncident,
  createIncident,
  eraseSubjects,
  importSubjects,
  incidentTimeline,
  listOpenIncidents,
  recordDecision,
  recordDocumentExport,
  recordNotification,
  saveProfile,
  saveSettings,
  updateDetails,
  updateFacts,
  verifyIncidentTimeline,
} from '../../../renderer/src/db/repository';
import { RecordError } from '../../../shared/incident/errors';
import { mailFacts } from '../../shared/incident/fixtures';
import { openFresh, snapshot, uniqueName, writer } from './support';
import { authorityNotice } from '../../support/notices';

const intake = { title: 'Kundeliste sendt til feil mottaker', awareAt: '2026-03-02T07:30:00.000Z', role: 'controller' as const };
const decision = { notifyAuthority: true, notifySubjects: false, notifyController: false, subjectException: null, rationale: 'Risiko for de registrerte.', dpoConsulted: true };

/** A database whose writes to one table fail on demand, like a crash mid-transaction. */
async function faultyDb(failingTable: string) {
  const db = new AvvikDb(uniqueName('faulty'), { newId: () => 'inst-a' });
  const fault = { armed: false, log: [] as string[] };
  db.use({
    stack: 'dbcore',
    name: 'power-cut',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req: DBCoreMutateRequest) => {
            if (fault.armed) fault.log.push(`${name}.${req.type}`);
            if (fault.armed && name === failingTable) return Promise.reject(new Error('power cut'));
            return table.mutate(req);
          },
        };
      },
    }),
  });
  await db.open();
  return { db, fault };
}

describe('the repository writes the incident and its event together, or not at all', () => {
  it('creates an incident with its first chained event', async () => {
    const db = await openFresh('create');
    const incident = await createIncident(db, intake, writer());
    expect(incident).toMatchObject({ ref: 'AVV-2026-001', status: 'investigating', risk: 'unassessed' });
    const [event] = await incidentTimeline(db, incident.id);
    expect(event).toMatchObject({ kind: 'incident-created', seq: 1, prevHash: null, installationId: 'inst-a', actor: 'Kari Nordmann' });
    expect(incident.heads['inst-a']).toEqual({ seq: 1, hash: event!.hash });
  });

  it('chains every change, and the history verifies', async () => {
    const db = await openFresh('chain');
    const ctx = writer();
    const { id } = await createIncident(db, intake, ctx);
    ctx.tick();
    await updateFacts(db, id, mailFacts, ctx);
    ctx.tick();
    const assessed = await assessIncident(db, id, ctx);
    ctx.tick();
    await recordDecision(db, id, decision, ctx);
    ctx.tick();
    await changeStatus(db, id, 'contained', ctx);
    const events = await incidentTimeline(db, id);
    expect(events.map((e) => e.kind)).toEqual(['incident-created', 'facts-changed', 'assessed', 'decision-recorded', 'status-changed']);
    expect(assessed.assessment?.result.notifyAuthority).toBe(true);
    expect(await verifyIncidentTimeline(db, id)).toMatchObject({ ok: true, events: 5 });
  });

  it('a write interrupted after its event was added leaves no half-written history', async () => {
    const { db, fault } = await faultyDb('incidents');
    const ctx = writer();
    const incident = await createIncident(db, intake, ctx);
    const before = await snapshot(db);
    fault.armed = true;
    ctx.tick();
    await expect(updateDetails(db, incident.id, { description: 'Halvveis' }, ctx)).rejects.toThrow('power cut');
    expect(fault.log[0]).toBe('events.add'); // the event was written first, then rolled back
    expect(await snapshot(db)).toEqual(before);
  });

  it('a new incident interrupted before its event is saved does not exist at all', async () => {
    const { db, fault } = await faultyDb('events');
    fault.armed = true;
    await expect(createIncident(db, intake, writer())).rejects.toThrow('power cut');
    fault.armed = false;
    expect(await db.incidents.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
  });

  it('a notification interrupted after its event leaves neither row nor event', async () => {
    const { db, fault } = await faultyDb('notifications');
    const incident = await createIncident(db, intake, writer());
    const before = await snapshot(db);
    fault.armed = true;
    const sent = authorityNotice('2026-03-03T10:00:00.000Z', 'AR1001');
    await expect(recordNotification(db, incident.id, sent, writer('2026-03-03T10:01:00.000Z'))).rejects.toThrow('power cut');
    expect(fault.log).toEqual(['events.add', 'incidents.put', 'notifications.put']);
    expect(await snapshot(db)).toEqual(before);
  });

  it('two writes at the same moment both land, one after the other in the chain', async () => {
    const db = await openFresh('race');
    const { id } = await createIncident(db, intake, writer());
    await Promise.all([
      updateDetails(db, id, { description: 'Fra fane 1' }, writer('2026-03-02T10:00:00.000Z', 'A', 'a')),
      updateDetails(db, id, { dataLocation: 'Fra fane 2' }, writer('2026-03-02T10:00:00.000Z', 'B', 'b')),
    ]);
    const stored = await db.incidents.get(id);
    expect(stored).toMatchObject({ description: { nb: 'Fra fane 1', en: '' }, dataLocation: { nb: 'Fra fane 2', en: '' } });
    expect((await incidentTimeline(db, id)).map((e) => e.seq).sort()).toEqual([1, 2, 3]);
    expect((await verifyIncidentTimeline(db, id)).ok).toBe(true);
  });

  it('two incidents created at once get different references', async () => {
    const db = await openFresh('refs');
    const made = await Promise.all([createIncident(db, intake, writer(undefined, 'A', 'a')), createIncident(db, intake, writer(undefined, 'B', 'b'))]);
    expect(made.map((i) => i.ref).sort()).toEqual(['AVV-2026-001', 'AVV-2026-002']);
  });

  it('a closed incident refuses a change, and nothing is written', async () => {
    const db = await openFresh('closed');
    const ctx = writer();
    const { id } = await createIncident(db, intake, ctx);
    await recordDecision(db, id, decision, ctx);
    await closeIncident(db, id, 'Ferdig.', ctx);
    const before = await snapshot(db);
    const attempt = updateDetails(db, id, { description: 'Etterpå' }, ctx);
    await expect(attempt).rejects.toBeInstanceOf(RecordError);
    await expect(attempt).rejects.toMatchObject({ code: 'incident-closed' });
    expect(await snapshot(db)).toEqual(before);
    expect(await listOpenIncidents(db)).toEqual([]);
  });

  it('people are stored apart; the timeline gets their ids only, and erasure removes them', async () => {
    const db = await openFresh('people');
    const ctx = writer();
    const { id } = await createIncident(db, intake, ctx);
    const other = await createIncident(db, { ...intake, title: 'Annen' }, ctx);
    const people = await importSubjects(db, id, [{ name: 'Áile Sárá Gaup', address: 'Guovdageaidnu', email: 'aile@example.no', language: 'nb' }], ctx);
    const [stranger] = await importSubjects(db, other.id, [{ name: 'Ola', address: null, email: null, language: 'nb' }], ctx);
    expect(JSON.stringify(await db.events.toArray())).not.toMatch(/Áile|Guovdageaidnu|aile@/);
    await eraseSubjects(db, id, [people[0]!.id, stranger!.id], ctx);
    expect(await db.subjects.where('incidentId').equals(id).count()).toBe(0);
    expect(await db.subjects.get(stranger!.id)).toBeDefined();
    const last = (await incidentTimeline(db, id)).at(-1)!;
    expect(last).toMatchObject({ kind: 'subjects-erased', payload: { subjectIds: [people[0]!.id] } });
  });

  it('refuses a person without a name, and imports nobody', async () => {
    const db = await openFresh('bad-person');
    const { id } = await createIncident(db, intake, writer());
    await expect(importSubjects(db, id, [{ name: 'Kari', address: null, email: null, language: 'nb' }, { name: '', address: null, email: null, language: 'nb' }], writer())).rejects.toMatchObject({ code: 'invalid-person' });
    expect(await db.subjects.count()).toBe(0);
  });

  it('records an exported document by its SHA-256', async () => {
    const db = await openFresh('doc');
    const { id } = await createIncident(db, intake, writer());
    const bytes = new TextEncoder().encode('abc');
    const { sha256 } = await recordDocumentExport(db, id, { documentKind: 'authority-notice', name: 'melding.pdf', bytes }, writer());
    expect(sha256).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect((await incidentTimeline(db, id)).at(-1)).toMatchObject({ kind: 'document-exported', payload: { sha256, size: 3 } });
  });

  it('writes the user name from this installation’s profile as the actor when none is given', async () => {
    const db = await openFresh('actor');
    await saveProfile(db, { name: 'Ingrid DPO' }, writer());
    const { id } = await createIncident(db, intake, { ...writer(), actor: '' });
    expect((await incidentTimeline(db, id))[0]!.actor).toBe('Ingrid DPO');
  });

  it('refuses invalid settings with a message, and keeps the installation id', async () => {
    const db = await openFresh('settings');
    await expect(saveSettings(db, { orgNr: '123' }, writer())).rejects.toMatchObject({ code: 'invalid-settings' });
    const saved = await saveSettings(db, { orgNr: '974760673', organisationName: 'Brønnøysund' }, writer());
    expect(saved.installationId).toBe('inst-a');
  });
});

describe('the incident screen sees whether history verifies', () => {
  async function withHistory() {
    const db = await openFresh('verify');
    const ctx = writer();
    const { id } = await createIncident(db, intake, ctx);
    await updateDetails(db, id, { description: 'Første' }, ctx);
    await updateDetails(db, id, { description: 'Andre' }, ctx);
    return { db, id, events: await incidentTimeline(db, id) };
  }

  it('finds an event edited directly in the database', async () => {
    const { db, id, events } = await withHistory();
    await db.events.put({ ...events[1]!, actor: 'Noen andre' });
    expect(await verifyIncidentTimeline(db, id)).toMatchObject({ ok: false, broken: { problem: 'altered', seq: 2 } });
  });

  it('finds the newest event deleted', async () => {
    const { db, id, events } = await withHistory();
    await db.events.delete(events[2]!.id);
    expect(await verifyIncidentTimeline(db, id)).toMatchObject({ ok: false, broken: { problem: 'truncated', seq: 3 } });
  });

  it('finds an event deleted in the middle', async () => {
    const { db, id, events } = await withHistory();
    await db.events.delete(events[1]!.id);
    expect(await verifyIncidentTimeline(db, id)).toMatchObject({ ok: false, broken: { problem: 'missing', seq: 2 } });
  });
});
