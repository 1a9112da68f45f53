// Runs sandboxed in the page before it loads; bundled into one CommonJS file because a sandboxed
// preload cannot require anything but `electron`. It exposes the bridge and nothing else: one
// function per use case, each invoking its named channel. ipcRenderer itself never reaches the
// page, nor does any IPC event object.

import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  BRIDGE_KEY,
  IpcChannel,
  IpcEvent,
  type AppInfo,
  type AvvikBridge,
  type BeginOpenResult,
  type BeginSaveResult,
  type FinishOpenResult,
  type FinishSaveResult,
  type ReadPieceResult,
  type WritePieceResult,
  type ChooseFolderResult,
  type SaveInFolderResult,
  type KeychainStatus,
  type NotifyResult,
  type ReadKeyFileResult,
  type WriteKeyFileResult,
  type OpenResult,
  type SaveResult,
  type SetLanguageResult,
  type SyncDoneResult,
  type SyncSecretResult,
  type SyncServerResult,
  type SyncTestResult,
} from '../shared/bridge';

const bridge = {
  appInfo: () => ipcRenderer.invoke(IpcChannel.appInfo) as Promise<AppInfo>,
  saveFile: (request) => ipcRenderer.invoke(IpcChannel.saveFile, request) as Promise<SaveResult>,
  chooseFolder: (request) =>
    ipcRenderer.invoke(IpcChannel.chooseFolder, request) as Promise<ChooseFolderResult>,
  saveInFolder: (request) =>
    ipcRenderer.invoke(IpcChannel.saveInFolder, request) as Promise<SaveInFolderResult>,
  openFile: (request) => ipcRenderer.invoke(IpcChannel.openFile, request) as Promise<OpenResult>,
  beginSave: (request) => ipcRenderer.invoke(IpcChannel.beginSave, request) as Promise<BeginSaveResult>,
  writePiece: (request) => ipcRenderer.invoke(IpcChannel.writePiece, request) as Promise<WritePieceResult>,
  finishSave: (request) => ipcRenderer.invoke(IpcChannel.finishSave, request) as Promise<FinishSaveResult>,
  beginOpen: (request) => ipcRenderer.invoke(IpcChannel.beginOpen, request) as Promise<BeginOpenResult>,
  readPiece: (request) => ipcRenderer.invoke(IpcChannel.readPiece, request) as Promise<ReadPieceResult>,
  finishOpen: (request) => ipcRenderer.invoke(IpcChannel.finishOpen, request) as Promise<FinishOpenResult>,
  notify: (request) => ipcRenderer.invoke(IpcChannel.notify, request) as Promise<NotifyResult>,
  setLanguage: (language) =>
    ipcRenderer.invoke(IpcChannel.setLanguage, language) as Promise<SetLanguageResult>,
  setSyncServer: (origin) => ipcRenderer.invoke(IpcChannel.setSyncServer, origin) as Promise<SyncServerResult>,
  testSyncServer: (request) => ipcRenderer.invoke(IpcChannel.testSyncServer, request) as Promise<SyncTestResult>,
  saveSyncSecret: (secret) => ipcRenderer.invoke(IpcChannel.saveSyncSecret, secret) as Promise<SyncDoneResult>,
  loadSyncSecret: () => ipcRenderer.invoke(IpcChannel.loadSyncSecret) as Promise<SyncSecretResult>,
  forgetSyncSecret: () => ipcRenderer.invoke(IpcChannel.forgetSyncSecret) as Promise<SyncDoneResult>,
  keychainStatus: () => ipcRenderer.invoke(IpcChannel.keychainStatus) as Promise<KeychainStatus>,
  readKeyFile: () => ipcRenderer.invoke(IpcChannel.readKeyFile) as Promise<ReadKeyFileResult>,
  writeKeyFile: (request) =>
    ipcRenderer.invoke(IpcChannel.writeKeyFile, request) as Promise<WriteKeyFileResult>,
  onOpenIncident: (callback) => {
    const listener = (_event: IpcRendererEvent, incidentId: unknown) => {
      if (typeof incidentId === 'string') callback(incidentId);
    };
    ipcRenderer.on(IpcEvent.openIncident, listener);
    return () => {
      ipcRenderer.removeListener(IpcEvent.openIncident, listener);
    };
  },
} satisfies AvvikBridge;

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
