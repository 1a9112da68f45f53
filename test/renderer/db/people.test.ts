import { describe, expect, it } from 'vitest';
import { closeIncident, correctSubject, createIncident, eraseSubjects, importSubjects, incidentTimeline, recordDecision, verifyIncidentTimeline } from '../../../renderer/src/db/repository';
import { openFresh, writer } from './support';

// Correcting and erasing one person through the repository: the row and its event together, the
// history verifiable afterwards, and a person gone meanwhile never brought back.

const intake = { title: 'Brev til feil adresse', awareAt: '2026-03-02T07:30:00.000Z', role: 'controller' as const };
const kari = { name: 'Kari Nordmann', address: 'Storgata 1\n0150 Oslo', email: 'kari@example.no', language: 'nb' as const };

describe('a person corrected (Art. 16)', () => {
  it('stores the new details and a verifiable event that names only the fields', async () => {
    const db = await openFresh('correct');
    const ctx = writer();
    const { id } = await createIncident(db, intake, ctx);
    const [person] = await importSubjects(db, id, [kari], ctx);
    const saved = await correctSubject(db, id, person!.id, { ...kari, email: 'kari@example.com' }, ctx);
    expect(saved).toMatchObject({ email: 'kari@example.com', createdAt: person!.createdAt });
    expect(await db.subjects.get(person!.id)).toEqual(saved);
    expect((await incidentTimeline(db, id)).at(-1)).toMatchObject({ kind: 'subject-corrected', payload: { fields: ['email'] } });
    expect((await verifyIncidentTimeline(db, id)).ok).toBe(true);
  });

  it('writes no event when nothing changed', async () => {
    const db = await openFresh('correct-same');
    const ctx = writer();
    const { id } = await createIncident(db, intake, ctx);
    const [person] = await importSubjects(db, id, [kari], ctx);
    const before = await db.events.count();
    await correctSubject(db, id, person!.id, kari, ctx);
    expect(await db.events.count()).toBe(before);
  });

  it('refuses a person who was erased, and brings nobody back', async () => {
    const db = await openFresh('correct-erased');
    const ctx = writer();
    const { id } = await createIncident(db, intake, ctx);
    const [person] = await importSubjects(db, id, [kari], ctx);
    await eraseSubjects(db, id, [person!.id], ctx, 'person-asked');
    await expect(correctSubject(db, id, person!.id, kari, ctx)).rejects.toMatchObject({ code: 'person-missing' });
    expect(await db.subjects.count()).toBe(0);
  });

  it('refuses a person of another incident', async () => {
    const db = await openFresh('correct-other');
    const ctx = writer();
    const { id } = await createIncident(db, intake, ctx);
    const other = await createIncident(db, { ...intake, title: 'Annen hendelse' }, ctx);
    const [person] = await importSubjects(db, other.id, [kari], ctx);
    await expect(correctSubject(db, id, person!.id, { ...kari, name: 'Kari N.' }, ctx)).rejects.toMatchObject({ code: 'person-missing' });
    expect((await db.subjects.get(person!.id))?.name).toBe('Kari Nordmann');
  });

  it('is allowed on a closed incident, like erasure: the rights do not end with the incident', async () => {
    const db = await openFresh('correct-closed');
    const ctx = writer();
    const { id } = await createIncident(db, intake, ctx);
    const [person] = await importSubjects(db, id, [kari], ctx);
    await recordDecision(db, id, { notifyAuthority: false, notifySubjects: true, notifyController: false, subjectException: null, rationale: 'Høy risiko.', dpoConsulted: true }, ctx);
    await closeIncident(db, id, 'Ferdig.', ctx);
    await correctSubject(db, id, person!.id, { ...kari, name: 'Kari Nordkvinne' }, ctx);
    expect((await db.subjects.get(person!.id))?.name).toBe('Kari Nordkvinne');
  });
});
