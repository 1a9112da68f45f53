import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { recordDecision } from '../../../renderer/src/db/repository';
import { makeServices } from '../harness';
import { NOW, ctx, eventKinds, goToStep, openIncident, section, seedIncident } from './support';

// The incident screen is large for jsdom; give a loaded machine time.
vi.setConfig({ testTimeout: 20_000 });

describe('measures and containment', () => {
  it('records a containment measure done at a time, and marks the breach contained', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await openIncident(services, incident, 'nb', 'measures');
    const user = userEvent.setup();
    const measures = section('measures');

    await user.click(measures.getByRole('button', { name: 'Registrer tiltaket' }));
    expect(measures.getByLabelText('Hva ble gjort eller skal gjøres?')).toHaveAccessibleDescription(
      expect.stringContaining('Skriv hva tiltaket er.'),
    );

    await user.type(
      measures.getByLabelText('Hva ble gjort eller skal gjøres?'),
      'Mottakeren har bekreftet sletting.',
    );
    await user.type(measures.getByLabelText('Gjennomført'), '2026-11-25T09:15');
    await user.click(measures.getByRole('button', { name: 'Registrer tiltaket' }));
    const item = await measures.findByRole('listitem');
    expect(item).toHaveTextContent(
      'Begrensning: stoppe bruddet (gjennomført 25.11.2026 09:15 CET)Mottakeren har bekreftet sletting.',
    );
    expect(measures.getByLabelText('Hva ble gjort eller skal gjøres?')).toHaveValue('');

    await user.click(measures.getByRole('button', { name: 'Marker bruddet som under kontroll' }));
    expect(await screen.findByText('Status: Under kontroll')).toBeInTheDocument();
    expect(await eventKinds(services, incident.id)).toEqual([
      'incident-created',
      'measure-recorded',
      'status-changed',
    ]);
  });
});

describe('closing the incident', () => {
  it('asks for the decision first (Art. 33(5)) and saves nothing', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await openIncident(services, incident, 'en', 'close');
    const user = userEvent.setup();
    const close = section('close');
    expect(
      close.getByText(/Still marked as not done: Assess the risk; Decide on notification/),
    ).toBeInTheDocument();
    await user.type(close.getByLabelText('Summary'), 'Done.');
    await user.click(close.getByRole('button', { name: 'Close the incident' }));
    expect(close.getByLabelText('Summary')).toHaveAccessibleDescription(
      expect.stringContaining('Record the decision on notification before closing'),
    );
    expect((await services.db.incidents.get(incident.id))!.status).toBe('investigating');
  });

  it('closes with a summary; the record is then read-only and leaves the dashboard', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await recordDecision(
      services.db,
      incident.id,
      {
        notifyAuthority: false,
        notifySubjects: false,
        notifyController: false,
        subjectException: null,
        rationale: 'Ingen personopplysninger.',
        dpoConsulted: true,
      },
      ctx(services),
    );
    await openIncident(services, incident, 'nb', 'close');
    const user = userEvent.setup();
    const close = section('close');
    await user.type(
      close.getByLabelText('Oppsummering'),
      'Falsk alarm: ingen personopplysninger var berørt.',
    );
    await user.click(close.getByRole('button', { name: 'Lukk hendelsen' }));

    expect(await screen.findByText('Hendelsen er lukket og kan ikke endres.')).toBeInTheDocument();
    expect(
      section('close').getByText('Falsk alarm: ingen personopplysninger var berørt.'),
    ).toBeInTheDocument();
    await goToStep(/^Fakta/);
    expect(await screen.findByRole('group', { name: 'Er personopplysninger berørt?' })).toBeDisabled();
    await goToStep(/^Vurdering og beslutning/);
    expect(screen.queryByRole('button', { name: 'Registrer beslutningen' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Oversikt' }));
    await waitFor(() => expect(screen.getByText(/Ingen åpne hendelser/)).toBeInTheDocument());
  });
});
