import { describe, expect, it, vi } from 'vitest';
import '../register/timeouts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PortfolioScreen } from '../../../renderer/src/features/portfolio/PortfolioScreen';
import { useUi } from '../../../renderer/src/state/ui';
import { renderScreen, screenServices } from '../register/render';
import { STOLEN_LAPTOP_FACTS, seedIncident } from '../register/seed';

// Wednesday 25 November 2026, 10:00 in Oslo.
const NOW = new Date('2026-11-25T09:00:00Z');

async function aPortfolio() {
  const services = screenServices(NOW);
  // Overdue: aware four days ago, nothing sent.
  await seedIncident(services, { title: 'Tapt minnepinne', awareAt: '2026-11-21T08:00:00.000Z' });
  // Due soon: three hours left.
  await seedIncident(services, { title: 'Feilsendt lønnsliste', awareAt: '2026-11-22T12:00:00.000Z' });
  // Notified on time, high risk.
  await seedIncident(services, {
    title: 'Stjålet bærbar PC',
    awareAt: '2026-11-23T08:00:00.000Z',
    facts: STOLEN_LAPTOP_FACTS,
    assess: true,
    notified: { at: '2026-11-24T10:00:00.000Z', reference: 'AR987654321' },
  });
  // Notified late in the spring, then closed.
  await seedIncident(services, {
    title: 'Innbrudd i e-post',
    awareAt: '2026-04-01T08:00:00.000Z',
    decide: { notifyAuthority: true, notifySubjects: false, rationale: 'Risiko for de registrerte.' },
    delayReason: 'Omfanget ble klart først etter fem dager.',
    notified: { at: '2026-04-06T08:00:00.000Z', reference: 'AR123456789' },
    closeWith: 'Passordene er byttet.',
  });
  return services;
}

describe("management's portfolio", { timeout: 30_000 }, () => {
  it('shows the open incidents, the overdue, the nearly due and the share notified on time', async () => {
    renderScreen(await aPortfolio(), <PortfolioScreen />);
    const figures = await screen.findByTestId('portfolio-figures');
    const figure = (name: string) => within(figures).getByText(name).nextElementSibling?.textContent;
    await vi.waitFor(() => expect(figure('Åpne hendelser')).toBe('3'));
    expect(figure('Fristen er passert')).toBe('1');
    expect(figure('Under 24 timer igjen')).toBe('1');
    // On time: the laptop. Late: the e-mail (sent after five days) and the memory stick (overdue).
    expect(figure('Meldt innen fristen siste 12 måneder')).toBe('1 av 3 (33 %)');
    expect(screen.getByText(/med frist eller sendt fra 25\.11\.2025/)).toBeInTheDocument();
  });

  it('lists what needs attention, the most pressing first, each a way into its incident', async () => {
    renderScreen(await aPortfolio(), <PortfolioScreen />);
    const table = await screen.findByRole('table', { name: 'Trenger oppmerksomhet' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'AVV-2026-001 Tapt minnepinne24.11.2026 09:00 CETFristen er passert',
      'AVV-2026-002 Feilsendt lønnsliste25.11.2026 13:00 CETUnder 24 timer igjen',
    ]);
    await userEvent.setup().click(within(rows[0]!).getByRole('link', { name: 'AVV-2026-001 Tapt minnepinne' }));
    expect(useUi.getState().route).toMatchObject({ name: 'incident' });
  });

  it('gives the risk mix of the open incidents and of the year, in English too', async () => {
    renderScreen(await aPortfolio(), <PortfolioScreen />, 'en');
    const table = await screen.findByRole('table', { name: 'Incidents by assessed risk' });
    await vi.waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(5));
    const row = (risk: string) => within(table).getByRole('rowheader', { name: risk }).parentElement!.textContent;
    expect(row('High risk')).toBe('High risk11');
    expect(row('Not assessed')).toBe('Not assessed23');
    expect(screen.getByText('Notified on time, last 12 months').nextElementSibling?.textContent).toBe('1 of 3 (33%)');
  });

  it('prints the page as it is', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderScreen(await aPortfolio(), <PortfolioScreen />);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Skriv ut' }));
    expect(print).toHaveBeenCalledOnce();
  });
});
