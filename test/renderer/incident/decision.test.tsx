import { describe, expect, it, vi } from 'vitest';
import { waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { unknownFacts } from '../../../shared/assessment';
import { updateFacts } from '../../../renderer/src/db/repository';
import { makeServices } from '../harness';
import { NOW, ctx, eventKinds, goToStep, openIncident, question, section, seedIncident, todoList } from './support';

// The incident screen is large for jsdom; give a loaded machine time.
vi.setConfig({ testTimeout: 20_000 });

describe('the decision on notification', () => {
  it("starts from Avvik's conclusion and refuses to record without reasoning", async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await openIncident(services, incident, 'nb', 'decision');
    const user = userEvent.setup();
    const decision = section('decision');

    // All facts unknown: the cautious conclusion is to notify both.
    expect(decision.getByRole('checkbox', { name: 'Melde bruddet til Datatilsynet' })).toBeChecked();
    expect(decision.getByRole('checkbox', { name: 'Underrette de registrerte' })).toBeChecked();

    await user.click(decision.getByRole('button', { name: 'Registrer beslutningen' }));
    const rationale = decision.getByLabelText('Begrunnelse');
    expect(rationale).toHaveAttribute('aria-invalid', 'true');
    expect(rationale).toHaveAccessibleDescription(
      expect.stringContaining('Skriv begrunnelsen for beslutningen.'),
    );
    expect((await services.db.incidents.get(incident.id))!.decision).toBeNull();
  });

  it('records the decision with an Art. 34(3) exception, assessing first so both are on record', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await openIncident(services, incident, 'nb', 'decision');
    const user = userEvent.setup();
    const decision = section('decision');

    await user.click(decision.getByRole('checkbox', { name: 'Underrette de registrerte' }));
    expect(decision.getByText(/Beslutningen avviker fra Avviks konklusjon/)).toBeInTheDocument();
    await user.selectOptions(
      decision.getByLabelText(/Unntak som gjør at de registrerte ikke underrettes/),
      'subsequent-measures',
    );
    await user.type(
      decision.getByLabelText('Begrunnelse'),
      'Kontoene ble sperret før noen rakk å bruke dem.',
    );
    await user.click(decision.getByRole('checkbox', { name: 'Personvernombudet er rådført' }));
    await user.click(decision.getByRole('button', { name: 'Registrer beslutningen' }));

    expect(
      await decision.findByText('Beslutning registrert 25.11.2026 10:00 CET av Test User:'),
    ).toBeInTheDocument();
    const stored = (await services.db.incidents.get(incident.id))!;
    expect(stored.decision).toMatchObject({
      notifyAuthority: true,
      notifySubjects: false,
      subjectException: 'subsequent-measures',
      rationale: { nb: 'Kontoene ble sperret før noen rakk å bruke dem.', en: '' },
      dpoConsulted: true,
    });
    expect(await eventKinds(services, incident.id)).toEqual([
      'incident-created',
      'assessed',
      'decision-recorded',
    ]);
    expect((await todoList()).queryByText('Ta beslutning om melding')).not.toBeInTheDocument();
  });

  it('says the assessment changed and asks for a new decision when facts change after it', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await openIncident(services, incident, 'en', 'decision');
    const user = userEvent.setup();
    const decision = section('decision');
    await user.type(decision.getByLabelText('Reasoning'), 'Notify while we find out more.');
    await user.click(decision.getByRole('button', { name: 'Record the decision' }));
    await decision.findByText(/^Decision recorded/);
    expect(decision.queryByTestId('decision-stale')).not.toBeInTheDocument();

    await goToStep(/^Facts/);
    await user.click(question('Have there been signs of misuse?').getByRole('radio', { name: 'No' }));
    await waitFor(async () => expect((await services.db.incidents.get(incident.id))!.facts.misuseObserved).toBe('no'));

    await goToStep(/^Assessment and decision/);
    expect(await section('decision').findByTestId('decision-stale')).toHaveTextContent(
      'The assessment changed after the decision was recorded. Review the assessment and make a new decision.',
    );
    const todo = await todoList();
    expect(todo.getByText('Decide again (the assessment changed)')).toBeInTheDocument();
    expect(todo.getByText('Assess again (facts changed)')).toBeInTheDocument();
  });

  it('a processor decides whether to tell its controller', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services, { role: 'processor' });
    await updateFacts(
      services.db,
      incident.id,
      { ...unknownFacts('processor'), personalData: 'yes' },
      ctx(services),
    );
    await openIncident(services, incident, 'en', 'decision');
    const decision = section('decision');
    expect(decision.getByRole('checkbox', { name: 'Tell the controller' })).toBeChecked();
    expect(
      decision.queryByRole('checkbox', { name: 'Notify Datatilsynet of the breach' }),
    ).not.toBeInTheDocument();
    await waitFor(() =>
      expect(section('conclusions').getByText(/Tell the controller without undue delay/)).toBeInTheDocument(),
    );
  });
});
