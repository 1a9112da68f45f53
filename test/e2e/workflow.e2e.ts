import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { StepId } from '../../shared/incident/steps';
import { launchApp, type RunningApp } from './support/app';
import { axeViolations } from './support/axe';
import { IncidentPage, IntakePage, switchLanguage, Words } from './support/incident-pages';
import { screenshot } from './support/screenshots';

// The DPO's day as steps: the header stays in view with the next duty's countdown, the steps are
// walked by their visible names, what is typed survives a reload (in the intake and in a decision),
// and the keyboard does the rest (N, G, Ctrl+S, ?).

// Wednesday 25 November 2026, 10:00 in Oslo (CET).
const NOW = new Date('2026-11-25T09:00:00Z');
const TITLE = 'Lønnsfiler delt med hele kommunen';
// Aware Monday 08:00: the deadline is Thursday 08:00, under 24 hours away.
const AWARE = '2026-11-23T08:00';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const STEP_LABELS: Record<StepId, Parameters<Words['t']>[0]> = {
  facts: 'steps.facts',
  decision: 'steps.decision',
  report: 'steps.report.authority',
  people: 'steps.people.subjects',
  measures: 'steps.measures',
  close: 'steps.close',
};

/** The steps' links, by the names a user reads. */
function stepLink(page: Page, words: Words, step: StepId) {
  return page
    .getByRole('navigation', { name: new RegExp(`^${words.t('steps.label', { ref: 'AVV' }).replace(/ AVV$/, '')}`) })
    .getByRole('link', { name: new RegExp(`^${words.t(STEP_LABELS[step])} \\(`) });
}

async function openStep(page: Page, words: Words, step: StepId) {
  await stepLink(page, words, step).click();
  await page.getByTestId(`step-${step}`).waitFor();
  await page.locator('[data-draft-pending]').first().waitFor({ state: 'detached' });
}

async function reload(page: Page) {
  await page.reload();
  await app!.passGate();
}

describe('the incident as steps', () => {
  it('walks the DPO through the steps by name; a reload loses nothing typed; the keyboard leads', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    const nb = new Words('nb');

    // N: a new incident. Half-way through the intake, the app is reloaded.
    await page.keyboard.press('n');
    await page.getByRole('heading', { level: 1, name: nb.t('intake.title') }).waitFor();
    const intake = new IntakePage(page);
    await intake.fill({ title: TITLE, awareAt: AWARE });
    await page.getByText(nb.t('draft.kept')).waitFor();
    await reload(page);
    await page.getByText(/^Utkast gjenopprettet fra 25\.11\.2026 10:\d\d CET/).waitFor();
    expect(await page.getByLabel(nb.t('intake.field.title')).inputValue()).toBe(TITLE);
    expect(await page.getByLabel(nb.t('intake.field.awareAt')).inputValue()).toBe(AWARE);
    const incident = await intake.save(TITLE);

    // Under 24 hours left: the facts can wait (Art. 33(4)), the decision is next, and the header says how pressing it is.
    await page.getByTestId('step-decision').waitFor();
    const header = page.locator('.incident-bar');
    expect(await header.getByTestId('next-duty').getAttribute('data-urgency')).toBe('warning');
    expect(await header.textContent()).toContain('Under 24 timer igjen');
    expect(await header.textContent()).toContain('Frist 26.11.2026 08:00 CET');
    expect(await stepLink(page, nb, 'decision').getAttribute('aria-current')).toBe('step');

    // The facts, beside their assessment; then G for the next step.
    await openStep(page, nb, 'facts');
    await incident.answer('personalData', 'yes');
    await incident.answer('confidentiality', 'yes');
    await incident.tick('identity', 'financial');
    await incident.number('subjectCount', '212');
    await incident.settled();
    // The header stays in view however far down the facts go.
    await page.mouse.wheel(0, 2500);
    await expect.poll(async () => (await header.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect(await header.isVisible()).toBe(true);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('g');
    await page.getByTestId('step-decision').waitFor();

    // Half-way through the reasoning, the app is reloaded; the reasoning is still there.
    const reasoning = 'Lønn og kontonummer for 212 ansatte var åpne for alle i kommunen i to dager.';
    const rationale = page.getByTestId('decision').getByLabel(nb.t('incident.decision.rationale'), { exact: true });
    await rationale.fill(reasoning);
    await page.getByTestId('decision').getByText(nb.t('draft.kept')).waitFor();
    await reload(page);
    await page.getByTestId('step-decision').waitFor();
    expect(await rationale.inputValue()).toBe(reasoning);
    expect(await page.getByTestId('draft-restored').isVisible()).toBe(true);
    // Ctrl+S saves the form the cursor is in.
    await rationale.focus();
    await page.keyboard.press('Control+s');
    await page.getByTestId('decision').getByText(nb.t('incident.decision.recorded')).waitFor();

    // G again: Datatilsynet, where the notice is recorded.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('g');
    await page.getByTestId('step-report').waitFor();
    await incident.notifyAuthority({ reference: 'AR123456789', phased: true });
    await incident.authorityForm().locator('li[data-notice]').first().waitFor();

    // ?: the shortcuts, listed in a dialog.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: nb.t('shortcuts.title') });
    await help.waitFor();
    for (const key of ['shortcuts.newIncident', 'shortcuts.search', 'shortcuts.save', 'shortcuts.nextStep'] as const)
      expect(await help.getByText(nb.t(key)).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'shortcuts', 'nb');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });

    // Every step, in both languages: no axe violations, and a picture of each.
    for (const lang of ['nb', 'en'] as const) {
      await switchLanguage(page, lang);
      const words = new Words(lang);
      await new IncidentPage(page, lang).waitFor(TITLE);
      for (const step of Object.keys(STEP_LABELS) as StepId[]) {
        await openStep(page, words, step);
        await page.evaluate(() => scrollTo(0, 0));
        expect(await axeViolations(page), `${step} (${lang})`).toEqual([]);
        await screenshot(page, `step-${step}`, lang);
      }
    }
    // The decision is recorded: its step is done, and its draft is gone.
    expect(await stepLink(page, new Words('en'), 'decision').textContent()).toContain('(done)');
  });
});
