import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { WhatHappenedSection } from '../../../renderer/src/features/incident/record/WhatHappenedSection';
import { makeServices } from '../harness';
import { NOW, seedIncident } from './support';
import { changedTo, detailsEvents, renderSection, stored } from './record-support';

vi.setConfig({ testTimeout: 20_000 });

const form = () => within(screen.getByTestId('record-what'));

describe('"What happened" on the incident screen', () => {
  it('saves every answer of the group with one button, as one details-changed event', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await renderSection(services, incident, WhatHappenedSection);
    const user = userEvent.setup();
    expect(await form().findByText('0 av 7 spørsmål besvart.')).toBeInTheDocument();

    await user.type(form().getByLabelText('Hvordan oppstod bruddet?'), 'PC-en ble stjålet fra en bil.');
    await user.type(form().getByLabelText('Hva var hovedårsaken, med egne ord?'), 'PC-en lå synlig i bilen.');
    const types = within(form().getByRole('group', { name: 'Hva slags hendelse var det?' }));
    await user.click(
      types.getByRole('checkbox', { name: 'Mistet eller stjålet PC, telefon eller minnepinne' }),
    );
    await user.click(types.getByRole('checkbox', { name: 'Uautorisert tilgang' }));
    await user.selectOptions(
      form().getByLabelText('Hvordan ble bruddet oppdaget?'),
      'En ansatt la merke til det',
    );
    await user.type(
      form().getByLabelText('Mer om hvordan det ble oppdaget'),
      'Eieren meldte fra samme kveld.',
    );
    await user.type(form().getByLabelText(/Hvilke systemer/), 'Visma HR{enter}{enter}  Bærbar PC  ');
    await user.type(form().getByLabelText('Hvor er opplysningene nå?'), 'Ukjent: PC-en er ikke funnet.');
    await user.click(form().getByRole('button', { name: 'Lagre svarene om hva som skjedde' }));

    expect(await form().findByText('Svarene er lagret.')).toBeInTheDocument();
    const events = await detailsEvents(services, incident.id);
    expect(events).toHaveLength(1);
    expect(changedTo(events[0]!)).toEqual({
      howItHappened: { nb: 'PC-en ble stjålet fra en bil.', en: '' },
      mainCause: { nb: 'PC-en lå synlig i bilen.', en: '' },
      // In the vocabulary's order, whatever order they were ticked in.
      incidentTypes: ['unauthorised-access', 'device-lost-stolen'],
      detectionMethod: 'staff',
      detectionDetail: { nb: 'Eieren meldte fra samme kveld.', en: '' },
      systems: ['Visma HR', 'Bærbar PC'],
      dataLocation: { nb: 'Ukjent: PC-en er ikke funnet.', en: '' },
    });
    expect(await form().findByText('7 av 7 spørsmål besvart.')).toBeInTheDocument();

    // Saving again without a change records nothing.
    await user.click(form().getByRole('button', { name: 'Lagre svarene om hva som skjedde' }));
    expect(await detailsEvents(services, incident.id)).toHaveLength(1);
  });

  it('refuses a text over the record’s limit next to the field, and keeps what was saved', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await renderSection(services, incident, WhatHappenedSection);
    const user = userEvent.setup();
    await user.type(form().getByLabelText('Hva var hovedårsaken, med egne ord?'), 'Feil mottaker.');
    await user.click(form().getByRole('button', { name: 'Lagre svarene om hva som skjedde' }));
    await form().findByText('Svarene er lagret.');
    const before = await stored(services, incident.id);

    fireEvent.change(form().getByLabelText('Hvordan oppstod bruddet?'), {
      target: { value: 'x'.repeat(20_001) },
    });
    fireEvent.change(form().getByLabelText('Hva var hovedårsaken, med egne ord?'), {
      target: { value: 'Noe annet.' },
    });
    fireEvent.change(form().getByLabelText(/Hvilke systemer/), {
      target: { value: `CRM\n${'s'.repeat(201)}` },
    });
    await user.click(form().getByRole('button', { name: 'Lagre svarene om hva som skjedde' }));

    expect(form().getByLabelText('Hvordan oppstod bruddet?')).toHaveAccessibleDescription(
      expect.stringContaining('For langt: høyst 20000 tegn (nå 20001).'),
    );
    expect(form().getByLabelText(/Hvilke systemer/)).toHaveAccessibleDescription(
      expect.stringContaining('er for langt: høyst 200 tegn.'),
    );
    expect(form().getByRole('alert')).toHaveTextContent('Ikke lagret: rett det som er merket ved feltene.');
    expect(await detailsEvents(services, incident.id)).toHaveLength(1);
    expect(await stored(services, incident.id)).toEqual(before);
  });

  it('writes the English version when the user works in English, and offers the Norwegian one', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await renderSection(services, incident, WhatHappenedSection, 'en');
    const user = userEvent.setup();

    await user.type(
      form().getByLabelText('How did the breach come about?'),
      'The laptop was stolen from a car.',
    );
    const how = form().getByLabelText('How did the breach come about?').closest('.bilingual') as HTMLElement;
    await user.click(within(how).getByRole('button', { name: 'Also write it in Norwegian bokmål' }));
    await user.type(
      form().getByLabelText('How did the breach come about? (in Norwegian bokmål)'),
      'PC-en ble stjålet fra en bil.',
    );
    await user.click(form().getByRole('button', { name: 'Save the answers about what happened' }));

    await form().findByText('The answers are saved.');
    const [event] = await detailsEvents(services, incident.id);
    expect(changedTo(event!)).toEqual({
      howItHappened: { nb: 'PC-en ble stjålet fra en bil.', en: 'The laptop was stolen from a car.' },
    });
  });
});
