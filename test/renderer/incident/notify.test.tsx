import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeServices } from '../harness';
import { NOW, eventKinds, openIncident, section, seedIncident, todoList } from './support';

// The incident screen is large for jsdom; give a loaded machine time.
vi.setConfig({ testTimeout: 20_000 });

async function fillSentAt(
  user: ReturnType<typeof userEvent.setup>,
  form: ReturnType<typeof section>,
  value: string,
) {
  const sentAt = form.getByLabelText('Sendt');
  await user.clear(sentAt);
  await user.type(sentAt, value);
}

describe('recording that Datatilsynet was notified', () => {
  it('within the 72 hours: the Altinn reference and phase are recorded and the deadline is met', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services); // aware 24 Nov 10:00 Oslo
    await openIncident(services, incident, 'nb', 'report');
    const user = userEvent.setup();
    const form = section('authority-notice');

    expect(form.queryByLabelText('Årsak til at meldingen kommer etter fristen')).not.toBeInTheDocument();
    await fillSentAt(user, form, '2026-11-25T09:30');
    await user.type(form.getByLabelText('Altinn-referanse'), 'ar 123456789');
    // Art. 33(4): with facts still unknown, a phased notice is what is suggested.
    expect(form.getByRole('checkbox', { name: /Meldingen er trinnvis/ })).toBeChecked();
    await user.click(form.getByRole('button', { name: 'Registrer som meldt til Datatilsynet' }));

    expect(
      await form.findByText('Første melding sendt 25.11.2026 09:30 CET via Altinn, referanse AR123456789'),
    ).toBeInTheDocument();
    const [notice] = await services.db.notifications.toArray();
    expect(notice).toMatchObject({
      recipient: 'authority',
      phase: 'initial',
      phased: true,
      reference: 'AR123456789',
      sentAt: '2026-11-25T08:30:00.000Z',
    });
    expect(await eventKinds(services, incident.id)).toEqual(['incident-created', 'authority-notified']);
    await waitFor(() => expect(section('deadline').getByText('Meldt innen fristen')).toBeInTheDocument());
    const todo = await todoList();
    expect(todo.queryByText('Meld til Datatilsynet')).not.toBeInTheDocument();
    expect(todo.getByText('Send endelig melding til Datatilsynet')).toBeInTheDocument();
  });

  it('refuses a reference that is not an Altinn reference, and a time in the future', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await openIncident(services, incident, 'nb', 'report');
    const user = userEvent.setup();
    const form = section('authority-notice');

    await fillSentAt(user, form, '2026-11-26T09:30');
    await user.type(form.getByLabelText('Altinn-referanse'), '12345');
    await user.click(form.getByRole('button', { name: 'Registrer som meldt til Datatilsynet' }));

    expect(form.getByLabelText('Altinn-referanse')).toHaveAccessibleDescription(
      expect.stringContaining('begynner med AR'),
    );
    expect(form.getByLabelText('Sendt')).toHaveAccessibleDescription(
      expect.stringContaining('kan ikke være fram i tid'),
    );
    expect(await services.db.notifications.count()).toBe(0);
  });

  it('past the deadline: the reason for the delay is required and recorded before the notice (Art. 33(1))', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services, { awareAt: '2026-11-20T09:00:00.000Z' });
    await openIncident(services, incident, 'en', 'report');
    const user = userEvent.setup();
    const form = section('authority-notice');

    await user.type(form.getByLabelText('Altinn reference'), 'AR998877');
    const reason = form.getByLabelText('Reason the notice comes after the deadline');
    expect(reason).toHaveAccessibleDescription(
      expect.stringContaining('GDPR Art. 33(1) requires the reasons for the delay'),
    );
    await user.click(form.getByRole('button', { name: 'Record as notified to Datatilsynet' }));
    expect(reason).toHaveAccessibleDescription(
      expect.stringContaining('The notice is late: write the reasons for the delay.'),
    );
    expect(await services.db.notifications.count()).toBe(0);

    await user.type(reason, 'The scope was only clear after the supplier replied.');
    await user.click(form.getByRole('button', { name: 'Record as notified to Datatilsynet' }));

    expect(
      await form.findByText(/^Initial notice sent 25\/11\/2026 10:00 CET by Altinn, reference AR998877, after the deadline$/),
    ).toBeInTheDocument();
    const stored = (await services.db.incidents.get(incident.id))!;
    expect(stored.delayReason).toEqual({ nb: '', en: 'The scope was only clear after the supplier replied.' });
    expect(await eventKinds(services, incident.id)).toEqual([
      'incident-created',
      'delay-explained',
      'authority-notified',
    ]);
    await waitFor(() => expect(section('deadline').getByText('Notified late')).toBeInTheDocument());
  });
});

