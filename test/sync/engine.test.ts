import { describe, expect, it } from 'vitest';
import { createIncident, eraseSubjects, importSubjects, updateDetails, verifyIncidentTimeline } from '../../renderer/src/db/repository';
import { writer } from '../renderer/db/support';
import { connect, eventually, laptop, memoryPouch, serverPerTest, TEAM, type Laptop } from './support';

// The lead's, the DPO's and management's laptops, each with its own record, sync through the
// team's server. What one records appears on the others, rebuilt from the same signed events.

const [kari, per, ola] = TEAM as [(typeof TEAM)[number], (typeof TEAM)[number], (typeof TEAM)[number]];
const intake = { title: 'Kundeliste sendt til feil mottaker', awareAt: '2026-03-02T07:30:00.000Z', role: 'controller' as const };

const { server, laptops } = serverPerTest();

async function team(...members: [(typeof TEAM)[number], string][]): Promise<Laptop[]> {
  const made = await Promise.all(members.map(([user, installation]) => laptop(server(), user, installation)));
  laptops.push(...made);
  return made;
}

describe('team sync between laptops', () => {
  it("an incident the lead records appears on the DPO's laptop, and its history verifies there", async () => {
    const [lead, dpo] = await team([kari, 'inst-lead'], [per, 'inst-dpo']);
    const incident = await createIncident(lead!.db, intake, writer('2026-03-02T09:00:00.000Z', 'Kari Nordmann', 'lead'));
    const arrived = await eventually('the incident on the DPO laptop', () => dpo!.db.incidents.get(incident.id));
    expect(arrived.title).toBe(intake.title);
    const verdict = await verifyIncidentTimeline(dpo!.db, incident.id);
    // Signed by an installation the DPO has not trusted yet: the chain and signatures hold, and it says so.
    expect(verdict.ok || verdict.broken.problem === 'untrusted-key').toBe(true);
    expect(await dpo!.db.installations.get('inst-lead')).toBeDefined();
  });

  it('edits made on both laptops while apart merge with nothing lost', async () => {
    const [lead, dpo] = await team([kari, 'inst-lead'], [per, 'inst-dpo']);
    const leadCtx = writer('2026-03-02T09:00:00.000Z', 'Kari Nordmann', 'lead');
    const incident = await createIncident(lead!.db, intake, leadCtx);
    await eventually('the incident on the DPO laptop', () => dpo!.db.incidents.get(incident.id));
    await dpo!.stop();
    leadCtx.tick(10);
    await updateDetails(lead!.db, incident.id, { description: 'Listen gikk til én kunde.' }, leadCtx);
    const dpoCtx = writer('2026-03-02T09:20:00.000Z', 'Per Hansen', 'dpo');
    await updateDetails(dpo!.db, incident.id, { title: 'Kundeliste sendt til feil kunde' }, dpoCtx);
    laptops.splice(laptops.indexOf(dpo!), 1);
    const back = await connect(server(), per, dpo!.db);
    laptops.push(back);
    for (const db of [lead!.db, back.db]) {
      const merged = await eventually('both edits on both laptops', async () => {
        const i = await db.incidents.get(incident.id);
        return i?.title === 'Kundeliste sendt til feil kunde' && i.description.nb === 'Listen gikk til én kunde.' ? i : null;
      });
      expect(Object.keys(merged.heads).sort()).toEqual(['inst-dpo', 'inst-lead']);
    }
    expect(await lead!.db.events.where('incidentId').equals(incident.id).count()).toBe(3);
    expect(await back.db.events.where('incidentId').equals(incident.id).count()).toBe(3);
  });

  it("management's laptop gets the incidents but never the people affected", async () => {
    const [lead, dpo, management] = await team([kari, 'inst-lead'], [per, 'inst-dpo'], [ola, 'inst-mgmt']);
    const ctx = writer('2026-03-02T09:00:00.000Z', 'Kari Nordmann', 'lead');
    const incident = await createIncident(lead!.db, intake, ctx);
    ctx.tick();
    const [person] = await importSubjects(lead!.db, incident.id, [{ name: 'Ola Nordmann', address: 'Storgata 1', email: null, language: 'nb' }], ctx);
    await eventually('the person on the DPO laptop', () => dpo!.db.subjects.get(person!.id));
    await eventually('the import event on management', () => management!.db.events.where('kind').equals('subjects-imported').first());
    await management!.engine.settled();
    expect(await management!.db.subjects.count()).toBe(0);
    // The server itself refuses management the people database.
    const response = await fetch(`${server().url}/avvik-people/_all_docs`, { headers: { authorization: `Basic ${btoa('ola:ola-pw')}` } });
    expect(response.status).toBe(401);
  });

  it("an erasure on the lead's laptop erases the person on every laptop, and on the server", async () => {
    const [lead, dpo] = await team([kari, 'inst-lead'], [per, 'inst-dpo']);
    const ctx = writer('2026-03-02T09:00:00.000Z', 'Kari Nordmann', 'lead');
    const incident = await createIncident(lead!.db, intake, ctx);
    ctx.tick();
    const [person] = await importSubjects(lead!.db, incident.id, [{ name: 'Ola Nordmann', address: 'Storgata 1', email: 'ola@example.no', language: 'nb' }], ctx);
    await eventually('the person on the DPO laptop', () => dpo!.db.subjects.get(person!.id));
    const docId = `/avvik-people/subject:${person!.id}`;
    const { _rev: firstRev } = (await server().call(docId)) as { _rev: string };
    ctx.tick();
    await eraseSubjects(lead!.db, incident.id, [person!.id], ctx);
    await eventually('the person gone from the DPO laptop', async () => (await dpo!.db.subjects.get(person!.id)) === undefined);
    await eventually('the person deleted on the server', () => server().call(docId).then(() => false, (e: Error) => /404/.test(e.message)));
    // The deletion itself keeps nothing of the person; the revision before it does until the
    // database is compacted (CouchDB compacts by itself; README), and then no longer.
    const leaves = (await server().call(`${docId}?open_revs=all`)) as { ok?: Record<string, unknown> }[];
    // Both laptops may delete it (the DPO's on hearing of the erasure, before the lead's deletion
    // reaches it): then the document has two deletions side by side. Every leaf is a deletion that
    // keeps nothing of the person.
    expect(leaves.length).toBeGreaterThan(0);
    for (const leaf of leaves) expect(Object.keys(leaf.ok ?? {}).sort()).toEqual(['_deleted', '_id', '_rev']);
    expect(JSON.stringify(await server().call(`${docId}?rev=${firstRev}`))).toContain('Ola Nordmann');
    await server().call('/avvik-people/_compact', 'POST');
    await eventually('the earlier revision gone', () => server().call(`${docId}?rev=${firstRev}`).then(() => false, (e: Error) => /404/.test(e.message)));
  });

  it('a server restart during replication loses nothing', async () => {
    const [lead, dpo] = await team([kari, 'inst-lead'], [per, 'inst-dpo']);
    const ctx = writer('2026-03-02T09:00:00.000Z', 'Kari Nordmann', 'lead');
    const ids: string[] = [];
    for (let i = 0; i < 15; i++) {
      ids.push((await createIncident(lead!.db, { ...intake, title: `Hendelse ${i + 1}` }, ctx)).id);
      ctx.tick();
      if (i === 5) void server().restart({ downFor: 300 });
    }
    await eventually('all incidents on the DPO laptop', async () => (await dpo!.db.incidents.count()) === 15, 30_000);
    expect((await dpo!.db.incidents.bulkGet(ids)).every(Boolean)).toBe(true);
  });

  it('a restart resumes the server\'s feed where the record has it all, from a local side that starts empty', async () => {
    const [lead, dpo] = await team([kari, 'inst-lead'], [per, 'inst-dpo']);
    const ctx = writer('2026-03-02T09:00:00.000Z', 'Kari Nordmann', 'lead');
    const first = await createIncident(lead!.db, intake, ctx);
    await eventually('the first incident on the DPO laptop', () => dpo!.db.incidents.get(first.id));
    await eventually('where the DPO read the feed to, kept in its record', () => dpo!.db.syncState.get('avvik-events'));
    await dpo!.stop();
    laptops.splice(laptops.indexOf(dpo!), 1);
    // Read once the DPO's sync has stopped: until then it may still move the point on.
    const kept = (await dpo!.db.syncState.get('avvik-events'))!;
    ctx.tick();
    const second = await createIncident(lead!.db, { ...intake, title: 'Andre hendelse' }, ctx);

    // The restarted laptop's PouchDB is new and empty (as in the app, where it lives in memory);
    // it asks the server's feed only for what came after the kept point.
    const pouch = memoryPouch();
    const asked: string[] = [];
    const watched = { ...pouch, fetch: (url: string, init: RequestInit) => (asked.push(url), pouch.fetch(url, init)) };
    const again = await connect(server(), per, dpo!.db, watched);
    laptops.push(again);
    await eventually('the second incident on the DPO laptop', () => again.db.incidents.get(second.id));
    const feeds = asked.filter((url) => url.includes('/avvik-events/_changes'));
    expect(feeds.length).toBeGreaterThan(0);
    expect(feeds.every((url) => new URL(url).searchParams.get('since') !== '0')).toBe(true);
    expect(new URL(feeds[0]!).searchParams.get('since')).toBe(String(kept.since));
    expect(await again.db.incidents.count()).toBe(2);
  });

  it('a person erased while sync was not running is deleted on the server when it runs again', async () => {
    const [lead] = await team([kari, 'inst-lead']);
    const ctx = writer('2026-03-02T09:00:00.000Z', 'Kari Nordmann', 'lead');
    const incident = await createIncident(lead!.db, intake, ctx);
    ctx.tick();
    const [person] = await importSubjects(lead!.db, incident.id, [{ name: 'Ola Nordmann', address: 'Storgata 1', email: 'ola@example.no', language: 'nb' }], ctx);
    const docId = `/avvik-people/subject:${person!.id}`;
    await eventually('the person on the server', () => server().call(docId).then(Boolean, () => false));
    await lead!.stop();
    laptops.splice(laptops.indexOf(lead!), 1);
    ctx.tick();
    await eraseSubjects(lead!.db, incident.id, [person!.id], ctx);
    laptops.push(await connect(server(), kari, lead!.db));
    await eventually('the person deleted on the server', () => server().call(docId).then(() => false, (e: Error) => /404/.test(e.message)));
  });
});
