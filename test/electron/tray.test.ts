import { describe, expect, it, vi } from 'vitest';
import { configureTray, installHideOnClose, trayMenuTemplate, usesTray } from '../../electron/tray';

describe('the tray menu', () => {
  it('reads "Åpne Avvik / Avslutt" in bokmål', () => {
    const menu = trayMenuTemplate('nb', { open: vi.fn(), quit: vi.fn() });
    expect(menu.map((item) => item.label ?? item.type)).toEqual(['Åpne Avvik', 'separator', 'Avslutt']);
  });

  it('reads "Open Avvik / Quit" in English', () => {
    const menu = trayMenuTemplate('en', { open: vi.fn(), quit: vi.fn() });
    expect(menu.map((item) => item.label ?? item.type)).toEqual(['Open Avvik', 'separator', 'Quit']);
  });

  it('opens the window and quits the app', () => {
    const actions = { open: vi.fn(), quit: vi.fn() };
    const [open, , quit] = trayMenuTemplate('en', actions);
    (open!.click as () => void)();
    expect(actions.open).toHaveBeenCalled();
    (quit!.click as () => void)();
    expect(actions.quit).toHaveBeenCalled();
  });

  it('is relabelled with its tooltip when the language changes', () => {
    const tray = { setToolTip: vi.fn(), setContextMenu: vi.fn() };
    configureTray(
      { tray, buildMenu: (template) => template, actions: { open: vi.fn(), quit: vi.fn() } },
      'en',
    );
    expect(tray.setToolTip).toHaveBeenCalledWith('Avvik – deadline reminders are on');
    expect(tray.setContextMenu.mock.calls[0]![0][0].label).toBe('Open Avvik');
  });

  it('is used on Windows and Linux; macOS keeps the app in the Dock', () => {
    expect(usesTray('win32')).toBe(true);
    expect(usesTray('linux')).toBe(true);
    expect(usesTray('darwin')).toBe(false);
  });
});

describe('closing the window', () => {
  function window() {
    let onClose: ((event: { preventDefault(): void }) => void) | undefined;
    return {
      on: (_event: 'close', listener: typeof onClose) => (onClose = listener),
      hide: vi.fn(),
      close: () => {
        const preventDefault = vi.fn();
        onClose!({ preventDefault });
        return preventDefault;
      },
    };
  }

  it('hides it so reminders keep running, after saving its state', () => {
    const win = window();
    const beforeHide = vi.fn();
    installHideOnClose(win, () => false, beforeHide);
    expect(win.close()).toHaveBeenCalled();
    expect(win.hide).toHaveBeenCalled();
    expect(beforeHide).toHaveBeenCalled();
  });

  it('really closes it when the app is quitting', () => {
    const win = window();
    installHideOnClose(win, () => true);
    expect(win.close()).not.toHaveBeenCalled();
    expect(win.hide).not.toHaveBeenCalled();
  });
});
