import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeServices } from '../harness';
import { NOW, eventKinds, openIncident, question, section, seedIncident } from './support';

// The incident screen is large for jsdom; give a loaded machine time.
vi.setConfig({ testTimeout: 20_000 });

describe('the DPO answers the facts', () => {
  it('shows every yes/no question as "not known yet" for a new incident', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await openIncident(services, incident);

    for (const legend of [
      'Er personopplysninger berørt?',
      'Har noen uten rett sett eller fått tak i opplysningene?',
      'Er det sett tegn på misbruk?',
    ]) {
      expect(question(legend).getByRole('radio', { name: 'Ikke kjent ennå' })).toBeChecked();
    }
    expect(screen.getByLabelText('Omtrent hvor mange personer er berørt?')).toHaveValue('');
  });

  it('saves each answer as a chained event and the assessment follows at once', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await openIncident(services, incident);
    const user = userEvent.setup();
    expect(
      section('conclusions').getByText(/Det er ikke avklart om personopplysninger er kompromittert/),
    ).toBeInTheDocument();

    await user.click(question('Er personopplysninger berørt?').getByRole('radio', { name: 'Nei' }));

    expect(
      await section('conclusions').findByText(/dette er ikke et brudd på personopplysningssikkerheten/),
    ).toBeInTheDocument();
    await waitFor(async () =>
      expect((await services.db.incidents.get(incident.id))!.facts.personalData).toBe('no'),
    );
    expect(await eventKinds(services, incident.id)).toEqual(['incident-created', 'facts-changed']);
  });

  it('saves a number when the field is left, and refuses one that is not a number', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await openIncident(services, incident);
    const user = userEvent.setup();
    const people = screen.getByLabelText('Omtrent hvor mange personer er berørt?');

    await user.type(people, 'mange');
    await user.tab();
    expect(people).toHaveAttribute('aria-invalid', 'true');
    expect(people).toHaveAccessibleDescription(expect.stringContaining('Skriv et helt tall'));

    await user.clear(people);
    await user.type(people, '1200');
    await user.tab();
    await waitFor(async () =>
      expect((await services.db.incidents.get(incident.id))!.facts.subjectCount).toBe(1200),
    );
    expect(people).not.toHaveAttribute('aria-invalid');

    await user.clear(people);
    await user.tab();
    await waitFor(async () =>
      expect((await services.db.incidents.get(incident.id))!.facts.subjectCount).toBeNull(),
    );
  });

  it('stores ticked kinds of data in the vocabulary, whatever the order of ticking', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await openIncident(services, incident, 'en');
    const user = userEvent.setup();
    const kinds = question('Which kinds of personal data are affected?');

    await user.click(kinds.getByRole('checkbox', { name: 'Health data' }));
    await user.click(kinds.getByRole('checkbox', { name: 'National identity number' }));
    await waitFor(async () =>
      expect((await services.db.incidents.get(incident.id))!.facts.dataCategories).toEqual([
        'national-id',
        'health',
      ]),
    );
  });

  it('changing the role to processor turns the deadline into the one towards the controller', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await openIncident(services, incident, 'en');
    const user = userEvent.setup();

    await user.selectOptions(screen.getByLabelText('What is our role in the processing?'), 'processor');

    expect(
      await section('deadline').findByText(/Deadline to tell the controller \(internal limit of 24 hours/),
    ).toBeInTheDocument();
    // Aware 24 Nov 10:00 Oslo + 24 h.
    expect(section('deadline').getByText('Deadline: 25/11/2026 10:00 CET')).toBeInTheDocument();
    await waitFor(async () => expect((await services.db.incidents.get(incident.id))!.role).toBe('processor'));
  });
});
