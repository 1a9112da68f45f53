import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { shortcutFor } from '../../../renderer/src/app/keys';
import { useShortcuts } from '../../../renderer/src/state/shortcuts';
import { useUi } from '../../../renderer/src/state/ui';
import { makeServices, renderApp } from '../harness';
import { NOW, formsReady, openIncident, seedIncident } from '../incident/support';

vi.setConfig({ testTimeout: 20_000 });

// jsdom has no <dialog> methods; the browser's own are exercised by the e2e run.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.open = false;
  this.dispatchEvent(new Event('close'));
};

afterEach(() => act(() => useShortcuts.setState({ helpOpen: false, nextStep: null })));

const press = (key: string, target: EventTarget | null = document.body, mods: Partial<KeyboardEvent> = {}) =>
  shortcutFor({ key, target, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('which key does what', () => {
  it('knows the plain keys outside fields, and Ctrl/Cmd+S anywhere', () => {
    expect(press('n')).toBe('new-incident');
    expect(press('/')).toBe('search');
    expect(press('g')).toBe('next-step');
    expect(press('?')).toBe('help');
    expect(press('x')).toBeNull();
    const field = document.createElement('input');
    const area = document.createElement('textarea');
    expect(press('n', field)).toBeNull();
    expect(press('?', area)).toBeNull();
    expect(press('s', field, { ctrlKey: true })).toBe('save');
    expect(press('S', area, { metaKey: true })).toBe('save');
    expect(press('n', document.body, { ctrlKey: true })).toBeNull(); // the browser's own
    const box = document.createElement('input');
    box.type = 'checkbox';
    expect(press('g', box)).toBe('next-step'); // a checkbox takes no letters
  });
});

describe('the shortcuts in the app', () => {
  it('N opens a new incident, but not while typing; ? lists the shortcuts in a dialog', async () => {
    renderApp(makeServices(NOW), 'en');
    const user = userEvent.setup();
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    const rows = within(dialog).getAllByRole('row').slice(1).map((row) => row.textContent);
    expect(rows).toEqual([
      'NRecord a new incident',
      '/Search the register',
      'Ctrl+S or ⌘+SSave the form you are in',
      "GGo to the incident's next step",
      '?Show this list',
    ]);
    // While the list is open, it takes the keys.
    await user.keyboard('n');
    expect(useUi.getState().route).toEqual({ name: 'dashboard' });
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.keyboard('n');
    const title = await screen.findByLabelText('What happened? (short title)');
    expect(useUi.getState().route).toEqual({ name: 'new-incident' });
    await user.type(title, 'n/g?');
    expect(title).toHaveValue('n/g?');
    expect(useUi.getState().route).toEqual({ name: 'new-incident' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('/ moves to the register and puts the cursor in its search', async () => {
    const services = makeServices(NOW);
    await seedIncident(services); // an empty register has nothing to search
    renderApp(services, 'en');
    await userEvent.setup().keyboard('/');
    const search = await screen.findByRole('searchbox', { name: 'Search reference and title' });
    await waitFor(() => expect(search).toHaveFocus());
    expect(useUi.getState().route).toEqual({ name: 'register' });
  });

  it('G goes to the next step of the incident on screen; Ctrl+S saves the form the cursor is in', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await openIncident(services, incident, 'en', 'close');
    const user = userEvent.setup();
    await user.keyboard('g');
    await waitFor(() => expect(useUi.getState().route).toEqual({ name: 'incident', id: incident.id, page: 'facts' }));

    await user.click(screen.getByRole('link', { name: /^Assessment and decision/ }));
    await formsReady();
    await user.type(screen.getByLabelText('Reasoning'), 'Notify while we find out more.');
    await user.keyboard('{Control>}s{/Control}');
    expect(await screen.findByText(/^Decision recorded/)).toBeInTheDocument();
    expect((await services.db.incidents.get(incident.id))!.decision).toMatchObject({ rationale: { en: 'Notify while we find out more.' } });
  });
});