describe('recording the other notices', () => {
  it('letters sent to the data subjects, with how many', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await openIncident(services, incident, 'nb', 'people');
    const user = userEvent.setup();
    const form = section('letters-notice');
    await fillSentAt(user, form, '2026-11-25T08:00');
    await user.type(form.getByLabelText('Hvor mange personer ble underrettet?'), '240');
    await user.click(form.getByRole('button', { name: 'Registrer at de registrerte er underrettet' }));

    expect(
      await form.findByText('Underrettet 25.11.2026 08:00 CET via Brev, 240 personer'),
    ).toBeInTheDocument();
    expect(await eventKinds(services, incident.id)).toEqual(['incident-created', 'subjects-notified']);
    expect((await todoList()).queryByText('Underrett de registrerte')).not.toBeInTheDocument();
  });

  it('a processor records that it told its controller, and the deadline towards the controller is met', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services, { role: 'processor', awareAt: '2026-11-25T07:00:00.000Z' });
    await openIncident(services, incident, 'en', 'report');
    const user = userEvent.setup();
    expect(screen.queryByTestId('authority-notice')).not.toBeInTheDocument();
    const form = section('controller-notice');

    await user.click(form.getByRole('button', { name: 'Record the controller as told' }));
    expect(form.getByLabelText('Controller (the customer)')).toHaveAccessibleDescription(
      expect.stringContaining("Write the controller's name."),
    );

    await user.type(form.getByLabelText('Controller (the customer)'), 'Kommune AS');
    await user.click(form.getByRole('button', { name: 'Record the controller as told' }));
    expect(await form.findByText('Initial notice sent 25/11/2026 10:00 CET by E-mail, to Kommune AS')).toBeInTheDocument();
    await waitFor(() => expect(section('deadline').getByText('Notified in time')).toBeInTheDocument());
  });
});

describe('putting a wrong notice record right, without editing the history', () => {
  async function recorded() {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await openIncident(services, incident, 'nb', 'report');
    const user = userEvent.setup();
    const form = section('authority-notice');
    await fillSentAt(user, form, '2026-11-25T09:30');
    await user.type(form.getByLabelText('Altinn-referanse'), 'AR111111');
    await user.click(form.getByRole('button', { name: 'Registrer som meldt til Datatilsynet' }));
    await form.findByText(/referanse AR111111/);
    return { services, incident, user, form };
  }

  it('a wrong time and reference are corrected by a correcting event that gives the reason', async () => {
    const { services, incident, user, form } = await recorded();
    await user.click(form.getByRole('button', { name: 'Rett registreringen' }));
    const sentAt = form.getAllByLabelText('Sendt')[0]!;
    await user.clear(sentAt);
    await user.type(sentAt, '2026-11-25T08:15');
    const reference = form.getAllByLabelText('Altinn-referanse')[0]!;
    await user.clear(reference);
    await user.type(reference, 'AR222222');
    await user.click(form.getByRole('button', { name: 'Lagre rettelsen' }));
    expect(form.getByLabelText('Hvorfor?')).toHaveAccessibleDescription(expect.stringContaining('Skriv hvorfor.'));
    await user.type(form.getByLabelText('Hvorfor?'), 'Feil klokkeslett fra kvitteringen.');
    await user.click(form.getByRole('button', { name: 'Lagre rettelsen' }));

    expect(await form.findByText('Første melding sendt 25.11.2026 08:15 CET via Altinn, referanse AR222222')).toBeInTheDocument();
    expect(form.getByText(/Rettet .*: Feil klokkeslett fra kvitteringen\./)).toBeInTheDocument();
    const [notice] = await services.db.notifications.toArray();
    expect(notice).toMatchObject({ sentAt: '2026-11-25T07:15:00.000Z', reference: 'AR222222', correction: { reason: 'Feil klokkeslett fra kvitteringen.' } });
    expect(await eventKinds(services, incident.id)).toEqual(['incident-created', 'authority-notified', 'notice-corrected']);
  });

  it('a correction is checked by the same rules: not before awareness', async () => {
    const { services, user, form } = await recorded();
    await user.click(form.getByRole('button', { name: 'Rett registreringen' }));
    const sentAt = form.getAllByLabelText('Sendt')[0]!;
    await user.clear(sentAt);
    await user.type(sentAt, '2026-11-20T08:15');
    await user.type(form.getByLabelText('Hvorfor?'), 'Prøver');
    await user.click(form.getByRole('button', { name: 'Lagre rettelsen' }));
    expect(sentAt).toHaveAccessibleDescription(expect.stringContaining('kan ikke være før dere ble klar over bruddet'));
    expect((await services.db.notifications.toArray())[0]).toMatchObject({ sentAt: '2026-11-25T08:30:00.000Z', correction: null });
  });

  it('a notice recorded by mistake is withdrawn: it no longer counts as sent, and the history keeps why', async () => {
    const { services, incident, user, form } = await recorded();
    await user.click(form.getByRole('button', { name: 'Feilregistrert – trekk tilbake' }));
    await user.type(form.getByLabelText('Hvorfor?'), 'Registrert på feil hendelse.');
    await user.click(form.getByRole('button', { name: 'Trekk tilbake' }));
    expect(await form.findByText('Ikke meldt ennå.')).toBeInTheDocument();
    expect(await services.db.notifications.count()).toBe(0);
    expect(await eventKinds(services, incident.id)).toEqual(['incident-created', 'authority-notified', 'notice-retracted']);
    expect(await (await todoList()).findByText('Meld til Datatilsynet')).toBeInTheDocument();
  });
});
