// The one application window. Its web preferences are Electron's security checklist: isolated,
// sandboxed, no Node, web security on, no <webview>, nothing experimental.

import type { BrowserWindow, BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import type { WindowState } from './window-state';

export function secureWebPreferences(preloadPath: string, options: { devTools: boolean }): WebPreferences {
  return {
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
    // A PDF viewer or other plugin is never needed in the app window.
    plugins: false,
    devTools: options.devTools,
  };
}

export interface MainWindowOptions {
  state: WindowState;
  preloadPath: string;
  iconPath?: string;
  devTools: boolean;
}

export function mainWindowOptions(options: MainWindowOptions): BrowserWindowConstructorOptions {
  const { state } = options;
  return {
    title: 'Avvik',
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : { center: true }),
    minWidth: 720,
    minHeight: 480,
    // Shown once the first paint is ready, so the user never sees a blank white window.
    show: false,
    backgroundColor: '#ffffff',
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: secureWebPreferences(options.preloadPath, { devTools: options.devTools }),
  };
}

type WindowConstructor = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

/** Creates the window, restores maximised state, shows it when ready, loads `url`. */
export function createMainWindow(
  BrowserWindowClass: WindowConstructor,
  options: MainWindowOptions,
  url: string,
): BrowserWindow {
  const window = new BrowserWindowClass(mainWindowOptions(options));
  window.once('ready-to-show', () => {
    if (options.state.maximized) window.maximize();
    window.show();
  });
  void window.loadURL(url);
  return window;
}

type RevealableWindow = Pick<BrowserWindow, 'isDestroyed' | 'isMinimized' | 'restore' | 'show' | 'focus'>;

/** Brings the window back from the tray, the taskbar or behind other windows. */
export function revealWindow(window: RevealableWindow | null | undefined): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
