import { describe, expect, it } from 'vitest';
import { correctSubject, createIncident, eraseSubjects, importSubjects } from '../../renderer/src/db/repository';
import { writer } from '../renderer/db/support';
import { eventually, laptop, serverPerTest, TEAM, type Laptop } from './support';

// Art. 16: a person corrected on one laptop is corrected on every laptop that may hold people's data.
// A document is never changed (the server refuses it), so each correction goes as a version of its
// own; management, which holds no people's data, gets the event that a correction was made and nothing else.

const [kari, per, ola] = TEAM as [(typeof TEAM)[number], (typeof TEAM)[number], (typeof TEAM)[number]];
const intake = { title: 'Kundeliste sendt til feil mottaker', awareAt: '2026-03-02T07:30:00.000Z', role: 'controller' as const };
const person = { name: 'Ola Nordman', address: 'Storgata 1', email: null, language: 'nb' as const };

const { server, laptops } = serverPerTest();

async function team(): Promise<[Laptop, Laptop, Laptop]> {
  const made = await Promise.all([laptop(server(), kari, 'inst-lead'), laptop(server(), per, 'inst-dpo'), laptop(server(), ola, 'inst-mgmt')]);
  laptops.push(...made);
  return made as [Laptop, Laptop, Laptop];
}

/** The ids of the people's documents on the server, deleted ones left out. */
async function serverPeople(): Promise<string[]> {
  const all = (await server().call('/avvik-people/_all_docs')) as { rows: { id: string }[] };
  return all.rows.map((r) => r.id).filter((id) => id.startsWith('subject:'));
}

/** The lead's laptop records an incident with one person, who reaches the DPO's laptop. */
async function personShared(lead: Laptop, dpo: Laptop) {
  const ctx = writer('2026-03-02T09:00:00.000Z', 'Kari Nordmann', 'lead');
  const incident = await createIncident(lead.db, intake, ctx);
  ctx.tick();
  const [imported] = await importSubjects(lead.db, incident.id, [person], ctx);
  await eventually('the person on the DPO laptop', () => dpo.db.subjects.get(imported!.id));
  // People and events replicate through different databases: the person may come first.
  const events = await lead.db.events.where('incidentId').equals(incident.id).count();
  await eventually('the incident’s history on the DPO laptop', async () => (await dpo.db.events.where('incidentId').equals(incident.id).count()) === events && (await dpo.db.incidents.get(incident.id)) !== undefined);
  return { ctx, incident, id: imported!.id };
}

describe('a corrected person replicates', () => {
  it("reaches the DPO's laptop as a new version, corrected twice, and never management's", async () => {
    const [lead, dpo, management] = await team();
    const { ctx, incident, id } = await personShared(lead, dpo);

    ctx.tick();
    await correctSubject(lead.db, incident.id, id, { ...person, name: 'Ola Nordmann' }, ctx);
    const corrected = await eventually('the correction on the DPO laptop', async () => ((await dpo.db.subjects.get(id))?.name === 'Ola Nordmann' ? dpo.db.subjects.get(id) : null));
    expect(corrected).toEqual(await lead.db.subjects.get(id));
    ctx.tick();
    await correctSubject(lead.db, incident.id, id, { ...person, name: 'Ola Nordmann', address: 'Storgata 2' }, ctx);
    await eventually('the second correction on the DPO laptop', async () => (await dpo.db.subjects.get(id))?.address === 'Storgata 2');
    expect(await dpo.db.subjects.get(id)).toEqual(await lead.db.subjects.get(id));

    // Every version is its own document, written once; the DPO's laptop wrote none back.
    expect(await serverPeople()).toEqual([`subject:${id}`, `subject:${id}@2026-03-02T09:02:00.000Z`, `subject:${id}@2026-03-02T09:03:00.000Z`]);
    await dpo.engine.settled();
    expect(dpo.statuses.at(-1)?.problem ?? null).toBeNull();

    await eventually('both corrections recorded on management', async () => (await management.db.events.where('kind').equals('subject-corrected').count()) === 2);
    await management.engine.settled();
    expect(await management.db.subjects.count()).toBe(0);
  });

  it('a correction made on the DPO laptop reaches the lead, and an erasure deletes every version on the server', async () => {
    const [lead, dpo] = await team();
    const { ctx, incident, id } = await personShared(lead, dpo);
    await dpo.engine.settled();
    await correctSubject(dpo.db, incident.id, id, { ...person, email: 'ola@example.no' }, writer('2026-03-02T09:30:00.000Z', 'Per Hansen', 'dpo'));
    await eventually('the DPO’s correction on the lead laptop', async () => (await lead.db.subjects.get(id))?.email === 'ola@example.no');
    await eventually('both versions on the server', async () => (await serverPeople()).length === 2);

    ctx.tick(60);
    await eraseSubjects(lead.db, incident.id, [id], ctx);
    await eventually('the person gone from the DPO laptop', async () => (await dpo.db.subjects.get(id)) === undefined);
    await eventually('every version deleted on the server', async () => (await serverPeople()).length === 0);
  });
});
