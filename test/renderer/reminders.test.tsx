import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { createIncident, recordNotification } from '../../renderer/src/db/repository';
import { useReminderBanner } from '../../renderer/src/features/reminders/reminders';
import { makeServices, renderApp } from './harness';
import { authorityNotice } from '../support/notices';

const NOW = new Date('2026-11-25T09:00:00Z');

afterEach(() => {
  delete (globalThis as Record<string, unknown>).avvik;
  useReminderBanner.setState({ active: [] });
});

function fakeBridge() {
  const notify = vi.fn(async () => ({ ok: true as const }));
  (globalThis as Record<string, unknown>).avvik = {
    notify,
    setLanguage: vi.fn(async () => ({ ok: true })),
    onOpenIncident: () => () => {},
  };
  return notify;
}

describe('deadline reminders in the app', () => {
  it('tells the user in the app and through the OS when under an hour is left, and not again after a restart', async () => {
    const notify = fakeBridge();
    const services = makeServices(NOW);
    // Aware 71.5 h before NOW: half an hour left.
    await createIncident(
      services.db,
      { title: 'Hacket e-postkonto', awareAt: '2026-11-22T09:30:00.000Z', role: 'controller' },
      { now: NOW, actor: 'Test', newId: services.newId },
    );

    const first = renderApp(services);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Under 1 time til fristen for å melde AVV-2026-001 til Datatilsynet');
    expect(alert).toHaveTextContent('25.11.2026 10:30 CET');
    await waitFor(() => expect(notify).toHaveBeenCalledTimes(1));
    expect(notify).toHaveBeenCalledWith(
      expect.objectContaining({ title: expect.stringContaining('Under 1 time'), incidentId: expect.any(String) }),
    );

    first.unmount();
    useReminderBanner.setState({ active: [] });
    renderApp(services);
    await screen.findByTestId('incident-row');
    await new Promise((r) => setTimeout(r, 50));
    expect(notify).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('takes the reminder away once Datatilsynet has been notified', async () => {
    fakeBridge();
    const services = makeServices(NOW);
    const incident = await createIncident(
      services.db,
      { title: 'Hacket e-postkonto', awareAt: '2026-11-22T09:30:00.000Z', role: 'controller' },
      { now: NOW, actor: 'Test', newId: services.newId },
    );
    renderApp(services);
    expect(await screen.findByRole('alert')).toHaveTextContent('Under 1 time til fristen for å melde AVV-2026-001');
    await recordNotification(
      services.db,
      incident.id,
      authorityNotice(NOW.toISOString(), 'AR123456'),
      { now: NOW, actor: 'Test', newId: services.newId },
    );
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('says nothing while more than 24 hours are left', async () => {
    const notify = fakeBridge();
    const services = makeServices(NOW);
    await createIncident(
      services.db,
      { title: 'Ny hendelse', awareAt: '2026-11-25T08:00:00.000Z', role: 'controller' },
      { now: NOW, actor: 'Test', newId: services.newId },
    );
    renderApp(services);
    await screen.findByTestId('incident-row');
    await new Promise((r) => setTimeout(r, 50));
    expect(notify).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it("reminds a processor of its own limit to tell the controller, not of Datatilsynet's 72 hours", async () => {
    const notify = fakeBridge();
    const services = makeServices(NOW);
    // A processor aware 23.5 h ago: the default 24-hour limit to tell the controller is 30 min away.
    await createIncident(
      services.db,
      { title: 'Feil i lønnssystemet hos leverandør', awareAt: '2026-11-24T09:30:00.000Z', role: 'processor' },
      { now: NOW, actor: 'Test', newId: services.newId },
    );
    renderApp(services);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Under 1 time til fristen for å melde AVV-2026-001 til den behandlingsansvarlige');
    await waitFor(() => expect(notify).toHaveBeenCalledTimes(1));
  });
});

