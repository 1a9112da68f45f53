// The composition root of the main process: it takes Electron's real objects and hands them to the
// small install*/create* functions of the other modules, which are tested with fakes. Keep logic out
// of this file; it only wires.

import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { lstat, mkdir, open, readFile, readdir, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeImage,
  Notification,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
  Tray,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import { IpcEvent, type BridgeLanguage } from '../shared/bridge';
import { APP_ENTRY_URL, APP_SCHEME, createAppProtocolHandler, registerAppScheme } from './app-protocol';
import { installContentSecurityPolicy } from './csp';
import { createConfirmedOpener } from './external-links';
import { createKeyFileHandlers, KEY_FILE_NAME } from './key-file';
import { createFolderSaving, createOpenFile, createSaveFile } from './files';
import { installIpcHandlers, type BridgeHandlers } from './ipc';
import { applicationMenuTemplate } from './menu';
import { installNavigationGuardsOnAll } from './navigation';
import { createNotifier } from './notifications';
import { createOpeningInPieces } from './open-in-pieces';
import { endWithPage } from './pieces';
import { installPermissionHandlers } from './permissions';
import { installRemoteContentBlock } from './remote-content';
import { createSavingInPieces } from './save-in-pieces';
import { claimSingleInstance } from './single-instance';
import { createSyncStore, testSyncServer } from './sync';
import { configureTray, installHideOnClose, usesTray, type TrayActions } from './tray';
import { createMainWindow, revealWindow } from './window';
import {
  captureWindowState,
  fitToDisplays,
  loadWindowState,
  saveWindowState,
  WINDOW_STATE_FILE,
} from './window-state';

// Laid out by scripts/build-electron.mjs and vite: dist/electron/{main,preload}.cjs, dist/renderer/.
const rendererRoot = path.join(__dirname, '..', 'renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');
const iconPath = path.join(__dirname, 'icon.png');
const devTools = !app.isPackaged;

let mainWindow: BrowserWindow | null = null;
let tray: Tray | null = null;
let quitting = false;
let language: BridgeLanguage = 'nb';

function windowStatePath(): string {
  return path.join(app.getPath('userData'), WINDOW_STATE_FILE);
}

function rememberWindowState(window: BrowserWindow): void {
  const state = captureWindowState(window);
  if (state) saveWindowState(windowStatePath(), state);
}

function createWindow(): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const state = fitToDisplays(loadWindowState(windowStatePath()), workAreas);
  const window = createMainWindow(BrowserWindow, { state, preloadPath, iconPath, devTools }, APP_ENTRY_URL);
  installHideOnClose(
    window,
    () => quitting,
    () => rememberWindowState(window),
  );
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  endWithPage(window.webContents, () => void endFilesOfPage());
  return window;
}

function openWindow(): void {
  // A second launch can knock before this one is ready; the window it wants is on its way.
  if (!app.isReady()) return;
  if (mainWindow && !mainWindow.isDestroyed()) revealWindow(mainWindow);
  else mainWindow = createWindow();
}

const inUserData = (name: string) => path.join(app.getPath('userData'), name);
const sync = createSyncStore({
  safeStorage,
  readFile: (name) => {
    try {
      return readFileSync(inUserData(name));
    } catch {
      return null;
    }
  },
  writeFile: (name, data) => writeFileSync(inUserData(name), data, { mode: 0o600 }),
  removeFile: (name) => rmSync(inUserData(name), { force: true }),
});

const trayActions: TrayActions = {
  open: openWindow,
  quit: () => app.quit(),
};

function applyLanguage(next: BridgeLanguage): void {
  language = next;
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(applicationMenuTemplate(language, { platform: process.platform, devTools })),
  );
  if (tray)
    configureTray(
      { tray, buildMenu: (template) => Menu.buildFromTemplate(template), actions: trayActions },
      language,
    );
}

function createTray(): Tray {
  const created = new Tray(
    nativeImage.createFromPath(iconPath).resize({ width: 24, height: 24, quality: 'best' }),
  );
  created.on('click', openWindow);
  return created;
}

