import { afterEach, describe, expect, it, vi } from 'vitest';
import { Profiler } from 'react';
import { act, render, screen, within } from '@testing-library/react';
import { ServicesProvider, useNow } from '../../../renderer/src/services/context';
import { Dashboard } from '../../../renderer/src/features/dashboard/Dashboard';
import { useUi } from '../../../renderer/src/state/ui';
import { makeServices } from '../harness';
import { NOW, seedIncident } from '../incident/support';

// The dashboard's clock ticks every second, but its words change once a minute: a second that
// changes no words renders nothing, and a minute re-renders the countdowns, not the whole list.

afterEach(() => {
  vi.useRealTimers();
});

/** The dashboard on a clock the test moves, with every commit of its tree counted. */
async function dashboardOnClock(titles: string[]) {
  let current = new Date(NOW);
  const services = makeServices(NOW, { now: () => current });
  // Aware whole hours and half a minute before now: no countdown's words change in the first 30 s.
  for (const [i, title] of titles.entries())
    await seedIncident(services, { title, awareAt: new Date(NOW.getTime() - (i + 1) * 3_600_000 + 30_000).toISOString() });
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  const commits: string[] = [];
  useUi.setState({ lang: 'nb', route: { name: 'dashboard' }, flash: null });
  render(
    <ServicesProvider services={services}>
      <Profiler id="dashboard" onRender={(_id, phase) => commits.push(phase)}>
        <Dashboard />
      </Profiler>
    </ServicesProvider>,
  );
  await screen.findAllByTestId('incident-row');
  // Let the database's late notices of the seeding settle (timeouts are real here).
  await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
  // The clock jumps by `ms`; the next tick (a second later) sees it.
  const pass = (ms: number) =>
    act(() => {
      current = new Date(current.getTime() + ms);
      vi.advanceTimersByTime(1000);
    });
  return { commits, pass };
}

const countdownOf = (title: string) => {
  const row = screen.getAllByTestId('incident-row').find((r) => within(r).queryByText(title))!;
  return row.querySelector('.countdown')!;
};

describe('the dashboard clock', () => {
  it('renders nothing in a second that changes no words', async () => {
    const { commits, pass } = await dashboardOnClock(['Tapt minnepinne', 'Feil mottaker']);
    expect(countdownOf('Tapt minnepinne')).toHaveTextContent('2 d 23 t 00 min igjen');
    const before = commits.length;
    pass(1000);
    pass(1000);
    expect(commits.length).toBe(before);
    expect(countdownOf('Tapt minnepinne')).toHaveTextContent('2 d 23 t 00 min igjen');
  });

  it('moves every countdown on when a minute has passed', async () => {
    const { commits, pass } = await dashboardOnClock(['Tapt minnepinne', 'Feil mottaker']);
    const before = commits.length;
    pass(60_000);
    expect(countdownOf('Tapt minnepinne')).toHaveTextContent('2 d 22 t 59 min igjen');
    expect(countdownOf('Feil mottaker')).toHaveTextContent('2 d 21 t 59 min igjen');
    expect(commits.length).toBe(before + 1);
  });

  it('turns a row overdue and counts it when its deadline passes', async () => {
    const { pass } = await dashboardOnClock(['Gammel sak']);
    expect(screen.queryByText('1 hendelse har passert fristen.')).not.toBeInTheDocument();
    pass(71 * 3_600_000 + 90_000);
    const row = screen.getByTestId('incident-row');
    expect(row).toHaveAttribute('data-state', 'overdue');
    expect(within(row).getByText('Fristen er passert (00 t 01 min siden)')).toBeInTheDocument();
    expect(screen.getByText('1 hendelse har passert fristen.')).toBeInTheDocument();
  });
});

describe('a screen that redraws with the clock', () => {
  it('settles on a real clock, which gives a new time at every call', () => {
    function Minute() {
      return <p data-testid="minute">{useNow(60_000).toISOString().slice(0, 16)}</p>;
    }
    const services = makeServices(NOW, { now: () => new Date() });
    render(
      <ServicesProvider services={services}>
        <Minute />
        <Minute />
      </ServicesProvider>,
    );
    const shown = screen.getAllByTestId('minute').map((p) => p.textContent);
    expect(shown[0]).toBe(new Date().toISOString().slice(0, 16));
    expect(shown[1]).toBe(shown[0]);
  });
});
