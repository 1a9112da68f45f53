import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningApp } from './support/app';
import { goTo, LettersPage, logIncident, SettingsPage } from './support/document-pages';
import { connect as connectTo, kari, ola, openHistory, openIncident, panel, per, teamPerTest, trust, type TeamUser } from './support/sync-pages';
import { filesHolding, profileFiles } from './support/forensics';
import { Words } from './support/incident-pages';

// Team sync with real browser profiles: the security lead, the DPO and management each their own
// Chromium profile on the built renderer, and a CouchDB-compatible server on 127.0.0.1 started and
// stopped by the test. Everything goes through the screens; only the forger talks to the server.

const w = new Words('nb');
// Distinctive ASCII, searched for in the raw files of the lead's encrypted profile.
const TITLE = 'Quokkafjell lonnsliste delt i teamet';
const PERSON = { name: 'Ingvild Xylofonsen', address: 'Vrimlegata 17', email: 'ingvild.xylofonsen@example.no' };
const CSV = ['Navn;Adresse;Postnummer;Poststed;E-post;Språk', `${PERSON.name};${PERSON.address};9008;Tromso;${PERSON.email};nb`].join('\r\n');

const team = teamPerTest();
const connect = (app: RunningApp, user: TeamUser) => connectTo(app, user, team.server());
const { open, apps } = team;

/** Settings → the person at this laptop: their name and role name the laptop on the others. */
async function nameThePerson(app: RunningApp, name: string, role: string): Promise<void> {
  const settings = await new SettingsPage(app.page).open();
  await settings.field('settings.user.name').fill(name);
  await settings.field('settings.user.role').fill(role);
  await settings.save();
  await settings.saved();
}

async function editTitle(page: Page, id: string, from: string, to: string): Promise<void> {
  await (await openIncident(page, id, from)).step('facts');
  await page.getByText(w.t('incident.when.edit')).click();
  const field = page.getByLabel(w.t('incident.when.title.label'), { exact: true });
  await field.fill(to);
  await page.getByRole('button', { name: w.t('incident.when.save') }).click();
  await page.getByText(w.t('incident.when.saved')).waitFor();
}

async function pause(app: RunningApp, paused: boolean): Promise<void> {
  await new SettingsPage(app.page).open();
  await panel(app.page).getByRole('button', { name: w.t(paused ? 'sync.pause' : 'sync.resume') }).click();
  await panel(app.page)
    .getByText(w.t(paused ? 'sync.status.paused' : 'sync.status.synced', { server: team.server().url }))
    .waitFor();
}

