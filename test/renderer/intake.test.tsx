import { beforeAll, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { load } from '../../renderer/src/app/screenLoaders';
import { makeServices, renderApp } from './harness';
import { getSettings } from '../../renderer/src/db/repository';
import { ownProfile } from '../../shared/incident/settings';
import { goToStep } from './incident/support';

// The intake and the incident are lazy chunks; transforming them the first time takes seconds under jsdom, which is
// the test environment's cost, not the app's. Load it once before the journeys time out.
beforeAll(async () => {
  await Promise.all([load.intake(), load.incident()]);
}, 60_000);

const NOW = new Date('2026-11-25T09:00:00Z'); // 10:00 in Oslo (CET)

// A journey saves, opens the incident at its step and goes back to the dashboard: time for a loaded machine.
vi.setConfig({ testTimeout: 20_000 });

async function openIntake() {
  const user = userEvent.setup();
  await user.click(screen.getAllByRole('link', { name: 'Ny hendelse' })[0]!);
  // The intake is its own chunk, fetched on first idle or on this click: wait for its heading.
  await screen.findByRole('heading', { level: 1, name: /Registrer ny hendelse|Record a new incident/ });
  // The form shows once its stored draft (if any) has been read.
  await screen.findByRole('button', { name: /Lagre og start fristen|Save and start the clock/ });
  return user;
}

describe('the security lead records an incident', () => {
  it('saves with a title and the awareness time, and the dashboard shows its countdown', async () => {
    const services = makeServices(NOW);
    renderApp(services);
    const user = await openIntake();

    await user.type(screen.getByLabelText('Hva har skjedd? (kort tittel)'), 'Kundeliste sendt til feil mottaker');
    const aware = screen.getByLabelText('Når fikk dere kjennskap til bruddet?');
    await user.clear(aware);
    await user.type(aware, '2026-11-25T08:30');
    await user.click(screen.getByRole('button', { name: 'Lagre og start fristen' }));

    expect(await screen.findByRole('status')).toHaveTextContent('AVV-2026-001');
    // Saving opens the incident; the dashboard is one click away.
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Kundeliste sendt til feil mottaker');
    await user.click(screen.getByRole('link', { name: 'Oversikt' }));
    const row = await screen.findByTestId('incident-row');
    expect(within(row).getByText('Kundeliste sendt til feil mottaker')).toBeInTheDocument();
    // Aware 08:30 CET on 25 Nov → deadline 08:30 CET on 28 Nov; 70.5 h left at 10:00.
    expect(row).toHaveTextContent('28.11.2026 08:30 CET');
    expect(row).toHaveTextContent('2 d 22 t 30 min igjen');

    const stored = await services.db.incidents.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.awareAt).toBe('2026-11-25T07:30:00.000Z');
    expect(await services.db.events.where('incidentId').equals(stored[0]!.id).count()).toBe(1);
  });

  it('refuses a missing title next to the field and saves nothing', async () => {
    const services = makeServices(NOW);
    renderApp(services);
    const user = await openIntake();

    await user.click(screen.getByRole('button', { name: 'Lagre og start fristen' }));

    const title = screen.getByLabelText('Hva har skjedd? (kort tittel)');
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription(expect.stringContaining('Skriv en kort tittel på hendelsen.'));
    expect(screen.getByRole('alert')).toHaveTextContent('Ingenting er lagret');
    expect(await services.db.incidents.count()).toBe(0);
  });

  it('refuses an awareness time in the future and saves nothing', async () => {
    const services = makeServices(NOW);
    renderApp(services);
    const user = await openIntake();

    await user.type(screen.getByLabelText('Hva har skjedd? (kort tittel)'), 'Tapt PC');
    const aware = screen.getByLabelText('Når fikk dere kjennskap til bruddet?');
    await user.clear(aware);
    await user.type(aware, '2026-11-26T08:30');
    await user.click(screen.getByRole('button', { name: 'Lagre og start fristen' }));

    expect(aware).toHaveAccessibleDescription(expect.stringContaining('kan ikke være fram i tid'));
    expect(await services.db.incidents.count()).toBe(0);
  });

  it('refuses an empty or unparseable awareness time', async () => {
    const services = makeServices(NOW);
    renderApp(services, 'en');
    const user = userEvent.setup();
    await user.click(screen.getAllByRole('link', { name: 'New incident' })[0]!);

    await user.type(await screen.findByLabelText('What happened? (short title)'), 'Lost laptop');
    const aware = screen.getByLabelText('When did you become aware of the breach?');
    await user.clear(aware);
    await user.click(screen.getByRole('button', { name: 'Save and start the clock' }));

    expect(aware).toHaveAccessibleDescription(expect.stringContaining('Say when you became aware'));
    expect(await services.db.incidents.count()).toBe(0);
  });
});

