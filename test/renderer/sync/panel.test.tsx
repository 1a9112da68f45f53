import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeServices, renderApp } from '../harness';
import { useUi } from '../../../renderer/src/state/ui';
import { translate } from '../../../shared/i18n';

// Settings → sharing in the team, without a server: what is typed is checked at each field, in the
// user's words, and nothing is kept or sent until it holds.

const NOW = new Date('2026-11-25T09:00:00Z');
const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('nb', key, params);

afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.unstubAllGlobals();
});

async function openPanel() {
  renderApp(makeServices(NOW));
  act(() => useUi.setState({ route: { name: 'settings' } }));
  return within(await screen.findByRole('region', { name: t('sync.title') }, { timeout: 10_000 }));
}

describe('the team sync panel', () => {
  it('says what is wrong at each field and keeps nothing, sends nothing', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const panel = await openPanel();
    const user = userEvent.setup();
    await user.type(panel.getByLabelText(t('sync.server')), 'http://couch.example.no');
    await user.click(panel.getByRole('button', { name: t('sync.connect') }));
    expect(await panel.findByText(t('sync.error.not-https'))).toBeTruthy();
    expect(panel.getByText(t('sync.error.user'))).toBeTruthy();
    expect(panel.getByText(t('sync.error.secret'))).toBeTruthy();
    await user.clear(panel.getByLabelText(t('sync.server')));
    await user.type(panel.getByLabelText(t('sync.server')), 'https://kari:pw@couch.example.no');
    await user.click(panel.getByRole('button', { name: t('sync.test') }));
    expect(await panel.findByText(t('sync.error.has-credentials'))).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
    expect(Object.keys(localStorage).filter((key) => key.startsWith('avvik.sync'))).toEqual([]);
  });

  it('with a token instead of a password asks for no user name', async () => {
    const panel = await openPanel();
    const user = userEvent.setup();
    await user.click(panel.getByRole('radio', { name: t('sync.auth.jwt') }));
    expect(panel.queryByLabelText(t('sync.user'))).toBeNull();
    expect(panel.getByLabelText(t('sync.token'))).toBeTruthy();
  });
});
