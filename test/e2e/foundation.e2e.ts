import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/csp';
import { launchApp, type RunningApp } from './support/app';
import { Dashboard, EN_LABELS, NB_LABELS } from './support/pages';

// 25 Nov 2026 10:00 in Oslo (CET).
const NOW = new Date('2026-11-25T09:00:00Z');

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('the first slice in Chromium', () => {
  it('the security lead records an incident, reloads, and still sees it counting down', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    const dashboard = new Dashboard(page);

    await expect(page.getByRole('heading', { name: 'Åpne hendelser' }).isVisible()).resolves.toBe(true);
    const form = await dashboard.startNewIncident();
    await form.fill({ title: 'Lønnsliste sendt til feil mottaker', awareAt: '2026-11-25T08:30' });
    await form.save();
    // Saving opens the incident; the dashboard is one click away.
    await page.getByRole('heading', { level: 1, name: /Lønnsliste sendt til feil mottaker/ }).waitFor();
    await page.getByRole('link', { name: 'Oversikt' }).click();

    const row = dashboard.row('Lønnsliste sendt til feil mottaker');
    await row.waitFor();
    expect(await row.textContent()).toContain('AVV-2026-001');
    expect(await row.textContent()).toContain('28.11.2026 08:30 CET');
    const before = await row.locator('.countdown').textContent();
    expect(before).toMatch(/^2 d 22 t (30|29) min igjen$/);

    await page.clock.runFor(60_000 * 5);
    await expect
      .poll(() => row.locator('.countdown').textContent())
      .not.toBe(before);

    await page.reload();
    await dashboard.row('Lønnsliste sendt til feil mottaker').waitFor();
    expect(await dashboard.rows().count()).toBe(1);
    expect(app.foreignRequests).toEqual([]);
  });

  it('runs under the Content-Security-Policy the desktop app ships, and breaks none of it', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    const response = await page.reload();
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const form = await new Dashboard(page).startNewIncident();
    await form.fill({ title: 'Minnepenn mistet på toget', awareAt: '2026-11-25T08:30' });
    await form.save();
    await page.getByRole('heading', { level: 1, name: /Minnepenn mistet på toget/ }).waitFor();
    expect(app.policyViolations).toEqual([]);
  });

  it('turns from due soon to overdue when the 72 hours run out', async () => {
    app = await launchApp({ now: NOW });
    const dashboard = new Dashboard(app.page);
    const form = await dashboard.startNewIncident();
    // Aware 22 Nov 10:30 Oslo: the deadline is 25 Nov 10:30, half an hour after NOW.
    await form.fill({ title: 'Tapt minnepinne', awareAt: '2026-11-22T10:30' });
    await form.save();
    await app.page.getByRole('heading', { level: 1, name: /Tapt minnepinne/ }).waitFor();
    await app.page.getByRole('link', { name: 'Oversikt' }).click();
    const countdown = dashboard.row('Tapt minnepinne').locator('.countdown');
    await countdown.waitFor();
    expect(await countdown.textContent()).toMatch(/^Under 24 timer igjen: 00 t (30|29) min$/);
    expect(await countdown.getAttribute('data-state')).toBe('due-soon');

    await app.page.clock.runFor(60 * 60 * 1000);
    await expect.poll(() => countdown.textContent()).toMatch(/^Fristen er passert \(00 t (30|29|31) min siden\)$/);
    expect(await countdown.getAttribute('data-state')).toBe('overdue');
  });

  it('keeps bad input out of the database and says why next to the field', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    const dashboard = new Dashboard(page);
    const form = await dashboard.startNewIncident();

    await form.save();
    await expect.poll(() => page.getByText('Skriv en kort tittel på hendelsen.').isVisible()).toBe(true);

    await form.fill({ title: 'Fremtidig', awareAt: '2026-12-24T18:00' });
    await form.save();
    await expect.poll(() => page.getByText('Tidspunktet kan ikke være fram i tid.').isVisible()).toBe(true);
    expect(await form.field(NB_LABELS.awareAt).getAttribute('aria-invalid')).toBe('true');

    await page.getByRole('link', { name: 'Oversikt' }).click();
    await expect.poll(() => page.getByText('Ingen åpne hendelser').isVisible()).toBe(true);
  });

  it('works in English after the language switch, and remembers the choice', async () => {
    app = await launchApp({ now: NOW, locale: 'en-GB' });
    const { page } = app;
    await page.getByLabel('Språk').selectOption('en');
    const dashboard = new Dashboard(page);
    const form = await dashboard.startNewIncident('New incident');
    await form.fill({ title: 'Phishing of a mailbox', awareAt: '2026-11-24T10:00' }, EN_LABELS);
    await form.save(EN_LABELS.save);
    await page.getByRole('heading', { level: 1, name: /Phishing of a mailbox/ }).waitFor();
    await page.getByRole('link', { name: 'Dashboard' }).click();
    const row = dashboard.row('Phishing of a mailbox');
    await row.waitFor();
    expect(await row.textContent()).toContain('27/11/2026 10:00 CET');
    expect(await row.locator('.countdown').textContent()).toMatch(/^(2 d 00 h 00|1 d 23 h 59) min left$/);

    await page.reload();
    await expect.poll(() => page.getByRole('heading', { name: 'Open incidents' }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });
});
