import type { Locator, Page } from 'playwright-core';
import type { Lang } from '../../../shared/i18n';
import type { ErasureReason } from '../../../shared/incident/subjects';
import { Words } from './incident-pages';

// The people affected on the letters screen, as the DPO uses them: the duplicate choice of an
// import, and correcting or erasing one person from their row.

export class PeoplePanel extends Words {
  constructor(
    readonly page: Page,
    lang: Lang = 'nb',
  ) {
    super(lang);
  }

  count(): Locator {
    return this.page.getByTestId('people-count');
  }

  async waitForCount(count: number): Promise<void> {
    await this.count().getByText(this.t('letters.people.count', { count }), { exact: true }).waitFor();
  }

  duplicates(preview: Locator): Locator {
    return preview.getByTestId('import-duplicates');
  }

  async skipDuplicates(preview: Locator, importing: number): Promise<void> {
    await this.duplicates(preview).getByRole('radio', { name: this.t('people.duplicates.skip', { count: importing }) }).check();
  }

  async openCorrection(name: string): Promise<Locator> {
    await this.page.getByRole('button', { name: this.t('people.edit.label', { name }) }).click();
    const form = this.page.getByRole('form', { name: this.t('people.edit.title', { name }) });
    await form.waitFor();
    return form;
  }

  async saveCorrection(form: Locator): Promise<void> {
    await form.getByRole('button', { name: this.t('people.edit.save') }).click();
  }

  async erase(name: string, reason: ErasureReason): Promise<void> {
    await this.page.getByRole('button', { name: this.t('people.erase.label', { name }) }).click();
    const dialog = this.page.getByRole('alertdialog', { name: this.t('people.erase.title', { name }) });
    await dialog.getByRole('radio', { name: this.t(`people.erase.reason.${reason}`) }).check();
    await dialog.getByRole('button', { name: this.t('people.erase.confirm') }).click();
    await this.page.getByText(this.t('people.erase.done')).waitFor();
  }
}
