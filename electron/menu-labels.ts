// The words of the desktop shell (application menu, tray), in bokmål and English. The English
// table must have every key the Norwegian one has: the compiler checks it.

import type { BridgeLanguage } from '../shared/bridge';

const nb = {
  appMenu: 'Avvik',
  file: 'Fil',
  edit: 'Rediger',
  view: 'Vis',
  window: 'Vindu',
  help: 'Hjelp',
  about: 'Om Avvik',
  services: 'Tjenester',
  hide: 'Skjul Avvik',
  hideOthers: 'Skjul andre',
  unhide: 'Vis alle',
  quit: 'Avslutt Avvik',
  closeWindow: 'Lukk vindu',
  undo: 'Angre',
  redo: 'Gjør om',
  cut: 'Klipp ut',
  copy: 'Kopier',
  paste: 'Lim inn',
  selectAll: 'Merk alt',
  reload: 'Last inn på nytt',
  toggleDevTools: 'Utviklerverktøy',
  resetZoom: 'Faktisk størrelse',
  zoomIn: 'Zoom inn',
  zoomOut: 'Zoom ut',
  toggleFullScreen: 'Fullskjerm',
  minimize: 'Minimer',
  zoom: 'Zoom',
  front: 'Legg alle vinduer fremst',
  trayOpen: 'Åpne Avvik',
  trayQuit: 'Avslutt',
  trayTooltip: 'Avvik – påminnelser om frister er på',
} as const;

export type MenuLabelKey = keyof typeof nb;
export type MenuLabels = Record<MenuLabelKey, string>;

const en: MenuLabels = {
  appMenu: 'Avvik',
  file: 'File',
  edit: 'Edit',
  view: 'View',
  window: 'Window',
  help: 'Help',
  about: 'About Avvik',
  services: 'Services',
  hide: 'Hide Avvik',
  hideOthers: 'Hide Others',
  unhide: 'Show All',
  quit: 'Quit Avvik',
  closeWindow: 'Close Window',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  reload: 'Reload',
  toggleDevTools: 'Developer Tools',
  resetZoom: 'Actual Size',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  toggleFullScreen: 'Full Screen',
  minimize: 'Minimize',
  zoom: 'Zoom',
  front: 'Bring All to Front',
  trayOpen: 'Open Avvik',
  trayQuit: 'Quit',
  trayTooltip: 'Avvik – deadline reminders are on',
};

const tables: Record<BridgeLanguage, MenuLabels> = { nb, en };

export function menuLabels(language: BridgeLanguage): MenuLabels {
  return tables[language];
}
