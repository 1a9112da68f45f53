import { afterEach, describe, expect, it } from 'vitest';
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

describe('the security lead on a bad day', () => {
  it('logs an incident with half the facts in under a minute, and it is on the dashboard counting down', async () => {
    // This journey runs on an encrypted profile, as a real one would: set up, then unlocked again after the reload.
    app = await launchApp({ now: NOW, protection: { passphrase: 'grønn kaffe på tirsdager' } });
    const { page } = app;
    const started = performance.now();

    const intake = await new IntakePage(page).open();
    await intake.fill({
      title: 'Ulåst PC med pasientliste stjålet fra bil',
      awareAt: '2026-11-25T09:40',
      occurredFrom: '2026-11-24T22:00',
      discoveredAt: '2026-11-25T07:15',
      description: 'PC-en lå i baksetet. Disken var ikke kryptert.',
    });
    const incident = await intake.save('Ulåst PC med pasientliste stjålet fra bil');
    // Half the facts: what a security lead knows in the first hour.
    await incident.answer('personalData', 'yes');
    await incident.answer('availability', 'yes');
    await incident.choose('cause', 'lost-or-stolen');
    await incident.answer('malicious', 'yes');
    await incident.tick('identity', 'contact', 'health');
    await incident.number('subjectCount', '340');
    await incident.choose('protection', 'none');
    await incident.answer('vulnerableSubjects', 'yes');
    await incident.answer('dataRecovered', 'no');
    await incident.settled();
    await incident.goToDashboard();
    const row = new Dashboard(page).row('Ulåst PC med pasientliste stjålet fra bil');
    await row.waitFor();

    const elapsedMs = performance.now() - started;
    console.log(`Security lead's journey: ${(elapsedMs / 1000).toFixed(1)} s`);
    expect(elapsedMs).toBeLessThan(60_000);

    const text = await row.textContent();
    expect(text).toContain('AVV-2026-001');
    expect(text).toContain('28.11.2026 09:40 CET');
    expect(text).toContain('ikke vurdert');
    expect(text).toContain('Vurder risikoen');
    expect(text).toContain('Meld til Datatilsynet');
    expect(await row.locator('.countdown').textContent()).toMatch(/^2 d 23 t (40|39) min igjen$/);

    // The answers are in the record: they survive a reload.
    await row.getByRole('link').click();
    await page.reload();
    await app.passGate();
    const again = new IncidentPage(page);
    await again.waitFor('Ulåst PC med pasientliste stjålet fra bil');
    expect(
      await page
        .getByRole('group', { name: 'Er personopplysninger berørt?' })
        .getByRole('radio', { name: 'Ja', exact: true })
        .isChecked(),
    ).toBe(true);
    expect(await page.getByLabel('Omtrent hvor mange personer er berørt?').inputValue()).toBe('340');
    expect(
      await again.section('history').getByText('Hendelsen ble registrert som AVV-2026-001.').isVisible(),
    ).toBe(true);
    expect(app.foreignRequests).toEqual([]);
  });

  it('as a processor, the deadline is the one towards the controller', async () => {
    app = await launchApp({ now: NOW, locale: 'en-GB' });
    const { page } = app;
    await switchLanguage(page, 'en');
    const intake = await new IntakePage(page, 'en').open();
    await intake.fill({
      title: 'Bug in the payroll service we run for customers',
      awareAt: '2026-11-25T08:00',
      role: 'processor',
    });
    const incident = await intake.save('Bug in the payroll service we run for customers');
    // 24 hours by default (settings).
    expect(await incident.section('deadline').textContent()).toContain('Deadline: 26/11/2026 08:00 CET');
    expect(await incident.todo().textContent()).toContain('Tell the controller');
    await incident.goToDashboard();
    expect(await new Dashboard(page).row('Bug in the payroll service').textContent()).toContain(
      'To the controller',
    );
  });

  it('the intake, the incident and the dashboard have no axe violations in either language', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    const intake = await new IntakePage(page).open();
    await intake.fill({
      title: 'Feilsendt e-post med lønnsliste',
      awareAt: '2026-11-25T08:00',
      discoveredAt: '2026-11-25T09:00',
    });
    const incident = await intake.save('Feilsendt e-post med lønnsliste');
    await incident.answer('personalData', 'yes');
    await incident.answer('confidentiality', 'yes');
    await incident.settled();
    const incidentUrl = page.url();

    for (const lang of ['nb', 'en'] as const) {
      await switchLanguage(page, lang);
      await page.goto(`${app.url}#/new`);
      await page.locator('form').first().waitFor();
      // A warning (detected after aware) and an error next to their fields.
      const words = new IntakePage(page, lang);
      await words.fill({
        title: '',
        awareAt: '2026-11-25T08:00',
        discoveredAt: '2026-11-25T09:30',
        occurredFrom: '2026-11-24T12:00',
        occurredTo: '2026-11-24T10:00',
      });
      await page.getByRole('button', { name: words.t('intake.submit') }).click();
      await page.getByRole('alert').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'new-incident-errors', lang);

      await page.goto(incidentUrl);
      await new IncidentPage(page, lang).waitFor('Feilsendt e-post med lønnsliste');
      await page
        .getByTestId('history')
        .getByText(/\d+ (hendelser|events)/)
        .waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'incident', lang);

      await page.goto(`${app.url}#/`);
      await new Dashboard(page).rows().first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'dashboard-with-todo', lang);
    }
  });
});