describe('the dashboard', () => {
  it('says the deadline has passed for an incident older than 72 hours', async () => {
    const services = makeServices(NOW);
    renderApp(services);
    const user = await openIntake();
    await user.type(screen.getByLabelText('Hva har skjedd? (kort tittel)'), 'Gammel hendelse');
    const aware = screen.getByLabelText('Når fikk dere kjennskap til bruddet?');
    await user.clear(aware);
    await user.type(aware, '2026-11-21T10:00');
    await user.click(screen.getByRole('button', { name: 'Lagre og start fristen' }));
    await screen.findByRole('status');
    await user.click(screen.getByRole('link', { name: 'Oversikt' }));

    const row = await screen.findByTestId('incident-row');
    expect(row).toHaveTextContent('Fristen er passert (1 d 00 t 00 min siden)');
    expect(within(row).getByText(/Fristen er passert/)).toHaveAttribute('data-state', 'overdue');
  });

  it('lists the most urgent incident first', async () => {
    const services = makeServices(NOW);
    renderApp(services, 'en');
    const user = userEvent.setup();
    for (const [title, aware] of [
      ['Recent', '2026-11-25T09:00'],
      ['Older', '2026-11-23T09:00'],
    ] as const) {
      await user.click(screen.getAllByRole('link', { name: 'New incident' })[0]!);
      await user.type(await screen.findByLabelText('What happened? (short title)'), title);
      const field = screen.getByLabelText('When did you become aware of the breach?');
      await user.clear(field);
      await user.type(field, aware);
      await user.click(screen.getByRole('button', { name: 'Save and start the clock' }));
      await screen.findByRole('heading', { level: 1, name: new RegExp(title) });
    }
    await user.click(screen.getByRole('link', { name: 'Dashboard' }));
    const rows = await screen.findAllByTestId('incident-row');
    // The title is the link in the second cell (the line under it says who changed it last).
    expect(rows.map((r) => within(within(r).getAllByRole('cell')[1]!).getByRole('link').textContent)).toEqual(['Older', 'Recent']);
    expect(rows[0]).toHaveTextContent('Under 24 hours left');
  });

  it('switches language and keeps the user on the same screen', async () => {
    const services = makeServices(NOW);
    renderApp(services);
    const user = await openIntake();
    await user.selectOptions(screen.getByLabelText('Språk'), 'en');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Record a new incident');
    expect(document.documentElement.lang).toBe('en');
    // Kept in the user's profile, the one place the language is kept; not in the browser's storage.
    await waitFor(async () => expect(ownProfile((await getSettings(services.db))!).language).toBe('en'));
    expect(localStorage.length).toBe(0);
  });
});

