import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, type RunningApp } from './support/app';
import { axeViolations } from './support/axe';
import { NotificationPage, SettingsPage } from './support/document-pages';
import { IntakePage, switchLanguage, type IncidentPage } from './support/incident-pages';
import { RecordGroups } from './support/record-pages';
import { screenshotOf } from './support/screenshots';

// Issue "the complete record": a new user who answers every question on the incident screen gets a
// notification to Datatilsynet, in bokmål and in English, with nothing left "not yet known".

// Wednesday 25 November 2026, 10:00 in Oslo (CET).
const NOW = new Date('2026-11-25T09:00:00Z');
const TITLE = 'Stjålet bærbar PC med personalmapper';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function setUp(page: Page): Promise<void> {
  const settings = await new SettingsPage(page).open();
  await settings.fillOrganisation({
    name: 'Nordlys Regnskap AS',
    orgNr: '974 760 673',
    address: 'Storgata 1\n9008 Tromsø',
    contactName: 'Kari Nordmann',
    email: 'post@nordlys.example',
    phone: '+47 77 00 00 00',
  });
  await settings.fillDpo({
    name: 'Ola Personvern',
    email: 'personvern@nordlys.example',
    phone: '+47 77 00 00 10',
  });
  await settings.field('settings.user.name').fill('Siri Sikkerhet');
  await settings.field('settings.user.role').fill('IT-sikkerhetsleder');
  await settings.field('settings.user.email').fill('siri@nordlys.example');
  await settings.field('settings.user.phone').fill('+47 900 00 000');
  await settings.save();
  await settings.saved();
}

async function answerTheFacts(incident: IncidentPage): Promise<void> {
  await incident.answer('personalData', 'yes');
  await incident.answer('confidentiality', 'yes');
  await incident.answer('integrity', 'no');
  await incident.answer('availability', 'no');
  await incident.choose('cause', 'lost-or-stolen');
  await incident.answer('malicious', 'yes');
  await incident.tick('identity', 'contact', 'national-id', 'employment', 'health');
  await incident.number('subjectCount', '48');
  await incident.number('recordCount', '48');
  await incident.answer('vulnerableSubjects', 'no');
  await incident.choose('protection', 'none');
  await incident.choose('recipient', 'untrusted');
  await incident.answer('dataRecovered', 'no');
  await incident.answer('misuseObserved', 'no');
  await incident.answer('highRiskNeutralised', 'no');
  await incident.answer('disproportionateEffort', 'no');
  await incident.settled();
}

async function answerTheRecord(record: RecordGroups): Promise<void> {
  await record.whatHappened({
    howItHappened: 'PC-en ble stjålet fra en parkert bil natt til 24. november. Den var ikke kryptert.',
    howItHappenedEn:
      'The laptop was stolen from a parked car on the night of 24 November. It was not encrypted.',
    mainCause: 'PC-en ble liggende synlig i bilen over natten.',
    incidentTypes: ['device-lost-stolen'],
    detection: 'staff',
    detectionDetail: 'Eieren av PC-en meldte fra til IT-avdelingen om morgenen.',
    systems: ['Bærbar PC (Windows 11)', 'Lokale kopier av personalmapper'],
    dataLocation: 'Ukjent: PC-en er ikke funnet.',
  });
  await record.people({
    categories: ['employees', 'job-applicants'],
    relationship: 'De er våre ansatte og søkere til ledige stillinger.',
    subjectCount: 'exact',
    recordCount: 'approximate',
  });
  await record.security({
    measures: ['access-control', 'mfa', 'logging'],
    detail: 'Innlogging krevde passord og tofaktor, men disken var ikke kryptert.',
    consequences:
      'Fødselsnummer og helseopplysninger kan misbrukes til identitetstyveri eller bli kjent for uvedkommende.',
  });
  await record.others({
    parties: [
      {
        role: 'processor',
        name: 'Drift AS',
        contact: 'support@drift.example',
        detail: 'Drifter PC-ene; sperret kontoen og fjernlåste PC-en.',
      },
    ],
    police: { status: 'yes', reportedAt: '2026-11-24T12:00', caseNumber: '14523311' },
    authorities: [{ kind: 'nsm', notifiedAt: '2026-11-24T13:00', reference: 'NSM-2026-0042' }],
    crossBorder: { status: 'no' },
  });
  await record.plainAccount({
    whatHappened: 'En bærbar PC med kopier av personalmapper ble stjålet fra en bil.',
    whatItMeans:
      'Noen kan ha fått tilgang til navnet ditt, fødselsnummeret ditt og opplysninger om sykefravær.',
    advice: 'Vurder å sperre kreditten din, og vær på vakt mot e-poster som ber om personopplysninger.',
  });
  await record.attach({
    name: 'fjernlasing-logg.txt',
    mimeType: 'text/plain',
    bytes: Buffer.from('2026-11-24 08:41 Drift AS: device locked remotely\n'),
    note: 'Logg fra fjernlåsingen',
  });
}

/** The record's groups, by the step they belong to: Datatilsynet's form, and the people's account. */
const GROUPS = {
  report: ['record-what', 'record-people', 'record-security', 'record-others', 'record-attachments'],
  people: ['record-plain'],
};