/** Written beside, flushed to disk, then renamed over: the old file or the new one, never half of one. */
async function replaceFile(filePath: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${filePath}.new`;
  const handle = await open(temporary, 'w', 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, filePath);
}

const showSaveDialog = (options: SaveDialogOptions) =>
  mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options);
const showOpenFileDialog = (options: OpenDialogOptions) => {
  const dialogOptions = { ...options, properties: ['openFile' as const] };
  return mainWindow ? dialog.showOpenDialog(mainWindow, dialogOptions) : dialog.showOpenDialog(dialogOptions);
};

const savingInPieces = createSavingInPieces({
  showSaveDialog,
  defaultDirectory: () => app.getPath('documents'),
  createNewFile: (filePath) => open(filePath, 'wx'),
  rename: (from, to) => rename(from, to),
  removeFile: (filePath) => rm(filePath, { force: true }),
  listFolder: (folder) => readdir(folder),
  fileInfo: (filePath) => lstat(filePath),
  now: () => Date.now(),
  newToken: () => randomUUID(),
});

const openingInPieces = createOpeningInPieces({
  showOpenDialog: showOpenFileDialog,
  stat: (filePath) => stat(filePath),
  openToRead: (filePath) => open(filePath, 'r'),
  newToken: () => randomUUID(),
});

/** What the page began with files ends with it: saves are abandoned, opened files closed. */
async function endFilesOfPage(): Promise<void> {
  await Promise.all([savingInPieces.abandonAllSaves(), openingInPieces.closeAllOpened()]);
}

const keyFile = createKeyFileHandlers({
  safeStorage,
  platform: process.platform,
  filePath: () => path.join(app.getPath('userData'), KEY_FILE_NAME),
  readFile: async (filePath) => {
    try {
      return new Uint8Array(await readFile(filePath));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  },
  replaceFile,
});

const handlers: BridgeHandlers = {
  appInfo: () => ({
    name: app.getName(),
    version: app.getVersion(),
    runtime: 'electron',
    platform: process.platform,
  }),
  saveFile: createSaveFile({
    showSaveDialog,
    writeFile: (filePath, bytes) => writeFile(filePath, bytes),
    defaultDirectory: () => app.getPath('documents'),
  }),
  ...createFolderSaving({
    showOpenDialog: (options) =>
      mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options),
    makeFolder: async (folderPath) => {
      await mkdir(folderPath);
    },
    writeNewFile: (filePath, bytes) => writeFile(filePath, bytes, { flag: 'wx' }),
    defaultDirectory: () => app.getPath('documents'),
    newToken: () => randomUUID(),
  }),
  openFile: createOpenFile({
    showOpenDialog: showOpenFileDialog,
    stat: (filePath) => stat(filePath),
    readFile: async (filePath) => new Uint8Array(await readFile(filePath)),
  }),
  beginSave: savingInPieces.beginSave,
  writePiece: savingInPieces.writePiece,
  finishSave: savingInPieces.finishSave,
  beginOpen: openingInPieces.beginOpen,
  readPiece: openingInPieces.readPiece,
  finishOpen: openingInPieces.finishOpen,
  notify: createNotifier({
    isSupported: () => Notification.isSupported(),
    create: (options) => new Notification({ ...options, icon: iconPath }),
    revealWindow: openWindow,
    openIncident: (incidentId) => mainWindow?.webContents.send(IpcEvent.openIncident, incidentId),
  }),
  setLanguage: (next) => {
    applyLanguage(next);
    return { ok: true };
  },
  setSyncServer: (origin) => sync.setServer(origin),
  testSyncServer: (request) => testSyncServer(request),
  saveSyncSecret: (secret) => sync.saveSecret(secret),
  loadSyncSecret: () => sync.loadSecret(),
  forgetSyncSecret: () => sync.forgetSecret(),
  ...keyFile,
};

async function start(): Promise<void> {
  // Windows shows notifications only for an app with an AppUserModelID (the appId of the installer).
  if (process.platform === 'win32') app.setAppUserModelId('no.avvik.app');
  const defaultSession = session.defaultSession;
  installPermissionHandlers(defaultSession);
  installContentSecurityPolicy(defaultSession, sync.origin);
  installRemoteContentBlock(defaultSession, sync.origin);
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({
      rendererRoot,
      readFile: (filePath) => readFile(filePath),
      realpath: (filePath) => realpath(filePath),
      syncOrigin: sync.origin,
    }),
  );
  installIpcHandlers(ipcMain, handlers);
  if (usesTray(process.platform)) tray = createTray();
  applyLanguage(language);
  mainWindow = createWindow();
}

// Everything below runs before the app is ready, as Electron requires for these calls.
app.enableSandbox();
registerAppScheme(protocol);

if (claimSingleInstance(app, openWindow)) {
  installNavigationGuardsOnAll(app, {
    openExternal: createConfirmedOpener({
      showMessageBox: (options) =>
        mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options),
      openExternal: (url) => shell.openExternal(url),
      language: () => language,
    }),
  });

  app.on('before-quit', () => {
    quitting = true;
    if (mainWindow && !mainWindow.isDestroyed()) rememberWindowState(mainWindow);
  });
  // A quit waits once for abandoned saves' temporary files to be removed, so none outlives the app.
  let filesEnded = false;
  app.on('will-quit', (event) => {
    if (filesEnded || (savingInPieces.savesIdle() && openingInPieces.openedIdle())) return;
    filesEnded = true;
    event.preventDefault();
    void endFilesOfPage().finally(() => app.quit());
  });
  // The window only really closes when quitting (otherwise it hides), so this ends the app then.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || quitting) app.quit();
  });
  // macOS: clicking the Dock icon brings the hidden window back.
  app.on('activate', openWindow);

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('Avvik', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}
