import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type RunningApp } from './support/app';
import { axeViolations } from './support/axe';
import { Dashboard } from './support/pages';
import { screenshot } from './support/screenshots';

const NOW = new Date('2026-11-25T09:00:00Z');
let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('accessibility of the first screens', () => {
  it('the dashboard and the intake have no axe violations, in both languages', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    const dashboard = new Dashboard(page);
    const form = await dashboard.startNewIncident();
    await form.fill({ title: 'Tapt PC', awareAt: '2026-11-25T08:00' });
    await form.save();
    await page.getByRole('heading', { name: /Tapt PC/ }).first().waitFor();
    await page.goto(`${app.url}#/`);
    await dashboard.row('Tapt PC').waitFor();

    for (const lang of ['nb', 'en'] as const) {
      await page.getByRole('combobox').first().selectOption(lang);
      await page.goto(`${app.url}#/`);
      await dashboard.rows().first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'dashboard', lang);

      await page.goto(`${app.url}#/new`);
      await page.locator('form').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'new-incident', lang);
    }
  });

  it('a form with errors is still accessible', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    const form = await new Dashboard(page).startNewIncident();
    await form.save();
    await page.getByRole('alert').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the check bites: an unlabelled field is reported', async () => {
    app = await launchApp({ now: NOW });
    await app.page.evaluate(() => document.querySelector('main')!.append(document.createElement('input')));
    expect((await axeViolations(app.page)).map((v) => v.id)).toContain('label');
  });
});
