import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, type RunningApp } from './support/app';
import { axeViolations } from './support/axe';
import { IncidentPage, IntakePage, switchLanguage } from './support/incident-pages';
import { Dashboard } from './support/pages';
import { screenshot } from './support/screenshots';

// 25 Nov 2026 10:00 in Oslo (CET).
const NOW = new Date('2026-11-25T09:00:00Z');

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** What the security lead left: the title and the awareness time. */
async function logged(page: Page, title: string, awareAt: string): Promise<IncidentPage> {
  const intake = await new IntakePage(page).open();
  await intake.fill({ title, awareAt });
  return intake.save(title);
}

/** A customer spreadsheet with national identity numbers, e-mailed to a stranger: high risk. */
async function completeTheFacts(incident: IncidentPage): Promise<void> {
  await incident.answer('personalData', 'yes');
  await incident.answer('confidentiality', 'yes');
  await incident.answer('integrity', 'no');
  await incident.answer('availability', 'no');
  await incident.choose('cause', 'human-error');
  await incident.answer('malicious', 'no');
  await incident.tick('identity', 'contact', 'national-id');
  await incident.number('subjectCount', '1500');
  await incident.number('recordCount', '1500');
  await incident.answer('vulnerableSubjects', 'no');
  // The numbers are the key to identity theft, not a detail that says little.
  await incident.answer('minorDetail', 'no');
  await incident.choose('protection', 'none');
  await incident.choose('recipient', 'untrusted');
  await incident.answer('dataRecovered', 'no');
  await incident.number('outageHours', '0');
  await incident.answer('misuseObserved', 'no');
  await incident.answer('highRiskNeutralised', 'no');
  await incident.answer('disproportionateEffort', 'no');
  await incident.settled();
}

describe('the DPO decides and notifies', () => {
  it('completes the facts, sees the conclusion and its reasons, decides, and records Datatilsynet notified', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    const incident = await logged(page, 'Kundeliste sendt til feil e-postadresse', '2026-11-25T08:00');

    await completeTheFacts(incident);
    const conclusions = incident.conclusions();
    expect(await conclusions.textContent()).toContain('Dette er et brudd på personopplysningssikkerheten.');
    expect(await conclusions.textContent()).toContain(
      'Meld bruddet til Datatilsynet innen 28.11.2026 08:00 CET.',
    );
    expect(await conclusions.textContent()).toContain('Underrett de registrerte uten ugrunnet opphold.');
    const reasons = await incident.reasons().textContent();
    expect(reasons).toContain('Grunnlag: GDPR Art. 33(1)');
    expect(reasons).toContain('Grunnlag: GDPR Art. 34(1)');
    expect(await incident.section('unknowns').count()).toBe(0);
    expect(await incident.section('severity').textContent()).toMatch(
      /Poeng [\d,]+: (lav|middels|høy|svært høy)/,
    );

    await incident.recordAssessment();
    await incident.decide({
      rationale: 'Fødselsnummer for 1500 kunder hos en ukjent mottaker: høy risiko for identitetstyveri.',
      dpoConsulted: true,
    });
    await incident.notifyAuthority({ reference: 'AR123456789', phased: true });

    const notice = incident.authorityForm();
    await notice.getByText(/^Første melding sendt 25\.11\.2026 10:0\d CET via Altinn, referanse AR123456789$/).waitFor();
    expect(await incident.section('deadline').getByText('Meldt innen fristen').isVisible()).toBe(true);
    // The page confirms it above the step, in view, while the form has moved on to the follow-up.
    const confirmation = page.getByRole('status').filter({ hasText: /^Registrert: sendt 25\.11\.2026 10:0\d CET\./ });
    await confirmation.waitFor();
    expect(await confirmation.isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'step-report-recorded', 'nb');
    await incident.step('close');
    const todo = await incident.todo().textContent();
    expect(todo).not.toContain('Meld til Datatilsynet');
    expect(todo).toContain('Send endelig melding til Datatilsynet');
    expect(todo).toContain('Underrett de registrerte');

    await incident.step('history');
    const history = incident.history();
    await history.getByText('Meldt til Datatilsynet: Første melding, referanse AR123456789.').waitFor();
    await history.getByText(/Historikken er uendret: \d+ hendelser er kontrollert/).waitFor();
    await screenshot(page, 'incident-notified', 'nb');

    await incident.goToDashboard();
    const row = new Dashboard(page).row('Kundeliste sendt til feil e-postadresse');
    expect(await row.textContent()).toContain('høy risiko');
    expect(await row.locator('.countdown').textContent()).toBe('Meldt innen fristen');
  });

  it('past the deadline, Datatilsynet cannot be marked notified without the reason for the delay', async () => {
    app = await launchApp({ now: NOW, locale: 'en-GB' });
    const { page } = app;
    await switchLanguage(page, 'en');
    const intake = await new IntakePage(page, 'en').open();
    await intake.fill({ title: 'Supplier lost a backup tape', awareAt: '2026-11-21T08:00' });
    const incident = await intake.save('Supplier lost a backup tape');
    await incident.step('report');
    expect(await incident.section('deadline').textContent()).toContain('Overdue');

    await incident.notifyAuthority({ reference: 'AR555666777' });
    const reason = incident.delayReasonField();
    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
    expect(
      await incident
        .authorityForm()
        .getByText('The notice is late: write the reasons for the delay.')
        .isVisible(),
    ).toBe(true);
    expect(await incident.authorityForm().getByText('Not notified yet.').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'incident-late-notice', 'en');

    await reason.fill(
      'The supplier told us four days after the loss; the tape index had to be rebuilt to know whose data it held.',
    );
    await incident
      .authorityForm()
      .getByRole('button', { name: 'Record as notified to Datatilsynet' })
      .click();
    await incident
      .authorityForm()
      .getByText(/^Initial notice sent 25\/11\/2026 10:0\d CET by Altinn, reference AR555666777, after the deadline$/)
      .waitFor();
    expect(await incident.section('deadline').getByText('Notified late').isVisible()).toBe(true);
    await page.getByRole('status').filter({ hasText: /^Recorded: sent 25\/11\/2026 10:0\d CET\./ }).waitFor();
    await screenshot(page, 'step-report-recorded', 'en');
    await incident.step('history');
    await incident.history().getByText('Reasons for the late notification given.').waitFor();
  });

  it('when the facts change after the decision, the screen says so and asks for a new one', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    const incident = await logged(page, 'Kundeliste på avveie', '2026-11-25T07:00');
    await incident.answer('personalData', 'yes');
    await incident.settled();
    await incident.decide({ rationale: 'Melder mens vi undersøker videre.' });
    expect(await incident.section('decision-stale').count()).toBe(0);

    await incident.answer('misuseObserved', 'yes');
    await incident.settled();
    await incident.step('decision');
    await incident.section('decision-stale').waitFor();
    expect(await incident.section('decision-stale').textContent()).toContain('ta en ny beslutning');
    await incident.step('close');
    expect(await incident.todo().textContent()).toContain('Ta ny beslutning (vurderingen er endret)');
    await incident.step('history');

    for (const lang of ['nb', 'en'] as const) {
      await switchLanguage(page, lang);
      await new IncidentPage(page, lang).waitFor('Kundeliste på avveie');
      await page
        .getByTestId('history')
        .getByText(/\d+ (hendelser|events)/)
        .waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'incident-decision-stale', lang);
    }
  });
});
