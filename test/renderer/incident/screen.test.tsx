import { describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useUi } from '../../../renderer/src/state/ui';
import { makeServices } from '../harness';
import { NOW, openAt, openIncident, seedIncident } from './support';

// The incident screen is large for jsdom; give a loaded machine time.
vi.setConfig({ testTimeout: 20_000 });

describe('the incident screen', () => {
  it('says when there is no such incident and offers the way back', async () => {
    const services = makeServices(NOW);
    await openAt(services, { name: 'incident', id: 'no-such-id' });
    expect(await screen.findByRole('heading', { name: /Fant ikke hendelsen/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tilbake til oversikten' })).toHaveAttribute('href', '#/');
  });

  it("links to this incident's notification, letters, timeline and history", async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await openIncident(services, incident);
    const nav = screen.getByRole('navigation', { name: 'Dokumenter for denne hendelsen' });
    const links = within(nav);
    expect(links.getAllByRole('link')).toHaveLength(4);
    expect(links.getByRole('link', { name: 'Melding til Datatilsynet' })).toHaveAttribute(
      'href',
      `#/incident/${incident.id}/notification`,
    );
    expect(links.getByRole('link', { name: 'Brev til de registrerte' })).toHaveAttribute(
      'href',
      `#/incident/${incident.id}/letters`,
    );
    expect(links.getByRole('link', { name: 'Tidslinje' })).toHaveAttribute(
      'href',
      `#/incident/${incident.id}/timeline`,
    );
    expect(links.getByRole('link', { name: 'Historikk' })).toHaveAttribute('href', `#/incident/${incident.id}/history`);
  });

  it('shows occurred, detected and aware apart, "not known yet" where empty', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await openIncident(services, incident);
    const when = screen.getByRole('region', { name: 'Tidspunkter og beskrivelse' });
    expect(when).toHaveTextContent('Bruddet skjeddeikke kjent ennå');
    expect(when).toHaveTextContent('Klar over bruddet (fristen løper fra)24.11.2026 10:00 CET');
  });

  it('switching language keeps the user on the incident, answers and all', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await openIncident(services, incident, 'nb', 'decision');
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('Begrunnelse'));
    await user.paste('Utkast til begrunnelse');
    await user.selectOptions(screen.getByLabelText('Språk'), 'en');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(incident.ref);
    expect(screen.getByRole('heading', { name: 'Assessment' })).toBeInTheDocument();
    // Written in bokmål, it stays the bokmål text, now beside an empty English one.
    expect(screen.getByLabelText('Reasoning (in Norwegian bokmål)')).toHaveValue('Utkast til begrunnelse');
    expect(useUi.getState().route).toEqual({ name: 'incident', id: incident.id, page: 'decision' });
    act(() => useUi.getState().setLang('nb'));
  });
});
