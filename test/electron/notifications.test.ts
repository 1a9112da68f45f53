import { describe, expect, it, vi } from 'vitest';
import { createNotifier, type NotificationLike } from '../../electron/notifications';

function setUp(supported = true) {
  const shown: {
    options: { title: string; body: string };
    listeners: Map<string, () => void>;
    show: ReturnType<typeof vi.fn>;
  }[] = [];
  const deps = {
    isSupported: () => supported,
    create: vi.fn((options: { title: string; body: string }): NotificationLike => {
      const listeners = new Map<string, () => void>();
      const notification = { options, listeners, show: vi.fn() };
      shown.push(notification);
      return {
        on: (event: string, listener: () => void) => listeners.set(event, listener),
        show: notification.show,
      };
    }),
    revealWindow: vi.fn(),
    openIncident: vi.fn(),
  };
  return { deps, shown, notify: createNotifier(deps) };
}

describe('a deadline reminder', () => {
  it('is shown as an OS notification with its title and text', () => {
    const { notify, shown } = setUp();
    expect(notify({ title: 'Frist om 1 time', body: 'AVV-2026-007' })).toEqual({ ok: true });
    expect(shown[0]!.options).toEqual({ title: 'Frist om 1 time', body: 'AVV-2026-007' });
    expect(shown[0]!.show).toHaveBeenCalled();
  });

  it('brings the window back and opens its incident when clicked', () => {
    const { notify, shown, deps } = setUp();
    notify({ title: 'Fristen er passert', body: 'AVV-2026-007', incidentId: 'AVV-2026-007' });
    shown[0]!.listeners.get('click')!();
    expect(deps.revealWindow).toHaveBeenCalled();
    expect(deps.openIncident).toHaveBeenCalledWith('AVV-2026-007');
  });

  it('only brings the window back when it is about no incident', () => {
    const { notify, shown, deps } = setUp();
    notify({ title: 'Avvik', body: 'Påminnelse' });
    shown[0]!.listeners.get('click')!();
    expect(deps.revealWindow).toHaveBeenCalled();
    expect(deps.openIncident).not.toHaveBeenCalled();
  });

  it('fails plainly where the system has no notifications', () => {
    const { notify, deps } = setUp(false);
    expect(notify({ title: 'a', body: 'b' })).toMatchObject({ ok: false, reason: 'failed' });
    expect(deps.create).not.toHaveBeenCalled();
  });

  it('fails plainly when the system refuses to show it', () => {
    const { notify, deps } = setUp();
    deps.create.mockImplementation(() => {
      throw new Error('no notification server');
    });
    expect(notify({ title: 'a', body: 'b' })).toEqual({
      ok: false,
      reason: 'failed',
      message: 'no notification server',
    });
  });
});
