import { describe, expect, it, vi } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeServices, renderApp } from '../harness';
import { NOW, formsReady, openIncident, section, seedIncident } from '../incident/support';

vi.setConfig({ testTimeout: 20_000 });

// What is typed and not saved survives a reload: the app is unmounted and opened again on the same
// database, as a reload or a crash does, and the form comes back with the text in it.

async function openIntake() {
  const user = userEvent.setup();
  await user.click(screen.getAllByRole('link', { name: 'Ny hendelse' })[0]!);
  return { user, title: await screen.findByLabelText('Hva har skjedd? (kort tittel)') };
}

describe('drafts kept on this machine', () => {
  it('brings back a half-filled intake after a reload, and forgets it once saved', async () => {
    const services = makeServices(NOW);
    renderApp(services);
    const first = await openIntake();
    await first.user.type(first.title, 'Minnepinne mistet på toget');
    expect(await screen.findByText('Utkastet er lagret på denne maskinen.')).toBeInTheDocument();
    expect(await services.db.drafts.count()).toBe(1);
    expect(await services.db.events.count()).toBe(0); // a draft is not the record

    cleanup(); // the reload
    renderApp(services);
    const again = await openIntake();
    expect(again.title).toHaveValue('Minnepinne mistet på toget');
    expect(screen.getByTestId('draft-restored')).toHaveTextContent('Utkast gjenopprettet fra 25.11.2026 10:00 CET');

    const aware = screen.getByLabelText('Når fikk dere kjennskap til bruddet?');
    await again.user.clear(aware);
    await again.user.type(aware, '2026-11-25T08:30');
    await again.user.click(screen.getByRole('button', { name: 'Lagre og start fristen' }));
    await screen.findByRole('heading', { level: 1, name: /Minnepinne mistet på toget/ });
    await vi.waitFor(async () => expect(await services.db.drafts.count()).toBe(0));
  });

  it('throws a restored draft away when asked, and the form is empty again', async () => {
    const services = makeServices(NOW);
    renderApp(services);
    const first = await openIntake();
    await first.user.type(first.title, 'Feil vedlegg');
    await screen.findByText('Utkastet er lagret på denne maskinen.');
    cleanup();
    renderApp(services);
    const again = await openIntake();
    await again.user.click(screen.getByRole('button', { name: 'Forkast utkastet' }));
    expect(screen.getByLabelText('Hva har skjedd? (kort tittel)')).toHaveValue('');
    expect(screen.queryByTestId('draft-restored')).not.toBeInTheDocument();
    await vi.waitFor(async () => expect(await services.db.drafts.count()).toBe(0));
  });

  it('brings back the reasoning of a decision not yet recorded', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await openIncident(services, incident, 'nb', 'decision');
    const user = userEvent.setup();
    await user.type(section('decision').getByLabelText('Begrunnelse'), 'Vi melder mens vi finner ut mer.');
    await section('decision').findByText('Utkastet er lagret på denne maskinen.');

    cleanup();
    await openIncident(services, incident, 'nb', 'decision');
    await formsReady();
    expect(section('decision').getByLabelText('Begrunnelse')).toHaveValue('Vi melder mens vi finner ut mer.');
    expect(screen.getByTestId('draft-restored')).toBeInTheDocument();
    expect((await services.db.incidents.get(incident.id))!.decision).toBeNull();

    await user.click(section('decision').getByRole('button', { name: 'Registrer beslutningen' }));
    await section('decision').findByText(/^Beslutning registrert/);
    await vi.waitFor(async () => expect(await services.db.drafts.count()).toBe(0));
  });
});