/**
 * The incident's steps with every group answered: no axe violations, folded and with every group
 * open, and a picture of each group open.
 */
async function lookAtTheRecord(page: Page, id: string, lang: 'nb' | 'en'): Promise<void> {
  const record = new RecordGroups(page, lang);
  for (const [step, groups] of Object.entries(GROUPS)) {
    await page.evaluate((hash) => (location.hash = hash), `#/incident/${encodeURIComponent(id)}/${step}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(TITLE) }).waitFor();
    await page.getByTestId(`step-${step}`).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    if (step !== 'report') {
      for (const group of groups) await screenshotOf(page.getByTestId(group), group, lang);
      continue;
    }
    // Every group answered: no summary line says anything is "not known yet".
    const notKnown = record.t('record.unknownCount', { count: 1 }).replace('1', '');
    const summaries = await page.locator('.record-fold summary').allTextContents();
    expect(summaries).toHaveLength(groups.length);
    for (const summary of summaries) expect(summary).not.toContain(notKnown);
    for (const group of groups) await screenshotOf(await record.open(group), group, lang);
    expect(await axeViolations(page)).toEqual([]);
  }
}

describe('a complete record', () => {
  it('a new user answers every question, and the notification in both languages has nothing "not known"', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    await setUp(page);
    const intake = await new IntakePage(page).open();
    await intake.fill({
      title: TITLE,
      awareAt: '2026-11-24T08:30',
      occurredFrom: '2026-11-23T18:00',
      occurredTo: '2026-11-24T07:00',
      discoveredAt: '2026-11-24T07:45',
      description: 'En bærbar PC med kopier av personalmapper for 48 ansatte ble stjålet fra en bil.',
    });
    const incident = await intake.save(TITLE);
    const id = decodeURIComponent(/#\/incident\/([^/]+)/.exec(page.url())![1]!);
    await answerTheFacts(incident);
    await answerTheRecord(new RecordGroups(page));
    await incident.recordMeasure({
      kind: 'containment',
      text: 'Kontoen sperret og PC-en fjernlåst.',
      doneAt: '2026-11-24T08:45',
    });
    await incident.recordMeasure({ kind: 'mitigation', text: 'Tilby de berørte gratis kredittsperre.' });
    await incident.recordMeasure({ kind: 'prevention', text: 'Kryptere alle bærbare PC-er med BitLocker.' });
    await incident.recordAssessment();
    await incident.decide({
      rationale: 'Ukrypterte fødselsnummer og helseopplysninger hos en tyv: høy risiko.',
      dpoConsulted: true,
    });
    await incident.recordSubjectsTold({ sentAt: '2026-11-25T09:30', channel: 'email' });

    for (const lang of ['nb', 'en'] as const) {
      if (lang === 'en') await switchLanguage(page, 'en');
      await lookAtTheRecord(page, id, lang);
      const notification = await new NotificationPage(page, lang).open(id);
      const text = (await notification.exportPdf()).text();
      expect(text).toContain('Drift AS');
      expect(text).toContain('14523311');
      expect(text).toContain('fjernlasing-logg.txt');
      expect(text).toContain('Siri Sikkerhet');
      expect(text).not.toMatch(/ikke kjent|not yet known|not known/i);
    }
  });

  it('refuses a bad answer next to its field, still accessible, and keeps the record as it was', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    const intake = await new IntakePage(page).open();
    await intake.fill({ title: TITLE, awareAt: '2026-11-24T08:30', occurredFrom: '2026-11-23T18:00' });
    await (await intake.save(TITLE)).step('report');
    const record = new RecordGroups(page);
    const others = await record.open('record-others');
    await others
      .getByRole('group', { name: record.t('record.police.legend'), exact: true })
      .getByRole('radio', { name: record.t('record.police.yes'), exact: true })
      .check();
    await others.getByLabel(record.t('record.police.reportedAt'), { exact: true }).fill('2026-11-22T12:00');
    await others.getByLabel(record.t('record.police.caseNumber'), { exact: true }).fill('1'.repeat(10_240));
    await others
      .getByRole('group', { name: record.t('record.parties.legend'), exact: true })
      .getByRole('radio', { name: record.t('record.yesNo.yes'), exact: true })
      .check();
    await others.getByRole('button', { name: record.t('record.party.add') }).click();
    await others.getByRole('button', { name: record.t('record.others.save') }).click();

    await others.getByRole('alert').waitFor();
    expect(
      await others
        .getByLabel(record.t('record.police.caseNumber'), { exact: true })
        .getAttribute('aria-invalid'),
    ).toBe('true');
    expect(
      await others.getByText(record.t('record.error.too-long', { max: 100, count: 10_240 })).isVisible(),
    ).toBe(true);
    expect(await others.getByText(/før bruddet begynte \(23\.11\.2026 18:00 CET\)/).isVisible()).toBe(true);
    expect(await others.getByText(record.t('record.error.required')).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshotOf(others, 'record-others-errors', 'nb');
    await page.reload();
    await others.getByRole('heading', { level: 2 }).waitFor();
    expect(await others.getByText(record.t('record.progress', { answered: 0, total: 4 })).isVisible()).toBe(
      true,
    );
  });
});
