import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from '@testing-library/react';
import { useUi } from '../../renderer/src/state/ui';
import { makeServices, renderApp } from './harness';

afterEach(() => {
  delete (globalThis as Record<string, unknown>).avvik;
});

describe('the app inside the desktop shell', () => {
  it('opens the incident when the user clicks its OS reminder', async () => {
    let open: ((id: string) => void) | undefined;
    const unsubscribe = vi.fn();
    (globalThis as Record<string, unknown>).avvik = {
      notify: vi.fn(async () => ({ ok: true })),
      setLanguage: vi.fn(async () => ({ ok: true })),
      onOpenIncident: (cb: (id: string) => void) => {
        open = cb;
        return unsubscribe;
      },
    };
    const view = renderApp(makeServices(new Date('2026-11-25T09:00:00Z')));
    expect(open).toBeDefined();
    act(() => open!('incident-42'));
    expect(useUi.getState().route).toEqual({ name: 'incident', id: 'incident-42' });
    expect(location.hash).toBe('#/incident/incident-42');
    view.unmount();
    expect(unsubscribe).toHaveBeenCalled();
  });

  it('tells the shell the UI language so its menus follow', async () => {
    const setLanguage = vi.fn(async () => ({ ok: true }));
    (globalThis as Record<string, unknown>).avvik = { setLanguage, onOpenIncident: () => () => {}, notify: vi.fn() };
    renderApp(makeServices(new Date('2026-11-25T09:00:00Z')), 'en');
    expect(setLanguage).toHaveBeenCalledWith('en');
  });
});
