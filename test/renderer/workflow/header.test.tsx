import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { makeServices } from '../harness';
import { NOW, openIncident, seedIncident } from '../incident/support';

vi.setConfig({ testTimeout: 20_000 });

// The header of every incident page: the next duty, how long is left and how pressing that is, in
// words beside the colour, and the deadline in Oslo time with its zone. NOW is 25 Nov 09:00 UTC.

async function headerFor(awareAt: string, lang: 'nb' | 'en' = 'en') {
  const services = makeServices(NOW);
  const incident = await seedIncident(services, { awareAt });
  await openIncident(services, incident, lang);
  return screen.getByTestId('next-duty');
}

describe('the header of an incident', () => {
  it('is calm with more than 24 hours left, and gives the deadline in Oslo time with its zone', async () => {
    const duty = await headerFor('2026-11-24T09:00:00.000Z'); // deadline 27 Nov 09:00 UTC: 48 h left
    expect(duty).toHaveAttribute('data-urgency', 'calm');
    expect(duty).toHaveTextContent('More than 24 hours left');
    expect(duty).toHaveTextContent('Next: Notify Datatilsynet');
    expect(duty).toHaveTextContent('Deadline 27/11/2026 10:00 CET');
    expect(duty).toHaveTextContent('2 d 00 h 00 min left');
  });

  it('warns under 24 hours', async () => {
    const duty = await headerFor('2026-11-22T19:00:00.000Z'); // 10 h left
    expect(duty).toHaveAttribute('data-urgency', 'warning');
    expect(duty).toHaveTextContent('Under 24 hours left');
  });

  it('is urgent under 6 hours, and says so in bokmål too', async () => {
    const duty = await headerFor('2026-11-22T12:00:00.000Z', 'nb'); // 3 h left
    expect(duty).toHaveAttribute('data-urgency', 'danger');
    expect(duty).toHaveTextContent('Haster: under 6 timer igjen');
    expect(duty).toHaveTextContent('Frist 25.11.2026 13:00 CET');
  });

  it('says the deadline has passed, and by how much', async () => {
    const duty = await headerFor('2026-11-21T09:00:00.000Z'); // 24 h past
    expect(duty).toHaveAttribute('data-urgency', 'danger');
    expect(duty).toHaveTextContent('Deadline passed');
    expect(duty).toHaveTextContent('1 d 00 h 00 min past the deadline');
  });

  it('names the incident and its risk, and marks the next step among the steps', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await openIncident(services, incident, 'en');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(`${incident.ref} Lønnsliste sendt til feil mottaker`);
    const steps = within(screen.getByRole('navigation', { name: `Steps for ${incident.ref}` }));
    const links = steps.getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      '1Facts (next)',
      '2Assessment and decision (to do)',
      '3Datatilsynet (to do)',
      '4The people affected (to do)',
      '5Measures (to do)',
      '6Close (to do)',
    ]);
    // Opened without a step, the incident shows the next one, and the address names it.
    expect(links[0]).toHaveAttribute('aria-current', 'step');
    expect(location.hash).toBe(`#/incident/${incident.id}/facts`);
  });
});
