import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, type RunningApp } from './support/app';
import { axeViolations } from './support/axe';
import {
  LettersPage,
  NotificationPage,
  RegisterPage,
  SettingsPage,
  logIncident,
} from './support/document-pages';
import { switchLanguage } from './support/incident-pages';
import { screenshot } from './support/screenshots';

// Wednesday 25 November 2026, 10:00 in Oslo (CET).
const NOW = new Date('2026-11-25T09:00:00Z');

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const CSV = [
  'Navn;Adresse;Postnummer;Poststed;E-post;Språk',
  'Máret Čuovga;Fálesnuorri 3;9730;Kárášjohka;maret@example.no;nb',
  ';Storgata 1;0150;Oslo;uten.navn@example.no;nb',
  'Łukasz Øvergård;Nygårdsgaten 12 B;5015;Bergen;lukasz@example.pl;en',
].join('\r\n');

/** The DPO fills in the organisation once; every document takes it from there. */
async function setUpOrganisation(page: Page): Promise<void> {
  const settings = await new SettingsPage(page).open();
  await settings.fillOrganisation({
    name: 'Sjøberg Sykkel og Friluft AS',
    orgNr: '974 760 673',
    address: 'Strandgata 14\n9008 Tromsø',
    contactName: 'Petter Ødegård',
    email: 'post@sjoberg.example',
    phone: '+47 77 00 12 34',
  });
  await settings.fillDpo({
    name: 'Ingrid Bårdsen',
    email: 'personvern@sjoberg.example',
    phone: '+47 77 00 12 40',
  });
  await settings.field('settings.user.name').fill('Ingrid Bårdsen');
  await settings.save();
  await settings.saved();
}

describe('the DPO and the documents', () => {
  it('exports the notification PDF, reads the organisation, reference and Oslo deadline back, and records it as sent', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    await setUpOrganisation(page);
    const id = await logIncident(page, {
      title: 'Stjålet bærbar PC med pasientliste',
      awareAt: '2026-11-24T14:30',
      description: 'En bærbar PC med en ukryptert pasientliste ble stjålet fra en bil.',
    });

    const notification = await new NotificationPage(page).open(id);
    const pdf = await notification.exportPdf();
    expect(pdf.name).toBe('AVV-2026-001-melding-datatilsynet-nb.pdf');
    const text = pdf.text();
    expect(text).toContain('Sjøberg Sykkel og Friluft AS');
    expect(text).toContain('974 760 673');
    expect(text).toContain('AVV-2026-001');
    // Aware 24 Nov 14:30 Oslo time: the 72 hours end 27 Nov 14:30 CET.
    expect(text).toContain('27.11.2026 14:30 CET');

    await notification.exportLinked();
    await notification.recordSent('AR123456789');
    // Sent "now": the app's clock started at 10:00 and runs at real speed, so on a loaded machine
    // the form may be filled a minute or two later. The notice recorded is what counts, and the
    // page confirms it above the screen, where it stays while the form moves on to the next notice.
    await expect.poll(() => notification.sentRows().count(), { timeout: 30_000 }).toBe(1);
    const row = notification.sentRows().first();
    expect(await row.textContent()).toContain('AR123456789');
    expect(await row.textContent()).toMatch(/25\.11\.2026 10:0\d CET/);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Registrert: sendt' }).textContent()).toMatch(/^Registrert: sendt 25\.11\.2026 10:0\d CET\./);
    expect(app.foreignRequests).toEqual([]);
  });

  it('imports the people affected, with a broken row reported, then exports their letters with names intact', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    await setUpOrganisation(page);
    const id = await logIncident(page, {
      title: 'Kunderegisteret kopiert',
      awareAt: '2026-11-24T14:30',
      description: 'Noen kopierte kunderegisteret vårt.',
    });

    const letters = await new LettersPage(page).open(id);
    const preview = await letters.chooseCsv('berorte.csv', CSV);
    expect(await preview.getByTestId('import-errors').getByRole('listitem').allTextContents()).toEqual([
      'Linje 3: Navn mangler.',
    ]);
    expect(await page.getByTestId('people-count').textContent()).toBe(letters.t('letters.people.none'));
    await letters.accept(2);

    const printFile = await letters.exportAll(2);
    expect(printFile.name).toBe('AVV-2026-001-brev-letters.pdf');
    const text = printFile.text();
    expect(text).toContain('Máret Čuovga');
    expect(text).toContain('Łukasz Øvergård');
    expect(text).toContain('9730 Kárášjohka');
    expect(text).toContain('Sjøberg Sykkel og Friluft AS');

    await letters.recordSent();
    await page.getByTestId('letters-notice').getByText(/^Underrettet 25\.11\.2026 10:0\d CET via Brev, 2 personer$/).waitFor();
  });
});