describe('team sync between the lead, the DPO and management', () => {
  it("shares an incident to the DPO with its people, to management without them, refuses a forgery, and leaves no text on the lead's disk", async () => {
    const server = team.server();
    const lead = await open({ protection: { passphrase: 'fjord kanel trapp lykt' } });
    const dpo = await open();
    const management = await open();
    await connect(lead, kari);
    await connect(dpo, per);
    await connect(management, ola);
    await nameThePerson(lead, 'Kari Nordmann', 'Sikkerhetsleder');

    const id = await logIncident(lead.page, { title: TITLE, awareAt: '2026-11-24T14:30' });
    const letters = await new LettersPage(lead.page).open(id);
    await letters.chooseCsv('berorte.csv', CSV);
    await letters.accept(1);

    // The DPO: the incident, its history verifying once the lead's laptop is trusted, and the person affected.
    // The DPO compares the lead's fingerprint; management compares the DPO's, and so trusts whom
    // the DPO trusts (trust spreads only from installations trusted here, shared/incident/trust.ts).
    await trust(dpo, [lead]);
    await trust(management, [dpo]);
    const dpoHistory = await openHistory(dpo.page, id, TITLE);
    await dpoHistory.locator('[data-verified="true"]').waitFor();
    // Who changed what from which laptop: the lead, named by the profile that came with the settings history.
    const leadLaptop = w.t('sync.who.installation', { installation: w.t('sync.who.laptop', { name: 'Kari Nordmann (Sikkerhetsleder)' }) });
    await dpoHistory.locator('li[data-kind="incident-created"]').getByText(`${w.t('incident.history.by', { actor: 'Kari Nordmann' })} ${leadLaptop}`).waitFor();
    await goTo(dpo.page, '#/', w.t('dashboard.title'));
    const row = dpo.page.getByTestId('incident-row').filter({ hasText: TITLE });
    await row.getByTestId('last-change').getByText(new RegExp(`^Sist endret av Kari Nordmann ${leadLaptop.replace(/[()]/g, '\\$&')}, `)).waitFor();
    await new LettersPage(dpo.page).open(id);
    await dpo.page.getByTestId('people-count').getByText(w.t('letters.people.count', { count: 1 })).waitFor();

    // Management: the incident, but the people's database is never even asked for.
    await (await openHistory(management.page, id, TITLE)).locator('[data-verified="true"]').waitFor();
    await new LettersPage(management.page).open(id);
    await new SettingsPage(management.page).open();
    await panel(management.page).getByText(w.t('sync.people.no'), { exact: false }).waitFor();
    expect(management.foreignRequests.filter((url) => url.includes('/avvik-people'))).toEqual([]);
    expect(management.foreignRequests.length).toBeGreaterThan(0);
    expect(await management.page.locator('body').textContent()).not.toContain(PERSON.name);
    // Every request of every profile went to the team's server and nowhere else.
    for (const app of [lead, dpo, management]) expect(app.foreignRequests.filter((url) => !url.startsWith(server.url))).toEqual([]);

    // A forger with a login copies an event and changes who made it: the server's rules accept the
    // shape, and the DPO's laptop refuses it and says so.
    const rows = (await server.call('/avvik-events/_all_docs?include_docs=true')) as { rows: { doc: { type: string; event?: { incidentId: string } } }[] };
    const original = rows.rows.map((row) => row.doc).find((doc) => doc.type === 'event' && doc.event?.incidentId === id)!;
    const { _id: _oldId, _rev: _oldRev, ...copy } = original as unknown as { _id: string; _rev: string; event: Record<string, unknown> };
    const forged = { ...copy, _id: 'forged-1', event: { ...copy.event, id: 'forged-1', actor: 'Mallory' } };
    const put = await fetch(`${server.url}/avvik-events/forged-1`, {
      method: 'PUT',
      headers: { authorization: `Basic ${btoa(`${kari.name}:${kari.password}`)}`, 'content-type': 'application/json' },
      body: JSON.stringify(forged),
    });
    expect(put.status).toBe(201);
    await new SettingsPage(dpo.page).open();
    await panel(dpo.page).getByRole('alert').getByText(/forged-1/).waitFor();
    expect(await (await openHistory(dpo.page, id, TITLE)).textContent()).not.toContain('Mallory');

    // The lead's profile is encrypted: the sync kept nothing readable on its disk either.
    await lead.close({ keepProfile: true });
    apps.splice(apps.indexOf(lead), 1);
    try {
      // Chromium's own tab restore (Sessions/) keeps typed form fields; it is not the app's storage.
      const files = (await profileFiles(lead.profile)).filter((file) => !/[\\/]Sessions[\\/]/.test(file.path));
      expect([TITLE, PERSON.name, PERSON.email].flatMap((text) => filesHolding(files, text))).toEqual([]);
    } finally {
      await rm(lead.profile, { recursive: true, force: true });
    }
  });

  it('edits made on both laptops while paused merge on reconnection: the later change of the title stands, and both histories say two people changed it', async () => {
    const lead = await open();
    const dpo = await open();
    await connect(lead, kari);
    await connect(dpo, per);
    const id = await logIncident(lead.page, { title: 'Kundeliste sendt feil', awareAt: '2026-11-24T14:30' });
    await openIncident(dpo.page, id, 'Kundeliste sendt feil');
    await trust(lead, [dpo]);
    await trust(dpo, [lead]);

    await pause(lead, true);
    await pause(dpo, true);
    await editTitle(lead.page, id, 'Kundeliste sendt feil', 'Kundeliste sendt til leverandor');
    await editTitle(dpo.page, id, 'Kundeliste sendt feil', 'Kundeliste sendt til feil kunde');
    await pause(lead, false);
    await pause(dpo, false);

    for (const app of [lead, dpo]) {
      const history = await openHistory(app.page, id, 'Kundeliste sendt til feil kunde');
      await history.locator('[data-verified="true"]').waitFor();
      await history.getByTestId('concurrent-change').getByText(/Kundeliste sendt til leverandor/).waitFor();
    }
  });
});
