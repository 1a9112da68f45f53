import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Locator, Page } from 'playwright-core';
import type { Lang } from '../../../shared/i18n';
import { IntakePage, Words } from './incident-pages';

// Page objects for the DPO's and management's screens: settings, notification, letters, register
// and timeline. Labels come from the app's message tables, so a story reads in either language.

/** A download as bytes, and a PDF download as the text pdftotext reads from it. */
export async function downloaded(
  download: Download,
): Promise<{ name: string; bytes: Buffer; text: () => string }> {
  const dir = mkdtempSync(join(tmpdir(), 'avvik-download-'));
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  const bytes = readFileSync(path);
  rmSync(dir, { recursive: true, force: true });
  return {
    name: download.suggestedFilename(),
    bytes,
    text: () =>
      execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], { input: bytes, encoding: 'utf8' }),
  };
}

/** Clicks and returns the download it starts. */
export async function downloadFrom(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return downloaded(download);
}

/** The security lead's intake, then the incident's id from the address it opens. */
export async function logIncident(
  page: Page,
  fields: { title: string; awareAt: string; description?: string; role?: 'controller' | 'processor' },
): Promise<string> {
  const intake = await new IntakePage(page).open();
  await intake.fill(fields);
  await intake.save(fields.title);
  const id = /#\/incident\/([^/]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`The intake did not open the incident: ${page.url()}`);
  return decodeURIComponent(id);
}

/** The app's main menu (screens have links of their own with the same words). */
export function mainNav(page: Page, label: string): Locator {
  return page.getByRole('navigation', { name: label });
}

export async function goTo(page: Page, hash: string, heading: string | RegExp): Promise<void> {
  await page.evaluate((h) => (location.hash = h), hash);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** The file protection of an export: a passphrase typed twice, or the explicit unencrypted export. */
export async function chooseFileProtection(words: Words & { page: Page }, passphrase: string | undefined): Promise<void> {
  const { page } = words;
  if (passphrase === undefined) {
    await page.getByRole('radio', { name: words.t('files.protect.plain') }).first().check();
    return;
  }
  await page.getByRole('radio', { name: words.t('files.protect.encrypt') }).first().check();
  await page.getByLabel(words.t('files.passphrase'), { exact: true }).first().fill(passphrase);
  await page.getByLabel(words.t('files.passphrase.repeat'), { exact: true }).first().fill(passphrase);
}

/** The passphrase asked for a picked age file. */
export async function openEncryptedFile(words: Words & { page: Page }, name: string, passphrase: string): Promise<void> {
  const { page } = words;
  await page.getByText(words.t('files.encrypted.ask', { name })).waitFor();
  await page.getByLabel(words.t('protection.passphrase'), { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: words.t('files.open') }).click();
}

export class SettingsPage extends Words {
  constructor(
    readonly page: Page,
    lang: Lang = 'nb',
  ) {
    super(lang);
  }

  async open(): Promise<this> {
    await mainNav(this.page, this.t('nav.main'))
      .getByRole('link', { name: this.t('nav.settings'), exact: true })
      .click();
    await this.page.getByLabel(this.t('settings.org.name')).waitFor();
    return this;
  }

  field(key: Parameters<Words['t']>[0]): Locator {
    return this.page.getByLabel(this.t(key), { exact: true });
  }

  async fillOrganisation(fields: {
    name: string;
    orgNr: string;
    address: string;
    contactName: string;
    email: string;
    phone: string;
  }): Promise<void> {
    await this.field('settings.org.name').fill(fields.name);
    await this.field('settings.org.orgNr').fill(fields.orgNr);
    await this.field('settings.org.address').fill(fields.address);
    await this.field('settings.org.contactName').fill(fields.contactName);
    await this.field('settings.org.contactEmail').fill(fields.email);
    await this.field('settings.org.contactPhone').fill(fields.phone);
  }

  async fillDpo(fields: { name: string; email: string; phone: string }): Promise<void> {
    await this.page.getByRole('checkbox', { name: this.t('settings.dpo.has') }).check();
    await this.field('settings.dpo.name').fill(fields.name);
    await this.field('settings.dpo.email').fill(fields.email);
    await this.field('settings.dpo.phone').fill(fields.phone);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: this.t('settings.save') }).click();
  }

  async saved(): Promise<void> {
    await this.page.getByText(this.t('settings.saved')).waitFor();
  }

  /** Saves a backup: encrypted with `passphrase` (age), or, without one, as the explicit unencrypted export. */
  async saveBackup(options: { passphrase?: string } = {}) {
    await chooseFileProtection(this, options.passphrase);
    return downloadFrom(this.page, () =>
      this.page.getByRole('button', { name: this.t('settings.backup.export') }).click(),
    );
  }

  /** Picks a backup to restore; an encrypted one is opened with `passphrase`. */
  async restore(file: { name: string; bytes: Buffer }, passphrase?: string): Promise<void> {
    const [chooser] = await Promise.all([
      this.page.waitForEvent('filechooser'),
      this.page.getByRole('button', { name: this.t('settings.backup.restore') }).click(),
    ]);
    await chooser.setFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.bytes });
    if (passphrase !== undefined) await openEncryptedFile(this, file.name, passphrase);
  }

  /** What a restore would do, shown before anything is written. */
  preview(): Locator {
    return this.page.getByTestId('import-preview');
  }

  async confirmRestore(): Promise<void> {
    await this.preview().getByRole('button', { name: this.t('import.preview.confirm') }).click();
  }

  backupError(): Locator {
    return this.page.getByTestId('backup-error');
  }
}

