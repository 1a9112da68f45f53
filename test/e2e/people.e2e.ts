import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type RunningApp } from './support/app';
import { LettersPage, logIncident } from './support/document-pages';
import { IncidentPage } from './support/incident-pages';
import { PeoplePanel } from './support/people-pages';
import { screenshot } from './support/screenshots';

// The DPO keeps the list of the people affected right: the same file imported twice does not give
// everyone twice, a wrong address is corrected, and a person who asks is erased, the history
// keeping only that it happened.

const NOW = new Date('2026-11-25T09:00:00Z');

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const CSV = [
  'Navn;Adresse;Postnummer;Poststed;E-post;Språk',
  'Máret Čuovga;Fálesnuorri 3;9730;Kárášjohka;maret@example.no;nb',
  'Łukasz Øvergård;Nygårdsgaten 12 B;5015;Bergen;lukasz@example.pl;en',
].join('\r\n');

describe('the DPO and the people affected', () => {
  it('imports the same file twice and is asked about the duplicates, then corrects one person and erases another', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    const id = await logIncident(page, { title: 'Kunderegisteret kopiert', awareAt: '2026-11-24T14:30' });
    const letters = await new LettersPage(page).open(id);
    const people = new PeoplePanel(page);
    await letters.chooseCsv('registrerte.csv', CSV);
    await letters.accept(2);

    // The same file again, with one new person: the two already there are named, nothing is
    // written until the DPO chooses.
    const again = await letters.chooseCsv('registrerte.csv', `${CSV}\r\nKari Nordmann;Storgata 1;0150;Oslo;kari@example.no;nb`);
    expect(await people.duplicates(again).getByRole('listitem').allTextContents()).toEqual([
      'Linje 2: Máret Čuovga har samme e-post som Máret Čuovga, som allerede er importert.',
      'Linje 3: Łukasz Øvergård har samme e-post som Łukasz Øvergård, som allerede er importert.',
    ]);
    expect(await again.getByRole('button', { name: letters.t('letters.import.accept', { count: 1 }) }).isDisabled()).toBe(true);
    await screenshot(page, 'letters-duplicates', 'nb');
    await people.skipDuplicates(again, 1);
    await again.getByRole('button', { name: letters.t('letters.import.accept', { count: 1 }) }).click();
    await people.waitForCount(3);

    // A postal code that is not Norwegian is refused at the field; the corrected one is saved.
    const form = await people.openCorrection('Máret Čuovga');
    await form.getByLabel(people.t('letters.field.postalCode')).fill('97AB');
    await people.saveCorrection(form);
    await form.getByText(/Postnummeret «97AB» er ikke et norsk postnummer/).waitFor();
    await form.getByLabel(people.t('letters.field.postalCode')).fill('9735');
    await people.saveCorrection(form);
    await page.getByText(people.t('people.edit.saved', { name: 'Máret Čuovga' })).waitFor();
    await page.getByRole('cell', { name: /9735 Kárášjohka/ }).waitFor();

    // Erased at the person's request; the count follows the list.
    await people.erase('Łukasz Øvergård', 'person-asked');
    await people.waitForCount(2);
    expect(await page.getByRole('cell', { name: 'Łukasz Øvergård' }).count()).toBe(0);

    // The incident's history says what was done, and to how many, never to whom.
    await page.evaluate((hash) => (location.hash = hash), `#/incident/${encodeURIComponent(id)}`);
    const incident = new IncidentPage(page);
    await incident.waitFor('Kunderegisteret kopiert');
    await incident.step('history');
    const history = incident.history();
    await history.getByText('Opplysningene om 1 personer er slettet.').waitFor();
    await history.getByText(people.t('people.erase.reason.person-asked')).waitFor();
    await history.getByText('Opplysninger om én av de registrerte er rettet: adresse.').waitFor();
    expect(await history.getByText(/Łukasz|Máret|Kárášjohka/).count()).toBe(0);
  });
});