describe('the DPO and the settings', () => {
  it('a wrong organisation number is refused, next to the field, and nothing is saved', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    const settings = await new SettingsPage(page).open();
    await settings.field('settings.org.name').fill('Feil AS');
    await settings.field('settings.org.orgNr').fill('974 760 674');
    await settings.save();
    const orgNr = settings.field('settings.org.orgNr');
    await expect.poll(() => orgNr.getAttribute('aria-invalid')).toBe('true');
    await page.getByText(settings.t('settings.error.orgnr-checksum')).waitFor();
    await page.reload();
    await settings.field('settings.org.name').waitFor();
    expect(await settings.field('settings.org.name').inputValue()).toBe('');
  });

  it('a corrupt backup is refused with a clear message, and nothing changes', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    await logIncident(page, { title: 'Tapt minnepinne', awareAt: '2026-11-24T14:30' });
    const settings = await new SettingsPage(page).open();
    const backup = await settings.saveBackup();
    expect(backup.name).toMatch(/^avvik-backup-.*\.json$/);

    await settings.restore({
      name: 'avkortet.json',
      bytes: backup.bytes.subarray(0, Math.floor(backup.bytes.length * 0.6)),
    });
    await settings.backupError().waitFor();
    expect(await settings.backupError().textContent()).toContain(
      settings.t('settings.backup.refused', { name: 'avkortet.json', message: '' }).trim(),
    );
    expect(await settings.backupError().textContent()).toContain('Ingenting er endret i databasen.');

    // The register still has exactly the one incident.
    await new RegisterPage(page).open();
    await expect.poll(() => page.getByTestId('register-row').count()).toBe(1);

    // The intact file is accepted and changes nothing either: everything in it is already here.
    const again = await new SettingsPage(page).open();
    await again.restore({ name: backup.name, bytes: backup.bytes });
    await again.preview().getByText(again.t('import.preview.nothing')).waitFor();
    await again.confirmRestore();
    await page.getByText(again.t('settings.backup.restored', { name: backup.name })).waitFor();
    expect(await page.getByTestId('merged-incidents').textContent()).toMatch(/0\s*0\s*1\s*0$/);
  });

  it('the settings, notification and letters screens have no axe violations, in both languages', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    await setUpOrganisation(page);
    const id = await logIncident(page, {
      title: 'Stjålet bærbar PC',
      awareAt: '2026-11-24T14:30',
      description: 'En PC ble stjålet.',
    });
    const letters = await new LettersPage(page).open(id);
    await letters.chooseCsv('berorte.csv', CSV);
    await letters.accept(2);

    for (const lang of ['nb', 'en'] as const) {
      await switchLanguage(page, lang);
      const settings = await new SettingsPage(page, lang).open();
      await page
        .getByText(lang === 'nb' ? /Dataene lagres varig|Advarsel/ : /The data is stored|Warning/)
        .first()
        .waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'settings', lang);
      void settings;

      await new NotificationPage(page, lang).open(id);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'notification', lang);

      await new LettersPage(page, lang).open(id);
      await page.getByTestId('letter-preview').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'letters', lang);
    }
  });
});
