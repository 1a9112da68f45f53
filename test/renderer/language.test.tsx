import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { getSettings, saveProfile } from '../../renderer/src/db/repository';
import { useUi } from '../../renderer/src/state/ui';
import { makeServices, renderApp } from './harness';
import './register/timeouts';

// One source for the UI language: the user's profile. Before the record is open, and until the
// profile says, bokmål.

const NOW = new Date('2026-11-25T09:00:00Z');

describe('the language of the profile', { timeout: 30_000 }, () => {
  it('is shown once the record is open, whatever the system says', async () => {
    const services = makeServices(NOW);
    await saveProfile(services.db, { name: 'Ingrid', language: 'en' }, { now: NOW, newId: services.newId, actor: '' });
    renderApp(services, 'nb');
    expect(await screen.findByRole('heading', { level: 1, name: 'Open incidents' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });

  it('follows a change made elsewhere (another window, or Settings)', async () => {
    const services = makeServices(NOW);
    renderApp(services, 'nb');
    await screen.findByRole('heading', { level: 1, name: 'Åpne hendelser' });
    await saveProfile(services.db, { language: 'en' }, { now: NOW, newId: services.newId, actor: '' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Open incidents' })).toBeInTheDocument();
  });

  it('keeps a choice made before the record opened only for the session, not in the browser storage', async () => {
    useUi.setState({ saveLang: null });
    useUi.getState().chooseLang('en');
    expect(useUi.getState().lang).toBe('en');
    expect(localStorage.length).toBe(0);
  });

  it('saves a choice made in the menu in the profile', async () => {
    const services = makeServices(NOW);
    renderApp(services, 'nb');
    await screen.findByRole('heading', { level: 1, name: 'Åpne hendelser' });
    await waitFor(() => expect(useUi.getState().saveLang).not.toBeNull());
    useUi.getState().chooseLang('en');
    await waitFor(async () => expect((await getSettings(services.db))?.profiles[(await getSettings(services.db))!.installationId]?.language).toBe('en'));
  });
});
