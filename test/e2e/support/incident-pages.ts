import type { Locator, Page } from 'playwright-core';
import { translate, type Lang, type MessageKey } from '../../../shared/i18n';
import type { StepId } from '../../../shared/incident/steps';

// Page objects for the intake, the incident screen and the dashboard's incident rows. Labels come
// from the app's own message tables, so a test reads in either language and follows a reworded label.

export type Answer = 'yes' | 'no' | 'unknown';

export class Words {
  constructor(readonly lang: Lang) {}
  t(key: MessageKey, params?: Record<string, string | number>): string {
    return translate(this.lang, key, params);
  }
}

export class IntakePage extends Words {
  constructor(
    private readonly page: Page,
    lang: Lang = 'nb',
  ) {
    super(lang);
  }

  async open(): Promise<this> {
    // The menu's link: the dashboard has one of its own with the same name.
    await this.page.getByRole('navigation', { name: this.t('nav.main') }).getByRole('link', { name: this.t('nav.newIncident') }).click();
    await this.page.getByRole('heading', { level: 1, name: this.t('intake.title') }).waitFor();
    return this;
  }

  async fill(fields: {
    title: string;
    awareAt?: string;
    role?: 'controller' | 'processor';
    occurredFrom?: string;
    occurredTo?: string;
    discoveredAt?: string;
    description?: string;
  }): Promise<void> {
    const { page } = this;
    await page.getByLabel(this.t('intake.field.title')).fill(fields.title);
    if (fields.awareAt !== undefined)
      await page.getByLabel(this.t('intake.field.awareAt')).fill(fields.awareAt);
    if (fields.role) await page.getByRole('radio', { name: this.t(`intake.role.${fields.role}`) }).check();
    if (fields.occurredFrom !== undefined)
      await page.getByLabel(this.t('intake.occurredFrom'), { exact: true }).fill(fields.occurredFrom);
    if (fields.occurredTo !== undefined)
      await page.getByLabel(this.t('intake.occurredTo'), { exact: true }).fill(fields.occurredTo);
    if (fields.discoveredAt !== undefined)
      await page.getByLabel(this.t('intake.discoveredAt')).fill(fields.discoveredAt);
    if (fields.description !== undefined)
      await page.getByLabel(this.t('intake.description')).fill(fields.description);
  }

  /** Saves and waits for the incident screen it opens. */
  async save(title: string): Promise<IncidentPage> {
    await this.page.getByRole('button', { name: this.t('intake.submit') }).click();
    const incident = new IncidentPage(this.page, this.lang);
    await incident.waitFor(title);
    return incident;
  }
}

export class IncidentPage extends Words {
  constructor(
    readonly page: Page,
    lang: Lang = 'nb',
  ) {
    super(lang);
  }

