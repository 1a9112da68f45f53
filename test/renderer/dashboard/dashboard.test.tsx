import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { unknownFacts } from '../../../shared/assessment';
import {
  assessIncident,
  recordDecision,
  recordNotification,
  saveSettings,
  updateFacts,
} from '../../../renderer/src/db/repository';
import { makeServices } from '../harness';
import { NOW, authorityNotice, ctx, openAt, seedIncident } from '../incident/support';

vi.setConfig({ testTimeout: 20_000 });

const rowOf = async (title: string) => {
  const rows = await screen.findAllByTestId('incident-row');
  const row = rows.find((r) => within(r).queryByText(title));
  if (!row) throw new Error(`no row for ${title}`);
  return row;
};

describe('the dashboard', () => {
  it('says "not assessed" and lists everything still to do for a fresh incident', async () => {
    const services = makeServices(NOW);
    await seedIncident(services, { title: 'Tapt minnepinne' });
    await openAt(services, { name: 'dashboard' });
    const row = await rowOf('Tapt minnepinne');
    expect(row).toHaveTextContent('ikke vurdert');
    // A status like the others, filled and neutral: nothing about it says "click me".
    const risk = within(row).getByText('ikke vurdert');
    expect(risk.tagName).toBe('SPAN');
    expect(risk).toHaveClass('ds-tag');
    expect(risk).toHaveAttribute('data-color', 'neutral');
    expect(risk).not.toHaveAttribute('data-variant', 'outline');
    expect(risk).not.toHaveAttribute('tabindex');
    expect(within(row).queryByRole('button', { name: 'ikke vurdert' })).toBeNull();
    const todo = within(within(row).getByRole('list'));
    expect(todo.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Vurder risikoen',
      'Ta beslutning om melding',
      'Meld til Datatilsynet',
      'Underrett de registrerte',
      'Lukk hendelsen',
    ]);
  });

  it('shows the stored risk and only what is left after the decision and the notice', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services, { title: 'Hacket e-postkonto' });
    await updateFacts(
      services.db,
      incident.id,
      {
        ...unknownFacts(),
        personalData: 'yes',
        confidentiality: 'yes',
        dataCategories: ['contact'],
        subjectCount: 30,
        recipient: 'untrusted',
        protection: 'none',
      },
      ctx(services),
    );
    await assessIncident(services.db, incident.id, ctx(services));
    const stored = (await services.db.incidents.get(incident.id))!;
    await recordDecision(
      services.db,
      incident.id,
      {
        notifyAuthority: true,
        notifySubjects: false,
        notifyController: false,
        subjectException: null,
        rationale: 'Risiko.',
        dpoConsulted: false,
      },
      ctx(services),
    );
    await recordNotification(
      services.db,
      incident.id,
      authorityNotice('2026-11-25T08:00:00.000Z'),
      ctx(services),
    );
    await openAt(services, { name: 'dashboard' }, 'en');
    const row = await rowOf('Hacket e-postkonto');
    expect(row).toHaveTextContent(
      { none: 'unlikely to result in a risk', risk: 'risk', high: 'high risk' }[
        stored.assessment!.result.risk as 'none' | 'risk' | 'high'
      ],
    );
    expect(
      within(row)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Close the incident']);
    expect(within(row).getByText('Notified in time')).toHaveAttribute('data-state', 'met');
  });

  it('updates a shown row when its incident changes: its to-do list, and its place by time left', async () => {
    const services = makeServices(NOW);
    await seedIncident(services, { title: 'Senere frist', awareAt: '2026-11-25T07:00:00.000Z' });
    const earlier = await seedIncident(services, { title: 'Tidligere frist', awareAt: '2026-11-24T07:00:00.000Z' });
    await openAt(services, { name: 'dashboard' });
    const titles = async () =>
      (await screen.findAllByTestId('incident-row')).map((r) => within(within(r).getAllByRole('cell')[1]!).getByRole('link').textContent);
    const todo = async (title: string) => within(await rowOf(title)).getAllByRole('listitem').map((li) => li.textContent);
    await waitFor(async () => expect(await titles()).toEqual(['Tidligere frist', 'Senere frist']));
    expect(await todo('Tidligere frist')).toEqual(['Vurder risikoen', 'Ta beslutning om melding', 'Meld til Datatilsynet', 'Underrett de registrerte', 'Lukk hendelsen']);

    // Datatilsynet is told while the dashboard is open: the row drops that item and, its deadline
    // met, goes after the one whose clock still runs.
    await recordNotification(
      services.db,
      earlier.id,
      authorityNotice('2026-11-25T08:30:00.000Z', 'AR7654321'),
      ctx(services),
    );
    await waitFor(async () => expect(await titles()).toEqual(['Senere frist', 'Tidligere frist']));
    expect(await todo('Tidligere frist')).toEqual(['Vurder risikoen', 'Ta beslutning om melding', 'Underrett de registrerte', 'Lukk hendelsen']);

    // Then the assessment and the decision (not to tell the people): their items go, and that duty.
    await assessIncident(services.db, earlier.id, ctx(services));
    await recordDecision(
      services.db,
      earlier.id,
      { notifyAuthority: true, notifySubjects: false, notifyController: false, subjectException: null, rationale: 'Risiko.', dpoConsulted: false },
      ctx(services),
    );
    await waitFor(async () => expect(await todo('Tidligere frist')).toEqual(['Lukk hendelsen']));
    expect(await todo('Senere frist')).toContain('Meld til Datatilsynet');
  });

  it('makes an overdue incident stand out in words as well as colour', async () => {
    const services = makeServices(NOW);
    await seedIncident(services, { title: 'Gammel sak', awareAt: '2026-11-21T09:00:00.000Z' });
    await seedIncident(services, { title: 'Ny sak', awareAt: '2026-11-25T08:00:00.000Z' });
    await openAt(services, { name: 'dashboard' });
    const row = await rowOf('Gammel sak');
    expect(row).toHaveAttribute('data-state', 'overdue');
    expect(row).toHaveClass('incident-row--overdue');
    expect(row).toHaveTextContent('Fristen er passert (1 d 00 t 00 min siden)');
    expect(screen.getByText('1 hendelse har passert fristen.')).toBeInTheDocument();
    expect(await rowOf('Ny sak')).toHaveAttribute('data-state', 'open');
  });

  it("counts a processor's deadline from the hours in settings, towards the controller, and sorts by it", async () => {
    const services = makeServices(NOW);
    await saveSettings(services.db, { processorDeadlineHours: 12 }, { now: NOW, newId: services.newId, actor: '' });
    // Controller aware 23 Nov 10:00 Oslo: deadline 26 Nov 10:00. Processor aware 25 Nov 06:00: deadline 25 Nov 18:00.
    await seedIncident(services, { title: 'Behandlingsansvarlig-sak', awareAt: '2026-11-23T09:00:00.000Z' });
    await seedIncident(services, {
      title: 'Databehandler-sak',
      awareAt: '2026-11-25T05:00:00.000Z',
      role: 'processor',
    });
    await openAt(services, { name: 'dashboard' });

    await waitFor(async () => {
      const rows = await screen.findAllByTestId('incident-row');
      expect(rows.map((r) => within(within(r).getAllByRole('cell')[1]!).getByRole('link').textContent)).toEqual([
        'Databehandler-sak',
        'Behandlingsansvarlig-sak',
      ]);
    });
    const processor = await rowOf('Databehandler-sak');
    expect(processor).toHaveTextContent('25.11.2026 18:00 CET');
    expect(processor).toHaveTextContent('Til behandlingsansvarlig');
    expect(processor).toHaveTextContent('Under 24 timer igjen: 08 t 00 min');
    expect(within(processor).getByText('Varsle den behandlingsansvarlige')).toBeInTheDocument();
  });

  it('opens the incident from its row', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services, { title: 'Feil konvolutt' });
    await openAt(services, { name: 'dashboard' });
    const user = userEvent.setup();
    const row = await rowOf('Feil konvolutt');
    const link = within(row).getByRole('link', { name: 'Feil konvolutt' });
    expect(link).toHaveAttribute('href', `#/incident/${incident.id}`);
    await user.click(link);
    expect(
      await screen.findByRole('heading', { level: 1, name: new RegExp(incident.ref) }),
    ).toBeInTheDocument();
  });

  it('counts every open incident for screen readers but puts only those in view in the page', async () => {
    const services = makeServices(NOW);
    for (let i = 0; i < 40; i++)
      await seedIncident(services, { title: `Sak ${i}`, awareAt: new Date(NOW.getTime() - (i + 1) * 60_000).toISOString() });
    await openAt(services, { name: 'dashboard' });
    const table = await screen.findByRole('table', { name: 'Åpne hendelser' });
    await waitFor(() => expect(table).toHaveAttribute('aria-rowcount', '41'));
    const rows = within(table).getAllByTestId('incident-row');
    expect(rows.length).toBeLessThan(40);
    expect(rows.map((r) => r.getAttribute('aria-rowindex'))).toEqual(rows.map((_, i) => String(i + 2)));
    // The least time left first: the one aware longest ago.
    expect(rows[0]).toHaveTextContent('Sak 39');
  });
});
