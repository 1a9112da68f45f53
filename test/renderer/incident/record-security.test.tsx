import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SecuritySection } from '../../../renderer/src/features/incident/record/SecuritySection';
import { makeServices } from '../harness';
import { NOW, seedIncident } from './support';
import { changedTo, detailsEvents, renderSection, stored } from './record-support';

vi.setConfig({ testTimeout: 20_000 });

const form = () => within(screen.getByTestId('record-security'));

describe('"Security and consequences" on the incident screen', () => {
  it('saves the measures in place and the likely consequences in English, as one event', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await renderSection(services, incident, SecuritySection, 'en');
    const user = userEvent.setup();
    const measures = within(
      form().getByRole('group', { name: 'Which security measures were in place when the breach happened?' }),
    );

    await user.click(measures.getByRole('checkbox', { name: 'Multi-factor sign-in' }));
    await user.click(measures.getByRole('checkbox', { name: 'Access control' }));
    await user.type(form().getByLabelText('More about the measures in place'), 'The disk was not encrypted.');
    await user.type(
      form().getByLabelText('What are the likely consequences for the people affected?'),
      'Identity theft is possible.',
    );
    await user.click(
      form().getByRole('button', { name: 'Save the answers about security and consequences' }),
    );

    expect(await form().findByText('The answers are saved.')).toBeInTheDocument();
    const events = await detailsEvents(services, incident.id);
    expect(events).toHaveLength(1);
    expect(changedTo(events[0]!)).toEqual({
      measuresInPlace: ['access-control', 'mfa'],
      measuresInPlaceDetail: { nb: '', en: 'The disk was not encrypted.' },
      consequences: { nb: '', en: 'Identity theft is possible.' },
    });
    expect(form().getByText('3 of 3 questions answered.')).toBeInTheDocument();
  });

  it('refuses consequences over the limit and leaves the saved measures as they were', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await renderSection(services, incident, SecuritySection);
    const user = userEvent.setup();
    const measures = within(
      form().getByRole('group', { name: 'Hvilke sikkerhetstiltak var på plass da bruddet skjedde?' }),
    );
    await user.click(measures.getByRole('checkbox', { name: 'Kryptering' }));
    await user.click(form().getByRole('button', { name: 'Lagre svarene om sikkerhet og konsekvenser' }));
    await form().findByText('Svarene er lagret.');
    const before = await stored(services, incident.id);

    await user.click(measures.getByRole('checkbox', { name: 'Kryptering' }));
    const consequences = form().getByLabelText(
      'Hvilke konsekvenser kan bruddet sannsynligvis få for de registrerte?',
    );
    fireEvent.change(consequences, { target: { value: 'k'.repeat(25_000) } });
    await user.click(form().getByRole('button', { name: 'Lagre svarene om sikkerhet og konsekvenser' }));

    expect(consequences).toHaveAccessibleDescription(
      expect.stringContaining('For langt: høyst 20000 tegn (nå 25000).'),
    );
    expect(await detailsEvents(services, incident.id)).toHaveLength(1);
    expect((await stored(services, incident.id)).measuresInPlace).toEqual(['encryption']);
    expect(await stored(services, incident.id)).toEqual(before);
  });
});
