import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, type RunningApp } from './support/app';
import { axeViolations } from './support/axe';
import { NotificationPage, RegisterPage, TimelinePage, logIncident } from './support/document-pages';
import { switchLanguage } from './support/incident-pages';
import { screenshot } from './support/screenshots';
import { PortfolioPage } from './support/portfolio-page';

// Wednesday 25 November 2026, 10:00 in Oslo (CET).
const NOW = new Date('2026-11-25T09:00:00Z');

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** A bad week: one incident notified on time, one past its deadline, one just in. */
async function aBadWeek(page: Page): Promise<void> {
  const notified = await logIncident(page, { title: 'Stjålet bærbar PC', awareAt: '2026-11-23T09:00' });
  const notification = await new NotificationPage(page).open(notified);
  await notification.recordSent('AR111222333');
  await page
    .getByText(notification.t('notice.recorded', { at: '25.11.2026 10:00 CET' }))
    .waitFor();
  await logIncident(page, { title: 'Tapt minnepinne', awareAt: '2026-11-21T09:00' });
  await logIncident(page, { title: 'Feilsendt lønnsliste', awareAt: '2026-11-25T08:00' });
}

describe('management', () => {
  it('opens the timeline and sees every open incident on a time axis with its deadline and standing', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    await aBadWeek(page);
    const timeline = await new TimelinePage(page).open();

    await expect.poll(() => timeline.cards().count()).toBe(3);
    const overdue = timeline.card('AVV-2026-002');
    expect(await overdue.locator('[data-state="overdue"]').textContent()).toMatch(/^Fristen er passert/);
    const notified = timeline.card('AVV-2026-001');
    expect(await notified.locator('[data-state="met"]').textContent()).toBe('Meldt innen fristen');
    expect(await notified.getByRole('img', { name: /Tidslinje for AVV-2026-001/ }).isVisible()).toBe(true);
    expect(await notified.getByRole('listitem').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Meldt til Datatilsynet, AR111222333')]),
    );
    expect(await notified.locator('svg').textContent()).toContain('Frist 26.11.2026 09:00 CET');

    const pdf = await timeline.exportPdf('AVV-2026-001');
    expect(pdf.name).toBe('AVV-2026-001-tidslinje-nb.pdf');
    const text = pdf.text();
    expect(text).toContain('AVV-2026-001');
    expect(text).toContain('26.11.2026 09:00 CET');
    // The PDF says what the screen says: each event of the list under the picture, numbered alike.
    const items = await notified.getByRole('listitem').allTextContents();
    const flat = text.replace(/\s+/g, ' ');
    items.forEach((item, i) => {
      const [, time, label] = /^(.+? CES?T)(.*)$/.exec(item)!;
      expect(flat).toContain(`${i + 1}. ${time} ${label}`);
    });
    // Every dot is named on the screen's picture.
    const named = (await notified.getByTestId('timeline-label').allTextContents()).join(' ');
    for (let n = 1; n <= items.length; n++) expect(named).toMatch(new RegExp(`(^|\\D)${n}(\\D|$)`));
  });

  it('prints the timeline without the app around it', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    await logIncident(page, { title: 'Tapt minnepinne', awareAt: '2026-11-24T09:00' });
    await new TimelinePage(page).open();
    // The picture is drawn once the card has measured its width.
    await page.getByTestId('timeline-svg').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Skriv ut' }).isVisible()).toBe(false);
    expect(await page.getByTestId('timeline-svg').first().isVisible()).toBe(true);
  });

  it('finds every incident in the register, notified or not, and takes it to Excel', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    await aBadWeek(page);
    const register = await new RegisterPage(page).open();
    await expect.poll(() => register.rows().count()).toBe(3);
    await expect
      .poll(() =>
        register
          .rows()
          .filter({ hasText: register.t('register.history.ok') })
          .count(),
      )
      .toBe(3);

    await page.getByLabel(register.t('register.filter.notified'), { exact: true }).selectOption('no');
    await expect.poll(() => register.rows().count()).toBe(2);

    const csv = await register.exportCsv();
    expect(csv.name).toBe('avviksprotokoll-2026-11-25.csv');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]!.split(';')[0]).toBe('"Referanse"');
    expect(lines.slice(1).map((l) => l.split(';')[1])).toEqual([
      '"Feilsendt lønnsliste"',
      '"Tapt minnepinne"',
    ]);
  });

  it('opens the portfolio from the menu, reads where things stand and prints it, in both languages', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    await aBadWeek(page);
    for (const lang of ['nb', 'en'] as const) {
      await switchLanguage(page, lang);
      const portfolio = await new PortfolioPage(page, lang).open();
      await expect.poll(() => portfolio.figure('portfolio.open').textContent()).toBe('3');
      expect(await portfolio.figure('portfolio.overdue').textContent()).toBe('1');
      // The lost memory stick is overdue; the payslips (aware 25.11 08:00) have over 24 hours left.
      expect(await portfolio.figure('portfolio.dueSoon').textContent()).toBe('0');
      // The laptop was notified within its 72 hours; the memory stick's deadline passed unnotified.
      expect(await portfolio.figure('portfolio.onTime').textContent()).toBe(portfolio.t('portfolio.onTime.value', { onTime: 1, total: 2, percent: 50 }));
      expect(await portfolio.attention().getByRole('row').nth(1).textContent()).toContain('AVV-2026-002 Tapt minnepinne');
      expect(await page.getByTestId('portfolio-risk').getByRole('row').count()).toBe(5);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'portfolio', lang);
    }
    // Printed, the page stands without the app around it.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.getByTestId('portfolio-figures').isVisible()).toBe(true);
  });

  it('the timeline and the register have no axe violations, in both languages', async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    await aBadWeek(page);
    for (const lang of ['nb', 'en'] as const) {
      await switchLanguage(page, lang);
      const timeline = await new TimelinePage(page, lang).open();
      await expect.poll(() => timeline.cards().locator('svg').count()).toBe(3);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'timeline', lang);

      const register = await new RegisterPage(page, lang).open();
      await expect
        .poll(() =>
          register
            .rows()
            .filter({ hasText: register.t('register.history.ok') })
            .count(),
        )
        .toBe(3);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'register', lang);
    }
  });
});
