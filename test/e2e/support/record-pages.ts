import type { Locator, Page } from 'playwright-core';
import type { Lang } from '../../../shared/i18n';
import type {
  CountPrecision,
  CrossBorderStatus,
  DetectionMethod,
  IncidentType,
  OtherAuthorityKind,
  PartyRole,
  PoliceStatus,
  SecurityMeasure,
  SubjectCategory,
} from '../../../shared/incident/vocabulary';
import { IncidentPage, Words } from './incident-pages';

// Page objects for the record's question groups on the incident screen (what happened, the people,
// security, others involved, the account for the people affected, attachments). Each fills its
// group by the labels a user reads and saves it with the group's one button.

export class RecordGroups extends Words {
  constructor(
    readonly page: Page,
    lang: Lang = 'nb',
  ) {
    super(lang);
  }

  group(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  /**
   * Datatilsynet's groups are folded to a summary line: opens one from its summary with the
   * keyboard (Tab's stop, Enter), as a user without a mouse would, and returns it.
   */
  async open(testId: string): Promise<Locator> {
    const group = this.group(testId);
    const summary = group.locator('summary').first();
    await summary.waitFor();
    if ((await group.locator('details').first().getAttribute('open')) === null) {
      await summary.focus();
      await this.page.keyboard.press('Enter');
      await group.locator('details[open]').first().waitFor();
    }
    return group;
  }

  /** Datatilsynet's questions are on the step that reports to it; the account for the people on theirs. */
  private async on(step: 'report' | 'people'): Promise<void> {
    await new IncidentPage(this.page, this.lang).step(step);
  }

  private field(group: Locator, key: Parameters<Words['t']>[0]): Locator {
    return group.getByLabel(this.t(key), { exact: true });
  }

  private async tick(group: Locator, legend: Parameters<Words['t']>[0], labels: string[]): Promise<void> {
    const set = group.getByRole('group', { name: this.t(legend), exact: true });
    for (const label of labels) await set.getByRole('checkbox', { name: label, exact: true }).check();
  }

  private async save(group: Locator, button: Parameters<Words['t']>[0]): Promise<void> {
    await group.getByRole('button', { name: this.t(button) }).click();
    await group.getByText(this.t('record.saved')).waitFor();
  }

  async whatHappened(answers: {
    howItHappened: string;
    /** The English version, written beside the user's own. */
    howItHappenedEn?: string;
    mainCause: string;
    incidentTypes: IncidentType[];
    detection: DetectionMethod;
    detectionDetail: string;
    systems: string[];
    dataLocation: string;
  }): Promise<void> {
    await this.on('report');
    const group = await this.open('record-what');
    await this.field(group, 'record.howItHappened').fill(answers.howItHappened);
    if (answers.howItHappenedEn !== undefined) {
      await group
        .getByRole('button', { name: this.t('ui.bilingual.addEnglish') })
        .first()
        .click();
      await group
        .getByLabel(this.t('ui.bilingual.inEnglish', { label: this.t('record.howItHappened') }), {
          exact: true,
        })
        .fill(answers.howItHappenedEn);
    }
    await this.field(group, 'record.mainCause').fill(answers.mainCause);
    await this.tick(
      group,
      'record.incidentTypes',
      answers.incidentTypes.map((v) => this.t(`record.incidentType.${v}`)),
    );
    await this.field(group, 'record.detectionMethod').selectOption(answers.detection);
    await this.field(group, 'record.detectionDetail').fill(answers.detectionDetail);
    await this.field(group, 'record.systems').fill(answers.systems.join('\n'));
    await this.field(group, 'record.dataLocation').fill(answers.dataLocation);
    await this.save(group, 'record.what.save');
  }

  async people(answers: {
    categories: SubjectCategory[];
    relationship: string;
    subjectCount: CountPrecision;
    recordCount: CountPrecision;
  }): Promise<void> {
    await this.on('report');
    const group = await this.open('record-people');
    await this.tick(
      group,
      'record.subjectCategories',
      answers.categories.map((v) => this.t(`record.subjectCategory.${v}`)),
    );
    await this.field(group, 'record.relationship').fill(answers.relationship);
    for (const [key, value] of [
      ['record.subjectCountPrecision', answers.subjectCount],
      ['record.recordCountPrecision', answers.recordCount],
    ] as const)
      await group
        .getByRole('group', { name: this.t(key), exact: true })
        .getByRole('radio', { name: this.t(`record.precision.${value}`), exact: true })
        .check();
    await this.save(group, 'record.people.save');
  }

  async security(answers: {
    measures: SecurityMeasure[];
    detail: string;
    consequences: string;
  }): Promise<void> {
    await this.on('report');
    const group = await this.open('record-security');
    await this.tick(
      group,
      'record.measuresInPlace',
      answers.measures.map((v) => this.t(`record.securityMeasure.${v}`)),
    );
    await this.field(group, 'record.measuresInPlaceDetail').fill(answers.detail);
    await this.field(group, 'record.consequences').fill(answers.consequences);
    await this.save(group, 'record.security.save');
  }

  async others(answers: {
    parties: { role: PartyRole; name: string; contact: string; detail: string }[];
    police: { status: PoliceStatus; reportedAt?: string; caseNumber?: string };
    authorities: { kind: OtherAuthorityKind; name?: string; notifiedAt: string; reference: string }[];
    crossBorder: { status: CrossBorderStatus; leadAuthority?: string; countries?: string[] };
  }): Promise<void> {
    await this.on('report');
    const group = await this.open('record-others');
    // An empty list is answered "no": nobody else was involved, no other authority was told.
    await this.choose(
      group,
      'record.parties.legend',
      this.t(`record.yesNo.${answers.parties.length > 0 ? 'yes' : 'no'}`),
    );
    for (const [index, party] of answers.parties.entries()) {
      await group.getByRole('button', { name: this.t('record.party.add') }).click();
      const row = group.getByRole('group', {
        name: this.t('record.party.legend', { n: index + 1 }),
        exact: true,
      });
      await this.field(row, 'record.party.role').selectOption(party.role);
      await this.field(row, 'record.party.name').fill(party.name);
      await this.field(row, 'record.party.contact').fill(party.contact);
      await this.field(row, 'record.party.detail').fill(party.detail);
    }
    await this.choose(group, 'record.police.legend', this.t(`record.police.${answers.police.status}`));
    if (answers.police.reportedAt)
      await this.field(group, 'record.police.reportedAt').fill(answers.police.reportedAt);
    if (answers.police.caseNumber)
      await this.field(group, 'record.police.caseNumber').fill(answers.police.caseNumber);
    await this.choose(
      group,
      'record.authorities.legend',
      this.t(`record.yesNo.${answers.authorities.length > 0 ? 'yes' : 'no'}`),
    );
    for (const [index, authority] of answers.authorities.entries()) {
      await group.getByRole('button', { name: this.t('record.authority.add') }).click();
      const row = group.getByRole('group', {
        name: this.t('record.authority.legend', { n: index + 1 }),
        exact: true,
      });
      await this.field(row, 'record.authority.kind').selectOption(authority.kind);
      if (authority.name) await this.field(row, 'record.authority.name').fill(authority.name);
      await this.field(row, 'record.authority.notifiedAt').fill(authority.notifiedAt);
      await this.field(row, 'record.authority.reference').fill(authority.reference);
    }
    await this.choose(
      group,
      'record.crossBorder.legend',
      this.t(`record.yesNo.${answers.crossBorder.status}`),
    );
    if (answers.crossBorder.leadAuthority)
      await this.field(group, 'record.crossBorder.leadAuthority').fill(answers.crossBorder.leadAuthority);
    if (answers.crossBorder.countries)
      await this.field(group, 'record.crossBorder.countries').fill(answers.crossBorder.countries.join(', '));
    await this.save(group, 'record.others.save');
  }

  private async choose(group: Locator, legend: Parameters<Words['t']>[0], label: string): Promise<void> {
    await group
      .getByRole('group', { name: this.t(legend), exact: true })
      .getByRole('radio', { name: label, exact: true })
      .check();
  }

  async plainAccount(texts: { whatHappened: string; whatItMeans: string; advice: string }): Promise<void> {
    await this.on('people');
    const group = this.group('record-plain');
    await this.field(group, 'plain.plainWhatHappened').fill(texts.whatHappened);
    await this.field(group, 'plain.plainWhatItMeans').fill(texts.whatItMeans);
    await this.field(group, 'plain.plainAdvice').fill(texts.advice);
    await group.getByRole('button', { name: this.t('plain.save') }).click();
    await group.getByText(this.t('plain.saved')).waitFor();
  }

  /** Attaches a file through the file dialog, with a note. */
  async attach(file: { name: string; mimeType: string; bytes: Buffer; note: string }): Promise<void> {
    await this.on('report');
    const group = await this.open('record-attachments');
    await this.field(group, 'record.attachments.newNote').fill(file.note);
    const [chooser] = await Promise.all([
      this.page.waitForEvent('filechooser'),
      group.getByRole('button', { name: this.t('record.attachments.choose') }).click(),
    ]);
    await chooser.setFiles({ name: file.name, mimeType: file.mimeType, buffer: file.bytes });
    await group.getByText(this.t('record.attachments.added', { name: file.name })).waitFor();
  }
}
