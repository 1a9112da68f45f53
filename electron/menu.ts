// The application menu: the usual items, in the user's language, built as a pure template so its
// labels and roles are tested without Electron. macOS gets its app menu; the others a File menu.

import type { MenuItemConstructorOptions } from 'electron';
import type { BridgeLanguage } from '../shared/bridge';
import { menuLabels } from './menu-labels';

export interface MenuContext {
  platform: NodeJS.Platform;
  /** Developer tools only outside packaged builds. */
  devTools: boolean;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function applicationMenuTemplate(
  language: BridgeLanguage,
  context: MenuContext,
): MenuItemConstructorOptions[] {
  const t = menuLabels(language);
  const isMac = context.platform === 'darwin';

  const appMenu: MenuItemConstructorOptions = {
    label: t.appMenu,
    submenu: [
      { role: 'about', label: t.about },
      separator,
      { role: 'services', label: t.services },
      separator,
      { role: 'hide', label: t.hide },
      { role: 'hideOthers', label: t.hideOthers },
      { role: 'unhide', label: t.unhide },
      separator,
      { role: 'quit', label: t.quit },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: t.file,
    submenu: isMac
      ? [{ role: 'close', label: t.closeWindow }]
      : [{ role: 'close', label: t.closeWindow }, separator, { role: 'quit', label: t.quit }],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      { role: 'undo', label: t.undo },
      { role: 'redo', label: t.redo },
      separator,
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'selectAll', label: t.selectAll },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      { role: 'reload', label: t.reload },
      ...(context.devTools ? [{ role: 'toggleDevTools', label: t.toggleDevTools } as const] : []),
      separator,
      { role: 'resetZoom', label: t.resetZoom },
      { role: 'zoomIn', label: t.zoomIn },
      { role: 'zoomOut', label: t.zoomOut },
      separator,
      { role: 'togglefullscreen', label: t.toggleFullScreen },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: t.window,
    role: 'window',
    submenu: isMac
      ? [
          { role: 'minimize', label: t.minimize },
          { role: 'zoom', label: t.zoom },
          separator,
          { role: 'front', label: t.front },
        ]
      : [
          { role: 'minimize', label: t.minimize },
          { role: 'close', label: t.closeWindow },
        ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: t.help,
    role: 'help',
    submenu: [{ role: 'about', label: t.about }],
  };

  return isMac
    ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu]
    : [fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
