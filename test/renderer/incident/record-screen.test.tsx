import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { closeIncident, recordDecision, updateDetails } from '../../../renderer/src/db/repository';
import { makeServices } from '../harness';
import { NOW, ctx, openIncident, section, seedIncident } from './support';
import { changedTo, detailsEvents } from './record-support';

// The incident screen is large for jsdom; give a loaded machine time.
vi.setConfig({ testTimeout: 30_000 });

// Datatilsynet's form, group by group, on the step that reports to it; the account for the people
// on theirs.
const REPORT_GROUPS = ['record-what', 'record-people', 'record-security', 'record-others', 'record-attachments'];

describe('the record’s question groups on the incident screen', () => {
  it('shows every group, each with its own heading, in English too', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await openIncident(services, incident, 'en', 'report');
    for (const testId of REPORT_GROUPS)
      expect(section(testId).getAllByRole('heading', { level: 2 })).toHaveLength(1);
    expect(
      screen.getByRole('heading', { level: 2, name: 'Others involved and other authorities' }),
    ).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('link', { name: /^The people affected/ }));
    expect(await screen.findByRole('heading', { level: 2, name: 'For the people affected' })).toBeInTheDocument();
    expect(section('record-plain').getAllByRole('heading', { level: 2 })).toHaveLength(1);
  });

  it('folds Datatilsynet’s groups to a line each saying what is answered and what is not known yet, and opens one from it', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await updateDetails(services.db, incident.id, { mainCause: { nb: 'PC-en lå synlig i bilen.', en: '' } }, ctx(services));
    await openIncident(services, incident, 'nb', 'report');
    const details = (testId: string) => screen.getByTestId(testId).querySelector('details')!;
    for (const testId of REPORT_GROUPS) expect(details(testId).open).toBe(false);
    const what = section('record-what');
    const summary = what.getByText('1 av 7 spørsmål besvart.').closest('summary')!;
    expect(summary).toHaveTextContent('Hva som skjedde');
    expect(summary).toHaveTextContent('6 står som «ikke kjent ennå».');
    expect(section('record-attachments').getByText('Ingen vedlegg ennå.').closest('summary')).not.toBeNull();

    const user = userEvent.setup();
    await user.click(summary);
    expect(details('record-what').open).toBe(true);
    expect(details('record-people').open).toBe(false);
    expect(what.getByLabelText('Hva var hovedårsaken, med egne ord?')).toHaveValue('PC-en lå synlig i bilen.');
  });

  it('saves the account for the people affected in the user’s language', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await openIncident(services, incident, 'en', 'people');
    const user = userEvent.setup();
    const plain = section('record-plain');
    await user.type(
      plain.getByLabelText('What happened, explained for the people affected'),
      'A laptop was stolen.',
    );
    await user.click(plain.getByRole('button', { name: /Save/ }));

    await plain.findByText(/saved/);
    const events = await detailsEvents(services, incident.id);
    expect(events).toHaveLength(1);
    expect(changedTo(events[0]!)).toEqual({ plainWhatHappened: { nb: '', en: 'A laptop was stolen.' } });
  });

  it('shows a closed incident’s answers read-only, with nothing to save', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await updateDetails(services.db, incident.id, { mainCause: 'Feil mottaker valgt.' }, ctx(services));
    await recordDecision(
      services.db,
      incident.id,
      {
        notifyAuthority: false,
        notifySubjects: false,
        notifyController: false,
        subjectException: null,
        rationale: 'Lav risiko.',
        dpoConsulted: true,
      },
      ctx(services),
    );
    await closeIncident(services.db, incident.id, 'Ferdig.', ctx(services));
    await openIncident(services, incident, 'nb', 'report');

    const what = section('record-what');
    expect(what.getByLabelText('Hva var hovedårsaken, med egne ord?')).toHaveValue('Feil mottaker valgt.');
    expect(what.getByLabelText('Hva var hovedårsaken, med egne ord?')).toBeDisabled();
    for (const testId of ['record-what', 'record-people', 'record-security', 'record-others'])
      expect(within(screen.getByTestId(testId)).queryByRole('button', { name: /^Lagre/ })).toBeNull();
    expect(
      section('record-attachments').queryByRole('button', { name: 'Velg en fil og legg den ved' }),
    ).toBeNull();
  });
});
