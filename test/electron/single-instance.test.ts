import { describe, expect, it, vi } from 'vitest';
import { claimSingleInstance } from '../../electron/single-instance';

describe('one instance only', () => {
  it('the first launch keeps running, and a second launch brings it to the front', () => {
    const listeners = new Map<string, () => void>();
    const app = {
      requestSingleInstanceLock: () => true,
      quit: vi.fn(),
      on: (event: string, l: () => void) => listeners.set(event, l),
    };
    const focusFirst = vi.fn();
    expect(claimSingleInstance(app, focusFirst)).toBe(true);
    listeners.get('second-instance')!();
    expect(focusFirst).toHaveBeenCalled();
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('a second launch quits at once', () => {
    const app = { requestSingleInstanceLock: () => false, quit: vi.fn(), on: vi.fn() };
    expect(claimSingleInstance(app, vi.fn())).toBe(false);
    expect(app.quit).toHaveBeenCalled();
    expect(app.on).not.toHaveBeenCalled();
  });
});
