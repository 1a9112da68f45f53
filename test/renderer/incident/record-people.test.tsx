import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { updateFacts } from '../../../renderer/src/db/repository';
import { PeopleSection } from '../../../renderer/src/features/incident/record/PeopleSection';
import { makeServices } from '../harness';
import { NOW, ctx, seedIncident } from './support';
import { changedTo, detailsEvents, renderSection, stored } from './record-support';

vi.setConfig({ testTimeout: 20_000 });

const form = () => within(screen.getByTestId('record-people'));
const group = (name: string) => within(form().getByRole('group', { name }));

describe('"The people and the data" on the incident screen', () => {
  it('saves the categories, the relationship and how exact the numbers are, as one event', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await updateFacts(
      services.db,
      incident.id,
      { ...incident.facts, subjectCount: 1200, recordCount: null },
      ctx(services),
    );
    await renderSection(services, incident, PeopleSection);
    const user = userEvent.setup();

    // The numbers stay where the facts have them; the precision is asked beside them.
    const people = form().getByRole('group', {
      name: 'Er antallet registrerte nøyaktig eller et anslag?',
    });
    expect(people).toHaveAccessibleDescription('Antallet under Fakta: 1\u00a0200.');
    expect(
      form().getByRole('group', { name: 'Er antallet berørte poster nøyaktig eller et anslag?' }),
    ).toHaveAccessibleDescription('Antallet er ikke oppgitt under Fakta ennå.');

    await user.click(group('Hvem er de registrerte?').getByRole('checkbox', { name: 'Ansatte' }));
    await user.click(group('Hvem er de registrerte?').getByRole('checkbox', { name: 'Jobbsøkere' }));
    await user.type(
      form().getByLabelText('Hvilken relasjon har virksomheten til dem?'),
      'Våre ansatte og søkere.',
    );
    await user.click(within(people).getByRole('radio', { name: 'Nøyaktig' }));
    await user.click(
      group('Er antallet berørte poster nøyaktig eller et anslag?').getByRole('radio', {
        name: 'Kan ikke fastslås',
      }),
    );
    await user.click(form().getByRole('button', { name: 'Lagre svarene om de registrerte' }));

    expect(await form().findByText('Svarene er lagret.')).toBeInTheDocument();
    const events = await detailsEvents(services, incident.id);
    expect(events).toHaveLength(1);
    expect(changedTo(events[0]!)).toEqual({
      subjectCategories: ['employees', 'job-applicants'],
      relationship: { nb: 'Våre ansatte og søkere.', en: '' },
      subjectCountPrecision: 'exact',
      recordCountPrecision: 'undeterminable',
    });
    // The number itself is a fact and stays one.
    expect((await stored(services, incident.id)).facts.subjectCount).toBe(1200);
  });

  it('refuses an English version over the limit next to it, and saves nothing', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await renderSection(services, incident, PeopleSection, 'en');
    const user = userEvent.setup();
    const before = await stored(services, incident.id);

    await user.click(group('Who are the people affected?').getByRole('checkbox', { name: 'Patients' }));
    await user.click(form().getByRole('button', { name: 'Also write it in Norwegian bokmål' }));
    fireEvent.change(
      form().getByLabelText('What is your organisation’s relationship to them? (in Norwegian bokmål)'),
      {
        target: { value: 'ø'.repeat(20_001) },
      },
    );
    await user.click(form().getByRole('button', { name: 'Save the answers about the people' }));

    expect(
      form().getByLabelText('What is your organisation’s relationship to them? (in Norwegian bokmål)'),
    ).toHaveAccessibleDescription('Too long: at most 20000 characters (now 20001).');
    expect(form().getByRole('alert')).toHaveTextContent(
      'Not saved: correct what is marked next to the fields.',
    );
    expect(await detailsEvents(services, incident.id)).toEqual([]);
    expect(await stored(services, incident.id)).toEqual(before);
  });
});
