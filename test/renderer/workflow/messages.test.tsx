import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useUi } from '../../../renderer/src/state/ui';
import { makeServices, renderApp } from '../harness';
import { NOW } from '../incident/support';

vi.setConfig({ testTimeout: 20_000 });

// A message belongs to the page and the moment it speaks of: it does not follow the user to another
// page, and it does not outlive a switch of language.

afterEach(() => act(() => useUi.getState().setLang('nb')));

const incident = (page?: 'facts' | 'decision') => ({ name: 'incident', id: 'i1', ...(page && { page }) }) as const;

describe('messages', () => {
  it('stay on their page, come along when the page takes a more precise address, and go elsewhere', () => {
    const ui = useUi.getState();
    act(() => ui.navigate(incident()));
    act(() => ui.setFlash({ key: 'intake.saved', params: { ref: 'AVV-2026-001' } }));
    // The incident opens at its next step: same page, a more precise address.
    act(() => useUi.getState().redirect(incident('facts'), incident()));
    expect(useUi.getState().flash).toMatchObject({ key: 'intake.saved', page: '#/incident/i1/facts' });
    act(() => useUi.getState().navigate(incident('facts')));
    expect(useUi.getState().flash).not.toBeNull();
    act(() => useUi.getState().navigate(incident('decision')));
    expect(useUi.getState().flash).toBeNull();
  });

  it('an incident that finishes opening after the user has left it does not pull them back', () => {
    act(() => useUi.getState().navigate(incident()));
    act(() => useUi.getState().navigate({ name: 'dashboard' }));
    act(() => useUi.getState().redirect(incident('decision'), incident()));
    expect(useUi.getState().route).toEqual({ name: 'dashboard' });
    expect(location.hash).toBe('#/');
  });

  it('may be left for the page the user is about to open', () => {
    act(() => useUi.getState().navigate({ name: 'new-incident' }));
    act(() => useUi.getState().setFlash({ key: 'intake.saved', params: { ref: 'AVV-2026-001' } }, incident()));
    expect(useUi.getState().flash).toMatchObject({ page: '#/incident/i1' });
    act(() => useUi.getState().navigate(incident()));
    expect(useUi.getState().flash).not.toBeNull();
  });

  it('are gone after a language switch, and after leaving the page, on screen', async () => {
    const services = makeServices(NOW);
    renderApp(services);
    const user = userEvent.setup();
    await user.click(screen.getAllByRole('link', { name: 'Ny hendelse' })[0]!);
    await user.type(await screen.findByLabelText('Hva har skjedd? (kort tittel)'), 'Tapt telefon');
    const aware = screen.getByLabelText('Når fikk dere kjennskap til bruddet?');
    await user.clear(aware);
    await user.type(aware, '2026-11-25T08:30');
    await user.click(screen.getByRole('button', { name: 'Lagre og start fristen' }));
    expect(await screen.findByRole('status')).toHaveTextContent('AVV-2026-001');

    await user.selectOptions(screen.getByLabelText('Språk'), 'en');
    await screen.findByRole('heading', { level: 1, name: /Tapt telefon/ });
    expect(screen.queryByText('Hendelsen AVV-2026-001 er registrert.')).not.toBeInTheDocument();
    expect(screen.queryByText('Incident AVV-2026-001 recorded.')).not.toBeInTheDocument();
    expect(useUi.getState().flash).toBeNull();
  });

  it('do not follow the user to another page', async () => {
    const services = makeServices(NOW);
    renderApp(services);
    act(() => useUi.getState().setFlash({ key: 'intake.saved', params: { ref: 'AVV-2026-009' } }));
    expect(await screen.findByRole('status')).toHaveTextContent('AVV-2026-009');
    await userEvent.setup().click(screen.getAllByRole('link', { name: 'Avviksprotokoll' })[0]!);
    expect(screen.queryByText(/AVV-2026-009/)).not.toBeInTheDocument();
    // The register's screen is fetched lazily: the test ends once it is there, not while it loads.
    expect(await screen.findByRole('heading', { level: 1, name: 'Avviksprotokoll' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByText(/AVV-2026-009/)).not.toBeInTheDocument();
  });
});