export class NotificationPage extends Words {
  constructor(
    readonly page: Page,
    lang: Lang = 'nb',
  ) {
    super(lang);
  }

  async open(incidentId: string): Promise<this> {
    await goTo(
      this.page,
      `#/incident/${encodeURIComponent(incidentId)}/notification`,
      new RegExp(this.t('notification.title')),
    );
    await this.preview().waitFor();
    return this;
  }

  preview(): Locator {
    return this.page.getByTestId('document-preview');
  }

  async exportPdf() {
    return downloadFrom(this.page, () =>
      this.page.getByRole('button', { name: this.t('notification.export') }).click(),
    );
  }

  /** Waits until the notice form names the PDF just exported: the notice recorded next is linked to it. */
  async exportLinked(): Promise<void> {
    await this.page.getByTestId('linked-document').waitFor();
  }

  async recordSent(reference: string): Promise<void> {
    await this.page.getByLabel(this.t('notice.reference.authority'), { exact: true }).fill(reference);
    await this.page.getByRole('button', { name: this.t('notice.submit.authority') }).click();
  }

  sentRows(): Locator {
    return this.page.getByTestId('authority-notice').locator('li[data-notice]');
  }
}

export class LettersPage extends Words {
  constructor(
    readonly page: Page,
    lang: Lang = 'nb',
  ) {
    super(lang);
  }

  async open(incidentId: string): Promise<this> {
    await goTo(
      this.page,
      `#/incident/${encodeURIComponent(incidentId)}/letters`,
      new RegExp(this.t('letters.title')),
    );
    return this;
  }

  async chooseCsv(name: string, text: string): Promise<Locator> {
    const [chooser] = await Promise.all([
      this.page.waitForEvent('filechooser'),
      this.page.getByRole('button', { name: this.t('letters.import.choose') }).click(),
    ]);
    await chooser.setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${text}`, 'utf8') });
    const preview = this.page.getByTestId('import-preview');
    await preview.waitFor();
    return preview;
  }

  async accept(count: number): Promise<void> {
    await this.page.getByRole('button', { name: this.t('letters.import.accept', { count }) }).click();
    await this.page
      .getByTestId('people-count')
      .getByText(this.t('letters.people.count', { count }))
      .waitFor();
  }

  async exportAll(count: number) {
    return downloadFrom(this.page, () =>
      this.page.getByRole('button', { name: this.t('letters.export.start', { count }) }).click(),
    );
  }

  async recordSent(): Promise<void> {
    await this.page.getByRole('button', { name: this.t('notice.submit.subjects') }).click();
  }
}

export class RegisterPage extends Words {
  constructor(
    readonly page: Page,
    lang: Lang = 'nb',
  ) {
    super(lang);
  }

  async open(): Promise<this> {
    await mainNav(this.page, this.t('nav.main'))
      .getByRole('link', { name: this.t('nav.register'), exact: true })
      .click();
    await this.page.getByRole('heading', { level: 1, name: this.t('register.title') }).waitFor();
    return this;
  }

  rows(): Locator {
    return this.page.getByTestId('register-row');
  }

  async exportCsv() {
    return downloadFrom(this.page, () =>
      this.page.getByRole('button', { name: this.t('register.exportCsv') }).click(),
    );
  }
}

export class TimelinePage extends Words {
  constructor(
    readonly page: Page,
    lang: Lang = 'nb',
  ) {
    super(lang);
  }

  async open(): Promise<this> {
    await mainNav(this.page, this.t('nav.main'))
      .getByRole('link', { name: this.t('nav.timeline'), exact: true })
      .click();
    await this.page.getByRole('heading', { level: 1, name: this.t('timeline.title') }).waitFor();
    return this;
  }

  cards(): Locator {
    return this.page.getByTestId('timeline-card');
  }

  card(ref: string): Locator {
    return this.cards().filter({ hasText: ref });
  }

  async exportPdf(ref: string) {
    return downloadFrom(this.page, () =>
      this.card(ref)
        .getByRole('button', { name: this.t('timeline.exportPdf') })
        .click(),
    );
  }
}
