import { describe, expect, it } from 'vitest';
import { goTo, logIncident, SettingsPage } from './support/document-pages';
import { Words } from './support/incident-pages';
import { connect, kari, openHistory, panel, per, teamPerTest, trust } from './support/sync-pages';

// The team's server restarts while the lead's laptop is sending (a CouchDB update, a crash): the
// laptops keep working, retry by themselves, and once the server is back every change is on every
// laptop, its history verifying. Nobody has to do anything.

const w = new Words('nb');
const TITLES = ['Omstart en: kundeliste', 'Omstart to: tapt telefon', 'Omstart tre: feil vedlegg', 'Omstart fire: delt mappe'];

const team = teamPerTest();
const { open } = team;

describe('a server restart during replication', () => {
  it('loses nothing: what the lead recorded before, during and after the restart reaches the DPO and verifies', async () => {
    const server = team.server();
    const lead = await open();
    const dpo = await open();
    await connect(lead, kari, server);
    await connect(dpo, per, server);
    await trust(dpo, [lead]);

    const ids = [await logIncident(lead.page, { title: TITLES[0]!, awareAt: '2026-11-24T14:30' })];
    // Down at once, mid-replication of the first incident, for long enough to record two more.
    const restarted = server.restart({ downFor: 4000 });
    ids.push(await logIncident(lead.page, { title: TITLES[1]!, awareAt: '2026-11-24T15:00' }));
    ids.push(await logIncident(lead.page, { title: TITLES[2]!, awareAt: '2026-11-24T15:30' }));
    await restarted;
    ids.push(await logIncident(lead.page, { title: TITLES[3]!, awareAt: '2026-11-24T16:00' }));

    // The lead's laptop says all is shared again, by itself.
    await new SettingsPage(lead.page).open();
    await panel(lead.page).getByText(w.t('sync.status.synced', { server: server.url })).waitFor({ timeout: 60_000 });

    await goTo(dpo.page, '#/', w.t('dashboard.title'));
    for (const title of TITLES) await dpo.page.getByTestId('incident-row').filter({ hasText: title }).waitFor({ timeout: 60_000 });
    for (const [i, id] of ids.entries()) await (await openHistory(dpo.page, id, TITLES[i]!)).locator('[data-verified="true"]').waitFor();

    // The server holds every event the lead's laptop wrote, once.
    const docs = (await server.call('/avvik-events/_all_docs')) as { rows: { id: string }[] };
    const written = await lead.page.evaluate(async () => {
      const request = indexedDB.open('avvik');
      const db = await new Promise<IDBDatabase>((done, fail) => {
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      const keys = db.transaction('events').objectStore('events').getAllKeys();
      return new Promise<string[]>((done) => (keys.onsuccess = () => done(keys.result.map(String))));
    });
    const held = new Set(docs.rows.map((row) => row.id));
    expect(written.filter((id) => !held.has(id))).toEqual([]);
  });
});