  async waitFor(title: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: title }).waitFor();
  }

  section(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  /** Moves to a page of the incident (a step, or its history) by its link, unless it is shown already. */
  async step(id: StepId | 'history'): Promise<void> {
    const shown = this.page.getByTestId(`step-${id}`);
    if ((await shown.count()) > 0) return;
    const link =
      id === 'history'
        ? this.page.getByRole('link', { name: this.t('steps.history'), exact: true })
        : this.page.locator('nav.steps').locator(`li[data-step="${id}"] a`);
    await link.click();
    await shown.waitFor();
    // A form shows once its stored draft has been read.
    await this.page.locator('[data-draft-pending]').first().waitFor({ state: 'detached' });
  }

  /** The facts' form: a step done shows its summary first, with the way to change it. */
  async factsForm(): Promise<void> {
    await this.step('facts');
    const change = this.page.getByRole('button', { name: this.t('steps.facts.change'), exact: true });
    if (await change.isVisible()) await change.click();
  }

  async answer(fact: AnswerFact, answer: Answer): Promise<void> {
    await this.factsForm();
    await this.page
      .getByRole('group', { name: this.t(`incident.fact.${fact}`), exact: true })
      .getByRole('radio', { name: this.t(`incident.answer.${answer}`), exact: true })
      .check();
  }

  async choose(fact: 'role' | 'cause' | 'protection' | 'recipient', value: string): Promise<void> {
    await this.factsForm();
    await this.page.getByLabel(this.t(`incident.fact.${fact}`), { exact: true }).selectOption(value);
  }

  async number(fact: 'subjectCount' | 'recordCount' | 'outageHours', value: string): Promise<void> {
    await this.factsForm();
    const field = this.page.getByLabel(this.t(`incident.fact.${fact}`), { exact: true });
    await field.fill(value);
    await field.press('Tab');
  }

  async tick(...categories: Category[]): Promise<void> {
    await this.factsForm();
    const group = this.page.getByRole('group', { name: this.t('incident.fact.dataCategories') });
    for (const category of categories)
      await group
        .getByRole('checkbox', { name: this.t(`incident.category.${category}`), exact: true })
        .check();
  }

  /** Every answer given has reached the record. */
  async settled(): Promise<void> {
    await this.page.waitForFunction(() => document.querySelector('.save-state')?.textContent === '');
  }

  conclusions(): Locator {
    return this.section('conclusions');
  }

  reasons(): Locator {
    return this.section('reasons');
  }

  async recordAssessment(): Promise<void> {
    // The assessment is beside the facts and beside the decision.
    if ((await this.section('assessment').count()) === 0) await this.step('decision');
    await this.section('assessment')
      .getByRole('button', { name: this.t('incident.assessment.record') })
      .click();
    await this.section('assessment').getByText(this.t('incident.assessment.recordedNow')).waitFor();
  }

  async decide(fields: {
    rationale: string;
    dpoConsulted?: boolean;
    notifySubjects?: boolean;
  }): Promise<void> {
    await this.step('decision');
    const form = this.section('decision');
    if (fields.notifySubjects !== undefined)
      await form
        .getByRole('checkbox', { name: this.t('incident.decision.notifySubjects') })
        .setChecked(fields.notifySubjects);
    await form.getByLabel(this.t('incident.decision.rationale'), { exact: true }).fill(fields.rationale);
    if (fields.dpoConsulted)
      await form.getByRole('checkbox', { name: this.t('incident.decision.dpoConsulted') }).check();
    await form.getByRole('button', { name: this.t('incident.decision.submit') }).click();
    await form.getByText(this.t('incident.decision.recorded')).waitFor();
  }

  authorityForm(): Locator {
    return this.section('authority-notice');
  }

  /** Fills the form to record Datatilsynet as notified and submits it; does not wait for the outcome. */
  async notifyAuthority(fields: {
    reference: string;
    sentAt?: string;
    phase?: 'initial' | 'follow-up' | 'final';
    phased?: boolean;
    delayReason?: string;
  }): Promise<void> {
    await this.step('report');
    const form = this.authorityForm();
    if (fields.sentAt) await form.getByLabel(this.t('notice.sentAt'), { exact: true }).fill(fields.sentAt);
    await form.getByLabel(this.t('notice.reference.authority'), { exact: true }).fill(fields.reference);
    if (fields.phase) await form.getByLabel(this.t('notice.phase')).selectOption(fields.phase);
    if (fields.phased !== undefined)
      await form.getByRole('checkbox', { name: this.t('notice.phased') }).setChecked(fields.phased);
    if (fields.delayReason !== undefined) await this.delayReasonField().fill(fields.delayReason);
    await form.getByRole('button', { name: this.t('notice.submit.authority') }).click();
  }

  delayReasonField(): Locator {
    return this.authorityForm().getByLabel(this.t('notice.delayReason'), { exact: true });
  }

  /** Records a measure taken (with the time it was done) or planned (without). */
  async recordMeasure(measure: { kind: 'containment' | 'mitigation' | 'prevention'; text: string; doneAt?: string }) {
    await this.step('measures');
    const form = this.section('measures');
    await form.getByLabel(this.t('incident.measures.kind'), { exact: true }).selectOption(measure.kind);
    await form.getByLabel(this.t('incident.measures.text'), { exact: true }).fill(measure.text);
    await form.getByLabel(this.t('incident.measures.doneAt'), { exact: true }).fill(measure.doneAt ?? '');
    await form.getByRole('button', { name: this.t('incident.measures.submit') }).click();
    await form.getByText(this.t('incident.measures.recorded')).waitFor();
  }

  /** Records the people affected as told, through the channel chosen, at the time given. */
  async recordSubjectsTold(fields: { sentAt: string; channel: string }): Promise<void> {
    await this.step('people');
    const form = this.section('letters-notice');
    await form.getByLabel(this.t('notice.sentAt'), { exact: true }).fill(fields.sentAt);
    await form.getByLabel(this.t('notice.channel'), { exact: true }).selectOption(fields.channel);
    await form.getByRole('button', { name: this.t('notice.submit.subjects') }).click();
    await form.locator('li[data-notice]').first().waitFor();
  }

  todo(): Locator {
    return this.section('todo');
  }

  history(): Locator {
    return this.section('history');
  }

  async goToDashboard(): Promise<void> {
    await this.page.getByRole('link', { name: this.t('nav.dashboard'), exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name: this.t('dashboard.title') }).waitFor();
  }
}

export type AnswerFact =
  | 'personalData'
  | 'confidentiality'
  | 'integrity'
  | 'availability'
  | 'malicious'
  | 'vulnerableSubjects'
  | 'dataRecovered'
  | 'misuseObserved'
  | 'highRiskNeutralised'
  | 'disproportionateEffort'
  | 'minorDetail';

export type Category =
  | 'identity'
  | 'contact'
  | 'national-id'
  | 'financial'
  | 'credentials'
  | 'location'
  | 'communications'
  | 'behaviour'
  | 'employment'
  | 'health'
  | 'special-category'
  | 'criminal';

/** Switches the language from the header, whatever the current one is. */
export async function switchLanguage(page: Page, lang: Lang): Promise<void> {
  await page.locator('.lang-switch select').selectOption(lang);
}
