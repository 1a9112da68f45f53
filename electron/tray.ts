// Closing the window does not stop Avvik: the renderer keeps running so deadline reminders still
// fire. On Windows and Linux the window hides to a tray icon ("Open Avvik / Quit"); on macOS it
// hides and the app stays in the Dock, where clicking the icon brings it back, as Mac apps do.

import type { MenuItemConstructorOptions } from 'electron';
import type { BridgeLanguage } from '../shared/bridge';
import { menuLabels } from './menu-labels';

export interface TrayActions {
  open(): void;
  quit(): void;
}

export function trayMenuTemplate(
  language: BridgeLanguage,
  actions: TrayActions,
): MenuItemConstructorOptions[] {
  const t = menuLabels(language);
  return [
    { label: t.trayOpen, click: () => actions.open() },
    { type: 'separator' },
    { label: t.trayQuit, click: () => actions.quit() },
  ];
}

/** macOS keeps apps in the Dock and menu bar by convention; the tray is for Windows and Linux. */
export function usesTray(platform: NodeJS.Platform): boolean {
  return platform !== 'darwin';
}

interface PreventableEvent {
  preventDefault(): void;
}

interface HideableWindow {
  on(event: 'close', listener: (event: PreventableEvent) => void): unknown;
  hide(): void;
}

/**
 * Makes closing the window hide it, unless the app is quitting. `beforeHide` runs first (the
 * window's state is saved there).
 */
export function installHideOnClose(
  window: HideableWindow,
  isQuitting: () => boolean,
  beforeHide: () => void = () => undefined,
): void {
  window.on('close', (event) => {
    beforeHide();
    if (isQuitting()) return;
    event.preventDefault();
    window.hide();
  });
}

export interface TrayLike<Menu> {
  setToolTip(toolTip: string): void;
  setContextMenu(menu: Menu): void;
}

export interface TrayDeps<Menu> {
  tray: TrayLike<Menu>;
  buildMenu(template: MenuItemConstructorOptions[]): Menu;
  actions: TrayActions;
}

/** Sets up the tray icon's menu and tooltip; call again with another language to relabel it. */
export function configureTray<Menu>(deps: TrayDeps<Menu>, language: BridgeLanguage): void {
  deps.tray.setToolTip(menuLabels(language).trayTooltip);
  deps.tray.setContextMenu(deps.buildMenu(trayMenuTemplate(language, deps.actions)));
}
