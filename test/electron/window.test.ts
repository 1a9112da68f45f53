import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import {
  createMainWindow,
  mainWindowOptions,
  revealWindow,
  secureWebPreferences,
} from '../../electron/window';
import { DEFAULT_WINDOW_STATE } from '../../electron/window-state';

const preloadPath = '/app/dist/electron/preload.cjs';

describe('the application window', () => {
  // Exactly these and nothing more: a preference added later (say, a relaxed one) must fail here
  // until someone has looked at it.
  it('isolates and sandboxes the page, without Node and with web security on', () => {
    const preferences = secureWebPreferences(preloadPath, { devTools: false });
    expect(preferences).toStrictEqual({
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      plugins: false,
      devTools: false,
    });
  });

  it('offers developer tools only outside a packaged build', () => {
    expect(secureWebPreferences(preloadPath, { devTools: false }).devTools).toBe(false);
    expect(secureWebPreferences(preloadPath, { devTools: true }).devTools).toBe(true);
  });

  it('is created hidden, with the secure preferences, where the user left it', () => {
    const options = mainWindowOptions({
      state: { x: 40, y: 60, width: 1000, height: 700, maximized: false },
      preloadPath,
      devTools: false,
    });
    expect(options).toMatchObject({ show: false, x: 40, y: 60, width: 1000, height: 700 });
    expect(options.webPreferences).toEqual(secureWebPreferences(preloadPath, { devTools: false }));
  });

  it('is centred when no position is remembered', () => {
    const options = mainWindowOptions({ state: DEFAULT_WINDOW_STATE, preloadPath, devTools: false });
    expect(options.center).toBe(true);
    expect(options.x).toBeUndefined();
  });

  it('shows itself once the first paint is ready, maximised if it was, and loads the app page', () => {
    const created: FakeWindow[] = [];
    class FakeWindow {
      listeners = new Map<string, () => void>();
      maximize = vi.fn();
      show = vi.fn();
      loadURL = vi.fn(() => Promise.resolve());
      constructor(readonly options: BrowserWindowConstructorOptions) {
        created.push(this);
      }
      once(event: string, listener: () => void) {
        this.listeners.set(event, listener);
        return this;
      }
    }
    createMainWindow(
      FakeWindow as unknown as new (options: BrowserWindowConstructorOptions) => BrowserWindow,
      { state: { ...DEFAULT_WINDOW_STATE, maximized: true }, preloadPath, devTools: false },
      'app://avvik/index.html',
    );
    const window = created[0]!;
    expect(window.loadURL).toHaveBeenCalledWith('app://avvik/index.html');
    expect(window.show).not.toHaveBeenCalled();
    window.listeners.get('ready-to-show')!();
    expect(window.maximize).toHaveBeenCalled();
    expect(window.show).toHaveBeenCalled();
  });

  it('comes back from the tray or the taskbar when revealed', () => {
    const window = {
      isDestroyed: () => false,
      isMinimized: () => true,
      restore: vi.fn(),
      show: vi.fn(),
      focus: vi.fn(),
    };
    revealWindow(window);
    expect(window.restore).toHaveBeenCalled();
    expect(window.show).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('leaves a destroyed window alone', () => {
    const window = {
      isDestroyed: () => true,
      isMinimized: vi.fn(),
      restore: vi.fn(),
      show: vi.fn(),
      focus: vi.fn(),
    };
    revealWindow(window);
    expect(window.show).not.toHaveBeenCalled();
  });
});
