import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { unknownFacts } from '../../../shared/assessment';
import { assessIncident, recordMeasure, updateFacts } from '../../../renderer/src/db/repository';
import { makeServices } from '../harness';
import { NOW, ctx, openIncident, section, seedIncident } from './support';

// The incident screen is large for jsdom; give a loaded machine time.
vi.setConfig({ testTimeout: 20_000 });

describe('the history of the incident', () => {
  it('lists each event with its time in the zone, who did it and what, newest first', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await updateFacts(
      services.db,
      incident.id,
      { ...unknownFacts(), personalData: 'yes', subjectCount: 12 },
      ctx(services),
    );
    await assessIncident(services.db, incident.id, ctx(services));
    await recordMeasure(
      services.db,
      incident.id,
      { kind: 'containment', text: 'Passord byttet.', doneAt: null },
      ctx(services),
    );
    await openIncident(services, incident, 'nb', 'history');

    const history = section('history');
    const items = await history.findAllByRole('listitem');
    expect(items.map((item) => item.getAttribute('data-kind'))).toEqual([
      'measure-recorded',
      'assessed',
      'facts-changed',
      'incident-created',
    ]);
    expect(items[2]).toHaveTextContent('Fakta endret: personopplysninger berørt, antall personer.');
    expect(items[3]).toHaveTextContent('25.11.2026 10:00 CET');
    expect(items[3]).toHaveTextContent('av Test User');
    expect(items[3]).toHaveTextContent(`Hendelsen ble registrert som ${incident.ref}.`);
    expect(items[0]).toHaveTextContent('Passord byttet.');
    expect(
      await history.findByText(/Historikken er uendret: 4 hendelser er kontrollert/),
    ).toBeInTheDocument();
  });

  it('says so, loudly, when an event was altered after it was recorded', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await updateFacts(services.db, incident.id, { ...unknownFacts(), personalData: 'no' }, ctx(services));
    const [, second] = await services.db.events.where('incidentId').equals(incident.id).sortBy('seq');
    await services.db.events.update(second!.id, { actor: 'Someone Else' });

    await openIncident(services, incident, 'en', 'history');
    const alert = await within(screen.getByTestId('history')).findByRole('alert');
    expect(alert).toHaveTextContent('The history does not verify: its content was changed at event no. 2.');
  });
});