describe('the optional fields of the intake', () => {
  it('explains what "aware" means next to the field', async () => {
    renderApp(makeServices(NOW));
    await openIntake();
    expect(screen.getByLabelText('Når fikk dere kjennskap til bruddet?')).toHaveAccessibleDescription(
      expect.stringContaining('med rimelig grad av sikkerhet vet at personopplysninger er kompromittert. En kort undersøkelse'),
   );
  });

  it('saves role, when it happened, when detected and a description, and opens the incident', async () => {
    const services = makeServices(NOW);
    renderApp(services);
    const user = await openIntake();
    await user.type(screen.getByLabelText('Hva har skjedd? (kort tittel)'), 'Feil i kundeportal');
    const aware = screen.getByLabelText('Når fikk dere kjennskap til bruddet?');
    await user.clear(aware);
    await user.type(aware, '2026-11-25T08:30');
    await user.click(screen.getByRole('radio', { name: /Databehandler/ }));
    await user.type(screen.getByLabelText('Fra'), '2026-11-24T22:00');
    await user.type(screen.getByLabelText('Når ble hendelsen oppdaget?'), '2026-11-25T07:45');
    await user.click(screen.getByLabelText('Kort beskrivelse'));
    await user.paste('Kunder kunne se andres fakturaer.');
    await user.click(screen.getByRole('button', { name: 'Lagre og start fristen' }));

    expect(await screen.findByRole('heading', { level: 1, name: /Feil i kundeportal/ }, { timeout: 5000 })).toBeInTheDocument();
    // A processor's incident opens at the step that is next for it; the times are with the facts.
    await goToStep(/^Fakta/);
    const when = await screen.findByRole('region', { name: 'Tidspunkter og beskrivelse' });
    expect(when).toHaveTextContent('24.11.2026 22:00 CET – ikke kjent ennå');
    expect(when).toHaveTextContent('Kunder kunne se andres fakturaer.');
    const [stored] = await services.db.incidents.toArray();
    expect(stored).toMatchObject({
      role: 'processor',
      occurredFrom: '2026-11-24T21:00:00.000Z',
      occurredTo: null,
      discoveredAt: '2026-11-25T06:45:00.000Z',
      awareAt: '2026-11-25T07:30:00.000Z',
      description: { nb: 'Kunder kunne se andres fakturaer.', en: '' },
    });
    // Everything the intake was given is in the one event that creates the incident.
    const kinds = (await services.db.events.toArray()).sort((a, b) => a.seq - b.seq).map((e) => e.kind);
    expect(kinds).toEqual(['incident-created']);
  }, 20_000);

  it('refuses a breach that ends before it began, next to the field, and saves nothing', async () => {
    const services = makeServices(NOW);
    renderApp(services);
    const user = await openIntake();
    await user.type(screen.getByLabelText('Hva har skjedd? (kort tittel)'), 'Tapt PC');
    await user.type(screen.getByLabelText('Fra'), '2026-11-24T12:00');
    await user.type(screen.getByLabelText('Til'), '2026-11-24T10:00');
    await user.click(screen.getByRole('button', { name: 'Lagre og start fristen' }));

    const to = screen.getByLabelText('Til');
    expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(to).toHaveAccessibleDescription(expect.stringContaining('Bruddet kan ikke slutte før det begynte.'));
    expect(to).toHaveFocus();
    expect(await services.db.incidents.count()).toBe(0);
  });

  it('warns when detected after aware, but still saves', async () => {
    const services = makeServices(NOW);
    renderApp(services, 'en');
    const user = userEvent.setup();
    await user.click(screen.getAllByRole('link', { name: 'New incident' })[0]!);
    await user.type(await screen.findByLabelText('What happened? (short title)'), 'Tip from a journalist');
    const aware = screen.getByLabelText('When did you become aware of the breach?');
    await user.clear(aware);
    await user.type(aware, '2026-11-25T08:00');
    const detected = screen.getByLabelText('When was the incident detected?');
    await user.type(detected, '2026-11-25T09:00');
    expect(detected).toHaveAccessibleDescription(expect.stringContaining('Detected after you became aware of the breach?'));
    expect(detected).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Save and start the clock' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Tip from a journalist/ }, { timeout: 5000 })).toBeInTheDocument();
    expect(await services.db.incidents.count()).toBe(1);
  }, 20_000);
});
