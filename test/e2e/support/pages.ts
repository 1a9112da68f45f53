import type { Locator, Page } from 'playwright-core';

// Page objects: a test reads as the user's story, not as selectors.

export class Dashboard {
  constructor(private readonly page: Page) {}

  rows(): Locator {
    return this.page.getByTestId('incident-row');
  }

  row(title: string): Locator {
    return this.rows().filter({ hasText: title });
  }

  async startNewIncident(label = 'Ny hendelse'): Promise<NewIncidentForm> {
    // The dashboard's own "new incident" link, not the menu's (both open the intake).
    await this.page.getByRole('main').getByRole('link', { name: label }).click();
    return new NewIncidentForm(this.page);
  }
}

export class NewIncidentForm {
  constructor(private readonly page: Page) {}

  async fill(fields: { title: string; awareAt?: string }, labels = NB_LABELS): Promise<void> {
    await this.page.getByLabel(labels.title).fill(fields.title);
    if (fields.awareAt !== undefined) await this.page.getByLabel(labels.awareAt).fill(fields.awareAt);
  }

  async save(label = NB_LABELS.save): Promise<void> {
    await this.page.getByRole('button', { name: label }).click();
  }

  field(label: string): Locator {
    return this.page.getByLabel(label);
  }
}

export const NB_LABELS = {
  title: 'Hva har skjedd? (kort tittel)',
  awareAt: 'Når fikk dere kjennskap til bruddet?',
  save: 'Lagre og start fristen',
};

export const EN_LABELS = {
  title: 'What happened? (short title)',
  awareAt: 'When did you become aware of the breach?',
  save: 'Save and start the clock',
};
